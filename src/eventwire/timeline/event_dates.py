"""The date an event gets, and where it came from (a wrong date is worse than an unknown one).

Date policy:
1. "sentence": a date expression of the event's own sentence attached to the event word or its clause
   (dependency parse), or to the verb its participle adjunct depends on ("attacked a village on Sunday,
   killing 12"), or to a participle adjunct of its own verb ("took issue with it, tweeting on Saturday";
   session 36), in the past or present, not a deadline, not after publication. A stated
   weekday that disagrees with a relative word ("yesterday (Tuesday)") is settled by the weekday when
   the two are at most two days apart; otherwise the expression is not used. An attached expression
   that cannot be resolved (no publication date, a decade) leaves the date unknown: the sentence says
   when, and it is not the lede's date.
1b. "offset" (session 37, ``offsets.py``): a clause told at a stated distance from another whose time is told
   ("six months after fighters torched the wells, crews are still battling": six months before the report;
   "On Saturday, a day after the government imposed sanctions": Friday).
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
   clashed with police on Friday night"), not the day it was published; since session 36 only when the
   sentence ties the event to that happening (a statement reported, the happening named, a party of the
   lede acting again; ``told_on_news_day``): another party's past act is as often days before.
2e. "lede" again (session 35), for someone the lede names (or a party of the lede's happening) speaking in
   the present inside a quotation, when the lede dates its happening to a day of the week up to publication:
   "'This trip is important, we call for developing our relations'" after a lede of Tuesday's talks.
3. "published": the publication date (day precision), for the remaining events that are the report's
   main happening or are told as going on ("are detaining", "protests continue"): news reports happenings
   of the day or the day before; date_source tells the analyst it is the report's date. Any other event
   with no time of its own (past: "What happened: a blast killed 14", "Trump declined and the commission
   canceled the debate"; present perfect or simple present: "has long campaigned for reform") is told days,
   months or years before more often than on the news day: it stays undated (its report's date is still
   the record's `first_published`; session 35).
   Neither 2 nor 3 for an event whose sentence dates something well before publication ("since 2011",
   "In June 2013, ...") without that date being the event's: such a sentence is background, and its
   events stay undated rather than take the lede's or the report's date.
4. Otherwise (no publication date, no usable expression) the date stays unknown.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Span, Token

from eventwire.records import Event, TimeExpression
from eventwire.timeline.article_context import ArticleContext, actor_keys, event_trigger, in_span
from eventwire.timeline.dates import compare_to_anchor
from eventwire.timeline.syntax import (
    attached_to,
    clause_head,
    coincident_antecedent,
    event_clause,
    governing_verb,
    has_child,
    names_happening,
    offset_clauses,
    place_nouns,
    reaction_targets,
    reported_by_main_verb,
    reporting_verb,
    span_of,
    told_as_background,
    told_as_sequel,
    told_going_on,
    told_in_future_tense,
    told_in_past,
    told_in_past_perfect,
)
from eventwire.timeline.vocab import load_vocabulary

MAX_WEEKDAY_DISAGREEMENT_DAYS = 2
NEWS_DAY_MAX_DAYS = 7  # a lede's day at most this long before publication is the report's news day
BACKGROUND_DAYS = 31  # a sentence dating something this long before publication tells background


@dataclass(slots=True)
class DatedFact:
    """The date an event gets, and where it came from."""

    value: str | None
    precision: str
    expression: str | None
    source: str | None
    end: str | None = None  # the last year, month or day of a range ("between 2011 and 2015")


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


def untold_date(
    event: Event, context: ArticleContext, lede_events: list[Event], main: bool, lede_date: DatedFact | None
) -> DatedFact | None:
    """The date of an event whose own sentence tells none and is not background (policies 2 to 4)."""
    if main and lede_date is not None:
        return lede_date
    if not main and (narrative := narrative_fact(event, context, lede_date)) is not None:
        return narrative
    if (statement := statement_fact(event, context)) is not None:
        return statement
    if recent_day(lede_date, context) and said_at_lede_happening(event, context, lede_events):
        return lede_date
    if recent_day(lede_date, context) and told_on_news_day(event, context, lede_events):
        return lede_date
    if context.anchor is not None and (main or told_going_on_at(event, context)):
        return DatedFact(context.anchor.isoformat(), "day", None, "published")
    return None


def sentence_fact(event: Event, context: ArticleContext) -> DatedFact | None:
    """The date attached to the event in its own sentence (policy 1), or None."""
    report = event.reports[0]
    inside = [x for x in context.expressions if in_span(x.span, report.span) and not clock_only(x)]
    trigger_span = report.trigger_span or report.span
    for tied_to_event in TIED_EXPRESSIONS:  # in order, each searched only when the one before gave nothing
        if (fact := first_told_fact(tied_to_event(inside, trigger_span, context), context)) is not None:
            return fact
    return None


def first_told_fact(expressions: list[TimeExpression], context: ArticleContext) -> DatedFact | None:
    """The date of the first expression not told in the future (``told_in_future``), as a sentence's; None
    when every one is."""
    for expression in expressions:
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
    other_time = load_vocabulary().other_time_words
    tied = [
        x
        for x in expressions
        if (span := span_of(context.doc, *x.span)) is not None
        and attached_to(span, clause, trigger, other_time)
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


def adjunct_expressions(
    expressions: list[TimeExpression], trigger_span: tuple[int, int], context: ArticleContext
) -> list[TimeExpression]:
    """For an event whose clause tells no time, the expressions tied to a participle adjunct told at its time
    ("took issue with the ruling, tweeting on Saturday that …": the tweet is the taking issue), the converse
    of ``governing_expressions``."""
    trigger = span_of(context.doc, *trigger_span)
    if trigger is None:
        return []
    clause = event_clause(trigger)
    other_time = load_vocabulary().participle_other_time
    adjuncts = [c for c in clause.children if c.dep_ == "advcl" and governing_verb(c, other_time) == clause]
    stated = [x for x in expressions if x.time_of_day is None]  # not a clock time read against another day
    return [
        x
        for adjunct in adjuncts
        for x in attached_expressions(stated, (adjunct.idx, adjunct.idx + len(adjunct)), context)
    ]


# Where policy 1 looks for the event's own time: tied to its word, to the noun its clause of coincidence
# qualifies, fronted before the verb it is coordinated with, tied to the verb its participle depends on,
# or to a participle adjunct of its own verb.

TIED_EXPRESSIONS = (
    attached_expressions,
    antecedent_expressions,
    shared_expressions,
    governing_expressions,
    adjunct_expressions,
)


def fact_of(expression: TimeExpression, anchor: date | None, source: str) -> DatedFact:
    """The date an expression gives, settling weekday conflicts; unknown when it cannot be resolved."""
    if expression.weekday_conflict:
        settled = settle_weekday(expression, anchor)
        if settled is None:  # the text contradicts itself: unknown
            return DatedFact(None, "unknown", expression.expression, source)
        return DatedFact(settled, "day", expression.expression, source)
    if expression.value is None or expression.precision == "unknown":
        return DatedFact(None, "unknown", expression.expression, source)
    end = range_end(expression, anchor)
    return DatedFact(expression.value, expression.precision, expression.expression, source, end)


def range_end(expression: TimeExpression, anchor: date | None) -> str | None:
    """The end of the range an expression tells ("3 to 5 May", "between 2011 and 2015"), when it lies after
    its start and not after publication (the record never dates past its report); None for one date."""
    if not expression.end or not expression.value or expression.weekday_conflict:
        return None
    if period_end(expression.end) <= period_end(expression.value):
        return None
    if anchor is not None and expression.end > anchor.isoformat():
        return None
    return expression.end


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
    days = days_before_publication(lede, context)
    return days is not None and 0 < days <= NEWS_DAY_MAX_DAYS


def recent_day(lede: DatedFact | None, context: ArticleContext) -> bool:
    """The lede dates its happening to a day of the week up to publication, the day itself included."""
    days = days_before_publication(lede, context)
    return days is not None and 0 <= days <= NEWS_DAY_MAX_DAYS


def days_before_publication(lede: DatedFact | None, context: ArticleContext) -> int | None:
    """How many days the lede's day lies before publication; None unless the lede dates a day."""
    if lede is None or lede.value is None or lede.precision != "day" or context.anchor is None:
        return None
    return (context.anchor - date.fromisoformat(lede.value)).days


def said_at_lede_happening(event: Event, context: ArticleContext, lede_events: list[Event]) -> bool:
    """The event is a participant of the lede's happening, or someone the lede names, speaking in the present
    inside a quotation ("'This trip is important, we call for developing our relations,'" from a minister at
    the talks the lede dates), also one opened in an earlier sentence of its paragraph: said there, on the
    lede's day (policy 2e). Not a past act the quotation tells ("'They attacked us'")."""
    report = event.reports[0]
    if not quoted_in_paragraph(context.text, report.span[0], (report.trigger_span or report.span)[0]):
        return False
    if told_in_past_at(event, context):
        return False
    speakers = {a.kb_id or a.name.lower() for a in event.actor}
    if any(speakers & actor_keys(e) for e in lede_events):
        return True
    lede = context.text[context.lede[0] : context.lede[1]]
    return any(named_in(lede, party.name) for party in event.actor)


def named_in(text: str, name: str) -> bool:
    """The text names the party by its full name or its last word ("Lavrov" of "Sergey Lavrov")."""
    words = name.split()
    return bool(words) and re.search(rf"\b{re.escape(words[-1])}\b", text) is not None


def told_on_news_day(event: Event, context: ArticleContext, lede_events: list[Event]) -> bool:
    """An event told in the simple past after a lede that dates its happening to a day of the past week is
    that day's news (policy 2d) only when its sentence ties it to that happening (session 36): it reports
    a statement ("Police confirmed that two suspects were arrested", "..., the minister said"), names the
    lede's happening ("The vote was boycotted by ...") or "the" thing the lede told as its subject, or a
    party of the lede's events acts again. Another party's act told in the past ("The embassy declined the
    request", "The agreement was signed by the ministers") is as often days before; the past perfect ("had
    been petitioned") is before by its tense; a sentence with a time of its own tells another time; a
    quotation told in the past is an act the speaker recalls."""
    trigger = event_trigger(event, context)
    if trigger is None:
        return False
    clause = event_clause(trigger)
    if not told_in_past(clause) or told_in_past_perfect(clause):
        return False
    report = event.reports[0]
    if any(in_span(x.span, report.span) for x in context.expressions):
        return False
    if quoted_in_paragraph(context.text, report.span[0], (report.trigger_span or report.span)[0]):
        return False
    return (
        reports_statement(trigger.sent)
        or names_told_happening(clause)
        or refers_to_lede(clause, context)
        or reacts_to_lede(clause, context)
        or any(actor_keys(event) & actor_keys(e) for e in lede_events)
    )


def refers_to_lede(clause: Token, context: ArticleContext) -> bool:
    """The clause's subject is "the" thing the lede told ("The resolution passed …" after "the House passed a
    resolution"; "The survivor was rescued" after "a child the sole survivor")."""
    lede = span_of(context.doc, *context.lede)
    if lede is None:
        return False
    told = lemmas_of(lede, "NOUN")
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN"]
    return any(has_child(c, "the") and c.lemma_.lower() in told for c in subjects)


def reacts_to_lede(clause: Token, context: ArticleContext) -> bool:
    """The clause reacts to a happening the lede tells ("Trump, responding to Pelosi's announcement, attacked
    …" after "Pelosi announced an inquiry"; "In response to the vote, the PLO slammed …" after a lede of the
    vote): a happening word, "the" thing the lede told, or the noun of a verb of the lede's."""
    lede = span_of(context.doc, *context.lede)
    if lede is None:
        return False
    words = load_vocabulary()
    targets = reaction_targets(clause, words.reaction_verbs, words.reaction_nouns)
    if not targets:
        return False
    nouns = lemmas_of(lede, "NOUN")
    verbs = {verb for verb in lemmas_of(lede, "VERB") if len(verb) >= 4}
    happenings = happening_words()
    return any(
        names_happening(noun, happenings)
        or noun.lemma_.lower() in nouns
        or any(noun.lemma_.lower().startswith(verb.rstrip("e")) for verb in verbs)
        for noun in targets
    )


def lemmas_of(span: Span, pos: str) -> set[str]:
    """The lower-cased lemmas of the span's words of one part of speech."""
    return {t.lemma_.lower() for t in span if t.pos_ == pos}


def happening_words() -> frozenset[str]:
    """Words that name a happening the report tells ("the vote", "the talks", "the summit")."""
    return place_nouns().told | place_nouns().happenings


def reports_statement(sentence: Span) -> bool:
    """The sentence reports a statement in the past ("said", "confirmed", "announced")."""
    reporting = load_vocabulary().reporting_verbs
    return any(t.tag_ == "VBD" and t.lemma_.lower() in reporting for t in sentence)


def names_told_happening(clause: Token) -> bool:
    """The clause's subject, or the object of one of its prepositions, is a happening the report tells ("The
    vote was boycotted", "held talks hours after the march")."""
    happenings = happening_words()
    nouns = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    nouns += [o for c in clause.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    return any(names_happening(noun, happenings) for noun in nouns)


def told_in_past_at(event: Event, context: ArticleContext) -> bool:
    """The event's clause is told in the simple or perfect past ("detained", "had asked"), not in the
    present ("is calling", "are investigating": the report's own day)."""
    trigger = event_trigger(event, context)
    return trigger is not None and told_in_past(event_clause(trigger))


def told_going_on_at(event: Event, context: ArticleContext) -> bool:
    """The event's clause is told as going on ("are detaining", "is calling for", "protests continue"): the
    report's own day."""
    trigger = event_trigger(event, context)
    return trigger is not None and told_going_on(event_clause(trigger), load_vocabulary().ongoing_verbs)


def lede_fact(context: ArticleContext) -> DatedFact | None:
    """The date of the lede's main clause (policy 2), or None."""
    lede = [x for x in context.expressions if in_span(x.span, context.lede)]
    for expression in lede:
        if told_in_future(expression, context) or dates_future_clause(expression, context):
            continue
        if not on_main_clause(expression, context) or in_quotation(context.text, context.lede[0], expression):
            continue
        fact = fact_of(expression, context.anchor, "lede")
        if fact.value is not None:
            return fact
    return None


def dates_future_clause(expression: TimeExpression, context: ArticleContext) -> bool:
    """The expression dates a clause told in the future ("This afternoon, the judges will hear …")."""
    span = span_of(context.doc, *expression.span)
    auxiliaries = load_vocabulary().future_auxiliaries
    return span is not None and told_in_future_tense(clause_head(span.root), auxiliaries)


def narrative_fact(event: Event, context: ArticleContext, lede: DatedFact | None = None) -> DatedFact | None:
    """The date of a story told in the past (policy 2b): an event told in the past tense, whose sentence
    tells no time, right after a sentence whose main clause dates something at least BACKGROUND_DAYS
    before publication ("The boys were arrested" after "In March 2011, boys sprayed graffiti on a
    wall") takes that date, not the report's. Since session 37 also a day before the lede's told earlier
    in the paragraph ("On Thursday, he fell ill on a flight. The plane landed. His aides alleged he was
    poisoned" after a lede of Saturday), not the lede's; not for a clause told as later ("later filed")."""
    report = event.reports[0]
    if any(in_span(x.span, report.span) for x in context.expressions):
        return None  # the sentence tells a time, even if not the event's: the story has moved on
    trigger = event_trigger(event, context)
    if trigger is None or context.anchor is None:
        return None
    clause = event_clause(trigger)
    if not told_in_past(clause) or told_as_sequel(clause, load_vocabulary().sequel_adverbs):
        return None
    for previous, same_paragraph in earlier_sentences(trigger.sent, context):
        told = [x for x in context.expressions if in_span(x.span, (previous.start_char, previous.end_char))]
        if not told:
            if same_paragraph:
                continue  # a sentence of the same story that tells no time: look further back
            return None
        main_clause = [
            x for x in told if x.tense != "future" and parsed(x, context) and on_main_clause(x, context)
        ]
        if not main_clause:
            return None
        last = main_clause[-1]
        background = dates_background(last, context.anchor)
        recent = same_paragraph and not background and before_lede_day(last, lede)
        if not recent and not (previous.end == trigger.sent.start and background):
            return None
        fact = fact_of(last, context.anchor, "narrative")
        return fact if fact.value is not None else None
    return None


def earlier_sentences(sentence: Span, context: ArticleContext) -> Iterator[tuple[Span, bool]]:
    """The sentences before ``sentence``, nearest first, each with whether it is of the same paragraph (no
    line break between); the walk stops after the first of another paragraph."""
    doc = sentence.doc
    start = sentence.start
    while start > 0:
        previous = doc[start - 1].sent
        same_paragraph = not broken_between(previous, sentence, context.text)
        yield previous, same_paragraph
        if not same_paragraph:
            return
        start = previous.start


def broken_between(previous: Span, sentence: Span, text: str) -> bool:
    """A line break between the last word of one sentence and the first of the next (the parser may hang
    the blank line on either)."""
    last = previous.start_char + len(previous.text.rstrip())
    first = sentence.start_char + len(sentence.text) - len(sentence.text.lstrip())
    return "\n" in text[last:first]


def before_lede_day(expression: TimeExpression, lede: DatedFact | None) -> bool:
    """The expression dates a day before the day the lede dates its happening to."""
    if lede is None or lede.value is None or lede.precision != "day" or expression.precision != "day":
        return False
    if expression.value is None or expression.weekday_conflict:
        return False
    return expression.value < lede.value


def parsed(expression: TimeExpression, context: ArticleContext) -> bool:
    """The expression's words are in the parsed text (not in a sentence the fast path blanked)."""
    span = span_of(context.doc, *expression.span)
    return span is not None and bool(span.text.strip())


def in_quotation(text: str, start: int, expression: TimeExpression) -> bool:
    """The expression is inside a quotation opened after ``start`` ("“It's like Spain in 1936.”" in
    a lede compares; it does not date the report's happening)."""
    return quoted(text, start, expression.span[0])


def quoted_in_paragraph(text: str, sentence: int, position: int) -> bool:
    """A quotation opened in the sentence, or in an earlier sentence of its paragraph, is open at ``position``
    (counted from the sentence first: a stray mark earlier in the paragraph does not close its quotation)."""
    paragraph = text.rfind("\n", 0, sentence) + 1
    return quoted(text, sentence, position) or quoted(text, paragraph, position)


def quoted(text: str, start: int, position: int) -> bool:
    """A quotation opened between ``start`` and ``position`` is still open there."""
    before = text[start:position]
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


def same_day(fact: DatedFact | None, other: DatedFact | None) -> bool:
    """Whether two dates are one (an event told "On Monday" after a lede of Wednesday is another happening,
    which need not have been where the lede's was)."""
    return fact is not None and other is not None and fact.value == other.value
