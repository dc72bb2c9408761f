"""/api/actors, /api/dyad, /api/network, /api/places: actors and counts of their events, aggregated in SQL."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse

from eventwire.api.deps import Conn
from eventwire.api.models import ActorPage, DyadSeriesOut, NetworkOut, PlaceCountOut
from eventwire.api.params import ActorParam, Filter, PageParams
from eventwire.store import aggregates

router = APIRouter(prefix="/api", tags=["actors"])


@router.get("/actors", response_model=ActorPage)
def list_actors(
    conn: Conn,
    page: PageParams,
    q: Annotated[
        str | None, Query(max_length=200, description="KB id or country code, or a part of a name")
    ] = None,
) -> dict[str, Any]:
    """Actors with their number of events, most events first."""
    return {
        "total": aggregates.count_actors(conn, q),
        "limit": page.limit,
        "offset": page.offset,
        "actors": aggregates.actor_summary(conn, q, page.limit, page.offset),
    }


@router.get("/dyad", response_model=DyadSeriesOut)
def dyad(
    conn: Conn,
    f: Filter,
    a: Annotated[str, Query(min_length=1, max_length=200, description="First actor (as an actor filter)")],
    b: ActorParam = None,
    interval: Annotated[aggregates.Interval, Query()] = "month",
    by: Annotated[aggregates.SeriesBy, Query()] = "quad_class",
    directed: Annotated[bool, Query(description="Only events with a as actor and b as recipient")] = False,
) -> JSONResponse:
    """Events per day, week, month or year between actors a and b (or involving a), by quad class or
    event type. The other event filters narrow the events counted."""
    pair = replace(f, actor=a, recipient=b or None, both_directions=not directed)
    # a long daily series has tens of thousands of points: sent as is, without validating each again
    return JSONResponse(aggregates.dyad_series(conn, pair, interval, by))


@router.get("/network", response_model=NetworkOut)
def network(
    conn: Conn, f: Filter, edges: Annotated[int, Query(ge=1, le=1000, description="Heaviest edges")] = 150
) -> dict[str, Any]:
    """Who acts on whom: actor -> recipient edges weighted by events, for the filtered events."""
    return aggregates.network(conn, f, edges)


@router.get("/places", response_model=list[PlaceCountOut])
def places(
    conn: Conn, f: Filter, limit: Annotated[int, Query(ge=1, le=10_000)] = 3000
) -> list[dict[str, Any]]:
    """Located events grouped by place, with counts per quad class."""
    return aggregates.event_places(conn, f, limit)
