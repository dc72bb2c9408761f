"""Read events, articles, stories and quotes back as records; filtering and paging happen in SQL."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import (
    CompoundSelect,
    Connection,
    Select,
    and_,
    exists,
    func,
    intersect,
    or_,
    select,
    tuple_,
    union,
)

from eventwire.records import Entity, Event, Report
from eventwire.store import schema as t
from eventwire.store.codec import entities_from_json, event_from_row, report_from_row

SORT_KEYS = ("date", "type", "reports", "outlets", "confidence", "published")
DATE_PATTERN = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"  # YYYY, YYYY-MM or YYYY-MM-DD


@dataclass(slots=True)
class EventFilter:
    """What `eventwire events` and the API filter on.

    ``actor``/``recipient``: KB id or country code exactly, or a part of a name; ``since``/``until``: a
    date or its prefix (YYYY, YYYY-MM), inclusive; ``location``: a country code or a place name;
    ``sort``: one of SORT_KEYS, "-" first for descending (default: oldest first, undated last);
    ``both_directions``: events between actor and recipient either way round (with only ``actor``: the
    actor on either side); ``min_confidence``: events at least this confident (docs/accuracy.md gives
    the precision measured at each threshold).
    """

    actor: str | None = None
    recipient: str | None = None
    event_type: str | None = None
    since: str | None = None
    until: str | None = None
    story_id: str | None = None
    limit: int | None = None
    offset: int = 0
    newest_first: bool = False
    quad_class: str | None = None
    location: str | None = None
    sort: str | None = None
    both_directions: bool = False  # actor/recipient match either way round (a dyad, not a direction)
    min_confidence: float | None = None

    def without_paging(self) -> EventFilter:
        return replace(self, limit=None, offset=0)


def _sort_column(key: str):
    e = t.events.c
    return {
        "date": e.date,
        "type": e.event_type,
        "reports": e.n_reports,
        "outlets": e.n_outlets,
        "confidence": e.confidence,
        "published": e.first_published,
    }[key]


def matching_actor_keys(value: str) -> Select:
    """Actor keys a filter value names: the actor whose KB id it is; or, when it is no KB id and no
    country code, every actor whose names or mentions contain it (case-insensitive). So "EST" means
    Estonia, not also "protesters"."""
    at, exact = t.actor_terms.c, t.actor_terms.alias("exact").c
    term = value.lower()
    is_an_id = exists().where(exact.kind == "id", exact.term == term)
    is_a_country = exists().where(t.actors.c.country == value.upper())
    return select(at.actor_key).where(
        or_(
            and_(at.kind == "id", at.term == term),
            and_(at.kind == "name", at.term.contains(term, autoescape=True), ~is_an_id, ~is_a_country),
        )
    )


def actor_event_ids(side: str | None, value: str) -> Select:
    """Ids of events with a matching actor (on ``side``, or on either side): through the actor key index
    for the matching keys, and through the country index for a country code."""
    a = t.event_actors.c
    sides = [a.side == side] if side else []
    by_key = select(a.event_id).where(a.actor_key.in_(matching_actor_keys(value)), *sides)
    by_country = select(a.event_id).where(a.country == value.upper(), *sides)
    return _ids(union(by_key, by_country))


def _ids(compound: CompoundSelect) -> Select:
    """A compound select as a plain one (SQLite cannot nest compound selects directly)."""
    sub = compound.subquery()
    return select(sub.c.event_id)


def until_bound(until: str) -> str:
    """The largest date string an inclusive ``until`` prefix admits ("2021-06" -> "2021-06-31")."""
    return until + "-12-31"[len(until) - 4 :] if len(until) < 10 else until


def _actor_conditions(actor: str | None, recipient: str | None, both_directions: bool):
    """The actor/recipient part of a filter as one IN (set of event ids), which the database joins on
    once instead of testing several sets for every event."""
    e = t.events.c
    if actor and recipient:
        forward = _ids(intersect(actor_event_ids("actor", actor), actor_event_ids("recipient", recipient)))
        if not both_directions:
            return e.event_id.in_(forward)
        backward = _ids(intersect(actor_event_ids("actor", recipient), actor_event_ids("recipient", actor)))
        return e.event_id.in_(_ids(union(forward, backward)))
    side = None if both_directions else ("actor" if actor else "recipient")
    return e.event_id.in_(actor_event_ids(side, actor or recipient or ""))


def event_conditions(f: EventFilter) -> list[Any]:
    """The WHERE conditions of a filter on the events table (no paging, no order)."""
    e = t.events.c
    where: list[Any] = []
    if f.actor or f.recipient:
        where.append(_actor_conditions(f.actor, f.recipient, f.both_directions))
    if f.event_type:
        where.append(e.event_type == f.event_type.upper())
    if f.quad_class:
        where.append(e.quad_class == f.quad_class.lower())
    if f.since:
        where.append(e.date >= f.since)
    if f.until:
        where.append(e.date <= until_bound(f.until))
    if f.story_id:
        where.append(e.story_id == f.story_id)
    if f.location:
        where.append(or_(e.location_country == f.location.upper(), e.location_name == f.location))
    if f.min_confidence:
        where.append(e.confidence >= f.min_confidence)
    return where


def event_order(f: EventFilter) -> list[Any]:
    e = t.events.c
    key = f.sort or ("-date" if f.newest_first else "date")
    descending = key.startswith("-")
    col = _sort_column(key.lstrip("-"))
    if not col.nullable:  # plain order: an index on (col, event_id) serves it either way round
        return [col.desc(), e.event_id.desc()] if descending else [col, e.event_id]
    if descending:
        return [col.desc().nulls_last(), e.event_id.desc()]
    return [col.asc().nulls_last(), e.event_id]


def event_query(f: EventFilter, after: tuple[str | None, str] | None = None) -> Select:
    """The events of one page. The page's ids are chosen first, from narrow indexes only, and only those
    rows are read: sorting tens of thousands of matches never touches their wide rows. ``after``: (date,
    event_id) of the last event of the page before, in the default order (see `iter_events`)."""
    order = event_order(f)
    where = event_conditions(f) + ([_after(*after)] if after else [])
    page = select(t.events.c.event_id).where(*where).order_by(*order).offset(f.offset)
    if f.limit is not None:
        page = page.limit(f.limit)
    return select(t.events).where(t.events.c.event_id.in_(page)).order_by(*order)


def _after(date: str | None, event_id: str):
    """Events after (date, event_id) in the order oldest first, undated last, then by id."""
    e = t.events.c
    if date is None:
        return and_(e.date.is_(None), e.event_id > event_id)
    return or_(e.date > date, and_(e.date == date, e.event_id > event_id), e.date.is_(None))


def find_events(conn: Connection, f: EventFilter, after: tuple[str | None, str] | None = None) -> list[Event]:
    rows = [row._mapping for row in conn.execute(event_query(f, after))]
    reports = _reports_of(conn, [r["event_id"] for r in rows])
    return [_event(r, reports.get(r["event_id"], [])) for r in rows]


def count_events(conn: Connection, f: EventFilter) -> int:
    return conn.scalar(select(func.count()).select_from(t.events).where(*event_conditions(f))) or 0


def get_event(conn: Connection, event_id: str) -> Event | None:
    row = conn.execute(select(t.events).where(t.events.c.event_id == event_id)).first()
    if row is None:
        return None
    return _event(row._mapping, _reports_of(conn, [event_id]).get(event_id, []))


def iter_events(conn: Connection, f: EventFilter, page: int = 1000) -> Iterator[Event]:
    """Every event the filter selects, in its order, fetched ``page`` at a time (for exports).

    In the default order (oldest first) each page starts after the last event of the page before, so the
    thousandth page costs what the first does; other orders page by offset. Run it inside one
    `Store.reading()`: all pages then come from one snapshot, none skipped or repeated while an ingest
    writes."""
    keyset = (f.sort or ("-date" if f.newest_first else "date")) == "date"
    remaining, offset, after = f.limit, f.offset, None
    while remaining is None or remaining > 0:
        size = page if remaining is None else min(page, remaining)
        batch = find_events(conn, replace(f, limit=size, offset=0 if after else offset), after)
        yield from batch
        if len(batch) < size:
            return
        offset += size
        after = (batch[-1].date, batch[-1].event_id) if keyset else None
        if remaining is not None:
            remaining -= size


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
                r.reason,
                a.source_path,
                a.url,
                a.outlet,
                a.published,
                a.copy_of,
            )
            .join(t.articles, a.article_id == r.article_id)
            .where(r.event_id.in_(event_ids[i : i + 500]))
            .order_by(a.published.is_(None), a.published, r.report_id)
        )
        for m in conn.execute(query).mappings():
            out[m["event_id"]].append(report_from_row(m))
    return out


def report_sides(conn: Connection, report_ids: list[str]) -> dict[str, tuple[list[Entity], list[Entity]]]:
    """The actors and recipients each report itself names, with their spans in its own article."""
    r = t.reports.c
    out: dict[str, tuple[list[Entity], list[Entity]]] = {}
    for i in range(0, len(report_ids), 500):
        query = select(r.report_id, r.actor, r.recipient).where(r.report_id.in_(report_ids[i : i + 500]))
        for rid, actor, recipient in conn.execute(query):
            out[rid] = (entities_from_json(actor), entities_from_json(recipient))
    return out


def event_sides(conn: Connection, events: list[Event]) -> dict[str, tuple[list[Entity], list[Entity]]]:
    """`report_sides` for every report of these events."""
    return report_sides(conn, [r.report_id for ev in events for r in ev.reports if r.report_id])


def _event(m: Any, reports: list[Report]) -> Event:
    return event_from_row(m, m["event_id"], reports, m["story_id"])


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


@dataclass(slots=True, frozen=True)
class StoryFilter:
    """What `eventwire stories` filters on: ``since``/``until``, the story's date or its prefix (YYYY,
    YYYY-MM), inclusive (a dated filter leaves undated stories out); ``min_reports``, at least this many
    articles; ``search``, a part of the title (any case) or the story id; ``limit``, at most this many."""

    since: str | None = None
    until: str | None = None
    min_reports: int = 1
    search: str | None = None
    limit: int | None = None

    def where(self) -> list[Any]:
        s = t.stories.c
        where = [s.n_articles >= self.min_reports] if self.min_reports > 1 else []
        if self.since:
            where.append(s.date >= self.since)
        if self.until:
            where.append(s.date <= until_bound(self.until))
        if self.search:
            where.append(or_(s.story_id == self.search, func.lower(s.title).like(f"%{self.search.lower()}%")))
        return where


def list_stories(
    conn: Connection, chunk: int = 500, story_filter: StoryFilter | None = None
) -> Iterator[dict[str, Any]]:
    """Every story (dated first, oldest first) with its reports, oldest first: outlets, dates and which
    ones are copies; with ``story_filter``, those it admits. Read ``chunk`` stories at a time by key (the
    (date, story_id) index), so memory and the cost of each chunk stay flat however many are stored."""
    f = story_filter or StoryFilter()
    s = t.stories.c
    left = f.limit
    for dated in (True, False) if not (f.since or f.until) else (True,):
        where = [s.date.is_not(None) if dated else s.date.is_(None), *f.where()]
        key = (s.date, s.story_id) if dated else (s.story_id,)
        after: tuple[str, ...] | None = None
        while left is None or left > 0:
            size = chunk if left is None else min(chunk, left)
            query = select(t.stories).where(*where).order_by(*key).limit(size)
            if after is not None:
                query = query.where(tuple_(*key) > tuple_(*after))
            rows = list(conn.execute(query).mappings())
            members = _story_members(conn, [m["story_id"] for m in rows]) if rows else {}
            for m in rows:
                yield _story_row(m, members.get(m["story_id"], []))
            left = None if left is None else left - len(rows)
            if len(rows) < chunk:
                break
            after = tuple(rows[-1][c.name] for c in key)


def _story_members(conn: Connection, story_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    a = t.articles.c
    query = (
        select(a.story_id, a.article_id, a.source_path, a.outlet, a.published, a.title, a.copy_of)
        .where(a.story_id.in_(story_ids))
        .order_by(a.published.is_(None), a.published, a.article_id)
    )
    members: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for m in conn.execute(query).mappings():
        members[m["story_id"]].append({k: m[k] for k in m if k != "story_id"})
    return members


def _story_row(story: Any, arts: list[dict[str, Any]]) -> dict[str, Any]:
    originals = [x for x in arts if not x["copy_of"]]
    return {
        "story_id": story["story_id"],
        "title": story["title"],
        "date": story["date"],
        "date_precision": story["date_precision"],
        "n_articles": len(arts),
        "n_outlets": len({x["outlet"] or x["source_path"] for x in arts}),
        "n_sources": len({x["outlet"] or x["source_path"] for x in originals}) or min(len(arts), 1),
        "first_published": next((x["published"] for x in arts if x["published"]), None),
        "article_ids": [x["article_id"] for x in arts],
        "source_paths": [x["source_path"] for x in arts],
        "outlets": sorted({x["outlet"] for x in arts if x["outlet"]}),
        "published": [x["published"] for x in arts],
        "reports": arts,
    }


def speaker_matches(actor: str):
    """A quote filter: speaker KB id or country code exactly, or a part of the speaker's name."""
    q = t.quotes.c
    keys = matching_actor_keys(actor)
    return or_(
        q.speaker_kb_id.in_(keys),
        and_(q.speaker_kb_id.is_(None), q.speaker_name.in_(keys)),
        q.speaker_country == actor.upper(),
    )


def list_quotes(
    conn: Connection,
    actor: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> Iterator[dict[str, Any]]:
    """Quotations with their speakers and sources, oldest (or newest) first, undated last."""
    q, a = t.quotes.c, t.articles.c
    query = select(
        q.text, q.speaker, q.date, q.article_id, q.span_start, q.span_end, a.source_path, a.url, a.outlet
    ).join(t.articles, a.article_id == q.article_id)
    if actor:
        query = query.where(speaker_matches(actor))
    order = (
        [q.date.desc().nulls_last(), q.quote_id.desc()]
        if newest_first
        else [q.date.asc().nulls_last(), q.quote_id]
    )
    query = query.order_by(*order).offset(offset)
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
