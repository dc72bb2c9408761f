"""The story-key read with a bound per key (``Writer.candidates``): at most ``per_key`` earlier articles
for each key, so a key many reports share (a country-level event such as "ev:ACCUSE:<person>|USA" on a
busy day, a boilerplate page's text) costs a bounded read however large the database grows.

Each key is a range read of the covering index ``(key, date, article_id)`` in the index's own order, so
the read stops after ``per_key`` entries (no sort of the key's rows):
- *up to a date* (``latest``): rows dated up to that date, the latest first, and as many undated rows (an
  event key: an event dated later than the new report's can only be another happening);
- otherwise the latest dated first, then the undated (near-duplicate bands and texts are undated: the
  same ``per_key`` of them, by article id, for every band, so two bands still find the same copies).
Rows come back in the order of the unbounded read (by key, date, order of storing), so what a caller does
with them does not depend on how they were read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Select, TextClause, select, text, union_all

from eventwire.store import schema as t

_k, _a = t.story_keys.c, t.articles.c
_READ = "SELECT article_id, key, date, rowid AS r FROM story_keys INDEXED BY ix_story_keys_key_date_article "
_PARTS = {
    "any": _READ + "WHERE key = :k{i} ORDER BY date DESC, article_id DESC LIMIT :n",
    "dated": _READ + "WHERE key = :k{i} AND date <= :d{i} ORDER BY date DESC, article_id DESC LIMIT :n",
    "undated": _READ + "WHERE key = :k{i} AND date IS NULL ORDER BY article_id DESC LIMIT :n",
}
BATCH = 100  # keys per statement (SQLite allows 500 compound parts; a key read up to a date takes two)


def _ways(key: str, latest: Mapping[str, str]) -> tuple[str, ...]:
    return ("dated", "undated") if key in latest else ("any",)


@lru_cache(maxsize=256)
def _sqlite_statement(shape: tuple[tuple[str, ...], ...]) -> TextClause:
    """One statement for keys read these ways, in order (``:k0``, ``:d0`` ... bound at execution)."""
    parts = [f"SELECT * FROM ({_PARTS[way].format(i=i)})" for i, ways in enumerate(shape) for way in ways]
    return text(
        "SELECT k.article_id, a.story_id, k.key, k.date, a.published FROM ("
        + " UNION ALL ".join(parts)
        + ") AS k JOIN articles AS a INDEXED BY ix_articles_id_story ON a.article_id = k.article_id "
        "ORDER BY k.key, k.date, k.r"
    )


def _generic_part(key: str, way: str, day: str | None, per_key: int) -> Select:
    query = select(_k.article_id, _k.key, _k.date).where(_k.key == key)
    if way == "dated":
        query = query.where(_k.date <= day)
    elif way == "undated":
        query = query.where(_k.date.is_(None))
    return query.order_by(_k.date.desc().nulls_last(), _k.article_id.desc()).limit(per_key)


def _generic_statement(keys: Sequence[str], latest: Mapping[str, str], per_key: int) -> Select:
    parts = [
        select(*_generic_part(key, way, latest.get(key), per_key).subquery().c)
        for key in keys
        for way in _ways(key, latest)
    ]
    found = union_all(*parts).subquery()
    return (
        select(found.c.article_id, _a.story_id, found.c.key, found.c.date, _a.published)
        .join(t.articles, _a.article_id == found.c.article_id)
        .order_by(found.c.key, found.c.date.nulls_first(), found.c.article_id)
    )


def bounded_candidate_rows(
    conn: Connection, keys: Iterable[str], per_key: int, latest: Mapping[str, str] | None = None
) -> list[Any]:
    """Rows (article, story, key, date, published) of at most ``per_key`` earlier articles per key (twice
    that for a key in ``latest``: dated up to its date, and undated), in the order of the unbounded read."""
    latest = latest or {}
    keys = sorted(set(keys))
    rows: list[Any] = []
    for start in range(0, len(keys), BATCH):
        batch = keys[start : start + BATCH]
        if conn.dialect.name != "sqlite":
            rows.extend(conn.execute(_generic_statement(batch, latest, per_key)).all())
            continue
        values: dict[str, Any] = {"n": per_key}
        for i, key in enumerate(batch):
            values[f"k{i}"] = key
            if key in latest:
                values[f"d{i}"] = latest[key]
        shape = tuple(_ways(key, latest) for key in batch)
        rows.extend(conn.execute(_sqlite_statement(shape), values).all())
    return rows
