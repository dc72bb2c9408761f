"""/api/articles and /api/quotes: stored articles with their text, and quotations with their speakers."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query

from eventwire.api.deps import Conn
from eventwire.api.models import ArticlePage, ArticleTextOut, QuotePage, StatsOut
from eventwire.api.params import ID_PATTERN, ActorParam, PageParams
from eventwire.store import browse, queries

router = APIRouter(prefix="/api", tags=["articles"])


@router.get("/articles", response_model=ArticlePage)
def list_articles(
    conn: Conn,
    page: PageParams,
    story: Annotated[str | None, Query(pattern=ID_PATTERN)] = None,
    outlet: Annotated[str | None, Query(max_length=200, description="A part of the outlet's name")] = None,
) -> dict[str, Any]:
    """Articles, newest first."""
    return {
        "total": browse.count_articles(conn, story, outlet),
        "limit": page.limit,
        "offset": page.offset,
        "articles": browse.articles_page(conn, page.limit, page.offset, story, outlet),
    }


@router.get(
    "/articles/{article_id}",
    response_model=ArticleTextOut,
    responses={404: {"description": "No such article"}},
)
def get_article(conn: Conn, article_id: Annotated[str, Path(pattern=ID_PATTERN)]) -> dict[str, Any]:
    """One article's clean text and metadata, with the spans of the events found in it."""
    article = browse.get_article(conn, article_id)
    if article is None:
        raise HTTPException(404, f"no article {article_id}")
    return article


@router.get("/quotes", response_model=QuotePage, tags=["quotes"])
def list_quotes(conn: Conn, page: PageParams, actor: ActorParam = None) -> dict[str, Any]:
    """Quotations with their speakers, oldest first; ``actor`` filters on the speaker."""
    return {
        "total": browse.count_quotes(conn, actor),
        "limit": page.limit,
        "offset": page.offset,
        "quotes": browse.quotes_page(conn, actor, page.limit, page.offset),
    }


@router.get("/stats", response_model=StatsOut, tags=["events"])
def stats(conn: Conn) -> dict[str, Any]:
    """Rows per table and events per type."""
    return {"counts": queries.table_counts(conn), "events_by_type": queries.events_by_type(conn)}
