"""Everything a database holds, as sorted rows without the columns that record when or in which order
rows were written: two ingests of the same inputs must give equal fingerprints, however often one of them
was killed on the way."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from eventwire.store import Store
from eventwire.store import schema as t

VOLATILE = {"ingested_at", "at", "updated_at", "quote_id", "id"}


def _plain(value: Any) -> Any:
    """Bytes (a stored sentence embedding) compare as hex."""
    return value.hex() if isinstance(value, bytes | bytearray | memoryview) else value


def _row(row: Any) -> str:
    kept = {k: _plain(v) for k, v in row._mapping.items() if k not in VOLATILE}
    return json.dumps(kept, sort_keys=True)


def fingerprint(store: Store) -> dict[str, list[str]]:
    """Table name -> its rows as sorted JSON strings (volatile columns left out)."""
    with store.reading() as conn:
        return {
            table.name: sorted(_row(r) for r in conn.execute(select(table)))
            for table in t.metadata.sorted_tables
            if table is not t.schema_info
        }


def counts(store: Store) -> dict[str, int]:
    return {name: len(rows) for name, rows in fingerprint(store).items()}
