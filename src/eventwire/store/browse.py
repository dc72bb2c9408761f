"""Pages of stories, articles and quotes, and one story or article in full: what the API and the web
pages show. Each function reads one page (LIMIT/OFFSET in SQL) and only the rows that page needs."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, func, select

from eventwire.store import schema as t
from eventwire.store.queries import StoryFilter, list_quotes, speaker_matches

ARTICLE_FIELDS = (
    "article_id",
    "source_path",
    "title",
    "url",
    "outlet",
    "published",
    "published_source",
    "language",
    "dateline",
    "story_id",
    "copy_of",
)


def _article_columns():
    return [t.articles.c[name] for name in ARTICLE_FIELDS]


def count_stories(conn: Connection, story_filter: StoryFilter | None = None) -> int:
    where = (story_filter or StoryFilter()).where()
    return conn.scalar(select(func.count()).select_from(t.stories).where(*where)) or 0


def stories_page(
    conn: Connection, limit: int = 50, offset: int = 0, story_filter: StoryFilter | None = None
) -> list[dict[str, Any]]:
    """Stories, newest first (undated last), with their outlets and number of events; with
    ``story_filter``, those it admits (dates, size, title)."""
    s = t.stories.c
    rows = [
        dict(m)
        for m in conn.execute(
            select(s.story_id, s.title, s.date, s.date_precision, s.n_articles)
            .where(*(story_filter or StoryFilter()).where())
            .order_by(s.date.desc().nulls_last(), s.story_id.desc())
            .limit(limit)
            .offset(offset)
        ).mappings()
    ]
    ids = [r["story_id"] for r in rows]
    outlets, n_events = _story_outlets(conn, ids), _story_event_counts(conn, ids)
    for r in rows:
        r["outlets"] = outlets.get(r["story_id"], [])
        r["n_events"] = n_events.get(r["story_id"], 0)
    return rows


def _story_outlets(conn: Connection, story_ids: list[str]) -> dict[str, list[str]]:
    a = t.articles.c
    out: dict[str, list[str]] = defaultdict(list)
    query = (
        select(a.story_id, a.outlet)
        .where(a.story_id.in_(story_ids), a.outlet.is_not(None))
        .group_by(a.story_id, a.outlet)
        .order_by(a.story_id, a.outlet)
    )
    for sid, outlet in conn.execute(query):
        out[sid].append(outlet)
    return out


def _story_event_counts(conn: Connection, story_ids: list[str]) -> dict[str, int]:
    e = t.events.c
    query = select(e.story_id, func.count()).where(e.story_id.in_(story_ids)).group_by(e.story_id)
    return {sid: n for sid, n in conn.execute(query)}


def get_story(conn: Connection, story_id: str) -> dict[str, Any] | None:
    """One story with its articles (oldest first); its events come from `queries.find_events`."""
    s = t.stories.c
    row = conn.execute(
        select(s.story_id, s.title, s.date, s.date_precision, s.n_articles).where(s.story_id == story_id)
    ).first()
    if row is None:
        return None
    story = dict(row._mapping)
    a = t.articles.c
    story["articles"] = [
        dict(m)
        for m in conn.execute(
            select(*_article_columns())
            .where(a.story_id == story_id)
            .order_by(a.published.is_(None), a.published, a.article_id)
        ).mappings()
    ]
    story["outlets"] = sorted({x["outlet"] for x in story["articles"] if x["outlet"]})
    story["n_events"] = _story_event_counts(conn, [story_id]).get(story_id, 0)
    return story


def _article_filter(story_id: str | None, outlet: str | None) -> list[Any]:
    a = t.articles.c
    where = []
    if story_id:
        where.append(a.story_id == story_id)
    if outlet:
        where.append(func.lower(a.outlet).like(f"%{outlet.lower()}%"))
    return where


def count_articles(conn: Connection, story_id: str | None = None, outlet: str | None = None) -> int:
    where = _article_filter(story_id, outlet)
    return conn.scalar(select(func.count()).select_from(t.articles).where(*where)) or 0


def articles_page(
    conn: Connection,
    limit: int = 50,
    offset: int = 0,
    story_id: str | None = None,
    outlet: str | None = None,
) -> list[dict[str, Any]]:
    """Articles, newest first (undated last)."""
    a = t.articles.c
    query = (
        select(*_article_columns())
        .where(*_article_filter(story_id, outlet))
        .order_by(a.published.desc().nulls_last(), a.article_id.desc())
        .limit(limit)
        .offset(offset)
    )
    return [dict(m) for m in conn.execute(query).mappings()]


def get_article(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """One article with its text and the spans of its reports (each pointing at its merged event)."""
    a, r = t.articles.c, t.reports.c
    row = conn.execute(select(*_article_columns(), a.text).where(a.article_id == article_id)).first()
    if row is None:
        return None
    article = dict(row._mapping)
    query = (
        select(
            r.report_id,
            r.event_id,
            r.event_type,
            r.quad_class,
            r.span_start,
            r.span_end,
            r.trigger_start,
            r.trigger_end,
        )
        .where(r.article_id == article_id)
        .order_by(r.span_start, r.report_id)
    )
    article["reports"] = [
        {
            "report_id": m["report_id"],
            "event_id": m["event_id"],
            "event_type": m["event_type"],
            "quad_class": m["quad_class"],
            "span": [m["span_start"], m["span_end"]],
            "trigger_span": [m["trigger_start"], m["trigger_end"]]
            if m["trigger_start"] is not None
            else None,
        }
        for m in conn.execute(query).mappings()
    ]
    return article


def _span(start: int | None, end: int | None) -> list[int] | None:
    return [start, end] if start is not None and end is not None else None


def count_quotes(conn: Connection, actor: str | None = None) -> int:
    query = select(func.count()).select_from(t.quotes)
    if actor:
        query = query.where(speaker_matches(actor))
    return conn.scalar(query) or 0


def quotes_page(
    conn: Connection, actor: str | None = None, limit: int = 50, offset: int = 0
) -> list[dict[str, Any]]:
    """Quotations, newest first."""
    return list(list_quotes(conn, actor, limit, offset, newest_first=True))
