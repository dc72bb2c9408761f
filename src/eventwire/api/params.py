"""Query parameters shared by the API and the web pages, validated before any SQL runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Literal
from urllib.parse import parse_qsl, urlencode

from fastapi import Depends, Query
from starlette.types import ASGIApp, Receive, Scope, Send

from eventwire.store.queries import DATE_PATTERN, SORT_KEYS, EventFilter

SORT_PATTERN = r"^-?(" + "|".join(SORT_KEYS) + r")$"
ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"
QuadClass = Literal["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
MAX_PAGE = 500

ActorParam = Annotated[
    str | None,
    Query(max_length=200, description="KB id or country code exactly, or a part of a name or mention"),
]
DateParam = Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")]


def event_filter(
    actor: ActorParam = None,
    recipient: ActorParam = None,
    type: Annotated[
        str | None, Query(pattern=r"^[A-Za-z_]{1,16}$", description="PLOVER event type, e.g. CONSULT")
    ] = None,
    quad_class: Annotated[QuadClass | None, Query()] = None,
    since: DateParam = None,
    until: DateParam = None,
    story: Annotated[str | None, Query(pattern=ID_PATTERN, description="Only events of this story")] = None,
    location: Annotated[
        str | None, Query(max_length=200, description="Country code, or a part of the place name")
    ] = None,
    either: Annotated[
        bool, Query(description="Actor and recipient either way round (only actor: on either side)")
    ] = False,
    min_confidence: Annotated[
        float | None,
        Query(
            ge=0,
            le=1,
            description="Only events at least this confident (precision per threshold: docs/accuracy.md)",
        ),
    ] = None,
) -> EventFilter:
    """The event filters of `eventwire events`, plus quad class and location."""
    return EventFilter(
        actor=actor or None,
        recipient=recipient or None,
        event_type=type or None,
        quad_class=quad_class,
        since=since or None,
        until=until or None,
        story_id=story or None,
        location=location or None,
        both_directions=either,
        min_confidence=min_confidence,
    )


@dataclass(slots=True)
class Paging:
    limit: int
    offset: int


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=100_000_000)] = 0,
) -> Paging:
    return Paging(limit, offset)


Filter = Annotated[EventFilter, Depends(event_filter)]
PageParams = Annotated[Paging, Depends(paging)]
Sort = Annotated[
    str,
    Query(
        pattern=SORT_PATTERN,
        description="date, type, reports, outlets, confidence or published; '-' first for descending",
    ),
]


class EmptyParamsAreAbsent:
    """ASGI middleware: a query parameter with an empty value (what a browser sends for a form field left
    blank) counts as not given, so `?type=&since=` means no type and no date filter."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope.get("query_string"):
            pairs = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            kept = [(k, v) for k, v in pairs if v != ""]
            if len(kept) != len(pairs):
                scope = dict(scope, query_string=urlencode(kept).encode("latin-1"))
        await self.app(scope, receive, send)
