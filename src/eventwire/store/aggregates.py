"""Counts over events, computed in SQL: actors and their event counts, dyad time series, the actor
network and event places. Nothing here reads all rows into Python.

An actor's identity (``key``) is its KB id, or its name when it has none.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection, and_, case, cast, func, or_, select
from sqlalchemy import Date as SqlDate

from eventwire.store import schema as t
from eventwire.store.queries import EventFilter, event_conditions, matching_actor_keys

Interval = Literal["day", "week", "month", "year"]
SeriesBy = Literal["quad_class", "event_type"]
PRECISIONS_FOR: dict[str, tuple[str, ...]] = {
    "day": ("day",),
    "week": ("day",),
    "month": ("day", "month"),
    "year": ("day", "month", "year"),
}


def _directory_search(search: str | None) -> list[Any]:
    """Conditions on the actor directory: a matching actor key, or the country code."""
    d = t.actors.c
    if not search:
        return []
    return [or_(d.actor_key.in_(matching_actor_keys(search)), d.country == search.upper())]


def actor_summary(
    conn: Connection, search: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Actors with their number of events (in all, as actor, as recipient), most events first."""
    d = t.actors.c
    query = (
        select(d.actor_key, d.name, d.kb_id, d.country, d.sectors, d.n_events, d.n_as_actor, d.n_as_recipient)
        .where(d.n_events > 0, *_directory_search(search))
        .order_by(d.n_events.desc(), d.actor_key)
        .limit(limit)
        .offset(offset)
    )
    return [_actor_row(m) for m in conn.execute(query).mappings()]


def _actor_row(m: Any) -> dict[str, Any]:
    d = dict(m)
    d["key"] = d.pop("actor_key")
    d["sectors"] = [s for s in (d["sectors"] or "").split(",") if s]
    return d


def count_actors(conn: Connection, search: str | None = None) -> int:
    d = t.actors.c
    query = select(func.count()).select_from(t.actors).where(d.n_events > 0, *_directory_search(search))
    return conn.scalar(query) or 0


def actor_directory(conn: Connection, keys: list[str]) -> dict[str, dict[str, Any]]:
    """Name, KB id, country and sectors of actor keys."""
    d = t.actors.c
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(keys), 500):
        query = select(d.actor_key, d.name, d.kb_id, d.country, d.sectors).where(
            d.actor_key.in_(keys[i : i + 500])
        )
        out.update({m["actor_key"]: dict(m) for m in conn.execute(query).mappings()})
    return out


def period_start(conn: Connection, interval: Interval):
    """The first day (or month, year) of the period an event date falls in, as a string."""
    d = t.events.c.date
    if interval == "day":
        return d
    if interval == "month":
        return func.substr(d, 1, 7)
    if interval == "year":
        return func.substr(d, 1, 4)
    if conn.dialect.name == "postgresql":
        return func.to_char(func.date_trunc("week", cast(d, SqlDate)), "YYYY-MM-DD")
    return func.date(d, "-6 days", "weekday 1")  # SQLite: the Monday on or before the date


def dyad_series(
    conn: Connection, f: EventFilter, interval: Interval = "month", by: SeriesBy = "quad_class"
) -> dict[str, Any]:
    """Events per period for a filter (typically an actor pair: ``f.actor``, ``f.recipient``, with
    ``f.both_directions``), split by quad class or event type. Events dated less precisely than the
    interval are counted in ``coarser``, undated ones in ``undated``."""
    e = t.events.c
    precise = and_(e.date.is_not(None), e.date_precision.in_(PRECISIONS_FOR[interval]))
    status = case((e.date.is_(None), "undated"), (precise, "dated"), else_="coarser").label("status")
    period = case((precise, period_start(conn, interval))).label("period")
    group = (e.quad_class if by == "quad_class" else e.event_type).label("key")
    rows = conn.execute(  # one pass: the series, and what it leaves out
        select(status, period, group, func.count().label("n"))
        .where(*event_conditions(f))
        .group_by(status, period, group)
        .order_by(period, group)
    ).mappings()
    series, left_out = [], {"coarser": 0, "undated": 0}
    for m in rows:
        if m["status"] == "dated":
            series.append({"period": m["period"], "key": m["key"], "count": m["n"]})
        else:
            left_out[m["status"]] += m["n"]
    return {
        "a": f.actor,
        "b": f.recipient,
        "interval": interval,
        "by": by,
        "directed": not f.both_directions,
        "series": series,
        "total": sum(p["count"] for p in series),
        "coarser": left_out["coarser"],
        "undated": left_out["undated"],
    }


def network(conn: Connection, f: EventFilter | None = None, max_edges: int = 150) -> dict[str, Any]:
    """Who acts on whom: the heaviest actor -> recipient edges (weight = events) and their nodes.

    Without a filter the edges are the dyad tallies; with one they are counted over the filtered events."""
    conditions = event_conditions(f or EventFilter())
    query = _filtered_edges(conditions, max_edges) if conditions else _tallied_edges(max_edges)
    edges = [dict(m) for m in conn.execute(query).mappings()]
    weights: dict[str, int] = {}
    for edge in edges:
        for end in ("source", "target"):
            weights[edge[end]] = weights.get(edge[end], 0) + edge["weight"]
    known = actor_directory(conn, list(weights))
    nodes = [
        {
            "key": key,
            "name": (known.get(key) or {}).get("name") or key,
            "country": (known.get(key) or {}).get("country"),
            "weight": w,
        }
        for key, w in sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    return {"nodes": nodes, "edges": edges}


def _tallied_edges(max_edges: int):
    d = t.dyads.c
    return (
        select(d.source_key.label("source"), d.target_key.label("target"), d.n_events.label("weight"))
        .order_by(d.n_events.desc(), d.source_key, d.target_key)
        .limit(max_edges)
    )


def _filtered_edges(conditions: list[Any], max_edges: int):
    x, y = t.event_actors.alias("x"), t.event_actors.alias("y")
    weight = func.count().label("weight")
    return (
        select(x.c.actor_key.label("source"), y.c.actor_key.label("target"), weight)
        .join(y, and_(y.c.event_id == x.c.event_id, y.c.side == "recipient"))
        .join(t.events, t.events.c.event_id == x.c.event_id)
        .where(x.c.side == "actor", x.c.actor_key != y.c.actor_key, *conditions)
        .group_by(x.c.actor_key, y.c.actor_key)
        .order_by(weight.desc(), x.c.actor_key, y.c.actor_key)
        .limit(max_edges)
    )


def event_places(conn: Connection, f: EventFilter | None = None, limit: int = 3000) -> list[dict[str, Any]]:
    """Located events grouped by place, with counts per quad class, most events first; ``feature`` is the
    place's precision (a "country" place is the country as a whole, not a point at its centroid)."""
    e = t.events.c
    n = func.count().label("n")
    quads = {
        f"n_{q.replace(' ', '_')}": func.sum(case((e.quad_class == q, 1), else_=0)).label(
            f"n_{q.replace(' ', '_')}"
        )
        for q in ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")
    }
    rows = conn.execute(
        select(e.location_name, e.location_country, e.lat, e.lon, e.location_feature, n, *quads.values())
        .where(e.lat.is_not(None), e.lon.is_not(None), *event_conditions(f or EventFilter()))
        .group_by(e.location_country, e.location_name, e.lat, e.lon, e.location_feature)
        .order_by(n.desc())
        .limit(limit)
    ).mappings()
    return [
        {
            "name": m["location_name"],
            "country": m["location_country"],
            "lat": m["lat"],
            "lon": m["lon"],
            "feature": m["location_feature"] or "city",
            "count": m["n"],
            **{k: m[k] for k in quads},
        }
        for m in rows
    ]
