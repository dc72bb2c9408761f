"""Response models: the JSON shapes of the API, with the field names of the jsonl records."""

from __future__ import annotations

from pydantic import BaseModel, Field


class EntityOut(BaseModel):
    name: str
    mention: str
    kb_id: str | None = None
    country: str | None = None
    sectors: list[str] = []
    role: str | None = None
    score: float = 1.0
    span: list[int] | None = None


class PlaceOut(BaseModel):
    mention: str
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    feature: str = "city"
    geonameid: int | None = None
    span: list[int] | None = None
    source: str | None = Field(
        None,
        description=(
            'where an event\'s location was read: "sentence", "lede" or "dateline"; inferred: "parties", the '
            'one country of every party of a domestic event, or "article", the one country of every place '
            "the article names, for an event whose resolved parties are all of it"
        ),
    )


class SegmentOut(BaseModel):
    text: str
    role: str | None = Field(None, description='"actor", "trigger", "recipient" or null for plain text')


class ReportOut(BaseModel):
    article_id: str
    source_path: str
    sentence: str
    span: list[int]
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    trigger_span: list[int] | None = None
    report_id: str | None = None
    reason: str | None = Field(None, description="Why it was coded: the trigger, its pattern, the framing")
    evidence: list[SegmentOut] | None = Field(
        None, description="The sentence cut into plain and highlighted segments (one event only)"
    )


class EventOut(BaseModel):
    event_id: str
    event_type: str
    mode: str | None = None
    context: list[str] = []
    quad_class: str | None = None
    actor: list[EntityOut]
    recipient: list[EntityOut]
    date: str | None = None
    date_precision: str
    date_end: str | None = Field(None, description="The end of a range the text tells, at its precision")
    date_expression: str | None = None
    date_source: str | None = None
    location: PlaceOut | None = None
    story_id: str | None = None
    confidence: float
    attributed_to: EntityOut | None = None
    n_reports: int
    n_articles: int = Field(description="Distinct articles among the reports (GDELT NumArticles)")
    n_outlets: int = Field(description="Distinct outlets among the reports (GDELT NumSources)")
    n_sources: int = Field(description="Independent sources: outlets not republishing another's copy")
    first_published: str | None = Field(None, description="Publication date of the earliest report")
    reports: list[ReportOut]


class Page(BaseModel):
    total: int = Field(description="Matching items in all pages")
    limit: int
    offset: int


class EventPage(Page):
    sort: str
    events: list[EventOut]


class StoryOut(BaseModel):
    story_id: str
    title: str | None = None
    date: str | None = None
    date_precision: str
    n_articles: int
    n_events: int
    outlets: list[str]


class StoryPage(Page):
    stories: list[StoryOut]


class ArticleOut(BaseModel):
    article_id: str
    source_path: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    published_source: str | None = None
    language: str | None = None
    dateline: str | None = None
    story_id: str | None = None
    copy_of: str | None = None


class ArticlePage(Page):
    articles: list[ArticleOut]


class ArticleReportOut(BaseModel):
    report_id: str
    event_id: str | None = None
    event_type: str
    quad_class: str | None = None
    span: list[int]
    trigger_span: list[int] | None = None


class ArticleTextOut(ArticleOut):
    text: str
    reports: list[ArticleReportOut]


class StoryDetailOut(StoryOut):
    articles: list[ArticleOut]
    events: list[EventOut]


class QuoteOut(BaseModel):
    text: str
    span: list[int]
    speaker: EntityOut | None = None
    date: str | None = None
    article_id: str
    source_path: str
    url: str | None = None
    outlet: str | None = None


class QuotePage(Page):
    quotes: list[QuoteOut]


class ActorOut(BaseModel):
    key: str = Field(description="KB id, or the name of an actor without one; use it as an actor filter")
    name: str
    kb_id: str | None = None
    country: str | None = None
    sectors: list[str] = []
    n_events: int
    n_as_actor: int
    n_as_recipient: int


class ActorPage(Page):
    actors: list[ActorOut]


class SeriesPoint(BaseModel):
    period: str = Field(description="YYYY-MM-DD (day, week start), YYYY-MM (month) or YYYY (year)")
    key: str | None = Field(description="Quad class or event type")
    count: int


class DyadSeriesOut(BaseModel):
    a: str
    b: str | None = None
    interval: str
    by: str
    directed: bool
    series: list[SeriesPoint]
    total: int
    coarser: int = Field(description="Matching events dated less precisely than the interval")
    undated: int


class NodeOut(BaseModel):
    key: str
    name: str
    country: str | None = None
    weight: int


class EdgeOut(BaseModel):
    source: str
    target: str
    weight: int = Field(description="Events with source as actor and target as recipient")


class NetworkOut(BaseModel):
    nodes: list[NodeOut]
    edges: list[EdgeOut]


class PlaceCountOut(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float
    lon: float
    feature: str = Field(
        "city", description='the precision: "country" is the country as a whole, not a point at its centroid'
    )
    count: int
    n_verbal_cooperation: int
    n_material_cooperation: int
    n_verbal_conflict: int
    n_material_conflict: int


class StatsOut(BaseModel):
    counts: dict[str, int]
    events_by_type: dict[str, int]
