"""annotate(): give each event the date and place its report supports, and no more (the policies:
``event_dates`` and ``event_places``)."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Article, Event
from eventwire.timeline.article_context import article_context, habit, in_span, is_main_happening
from eventwire.timeline.event_dates import lede_fact, same_day, sentence_fact, tells_background, untold_date
from eventwire.timeline.event_places import Setting, dateline_place, event_location, lede_location
from eventwire.timeline.gazetteer import Gazetteer
from eventwire.timeline.offsets import offset_fact


def annotate(
    events: list[Event],
    doc: Doc | None,
    article: Article,
    gazetteer: Gazetteer,
    whole_text: str | None = None,
) -> None:
    """Set date, date_precision, date_end, date_expression, date_source and location of each event in place.

    ``whole_text``: the article's text when ``article`` is the fast path's view of it (unparsed sentences
    blanked, same offsets): time expressions are read from it, so that "the next day" in a parsed
    sentence counts from the day an unparsed one told.
    """
    if not events:
        return
    context = article_context(doc, article, gazetteer, whole_text)
    lede_events = [e for e in events if in_span(e.reports[0].span, context.lede)] if events[0].reports else []
    lede_date = lede_fact(context)
    lede_place = lede_location(context)
    dateline = dateline_place(article, gazetteer)
    for event in events:
        if not event.reports:
            continue
        main = is_main_happening(event, lede_events) and not habit(event, context)
        fact = offset_fact(event, context, lede_date, sentence_fact(event, context))
        background = tells_background(event, context)
        own_time = (
            fact is not None and not any(event is e for e in lede_events) and not same_day(fact, lede_date)
        )
        if fact is None and not background:
            fact = untold_date(event, context, lede_events, main, lede_date)
        if fact is not None:
            event.date, event.date_precision = fact.value, fact.precision  # type: ignore[assignment]
            event.date_end = fact.end
            event.date_expression, event.date_source = fact.expression, fact.source
        event.location = event_location(
            event,
            context,
            gazetteer,
            Setting(main=main, own_time=own_time, background=background, lede=lede_place, dateline=dateline),
        )
