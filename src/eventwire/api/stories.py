"""/api/stories: stories (reports of one happening across outlets) and one story with its events."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query, Request, Response

from eventwire.api.deps import Conn
from eventwire.api.models import StoryDetailOut, StoryPage
from eventwire.api.moved import moved
from eventwire.api.params import ID_PATTERN, DateParam, PageParams
from eventwire.store import EventFilter, browse, queries
from eventwire.store.queries import StoryFilter

router = APIRouter(prefix="/api", tags=["stories"])


@router.get("/stories", response_model=StoryPage)
def list_stories(
    conn: Conn,
    page: PageParams,
    q: Annotated[str | None, Query(max_length=200, description="Story id, or a part of its title")] = None,
    since: DateParam = None,
    until: DateParam = None,
    min_reports: Annotated[
        int, Query(ge=1, le=100_000, description="Told by at least this many articles")
    ] = 1,
) -> dict[str, Any]:
    """Stories, newest first, with their outlets and number of events; ``since``/``until`` bound the
    story's date (a date filter leaves undated stories out)."""
    story_filter = StoryFilter(
        search=q or None, since=since or None, until=until or None, min_reports=min_reports
    )
    return {
        "total": browse.count_stories(conn, story_filter),
        "limit": page.limit,
        "offset": page.offset,
        "stories": browse.stories_page(conn, page.limit, page.offset, story_filter),
    }


def story_detail(conn: Conn, story_id: str) -> dict[str, Any] | None:
    story = browse.get_story(conn, story_id)
    if story is not None:
        story["events"] = queries.find_events(conn, EventFilter(story_id=story_id))
    return story


@router.get(
    "/stories/{story_id}", response_model=StoryDetailOut, responses={404: {"description": "No such story"}}
)
def get_story(
    request: Request, conn: Conn, story_id: Annotated[str, Path(pattern=ID_PATTERN)]
) -> dict[str, Any] | Response:
    """One story: its articles (oldest first) and its merged events with all their reports. The id of a
    story merged into another redirects (307) to that story."""
    story = story_detail(conn, story_id)
    if story is None:
        if redirect := moved(request, conn, "story", story_id, "get_story"):
            return redirect
        raise HTTPException(404, f"no story {story_id}")
    story["events"] = [ev.to_dict() for ev in story["events"]]
    return story
