"""The store stage: SQLite by default, PostgreSQL for shared deployments (SQLAlchemy Core).

Public interface:
    Store(db)                      open or create a database (path, URL, $EVENTWIRE_DB or ./eventwire.db)
    store.transaction() -> Writer  all writes of one batch, committed together
    queries.*                      events, articles, stories, quotes and errors back as records/dicts
"""

from eventwire.store.database import Store, Writer, database_url
from eventwire.store.queries import EventFilter

__all__ = ["EventFilter", "Store", "Writer", "database_url"]
