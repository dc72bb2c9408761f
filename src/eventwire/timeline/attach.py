"""annotate(): give each event the date and place its report supports, and no more.

Date policy (a wrong date is worse than an unknown one):
1. "sentence": a date expression of the event's own sentence attached to the event word or its clause
   (dependency parse), or to the verb its participle adjunct depends on ("attacked a village on Sunday,
   killing 12"), in the past or present, not a deadline, not after publication. A stated
   weekday that disagrees with a relative word ("yesterday (Tuesday)") is settled by the weekday when
   the two are at most two days apart; otherwise the expression is not used. An attached expression
   that cannot be resolved (no publication date, a decade) leaves the date unknown: the sentence says
   when, and it is not the lede's date.
2. "lede": the date attached to the main verb of the lede (the first two sentences of the body), or
   a day attached to the clause its reporting verb reports ("Rebels attacked on Sunday, police said"), for
   events of the lede and events that share its event type or an actor with a lede event (the main
   happening, told again further down); not a date inside a quotation (a comparison, not the report's
   happening).
2b. "narrative": the date of the previous sentence's main clause, when it dates something at least
   BACKGROUND_DAYS before publication, for an event told in the past tense that is not the main
   happening and whose own sentence tells no time (a story of the past told on: "In March 2011 boys
   sprayed graffiti on a wall. They were arrested and tortured.").
2c. "statement": the day of the statement that reports the event ("The army said on Tuesday it had
   arrested five men"): the event happened by then, not on the later publication day.
2d. "lede" again, for an event told in the past tense when the lede dates its happening to a day of the
   week before publication: the report's news day ("The protesters threw rocks" after "Protesters
   clashed with police on Friday night"), not the day it was published.
3. "published": the publication date (day precision), for the remaining events that are the report's
   main happening or are told in the present ("are detaining", "has called"): news reports happenings
   of the day or the day before; date_source tells the analyst it is the report's date. A past event
   further down with no time of its own ("What happened: a blast killed 14", "Trump declined and the
   commission canceled the debate") is told days, months or years before as often as on the news day:
   it stays undated (its report's date is still the record's `first_published`; session 35).
   Neither 2 nor 3 for an event whose sentence dates something well before publication ("since 2011",
   "In June 2013, ...") without that date being the event's: such a sentence is background, and its
   events stay undated rather than take the lede's or the report's date.
4. Otherwise (no publication date, no usable expression) the date stays unknown.
Place policy: a place of the event's sentence in a locative phrase attached to the event ("in
Brussels", "at NATO headquarters", "arrived in Baghdad"), the most specific one (venue > city >
division > country); else the seat of a police force or court that is the event's actor, when the
sentence names it by a place or demonym ("Bristol police arrested", "a Thai court sentenced"); else, for
the main happening (not one told in a relative clause, nor a later one told at a day of its own), the
lede's place, or else the article's dateline when a party is of its country (where the report was filed
is not where every happening it tells took place); else, for a domestic event (every actor and recipient
resolved and of one country), that country, with the source "parties"; else, in an article whose every
place lies in one country, for an event whose resolved parties are all of it, that country, with the
source "article" (both inferred, at country precision).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from eventwire.nlp.text import doc_text
from eventwire.records import INFERRED_ARTICLE, INFERRED_PLACE, Article, Entity, Event, Place, TimeExpression
from eventwire.timeline.anchor import parse_iso_date
from eventwire.timeline.dates import compare_to_anchor, find_dates
from eventwire.timeline.gazetteer import Gazetteer, name_key
from eventwire.timeline.places import find_places
from eventwire.timeline.syntax import (
    acting_organ,
    attached_to,
    clause_head,
    coincident_antecedent,
    event_clause,
    governing_verb,
    is_actor,
    is_locative,
    names_topic,
    offset_clauses,
    other_happening_between,
    place_nouns,
    reported_by_main_verb,
    reporting_verb,
    span_of,
    tells_affiliation,
    through_other_happening,
    told_as_background,
    told_as_habit,
    told_happening,
    told_in_past,
)
from eventwire.timeline.vocab import load_vocabulary

LEDE_SENTENCES = 2
MIN_LEDE_WORDS = 6
MAX_WEEKDAY_DISAGREEMENT_DAYS = 2
NEWS_DAY_MAX_DAYS = 7  # a lede's day at most this long before publication is the report's news day
BACKGROUND_DAYS = 31  # a sentence dating something this long before publication tells background
# the actors stage's score of a party resolved by its own words, not only by the article's country
MIN_PARTY_SCORE = 0.5
MIN_ARTICLE_PLACES = 2  # places an article must name, all in one country, to lend it to its events
SPECIFICITY = {"venue": 4, "city": 3, "admin": 2, "region": 1, "country": 1}


@dataclass(slots=True)
class DatedFact:
    """The date an event gets, and where it came from."""

    value: str | None
    precision: str
    expression: str | None
    source: str | None


@dataclass(slots=True)
class ArticleContext:
    """What annotate works out once per article."""

    text: str
    doc: Doc | None
    anchor: date | None
    expressions: list[TimeExpression]
    places: list[Place]
    lede: tuple[int, int]


def annotate(
    events: list[Event],
    doc: Doc | None,
    article: Article,
    gazetteer: Gazetteer,
    whole_text: str | None = None,
) -> None:
    """Set date, date_precision, date_expression, date_source and location of each event in place.

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
        fact = sentence_fact(event, context)
        background = tells_background(event, context)
        own_time = (
            fact is not None and not any(event is e for e in lede_events) and not same_day(fact, lede_date)
        )
        if fact is None and not background:
            if main and lede_date is not None:
                fact = lede_date
            elif not main and (narrative := narrative_fact(event, context)) is not None:
                fact = narrative
            elif (statement := statement_fact(event, context)) is not None:
                fact = statement
            elif news_day(lede_date, context) and told_in_past_at(event, context):
                fact = lede_date
            elif context.anchor is not None and (main or not told_in_past_at(event, context)):
                fact = DatedFact(context.anchor.isoformat(), "day", None, "published")
        if fact is not None:
            event.date, event.date_precision = fact.value, fact.precision  # type: ignore[assignment]
            event.date_expression, event.date_source = fact.expression, fact.source
        elsewhere = None
        if background:
            pass  # history told again: its place is its sentence's, not the day's happening's
        elif main and not own_time and not in_relative_clause(event, context):
            if lede_place is not None:
                elsewhere = replace(lede_place, source="lede")
            elif dateline is not None and involves(event, dateline):
                elsewhere = replace(dateline, source="dateline")
        elif lede_place is not None and not own_time and told_at_lede_happening(event, context):
            elsewhere = replace(lede_place, source="lede")
        told = sentence_location(event, context) or organ_location(event, context, gazetteer)
        event.location = (
            told
            or elsewhere
            or parties_location(event, gazetteer)
            or article_country_location(event, context, gazetteer)
        )


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


def tells_background(event: Event, context: ArticleContext) -> bool:
    """The event's sentence dates something at least BACKGROUND_DAYS before publication, or its clause
    says it is undated background ("had previously opposed", ``told_as_background``) or is told days or
    more from another happening ("came a day after the president held a call", ``offset_clauses``): history
    told again or a day the text does not give, not the day's news."""
    span = event.reports[0].span
    if any(in_span(x.span, span) and dates_background(x, context.anchor) for x in context.expressions):
        return True
    trigger = event_trigger(event, context)
    if trigger is None:
        return False
    words = load_vocabulary()
    clause = event_clause(trigger)
    offsets = offset_clauses(trigger.sent, words.offset_units, words.offset_sides)
    return clause.i in offsets or told_as_background(
        clause, words.background_adverbs, words.background_phrases
    )


def dates_background(expression: TimeExpression, anchor: date | None) -> bool:
    """The expression tells a past that ended at least BACKGROUND_DAYS before publication."""
    last = expression.end or expression.value
    if anchor is None or not last or expression.tense == "future":
        return False
    return period_end(last) < (anchor - timedelta(days=BACKGROUND_DAYS)).isoformat()


def period_end(value: str) -> str:
    """The last day of a YYYY, YYYY-MM or YYYY-MM-DD value, as YYYY-MM-DD (other values unchanged)."""
    if len(value) == 4 and value.isdigit():
        return f"{value}-12-31"
    if len(value) == 7 and value[:4].isdigit() and value[5:].isdigit():
        first_of_next = date(int(value[:4]) + int(value[5:]) // 12, int(value[5:]) % 12 + 1, 1)
        return (first_of_next - timedelta(days=1)).isoformat()
    return value


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
    """The doc's tokens of the event's word (its sentence when it has no word), or None without a parse."""
    report = event.reports[0]
    return span_of(context.doc, *(report.trigger_span or report.span))


def habit(event: Event, context: ArticleContext) -> bool:
    """The event's clause tells a habit, not a happening (``told_as_habit``)."""
    trigger = event_trigger(event, context)
    return trigger is not None and told_as_habit(event_clause(trigger), load_vocabulary().habit_adverbs)


def actor_keys(event: Event) -> set[str]:
    return {a.kb_id or a.name.lower() for a in [*event.actor, *event.recipient]}


# ---------------------------------------------------------------- dates


def sentence_fact(event: Event, context: ArticleContext) -> DatedFact | None:
    """The date attached to the event in its own sentence (policy 1), or None."""
    report = event.reports[0]
    inside = [x for x in context.expressions if in_span(x.span, report.span) and not clock_only(x)]
    trigger_span = report.trigger_span or report.span
    for tied_to_event in TIED_EXPRESSIONS:  # in order, each searched only when the one before gave nothing
        for expression in tied_to_event(inside, trigger_span, context):
            if not told_in_future(expression, context):
                return fact_of(expression, context.anchor, "sentence")
    return None


def told_in_future(expression: TimeExpression, context: ArticleContext) -> bool:
    """A future expression, or one resolving after the publication date."""
    return expression.tense == "future" or compare_to_anchor(expression.value, context.anchor) == "future"


def clock_only(expression: TimeExpression) -> bool:
    """A time of day without a day ("at around 7:15 p.m."): it tells when in the day, not which day,
    so the event is dated as if the sentence told no time."""
    return expression.value is None and expression.time_of_day is not None and not expression.anchored


def attached_expressions(
    expressions: list[TimeExpression], trigger_span: tuple[int, int], context: ArticleContext
) -> list[TimeExpression]:
    """Expressions tied to the event word, nearest first; without a parse, the nearest one only."""

    def distance(x: TimeExpression) -> int:
        return min(abs(x.span[0] - trigger_span[1]), abs(trigger_span[0] - x.span[1]))

    trigger = span_of(context.doc, *trigger_span)
    if trigger is None:
        return sorted(expressions, key=distance)[:1] if len(expressions) == 1 else []
    clause = event_clause(trigger)
    tied = [
        x
        for x in expressions
        if (span := span_of(context.doc, *x.span)) is not None and attached_to(span, clause, trigger)
    ]
    return sorted(tied, key=distance)


def shared_expressions(
    expressions: list[TimeExpression], trigger_span: tuple[int, int], context: ArticleContext
) -> list[TimeExpression]:
    """For an event told by a verb coordinated with an earlier one, the expressions fronted before the
    first verb: they say when for every verb of the coordination ("In 2007, the government labeled him
    a terrorist and levied sanctions"); one after it belongs to the first verb alone ("arrested him on
    Monday and released him")."""
    trigger = span_of(context.doc, *trigger_span)
    if trigger is None:
        return []
    first = event_clause(trigger)
    if first.dep_ != "conj":
        return []
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    if first.dep_ == "conj":
        return []
    verb = first.doc[first.i : first.i + 1]
    fronted = [x for x in expressions if x.span[1] <= first.idx]
    return attached_expressions(fronted, (verb.start_char, verb.end_char), context)


def antecedent_expressions(
    expressions: list[TimeExpression], trigger_span: tuple[int, int], context: ArticleContext
) -> list[TimeExpression]:
    """For an event told in a relative clause of coincidence ("a session in July, during which they
    agreed"; "on Monday, when they signed"), the expressions that date the noun it qualifies."""
    trigger = span_of(context.doc, *trigger_span)
    if trigger is None:
        return []
    vocabulary = load_vocabulary()
    antecedent = coincident_antecedent(
        event_clause(trigger), vocabulary.coincident_prepositions, vocabulary.coincident_adverbs
    )
    if antecedent is None:
        return []
    start, end = antecedent.idx, antecedent.idx + len(antecedent)
    naming = [x for x in expressions if x.span[0] <= start and end <= x.span[1]]
    return naming or attached_expressions(expressions, (start, end), context)


def governing_expressions(
    expressions: list[TimeExpression], trigger_span: tuple[int, int], context: ArticleContext
) -> list[TimeExpression]:
    """For an event told by a participle adjunct ("attacked the village on Sunday, killing 12"; "submitted
    a brief on Monday urging the court"), the expressions tied to the verb it depends on."""
    trigger = span_of(context.doc, *trigger_span)
    if trigger is None:
        return []
    verb = governing_verb(event_clause(trigger), load_vocabulary().participle_other_time)
    if verb is None:
        return []
    return attached_expressions(expressions, (verb.idx, verb.idx + len(verb)), context)


# Where policy 1 looks for the event's own time: tied to its word, to the noun its clause of coincidence
# qualifies, fronted before the verb it is coordinated with, or tied to the verb its participle depends on.
TIED_EXPRESSIONS = (attached_expressions, antecedent_expressions, shared_expressions, governing_expressions)


def fact_of(expression: TimeExpression, anchor: date | None, source: str) -> DatedFact:
    """The date an expression gives, settling weekday conflicts; unknown when it cannot be resolved."""
    if expression.weekday_conflict:
        settled = settle_weekday(expression, anchor)
        if settled is None:  # the text contradicts itself: unknown
            return DatedFact(None, "unknown", expression.expression, source)
        return DatedFact(settled, "day", expression.expression, source)
    if expression.value is None or expression.precision == "unknown":
        return DatedFact(None, "unknown", expression.expression, source)
    return DatedFact(expression.value, expression.precision, expression.expression, source)


def settle_weekday(expression: TimeExpression, anchor: date | None) -> str | None:
    """The stated weekday's date nearest the resolved one, if they are at most two days apart."""
    if anchor is None or expression.value is None or expression.weekday is None:
        return None
    resolved = date.fromisoformat(expression.value)
    target = load_vocabulary().weekday_number(expression.weekday)
    options = [
        resolved + timedelta(days=d)
        for d in range(-3, 4)
        if (resolved + timedelta(days=d)).weekday() == target
    ]
    best = min(options, key=lambda d: abs((d - resolved).days))
    if abs((best - resolved).days) > MAX_WEEKDAY_DISAGREEMENT_DAYS or best > anchor:
        return None
    return best.isoformat()


def statement_fact(event: Event, context: ArticleContext) -> DatedFact | None:
    """The date of the statement that reports the event (policy 2c): "The army said on Tuesday it had
    arrested five men" dates the arrest by Tuesday, not by the later report."""
    trigger = event_trigger(event, context)
    if trigger is None:
        return None
    words = load_vocabulary()
    verb = reporting_verb(event_clause(trigger), words.reporting_verbs, words.participle_other_time)
    if verb is None:
        return None
    report = event.reports[0]
    inside = [x for x in context.expressions if in_span(x.span, report.span) and not clock_only(x)]
    for expression in attached_expressions(inside, (verb.idx, verb.idx + len(verb)), context):
        if not told_in_future(expression, context):
            fact = fact_of(expression, context.anchor, "statement")
            return fact if fact.value is not None else None
    return None


def news_day(lede: DatedFact | None, context: ArticleContext) -> bool:
    """The lede dates its happening to a day of the week before publication (policy 2d): the report's
    news day, which the past-tense sentences after it tell ("The protesters threw rocks", "Police
    detained the man") more often than they tell the publication day."""
    if lede is None or lede.value is None or lede.precision != "day" or context.anchor is None:
        return False
    days = (context.anchor - date.fromisoformat(lede.value)).days
    return 0 < days <= NEWS_DAY_MAX_DAYS


def told_in_past_at(event: Event, context: ArticleContext) -> bool:
    """The event's clause is told in the simple or perfect past ("detained", "had asked"), not in the
    present ("is calling", "are investigating": the report's own day)."""
    trigger = event_trigger(event, context)
    return trigger is not None and told_in_past(event_clause(trigger))


def lede_fact(context: ArticleContext) -> DatedFact | None:
    """The date of the lede's main clause (policy 2), or None."""
    lede = [x for x in context.expressions if in_span(x.span, context.lede)]
    for expression in lede:
        if told_in_future(expression, context):
            continue
        if not on_main_clause(expression, context) or in_quotation(context.text, context.lede[0], expression):
            continue
        fact = fact_of(expression, context.anchor, "lede")
        if fact.value is not None:
            return fact
    return None


def narrative_fact(event: Event, context: ArticleContext) -> DatedFact | None:
    """The date of a story told in the past (policy 2b): an event told in the past tense, whose sentence
    tells no time, right after a sentence whose main clause dates something at least BACKGROUND_DAYS
    before publication ("The boys were arrested" after "In March 2011, boys sprayed graffiti on a
    wall") takes that date, not the report's."""
    report = event.reports[0]
    if any(in_span(x.span, report.span) for x in context.expressions):
        return None  # the sentence tells a time, even if not the event's: the story has moved on
    trigger = event_trigger(event, context)
    if trigger is None or context.anchor is None or not told_in_past(event_clause(trigger)):
        return None
    sentence = trigger.sent
    if sentence.start == 0:
        return None
    previous = sentence.doc[sentence.start - 1].sent
    told = [x for x in context.expressions if in_span(x.span, (previous.start_char, previous.end_char))]
    main_clause = [
        x for x in told if x.tense != "future" and parsed(x, context) and on_main_clause(x, context)
    ]
    if not main_clause or not dates_background(last := main_clause[-1], context.anchor):
        return None
    fact = fact_of(last, context.anchor, "narrative")
    return fact if fact.value is not None else None


def parsed(expression: TimeExpression, context: ArticleContext) -> bool:
    """The expression's words are in the parsed text (not in a sentence the fast path blanked)."""
    span = span_of(context.doc, *expression.span)
    return span is not None and bool(span.text.strip())


def in_quotation(text: str, start: int, expression: TimeExpression) -> bool:
    """The expression is inside a quotation opened after ``start`` ("“It's like Spain in 1936.”" in
    a lede compares; it does not date the report's happening)."""
    before = text[start : expression.span[0]]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def on_main_clause(expression: TimeExpression, context: ArticleContext) -> bool:
    """The expression dates the sentence's main clause, or to the day the clause its reporting verb
    reports (a period told in a statement, "since the beginning of the year", is not the day's news), or
    the verb of a sentence the parser read as a noun phrase (a headline-like lede)."""
    span = span_of(context.doc, *expression.span)
    if span is None:
        return expression.precision == "day"
    head = clause_head(span.root)
    if expression.precision == "day" and reported_by_main_verb(head, load_vocabulary().reporting_verbs):
        head = head.head  # "Rebels attacked a village on Sunday, officials said": the reported happening
    if head.dep_ == "acl" and head.head.dep_ == "ROOT" and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # a headline read as a noun phrase: "An official and an envoy discussed on Sunday …"
    return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")


# ---------------------------------------------------------------- places


def sentence_location(event: Event, context: ArticleContext) -> Place | None:
    """The most specific place of a locative phrase tied to the event in its sentence."""
    report = event.reports[0]
    inside = [p for p in context.places if p.span and in_span(p.span, report.span)]
    if not inside:
        return None
    trigger_span = report.trigger_span or report.span
    trigger = span_of(context.doc, *trigger_span)
    if trigger is None:
        locative = [p for p in inside if preceded_by_locative_word(p, context.text)]
    else:
        clause = event_clause(trigger)
        locative = [p for p in inside if place_tied(p, clause, trigger, context)]
    if not locative:
        return None

    def rank(p: Place) -> tuple[int, int]:
        gap = min(abs(p.span[0] - trigger_span[1]), abs(trigger_span[0] - p.span[1])) if p.span else 0
        return -SPECIFICITY.get(p.feature, 0), gap

    return replace(min(locative, key=rank), source="sentence")


def organ_location(event: Event, context: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """Where the police force or court that is the event's actor sits, when its sentence names it by a
    place or a demonym ("Bristol police used a stun gun": Bristol; "a Thai court sentenced": Thailand),
    or the capital that stands for its government as the actor ("Athens expelled the ambassador"; not of a
    meeting: "Moscow held talks with Washington" tells no place)."""
    report = event.reports[0]
    trigger = event_trigger(event, context)
    if trigger is None:
        return None
    clause = event_clause(trigger)
    named = [
        p
        for p in context.places
        if p.span
        and in_span(p.span, report.span)
        and (span := span_of(context.doc, *p.span)) is not None
        and (
            acting_organ(span.root, clause, trigger) is not None
            or (capital_acting(p, span, event, gazetteer) and is_actor(span.root, clause, trigger))
        )
    ]
    if named:
        return replace(max(named, key=lambda p: SPECIFICITY.get(p.feature, 0)), source="sentence")
    for token in trigger.sent:
        iso2 = gazetteer.demonyms.get(name_key(token.text)) if token.dep_ in ("amod", "compound") else None
        if iso2 in gazetteer.countries and acting_organ(token, clause, trigger) is not None:
            span = (token.idx, token.idx + len(token))
            return replace(gazetteer.countries[iso2].to_place(token.text, span), source="sentence")
    return None


def told_at_lede_happening(event: Event, context: ArticleContext) -> bool:
    """A later event that names the lede's happening again ("The Italian minister joined the talks" after
    a lede on ministers gathered in Cairo), with no other happening told in between, took place where
    the lede's happening did."""
    trigger = event_trigger(event, context)
    if trigger is None or (noun := told_happening(event_clause(trigger), trigger)) is None:
        return False
    lede_end = span_of(context.doc, context.lede[1] - 1, context.lede[1])
    return lede_end is not None and not other_happening_between(lede_end.end, noun)


def capital_acting(place: Place, span: Span, event: Event, gazetteer: Gazetteer) -> bool:
    """A capital standing alone for its government, outside a meeting ("Athens expelled"; not "Berlin and
    Warsaw agree", "Beijing, Manila agree", "Moscow held talks with Washington": no one place)."""
    root = span.root
    coordinated = root.dep_ == "conj" or any(child.dep_ == "conj" for child in root.children)
    before = root.doc[root.sent.start : span.start]  # a headline's "Beijing, Manila agree"
    listed = any(t.ent_type_ == "GPE" and t.dep_ in ("npadvmod", "nsubj", "appos") for t in before)
    return event.event_type != "CONSULT" and not (coordinated or listed) and is_capital(place, gazetteer)


def is_capital(place: Place, gazetteer: Gazetteer) -> bool:
    """The place is its country's capital city (a name that can stand for the government)."""
    if place.feature != "city" or not place.country:
        return False
    country = gazetteer.country_by_iso3(place.country)
    capital = gazetteer.capital_of(country.iso2) if country and country.iso2 else None
    return capital is not None and capital.name == place.name


def same_day(fact: DatedFact | None, other: DatedFact | None) -> bool:
    """Whether two dates are one (an event told "On Monday" after a lede of Wednesday is another happening,
    which need not have been where the lede's was)."""
    return fact is not None and other is not None and fact.value == other.value


def involves(event: Event, place: Place) -> bool:
    """Whether a party of the event is of the place's country: a dateline names where the report was
    filed, which is where the happening was only when that country's own take part ("MOSCOW - Russia's
    president signed ...", not "MOSCOW - Syrian troops advanced near Palmyra")."""
    return place.country is not None and any(
        p.country == place.country for p in [*event.actor, *event.recipient]
    )


def parties_location(event: Event, gazetteer: Gazetteer) -> Place | None:
    """The one country of every party of a domestic event, at country precision ("the opposition accused
    the interior minister", "a federal judge sentenced the lobbyist"), when the article tells no
    place: each actor and recipient resolved (score at least MIN_PARTY_SCORE: not a bare guess from the
    article's main country), none that may act abroad (an embassy, troops, nationals) and all of one
    country. The source "parties" tells the analyst it is inferred."""
    parties = [*event.actor, *event.recipient]
    if not event.actor or not event.recipient:
        return None
    if any(p.country is None or p.score < MIN_PARTY_SCORE or may_be_abroad(p) for p in parties):
        return None
    countries = {p.country for p in parties if p.country}
    if len(countries) != 1:
        return None
    return inferred_country(gazetteer, next(iter(countries)), INFERRED_PLACE)


def article_country_location(event: Event, context: ArticleContext, gazetteer: Gazetteer) -> Place | None:
    """The one country of an article whose every place lies in it (at least MIN_ARTICLE_PLACES places
    named), for an event whose resolved parties are all of that country (one side is enough: a leader of
    that country in an article that never leaves it), at country precision; inferred, source "article"."""
    countries = {p.country for p in context.places if p.country}
    if len(countries) != 1 or len(context.places) < MIN_ARTICLE_PLACES:
        return None
    country = next(iter(countries))
    parties = [p for p in (*event.actor, *event.recipient) if p.country and p.score >= MIN_PARTY_SCORE]
    if not parties or any(p.country != country or may_be_abroad(p) for p in parties):
        return None
    return inferred_country(gazetteer, country, INFERRED_ARTICLE)


def inferred_country(gazetteer: Gazetteer, iso3: str, source: str) -> Place | None:
    """The country as an inferred location (at country precision, no mention in the text)."""
    entry = gazetteer.country_by_iso3(iso3)
    return replace(entry.to_place(entry.name, None), source=source) if entry else None


def may_be_abroad(party: Entity) -> bool:
    """A party whose words say it may act outside its country: an embassy, an envoy, troops, nationals,
    tourists, a company ("Russian nationals", "the US embassy"; owner_nouns)."""
    owners = place_nouns().owners
    return any(word.lower() in owners for word in re.findall(r"[\w-]+", party.mention or ""))


def in_relative_clause(event: Event, context: ArticleContext) -> bool:
    """ "ministers meeting in Cairo denounced the deal in which X and Y agreed ...": the agreement is not
    where the sentence's main clause is."""
    trigger = event_trigger(event, context)
    if trigger is None:
        return False
    clause = event_clause(trigger)
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    return clause.dep_ == "relcl"


def place_tied(place: Place, clause: Token, trigger: Span, context: ArticleContext) -> bool:
    span = span_of(context.doc, *place.span) if place.span else None
    if span is None or no_site(place, span):
        return False
    return (
        is_locative(span)
        and attached_to(span, clause, trigger)
        and not through_other_happening(span, clause, trigger)
    )


def no_site(place: Place, span: Span) -> bool:
    """A place the phrase names as a subject or a person's employer, not where anything happened."""
    return is_topic(place, span) or tells_affiliation(span)


def is_topic(place: Place, span: Span) -> bool:
    """ "talks on Syria", "contacts on Afghanistan": "on" before a country names a subject, not a site; so
    does a place modifying a noun of a subject ("views on the Middle East agenda", ``names_topic``)."""
    root = span.root
    after_on = place.feature == "country" and root.dep_ == "pobj" and root.head.lower_ == "on"
    return after_on or names_topic(span)


def preceded_by_locative_word(place: Place, text: str) -> bool:
    if not place.span:
        return False
    before = text[max(0, place.span[0] - 12) : place.span[0]].lower().split()
    return bool(before) and before[-1] in {"in", "at", "near", "outside", "inside"}


def lede_location(context: ArticleContext) -> Place | None:
    """The most specific place of a locative phrase on the lede's main clause ("in the US state of
    Alabama": Alabama); none when several places are that specific ("talks in Moscow and Kyiv")."""
    found: list[Place] = []
    for place in context.places:
        if not place.span or not in_span(place.span, context.lede):
            continue
        span = span_of(context.doc, *place.span)
        if span is None:
            if preceded_by_locative_word(place, context.text):
                found.append(place)
        elif on_main_clause_place(span) and not no_site(place, span):
            found.append(place)
    if not found:
        return None
    best = max(found, key=lambda p: SPECIFICITY.get(p.feature, 0))
    rivals = {p.name for p in found if SPECIFICITY.get(p.feature, 0) == SPECIFICITY.get(best.feature, 0)}
    return best if len(rivals) == 1 else None  # "the cities of Kazan, Sochi and St. Petersburg": no one place


def on_main_clause_place(span: Span) -> bool:
    """A locative place of the sentence's main clause, not of another happening it names."""
    root = clause_head(span.root)
    return (
        is_locative(span)
        and root.dep_ == "ROOT"
        and not through_other_happening(span, root, root.doc[root.i : root.i + 1])
    )


def dateline_place(article: Article, gazetteer: Gazetteer) -> Place | None:
    """The place named in the article's dateline ("BAGHDAD (Reuters) -")."""
    if not article.dateline:
        return None
    places = find_places(gazetteer, article.dateline)
    return places[0] if places else None
