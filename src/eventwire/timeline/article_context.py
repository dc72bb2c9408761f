"""The article context the timeline works out once per article: its text, parse, publication day,
time expressions, places and lede, and the tests of an event against them that both dates and places use."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span

from eventwire.nlp.text import doc_text
from eventwire.records import Article, Event, Place, TimeExpression
from eventwire.timeline.anchor import parse_iso_date
from eventwire.timeline.dates import find_dates
from eventwire.timeline.gazetteer import Gazetteer
from eventwire.timeline.places import find_places
from eventwire.timeline.syntax import event_clause, span_of, told_as_habit
from eventwire.timeline.vocab import load_vocabulary

LEDE_SENTENCES = 2
MIN_LEDE_WORDS = 6


@dataclass(slots=True)
class ArticleContext:
    """What annotate works out once per article."""

    text: str
    doc: Doc | None
    anchor: date | None
    expressions: list[TimeExpression]
    places: list[Place]
    lede: tuple[int, int]
    triggers: dict[tuple[int, int], Span | None] = field(default_factory=dict)  # ``event_trigger``'s answers


def article_context(
    doc: Doc | None, article: Article, gazetteer: Gazetteer, whole_text: str | None = None
) -> ArticleContext:
    text = article.text or ""
    if whole_text is None or len(whole_text) != len(text):
        whole_text = text  # only a view with the same offsets can lend its expressions
    doc = doc if doc is not None and doc_text(doc) == text else None
    try:
        anchor = parse_iso_date(article.published)
    except ValueError:
        anchor = None  # an unreadable publication date is no anchor
    published = anchor.isoformat() if anchor else None
    return ArticleContext(
        text=text,
        doc=doc,
        anchor=anchor,
        expressions=find_dates(whole_text, published),
        places=find_places(gazetteer, text, doc),
        lede=lede_span(doc, text),
    )


def in_span(inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    return outer[0] <= inner[0] and inner[1] <= outer[1]


def lede_span(doc: Doc | None, text: str) -> tuple[int, int]:
    """Character span of the first sentences of the body (title and date lines are too short to count)."""
    if doc is None or not doc.has_annotation("SENT_START"):
        cut = text.find("\n\n", 200)
        return 0, len(text) if cut < 0 else cut
    chosen = [s for s in doc.sents if sum(t.is_alpha for t in s) >= MIN_LEDE_WORDS][:LEDE_SENTENCES]
    if not chosen:
        return 0, 0
    return chosen[0].start_char, chosen[-1].end_char


def is_main_happening(event: Event, lede_events: list[Event]) -> bool:
    """In the lede, or the same kind of event with a shared actor as one in the lede."""
    if any(event is e for e in lede_events):
        return True
    names = actor_keys(event)
    return any(e.event_type == event.event_type and names & actor_keys(e) for e in lede_events)


def event_trigger(event: Event, context: ArticleContext) -> Span | None:
    """The doc's tokens of the event's word (its sentence when it has no word), or None without a parse;
    looked up once per article and event word (the date and place rules each ask for it)."""
    report = event.reports[0]
    where = tuple(report.trigger_span or report.span)
    if where not in context.triggers:
        context.triggers[where] = span_of(context.doc, *where)
    return context.triggers[where]


def habit(event: Event, context: ArticleContext) -> bool:
    """The event's clause tells a habit, not a happening (``told_as_habit``)."""
    trigger = event_trigger(event, context)
    return trigger is not None and told_as_habit(event_clause(trigger), load_vocabulary().habit_adverbs)


def actor_keys(event: Event) -> set[str]:
    return {a.kb_id or a.name.lower() for a in [*event.actor, *event.recipient]}
