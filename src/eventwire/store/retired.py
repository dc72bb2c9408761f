"""Stable links across merges: ids a later merge replaced, and the event or story that holds them now.

A story's events are recomputed whenever a report joins it, and a story absorbed into another disappears;
their ids may change. Each retired id keeps one of its reports (events) or articles (stories); the record
that holds that report or article now is the successor.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, func, insert, select

from eventwire.store import schema as t


def _replace(conn: Connection, kind: str, rows: list[dict[str, str]]) -> None:
    if rows:
        conn.execute(delete(t.retired_ids).where(t.retired_ids.c.old_id.in_([r["old_id"] for r in rows])))
        conn.execute(insert(t.retired_ids), [{**r, "kind": kind} for r in rows])


def retire_events(conn: Connection, event_ids: list[str]) -> None:
    """Remember, for each event about to be deleted, one of its reports (inside the caller's transaction)."""
    if not event_ids:
        return
    r = t.reports.c
    found = conn.execute(
        select(r.event_id, func.min(r.report_id)).where(r.event_id.in_(event_ids)).group_by(r.event_id)
    )
    _replace(conn, "event", [{"old_id": eid, "via": rid} for eid, rid in found])


def retire_story(conn: Connection, story_id: str) -> None:
    """Remember one article of a story about to be absorbed into another."""
    a = t.articles.c
    first = conn.scalar(select(func.min(a.article_id)).where(a.story_id == story_id))
    if first is not None:
        _replace(conn, "story", [{"old_id": story_id, "via": first}])


def reinstate(conn: Connection, ids: Iterable[str]) -> None:
    """Ids in use again (a merge gave an event its old id back) are no longer retired."""
    ids = list(ids)
    if ids:
        conn.execute(delete(t.retired_ids).where(t.retired_ids.c.old_id.in_(ids)))


def successor(conn: Connection, kind: str, old_id: str) -> str | None:
    """The id of the event or story that now holds what ``old_id`` held, or None."""
    ret = t.retired_ids.c
    via = conn.scalar(select(ret.via).where(ret.old_id == old_id, ret.kind == kind))
    if via is None:
        return None
    if kind == "event":
        current = conn.scalar(select(t.reports.c.event_id).where(t.reports.c.report_id == via))
    else:
        current = conn.scalar(select(t.articles.c.story_id).where(t.articles.c.article_id == via))
    return current if current != old_id else None
