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
from typing import Any

from sqlalchemy import Connection, Table, delete, update
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
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


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
        conn.execute(upsert(conn, t.actors).on_conflict_do_nothing(), rows)
    if terms:
        rows = [{"term": term, "kind": kind, "actor_key": key} for term, kind, key in sorted(terms)]
        conn.execute(upsert(conn, t.actor_terms).on_conflict_do_nothing(), rows)


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
    a = t.actors.c
    for key in sorted(by_key):
        changes = by_key[key]
        if any(changes.values()):
            conn.execute(
                update(t.actors)
                .where(a.actor_key == key)
                .values({f: a[f] + changes[f] for f in COUNT_FIELDS if changes[f]})
            )
    rows = [{"source_key": s, "target_key": r, "n_events": n} for (s, r), n in sorted(dyads.items()) if n]
    if rows:
        stmt = upsert(conn, t.dyads)
        stmt = stmt.on_conflict_do_update(
            index_elements=["source_key", "target_key"],
            set_={"n_events": t.dyads.c.n_events + stmt.excluded.n_events},
        )
        conn.execute(stmt, rows)
    if any(n < 0 for n in dyads.values()):
        conn.execute(delete(t.dyads).where(t.dyads.c.n_events <= 0))
