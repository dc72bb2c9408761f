"""SQL run on the SQLite driver's own cursor of a SQLAlchemy connection: the story index's hot reads and
writes (plain strings and numbers) without SQLAlchemy's work per execution (scale rounds 19 and 23). The
SQL is what SQLAlchemy compiles for the same statement (``store.statements``)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection


@contextmanager
def driver_cursor(conn: Connection) -> Iterator[Any]:
    """A cursor of the driver connection under ``conn`` (its transaction), closed afterwards."""
    cursor = conn.connection.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


def rows_in(conn: Connection, sql: str, ids: Sequence[Any]) -> list[tuple]:
    """The rows of ``sql`` for these ids: its ``{ids}`` becomes one ``?`` an id."""
    with driver_cursor(conn) as cursor:
        return cursor.execute(sql.format(ids=", ".join("?" * len(ids))), list(ids)).fetchall()


def first_column(conn: Connection, sql: str, bindings: Sequence[dict[str, Any]]) -> list[Any]:
    """The first column of ``sql``'s rows for each binding in turn."""
    with driver_cursor(conn) as cursor:
        return [row[0] for values in bindings for row in cursor.execute(sql, values)]


def run_many(conn: Connection, sql: str, rows: Sequence[tuple]) -> None:
    """``sql`` run for each of ``rows`` (an ``executemany``)."""
    with driver_cursor(conn) as cursor:
        cursor.executemany(sql, rows)
