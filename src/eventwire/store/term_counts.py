"""Document frequencies of profile terms as one write transaction sees them, read once and then counted.

Each new article asks for the frequencies of its own terms and of the terms of the earlier reports it is
compared with (``Writer.term_weights``, twice or more an article), and the same common words come up in
every article of a batch. Within one SQLite write transaction no other connection can write (it holds
the write lock from BEGIN IMMEDIATE), so what the transaction read stays true except for its own
additions, which are counted into what was read (``added``): a term is read from the database once per
transaction. On PostgreSQL, whose READ COMMITTED statements see other writers' commits, every request
reads the database as before (``enabled`` False).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from eventwire.store import driver
from eventwire.store import statements as prepared

CHUNK = 500  # terms per IN (...) list


class TermCounts:
    """The frequencies one transaction read (None: no row), with its own additions counted in."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.enabled = conn.dialect.name == "sqlite"
        self.known: dict[str, int | None] = {}

    def frequencies(self, terms: Iterable[str]) -> dict[str, int]:
        """term -> number of profiled articles using it, for the terms that have a row."""
        wanted = set(terms)
        if not self.enabled:
            return self._read(sorted(wanted))
        missing = sorted(wanted.difference(self.known))
        if missing:
            found = self._read(missing)
            self.known.update((term, found.get(term)) for term in missing)
        known = self.known
        return {term: n for term in wanted if (n := known[term]) is not None}

    def added(self, terms: Iterable[str]) -> None:
        """One more profiled article uses each of ``terms`` (as the upsert just stored)."""
        known = self.known
        for term in terms:
            if term in known:
                known[term] = (known[term] or 0) + 1

    def forget(self) -> None:
        """Read everything again (a savepoint rolled back writes that were counted)."""
        self.known.clear()

    def _read(self, terms: list[str]) -> dict[str, Any]:
        """The stored rows of ``terms`` (on SQLite through the driver's cursor of the transaction's
        connection: an article reads its new terms about twice, and SQLAlchemy's work per execution of an
        expanding ``IN`` cost more than SQLite's reads; round 23)."""
        out: dict[str, Any] = {}
        for i in range(0, len(terms), CHUNK):
            chunk = terms[i : i + CHUNK]
            if self.enabled:
                out.update(driver.rows_in(self.conn, prepared.SQLITE_TERM_FREQUENCIES, chunk))
            else:
                out.update(self.conn.execute(prepared.TERM_FREQUENCIES, {"terms": chunk}).all())
        return out
