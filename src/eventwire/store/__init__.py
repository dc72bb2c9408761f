"""The store stage: SQLite by default, PostgreSQL for shared deployments (SQLAlchemy Core).

Public interface:
    Store(db)                      open or create a database (path, URL, $EVENTWIRE_DB or ./eventwire.db);
                                   brings its schema to the newest Alembic revision (store/migrations);
                                   Store(db, create=False) raises NoDatabase for a missing SQLite file
    store.transaction() -> Writer  all writes of one batch, committed together (keeps the actor tallies)
    store.reading() -> Connection  reads that all see one snapshot
    queries.*                      events (EventFilter: filters, sort, paging; iter_events streams),
                                   articles, stories, quotes and errors back as records/dicts
    aggregates.*                   actor counts, dyad time series, network, places (in SQL)
    browse.*                       pages of stories, articles, quotes; one story or article
    export.export_events(events, path, format)   plover-json | jsonl | csv | parquet, streamed
"""

from eventwire.store.database import NoDatabase, Store, Writer, database_url
from eventwire.store.queries import EventFilter

__all__ = ["EventFilter", "NoDatabase", "Store", "Writer", "database_url"]
