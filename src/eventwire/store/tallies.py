"""The actor directory and running tallies the pages read instead of grouping every row.

- ``actors``: one row per actor key (name, KB id, country, sectors as first stored) with its number of
  events in all, as actor and as recipient;
- ``actor_terms``: the lower-cased names, mentions and KB id an actor search matches;
- ``dyads``: events per (actor key -> recipient key) pair, the edges of the actor network.

The Writer keeps the tallies exact: every merged event it stores adds to them and every one it deletes
takes away, in the same transaction (tests/store/test_tallies.py recounts them from the rows).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, bindparam, delete, update
from sqlalchemy.sql.dml import Insert

from eventwire.records import Entity
from eventwire.store import schema as t
from eventwire.store.codec import actor_terms, entity_key

ActorFacts = tuple[
    str, str, str | None, str | None, str | None, str | None
]  # key, name, mention, kb, country, sectors
COUNT_FIELDS = ("n_events", "n_as_actor", "n_as_recipient")


def upsert(conn: Connection, table: Table) -> Insert:
    """An INSERT of the dialect in use, which has ON CONFLICT on SQLite and PostgreSQL alike."""
    return _dialect_insert(conn.dialect.name, table)


@cache
def insert_or_ignore(dialect: str, table: Table) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING into ``table``, built once per dialect."""
    return _dialect_insert(dialect, table).on_conflict_do_nothing()


@cache
def insert_or_add(dialect: str, table: Table, keys: tuple[str, ...], count: str) -> Insert:
    """INSERT into ``table``, or add the row's ``count`` to the stored row with the same ``keys``;
    built once per dialect."""
    stmt = _dialect_insert(dialect, table)
    return stmt.on_conflict_do_update(
        index_elements=list(keys), set_={count: table.c[count] + stmt.excluded[count]}
    )


def _dialect_insert(dialect: str, table: Table) -> Insert:
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


# Add deltas to one actor's counts (zero deltas leave a count as it is).
_ADD_TO_ACTOR = (
    update(t.actors)
    .where(t.actors.c.actor_key == bindparam("key"))
    .values({f: t.actors.c[f] + bindparam(f"delta_{f}") for f in COUNT_FIELDS})
)


def add_to_directory(conn: Connection, entities: Iterable[Entity]) -> None:
    """Record actors and their search terms; actors already known keep their first entry."""
    directory: dict[str, dict[str, Any]] = {}
    terms: set[tuple[str, str, str]] = set()
    for e in entities:
        key = entity_key(e)
        directory.setdefault(
            key,
            {
                "actor_key": key,
                "name": e.name,
                "kb_id": e.kb_id,
                "country": e.country,
                "sectors": ",".join(e.sectors),
            },
        )
        terms |= actor_terms(key, e.name, e.mention, e.kb_id)
    if directory:
        rows = [directory[k] for k in sorted(directory)]
        conn.execute(insert_or_ignore(conn.dialect.name, t.actors), rows)
    if terms:
        rows = [{"term": term, "kind": kind, "actor_key": key} for term, kind, key in sorted(terms)]
        conn.execute(insert_or_ignore(conn.dialect.name, t.actor_terms), rows)


def tally_deltas(
    actor_rows: Iterable[Mapping[str, Any]], sign: int
) -> tuple[Counter[tuple[str, str]], Counter[tuple[str, str]]]:
    """What event_actors rows (event_id, side, actor_key) add to (sign 1) or take from (-1) the tallies:
    ((actor key, count field) -> delta, (actor key, recipient key) -> delta)."""
    sides: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"actor": set(), "recipient": set()})
    for row in actor_rows:
        sides[row["event_id"]][row["side"]].add(row["actor_key"])
    actors: Counter[tuple[str, str]] = Counter()
    dyads: Counter[tuple[str, str]] = Counter()
    for event in sides.values():
        for key in event["actor"]:
            actors[(key, "n_as_actor")] += sign
        for key in event["recipient"]:
            actors[(key, "n_as_recipient")] += sign
        for key in event["actor"] | event["recipient"]:
            actors[(key, "n_events")] += sign
        for a in event["actor"]:
            for b in event["recipient"]:
                if a != b:
                    dyads[(a, b)] += sign
    return actors, dyads


def apply_deltas(conn: Connection, actors: Counter[tuple[str, str]], dyads: Counter[tuple[str, str]]) -> None:
    """Add the deltas to the tallies (keys in sorted order, so concurrent writers lock rows in one order)."""
    by_key: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(COUNT_FIELDS, 0))
    for (key, field), delta in actors.items():
        by_key[key][field] += delta
    changed = [
        {"key": key, **{f"delta_{f}": by_key[key][f] for f in COUNT_FIELDS}}
        for key in sorted(by_key)
        if any(by_key[key].values())
    ]
    if changed:
        conn.execute(_ADD_TO_ACTOR, changed)
    rows = [{"source_key": s, "target_key": r, "n_events": n} for (s, r), n in sorted(dyads.items()) if n]
    if rows:
        conn.execute(
            insert_or_add(conn.dialect.name, t.dyads, ("source_key", "target_key"), "n_events"), rows
        )
    if any(n < 0 for n in dyads.values()):
        conn.execute(delete(t.dyads).where(t.dyads.c.n_events <= 0))
