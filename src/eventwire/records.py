"""The plain records passed between pipeline stages: the only contract between them.

Every stage takes and returns these dataclasses (plus spaCy's ``Doc`` between ``nlp`` and the
stages that read a parse). ``to_dict`` gives the JSON shape used by the CLI, the API and exports.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Precision = Literal["day", "month", "year", "unknown"]
Span = tuple[int, int]

QUAD_CLASSES = ("verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


@dataclass(slots=True)
class Article:
    """One news report after ingest: clean text plus what is known about where it came from."""

    article_id: str
    source_path: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when the input gives none
    published_source: str | None = None  # where the date came from: "metadata", "dateline", "html", "url", …
    language: str | None = None
    dateline: str | None = None  # place named in a leading dateline ("BAGHDAD (Reuters) -"), if any
    # (clean_start, original_start, length): runs of clean text copied verbatim from the original
    offsets: list[tuple[int, int, int]] = field(default_factory=list)
    record_id: str | None = None  # the input's own id for the record (a dump's id column, a WARC record id)

    def original_offset(self, clean_offset: int) -> int | None:
        """Map a character offset in ``text`` back to the original input, or None if it was inserted."""
        for clean_start, orig_start, length in self.offsets:
            if clean_start <= clean_offset < clean_start + length:
                return orig_start + clean_offset - clean_start
        return None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class IngestError:
    """An input that could not be read: one line naming the input and the reason."""

    source_path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source_path}: {self.reason}"


@dataclass(slots=True)
class InputPosition:
    """How far one input file has been read and stored: where a later run of the same ingest goes on.

    Saved in the same transaction as the batch it ends, so after a crash the stored articles and the
    position always agree.
    """

    path: str  # absolute path of the file (the key)
    signature: str  # size, modification and change time: a changed file is read again from the start
    items: int = 0  # results (articles and errors) taken from the file so far
    articles: int = 0  # of which articles
    cursor: str | None = None  # text-stream position after the last result (JSONL, CSV), to seek to
    lines: int = 0  # JSONL lines or CSV data rows consumed: the numbering of source paths goes on from here
    done: bool = False  # the whole file has been read
    digest: str | None = None  # sha256 of the file's bytes (exact-duplicate detection across runs)


@dataclass(slots=True)
class Entity:
    """A resolved (or unresolved) actor: what a mention stands for, as of the article's date."""

    name: str
    mention: str
    kb_id: str | None = None
    country: str | None = None  # ISO 3166 alpha-3, or an IGO/NGO code as in the PLOVER manual
    sectors: list[str] = field(default_factory=list)
    role: str | None = None
    score: float = 1.0
    span: Span | None = None  # character span of the mention in the article text

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span) if self.span else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        """The entity of ``to_dict`` output (as stored or exported)."""
        return cls(
            name=d.get("name") or d.get("mention") or "",
            mention=d.get("mention") or "",
            kb_id=d.get("kb_id"),
            country=d.get("country"),
            sectors=list(d.get("sectors") or []),
            role=d.get("role"),
            score=float(d.get("score", 1.0)),
            span=_span(d.get("span")),
        )


@dataclass(slots=True)
class Mention:
    """A stretch of text that names or describes an actor, with its resolution candidates best first."""

    text: str
    span: Span
    sentence: int  # index of the sentence in the article
    kind: str  # PERSON, ORG, GPE, NORP, DESC (a description such as "Iraqi security forces")
    candidates: list[Entity] = field(default_factory=list)
    # A mention of several actors at once ("the two countries", "both sides"): all of them, in text
    # order (the candidates then start with them too). Empty for a mention of one actor.
    group: list[Entity] = field(default_factory=list)

    @property
    def entity(self) -> Entity | None:
        return self.candidates[0] if self.candidates else None


@dataclass(slots=True)
class TimeExpression:
    """A date or time expression found in text and resolved against an anchor date."""

    expression: str
    span: Span
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when it cannot be resolved
    precision: Precision
    tense: Literal["past", "present", "future", "unknown"] = "unknown"
    time_of_day: str | None = None  # "evening", "18:51", …
    end: str | None = None  # end of a range ("between 3 and 5 May")
    weekday: str | None = None  # weekday stated in the text, if any
    weekday_conflict: bool = False  # the stated weekday disagrees with the resolved date
    anchored: bool = False  # the value depends on the anchor (publication) date

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        return d


INFERRED_PLACE = "parties"  # Place.source of a location inferred from the parties' one country, not told
INFERRED_ARTICLE = "article"  # ... inferred from the one country of every place the article names
INFERRED_SOURCES = frozenset({INFERRED_PLACE, INFERRED_ARTICLE})  # locations inferred, not told


@dataclass(slots=True)
class Place:
    """A place mention resolved to a gazetteer entry."""

    mention: str
    name: str
    country: str | None  # ISO alpha-3
    lat: float | None
    lon: float | None
    admin1: str | None = None
    feature: str = "city"  # city, admin, country, venue, region
    geonameid: int | None = None
    span: Span | None = None
    source: str | None = (
        None  # an event's location: "sentence", "lede", "dateline"; inferred: "parties", "article"
    )

    @property
    def inferred(self) -> bool:
        """Whether the location is inferred (the parties' or the article's one country), not told."""
        return self.source in INFERRED_SOURCES

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span) if self.span else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        """The place of ``to_dict`` output (as stored or exported)."""
        return cls(
            mention=d.get("mention", ""),
            name=d.get("name", ""),
            country=d.get("country"),
            lat=d.get("lat"),
            lon=d.get("lon"),
            admin1=d.get("admin1"),
            feature=d.get("feature", "city"),
            geonameid=d.get("geonameid"),
            span=_span(d.get("span")),
            source=d.get("source"),
        )


@dataclass(slots=True)
class Report:
    """One article's evidence for an event."""

    article_id: str
    source_path: str
    sentence: str
    span: Span  # the sentence's character span in the article text
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    trigger_span: Span | None = None  # the event word(s), in article text offsets
    report_id: str | None = None  # id of the article-level event this report is the evidence of
    copy_of: str | None = None  # the earlier article this report's article republishes (a copy, a reprint)
    reason: str | None = None  # why it was coded: the trigger, its pattern and how the text frames it

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["span"] = list(self.span)
        d["trigger_span"] = list(self.trigger_span) if self.trigger_span else None
        return d


@dataclass(slots=True)
class Event:
    """Who did what to whom, when, where, according to which reports (PLOVER field names)."""

    event_id: str
    event_type: str
    actor: list[Entity]
    recipient: list[Entity]
    reports: list[Report]
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    quad_class: str | None = None
    date: str | None = None
    date_precision: Precision = "unknown"
    date_end: str | None = None  # the last year, month or day of a range told ("between 2011 and 2015")
    date_expression: str | None = None
    date_source: str | None = None  # "sentence", "lede", "narrative", "statement", "published", "story", …
    location: Place | None = None
    story_id: str | None = None
    confidence: float = 0.5
    attributed_to: Entity | None = None  # who said so, for reported speech

    @property
    def first_published(self) -> str | None:
        """The publication date of the earliest report: when the event was first reported, not its date."""
        return min((r.published for r in self.reports if r.published), default=None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "event_type": self.event_type,
            "mode": self.mode,
            "context": list(self.context),
            "quad_class": self.quad_class,
            "actor": [e.to_dict() for e in self.actor],
            "recipient": [e.to_dict() for e in self.recipient],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_end": self.date_end,
            "date_expression": self.date_expression,
            "date_source": self.date_source,
            "location": self.location.to_dict() if self.location else None,
            "story_id": self.story_id,
            "confidence": round(self.confidence, 3),
            "attributed_to": self.attributed_to.to_dict() if self.attributed_to else None,
            "n_reports": len(self.reports),
            "n_articles": len({r.article_id for r in self.reports}),
            "n_outlets": len({r.outlet or r.source_path for r in self.reports}),
            "n_sources": independent_sources(self.reports),
            "first_published": self.first_published,
            "reports": [r.to_dict() for r in self.reports],
        }


def independent_sources(reports: list[Report]) -> int:
    """Outlets that reported independently: a copy or wire reprint counts once, as its original's outlet
    (or as the original itself when the original is not among the reports)."""
    outlet_of = {r.article_id: r.outlet or r.source_path for r in reports if r.copy_of is None}
    return len({outlet_of.get(r.copy_of or r.article_id, r.copy_of) for r in reports})


@dataclass(slots=True)
class Quote:
    """A quotation with its speaker."""

    text: str
    span: Span
    speaker: Entity | None
    article_id: str
    date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": list(self.span),
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "article_id": self.article_id,
            "date": self.date,
        }


@dataclass(slots=True)
class Story:
    """Reports of one happening, across outlets and republications."""

    story_id: str
    article_ids: list[str]
    title: str | None = None
    date: str | None = None
    date_precision: Precision = "unknown"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _span(value: Any) -> Span | None:
    return (int(value[0]), int(value[1])) if value else None
