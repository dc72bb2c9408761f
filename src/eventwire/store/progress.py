"""How far ingest got in each input file (``ingest_progress``): saved with each batch, read on resume."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select

from eventwire.records import InputPosition
from eventwire.store import schema as t

FIELDS = ("path", "signature", "items", "articles", "cursor", "lines", "done", "digest")


def save_positions(conn: Connection, positions: Iterable[InputPosition]) -> None:
    """Replace the saved position of each file (inside the caller's transaction)."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    rows = [{**{f: getattr(p, f) for f in FIELDS}, "updated_at": at} for p in positions]
    if rows:
        paths = [r["path"] for r in rows]
        conn.execute(delete(t.ingest_progress).where(t.ingest_progress.c.path.in_(paths)))
        conn.execute(insert(t.ingest_progress), rows)


def input_position(conn: Connection, path: str) -> InputPosition | None:
    """The saved position of one file, or None."""
    cols = [t.ingest_progress.c[f] for f in FIELDS]
    row = conn.execute(select(*cols).where(t.ingest_progress.c.path == path)).first()
    return InputPosition(**dict(zip(FIELDS, row, strict=True))) if row else None
