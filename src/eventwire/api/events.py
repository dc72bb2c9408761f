"""/api/events: the event table (filters, paging, sorting) and one event with highlighted evidence."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Request, Response

from eventwire.api.deps import Conn
from eventwire.api.evidence import segments
from eventwire.api.models import EventOut, EventPage
from eventwire.api.moved import moved
from eventwire.api.params import ID_PATTERN, Filter, PageParams, Sort
from eventwire.records import Event
from eventwire.store import queries

router = APIRouter(prefix="/api", tags=["events"])


@router.get("/events", response_model=EventPage)
def list_events(conn: Conn, f: Filter, page: PageParams, sort: Sort = "-date") -> dict[str, Any]:
    """Merged events with all their reports, filtered like `eventwire events`, one page at a time."""
    paged = replace(f, limit=page.limit, offset=page.offset, sort=sort)
    return {
        "total": queries.count_events(conn, f),
        "limit": page.limit,
        "offset": page.offset,
        "sort": sort,
        "events": [ev.to_dict() for ev in queries.find_events(conn, paged)],
    }


def event_with_evidence(conn: Conn, ev: Event) -> dict[str, Any]:
    """The event record, each report with its sentence cut into highlighted segments."""
    d = ev.to_dict()
    sides = queries.event_sides(conn, [ev])
    for rep, out in zip(ev.reports, d["reports"], strict=True):
        out["evidence"] = [asdict(s) for s in segments(ev, rep, sides.get(rep.report_id or ""))]
    return d


@router.get("/events/{event_id}", response_model=EventOut, responses={404: {"description": "No such event"}})
def get_event(
    request: Request, conn: Conn, event_id: Annotated[str, Path(pattern=ID_PATTERN)]
) -> dict[str, Any] | Response:
    """One event with every report and its evidence (actor, trigger and recipient marked). The id of an
    event that a later merge replaced redirects (307) to the event that holds its reports now."""
    ev = queries.get_event(conn, event_id)
    if ev is None:
        if redirect := moved(request, conn, "event", event_id, "get_event"):
            return redirect
        raise HTTPException(404, f"no event {event_id}")
    return event_with_evidence(conn, ev)
