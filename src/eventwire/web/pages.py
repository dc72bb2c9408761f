"""The web pages of `eventwire serve`: server-rendered templates over the same queries as the API.

Charts get their data inside the page (a JSON script block, escaped by Jinja's ``tojson``) and draw it
with plotly's bundled JavaScript and a small script of ours (static/eventwire.js).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Connection

from eventwire.api.deps import Conn
from eventwire.api.evidence import article_segments, segments
from eventwire.api.moved import moved
from eventwire.api.params import ID_PATTERN, ActorParam, Filter, PageParams, Sort
from eventwire.store import EventFilter, aggregates, browse, queries
from eventwire.web.templating import CHART_COLOURS, templates

router = APIRouter(include_in_schema=False)
NAV = [
    ("/events", "Events"),
    ("/timeline", "Timeline"),
    ("/network", "Network"),
    ("/map", "Map"),
    ("/stories", "Stories"),
    ("/actors", "Actors"),
    ("/quotes", "Quotes"),
]


def wants_html(request: Request) -> bool:
    return not request.url.path.startswith(("/api/", "/openapi.json", "/static/"))


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = templates.get_template(name).render(request=request, nav=NAV, path=request.url.path, **context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status=status, status_code=status, message=message)


def filter_params(f: EventFilter) -> dict[str, Any]:
    """A filter as the query parameters of the pages (for links that keep it)."""
    return {
        "actor": f.actor,
        "recipient": f.recipient,
        "either": f.both_directions,
        "type": f.event_type,
        "quad_class": f.quad_class,
        "since": f.since,
        "until": f.until,
        "story": f.story_id,
        "location": f.location,
        "min_confidence": f.min_confidence,
    }


@router.get("/", response_class=HTMLResponse)
def home() -> RedirectResponse:
    return RedirectResponse("/events", status_code=307)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request, conn: Conn, f: Filter, page: PageParams, sort: Sort = "-date"
) -> HTMLResponse:
    found = queries.find_events(conn, replace(f, limit=page.limit, offset=page.offset, sort=sort))
    return render(
        request,
        "events.html",
        events=found,
        total=queries.count_events(conn, f),
        page=page,
        sort=sort,
        params=filter_params(f),
        types=sorted(queries.events_by_type(conn)),
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, conn: Conn, event_id: Annotated[str, Path(pattern=ID_PATTERN)]) -> Response:
    ev = queries.get_event(conn, event_id)
    if ev is None:
        return moved(request, conn, "event", event_id, "event_page") or error_page(
            request, 404, f"no event {event_id}"
        )
    sides = queries.event_sides(conn, [ev])
    reports = [(rep, segments(ev, rep, sides.get(rep.report_id or ""))) for rep in ev.reports]
    return render(request, "event.html", ev=ev, reports=reports)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(
    request: Request, conn: Conn, page: PageParams, q: Annotated[str | None, Query(max_length=200)] = None
) -> HTMLResponse:
    story_filter = queries.StoryFilter(search=q or None)
    return render(
        request,
        "stories.html",
        stories=browse.stories_page(conn, page.limit, page.offset, story_filter),
        total=browse.count_stories(conn, story_filter),
        page=page,
        params={"q": q},
    )


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story_page(request: Request, conn: Conn, story_id: Annotated[str, Path(pattern=ID_PATTERN)]) -> Response:
    story = browse.get_story(conn, story_id)
    if story is None:
        return moved(request, conn, "story", story_id, "story_page") or error_page(
            request, 404, f"no story {story_id}"
        )
    return render(request, "story.html", story=story, grid=_story_grid(conn, story))


def _story_grid(conn: Connection, story: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per merged event, one cell per article: that article's reports of the event, marked."""
    events = queries.find_events(conn, EventFilter(story_id=story["story_id"]))
    sides = queries.event_sides(conn, events)
    grid = []
    for ev in events:
        cells: dict[str, list] = {art["article_id"]: [] for art in story["articles"]}
        for rep in ev.reports:
            marked = segments(ev, rep, sides.get(rep.report_id or ""))
            cells.setdefault(rep.article_id, []).append((rep, marked))
        grid.append({"event": ev, "cells": cells})
    return grid


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(
    request: Request, conn: Conn, article_id: Annotated[str, Path(pattern=ID_PATTERN)]
) -> HTMLResponse:
    article = browse.get_article(conn, article_id)
    if article is None:
        return error_page(request, 404, f"no article {article_id}")
    return render(
        request, "article.html", article=article, parts=article_segments(article["text"], article["reports"])
    )


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request, conn: Conn, page: PageParams, q: Annotated[str | None, Query(max_length=200)] = None
) -> HTMLResponse:
    return render(
        request,
        "actors.html",
        actors=aggregates.actor_summary(conn, q, page.limit, page.offset),
        total=aggregates.count_actors(conn, q),
        page=page,
        params={"q": q},
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    conn: Conn,
    f: Filter,
    a: ActorParam = None,
    b: ActorParam = None,
    interval: Annotated[aggregates.Interval, Query()] = "month",
    by: Annotated[aggregates.SeriesBy, Query()] = "quad_class",
    directed: bool = False,
) -> HTMLResponse:
    """Events per period for an actor or an actor pair, coloured by quad class (or event type)."""
    context: dict[str, Any] = {"a": a, "b": b, "interval": interval, "by": by, "directed": directed}
    if a:
        pair = replace(f, actor=a, recipient=b or None, both_directions=not directed)
        chart = aggregates.dyad_series(conn, pair, interval, by)
        chart["colours"] = CHART_COLOURS if by == "quad_class" else {}
        recent = queries.find_events(conn, replace(pair, limit=20, sort="-date"))
        context.update(chart=chart, events=recent, params=filter_params(pair))
    return render(request, "timeline.html", **context)


@router.get("/network", response_class=HTMLResponse)
def network_page(
    request: Request, conn: Conn, f: Filter, edges: Annotated[int, Query(ge=1, le=1000)] = 100
) -> HTMLResponse:
    graph = aggregates.network(conn, f, edges)
    return render(request, "network.html", graph=graph, edges=edges, params=filter_params(f))


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, conn: Conn, f: Filter) -> HTMLResponse:
    places = aggregates.event_places(conn, f)
    return render(
        request,
        "map.html",
        places={"places": places, "colours": CHART_COLOURS},
        params=filter_params(f),
    )


@router.get("/quotes", response_class=HTMLResponse)
def quotes_page(request: Request, conn: Conn, page: PageParams, actor: ActorParam = None) -> HTMLResponse:
    return render(
        request,
        "quotes.html",
        quotes=browse.quotes_page(conn, actor, page.limit, page.offset),
        total=browse.count_quotes(conn, actor),
        page=page,
        params={"actor": actor},
    )
