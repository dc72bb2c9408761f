"""Read events, articles, stories and quotes back as records; filtering and paging happen in SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Select, and_, exists, func, or_, select

from eventwire.records import Event, Report
from eventwire.store import schema as t
from eventwire.store.codec import entities_from_json, place_from_json


@dataclass(slots=True)
class EventFilter:
    """What `eventwire events` and the API filter on."""

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    story_id: str | None = None
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False


def _matches_actor(side: str, value: str):
    """An actor filter: kb_id or country code exactly, or a part of the name or mention."""
    a = t.event_actors.c
    needle = f"%{value.lower()}%"
    return exists().where(
        and_(
            a.event_id == t.events.c.event_id,
            a.side == side,
            or_(
                func.lower(a.kb_id) == value.lower(),
                a.country == value.upper(),
                func.lower(a.name).like(needle),
                func.lower(a.mention).like(needle),
            ),
        )
    )


def event_query(f: EventFilter) -> Select:
    e = t.events.c
    q = select(t.events)
    if f.actor:
        q = q.where(_matches_actor("actor", f.actor))
    if f.recipient:
        q = q.where(_matches_actor("recipient", f.recipient))
    if f.event_type:
        q = q.where(e.event_type == f.event_type.upper())
    if f.since:
        q = q.where(e.date >= f.since)
    if f.until:
        q = q.where(e.date <= f.until + "\uffff")
    if f.story_id:
        q = q.where(e.story_id == f.story_id)
    order = [e.date.desc(), e.event_id] if f.newest_first else [e.date.is_(None), e.date, e.event_id]
    q = q.order_by(*order).offset(f.offset)
    if f.limit is not None:
        q = q.limit(f.limit)
    return q


def find_events(conn: Connection, f: EventFilter) -> list[Event]:
    rows = [row._mapping for row in conn.execute(event_query(f))]
    reports = _reports_of(conn, [r["event_id"] for r in rows])
    return [_event(r, reports.get(r["event_id"], [])) for r in rows]


def count_events(conn: Connection, f: EventFilter) -> int:
    inner = event_query(EventFilter(f.actor, f.recipient, f.event_type, f.since, f.until, f.story_id))
    return conn.scalar(select(func.count()).select_from(inner.order_by(None).subquery())) or 0


def _reports_of(conn: Connection, event_ids: list[str]) -> dict[str, list[Report]]:
    out: dict[str, list[Report]] = defaultdict(list)
    r, a = t.reports.c, t.articles.c
    for i in range(0, len(event_ids), 500):
        query = (
            select(
                r.event_id,
                r.report_id,
                r.article_id,
                r.sentence,
                r.span_start,
                r.span_end,
                r.trigger_start,
                r.trigger_end,
                a.source_path,
                a.url,
                a.outlet,
                a.published,
            )
            .join(t.articles, a.article_id == r.article_id)
            .where(r.event_id.in_(event_ids[i : i + 500]))
            .order_by(a.published.is_(None), a.published, r.report_id)
        )
        for m in conn.execute(query).mappings():
            out[m["event_id"]].append(
                Report(
                    article_id=m["article_id"],
                    source_path=m["source_path"],
                    sentence=m["sentence"],
                    span=(m["span_start"], m["span_end"]),
                    url=m["url"],
                    outlet=m["outlet"],
                    published=m["published"],
                    trigger_span=(m["trigger_start"], m["trigger_end"])
                    if m["trigger_start"] is not None
                    else None,
                    report_id=m["report_id"],
                )
            )
    return out


def _event(m: Any, reports: list[Report]) -> Event:
    attributed = entities_from_json([m["attributed_to"]]) if m["attributed_to"] else []
    return Event(
        event_id=m["event_id"],
        event_type=m["event_type"],
        actor=entities_from_json(m["actor"]),
        recipient=entities_from_json(m["recipient"]),
        reports=reports,
        mode=m["mode"],
        context=list(m["context"] or []),
        quad_class=m["quad_class"],
        date=m["date"],
        date_precision=m["date_precision"],
        date_expression=m["date_expression"],
        date_source=m["date_source"],
        location=place_from_json(m["location"]),
        story_id=m["story_id"],
        confidence=m["confidence"],
        attributed_to=attributed[0] if attributed else None,
    )


def list_articles(conn: Connection) -> Iterator[dict[str, Any]]:
    a = t.articles.c
    n_events = (
        select(func.count(func.distinct(t.reports.c.event_id)))
        .where(t.reports.c.article_id == a.article_id)
        .scalar_subquery()
    )
    query = select(
        a.article_id,
        a.source_path,
        a.url,
        a.outlet,
        a.title,
        a.published,
        a.published_source,
        a.story_id,
        n_events.label("n_events"),
    ).order_by(a.source_path, a.article_id)
    for m in conn.execute(query).mappings():
        yield dict(m)


def list_stories(conn: Connection) -> Iterator[dict[str, Any]]:
    s, a = t.stories.c, t.articles.c
    members: dict[str, list[tuple[str, str, str | None, str | None]]] = defaultdict(list)
    for sid, aid, path, outlet, published in conn.execute(
        select(a.story_id, a.article_id, a.source_path, a.outlet, a.published).order_by(
            a.published.is_(None), a.published, a.article_id
        )
    ):
        members[sid].append((aid, path, outlet, published))
    for m in conn.execute(select(t.stories).order_by(s.date.is_(None), s.date, s.story_id)).mappings():
        arts = members.get(m["story_id"], [])
        yield {
            "story_id": m["story_id"],
            "title": m["title"],
            "date": m["date"],
            "date_precision": m["date_precision"],
            "n_articles": len(arts),
            "article_ids": [x[0] for x in arts],
            "source_paths": [x[1] for x in arts],
            "outlets": sorted({x[2] for x in arts if x[2]}),
            "published": [x[3] for x in arts],
        }


def list_quotes(
    conn: Connection, actor: str | None = None, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    q, a = t.quotes.c, t.articles.c
    query = select(
        q.text, q.speaker, q.date, q.article_id, q.span_start, q.span_end, a.source_path, a.url, a.outlet
    ).join(t.articles, a.article_id == q.article_id)
    if actor:
        needle = f"%{actor.lower()}%"
        query = query.where(
            or_(
                func.lower(q.speaker_kb_id) == actor.lower(),
                q.speaker_country == actor.upper(),
                func.lower(q.speaker_name).like(needle),
            )
        )
    query = query.order_by(q.date.is_(None), q.date, q.quote_id)
    if limit:
        query = query.limit(limit)
    for m in conn.execute(query).mappings():
        d = dict(m)
        d["span"] = [d.pop("span_start"), d.pop("span_end")]
        yield d


def list_errors(conn: Connection) -> Iterator[dict[str, Any]]:
    e = t.ingest_errors.c
    for m in conn.execute(select(e.source_path, e.reason, e.at).order_by(e.id)).mappings():
        yield dict(m)


def events_by_type(conn: Connection) -> dict[str, int]:
    e = t.events.c
    rows = conn.execute(
        select(e.event_type, func.count()).group_by(e.event_type).order_by(func.count().desc())
    )
    return {k: v for k, v in rows}


def table_counts(conn: Connection) -> dict[str, int]:
    return {
        name: conn.scalar(select(func.count()).select_from(table)) or 0
        for name, table in (
            ("articles", t.articles),
            ("events", t.events),
            ("reports", t.reports),
            ("stories", t.stories),
            ("quotes", t.quotes),
            ("ingest_errors", t.ingest_errors),
        )
    }
