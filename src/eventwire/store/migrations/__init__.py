"""Alembic migrations of the eventwire schema; `eventwire.store.migrate` applies them on open."""
