"""Bring a database to the newest schema with the Alembic migrations in ``store/migrations``.

Runs on every open: a database at the newest revision costs one query. Opening the same new database
from two processes at once is safe: the check and the upgrade run under a lock (SQLite: an immediate
transaction; PostgreSQL: an advisory lock), so the second waits and then finds nothing to do.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from alembic.command import stamp, upgrade
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS = Path(__file__).with_name("migrations")
BASELINE = "0001"  # the schema of databases made before migrations existed
_PG_LOCK_KEY = 0x657677  # "evw": one advisory lock for eventwire's migrations


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("path_separator", "os")
    cfg.set_main_option("version_locations", str(MIGRATIONS / "versions"))
    cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def current_revision(conn: Connection) -> str | None:
    return MigrationContext.configure(conn).get_current_revision()


def _lock(conn: Connection) -> None:
    """Serialise migrations between processes until the transaction ends (on SQLite, the transaction's
    BEGIN IMMEDIATE already holds the write lock)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})


def upgrade_to_head(engine: Engine) -> str:
    """Apply any missing migrations; returns the revision the database is at afterwards."""
    with engine.connect() as probe:
        if current_revision(probe) == head_revision():
            return head_revision()
    with engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
        _lock(conn)
        revision = current_revision(conn)
        known = {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
        if revision is not None and revision not in known:
            raise RuntimeError(
                f"{engine.url.render_as_string(hide_password=True)}: schema revision {revision} "
                "is newer than this eventwire"
            )
        if revision is None and inspect(conn).has_table("articles"):
            stamp(alembic_config(conn), BASELINE)
        if revision != head_revision():
            upgrade(alembic_config(conn), "head")
    return head_revision()
