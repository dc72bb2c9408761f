"""Alembic environment: migrate the connection `eventwire.store.migrate` hands over, or a URL.

Developers make a new revision with
    alembic -c src/eventwire/store/migrations/alembic.ini revision -m "what changes"
and write its upgrade by hand; `tests/store/test_migrations.py` checks the result matches schema.py.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from eventwire.store.schema import in_dialect, metadata

config = context.config


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        render_as_batch=True,
        include_object=lambda obj, name, type_, reflected, other: in_dialect(
            connection.dialect.name, name, type_
        ),
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    from eventwire.store.database import database_url

    engine = create_engine(database_url(config.get_main_option("sqlalchemy.url") or None))
    with engine.begin() as conn:
        run_on(conn)
