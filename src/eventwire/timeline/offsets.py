"""Dates measured from another happening: "six months after fighters torched the wells, crews are still
battling the flames" dates the torching six months before the report; "On Saturday, a day after the
administration imposed sanctions, …" dates the sanctions to Friday (session 37).

A sentence that tells a distance of days or more between two clauses (``Offset``: the measured clause,
the one it hangs on, the count, its unit and direction) dates one from the other when the other's time
is told: a date attached to it, the report's own day for a clause told as news of the day ("This comes a
week after …", "are still battling"), or the lede's day for a clause whose subject is the lede's happening
("The vote came two days after …"). Without such a time both stay undated, as before (``tells_background``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Token

from eventwire.records import Event, TimeExpression
from eventwire.timeline.anchor import around_week, day_value, shift_value, span_value
from eventwire.timeline.article_context import ArticleContext, event_trigger, in_span
from eventwire.timeline.event_dates import (
    DatedFact,
    attached_expressions,
    clock_only,
    fact_of,
    first_told_fact,
    news_day,
    refers_to_lede,
    told_in_future,
)
from eventwire.timeline.syntax import CLAUSE_POS, event_clause, told_going_on
from eventwire.timeline.vocab import TimeVocabulary, load_vocabulary

OFFSET_SOURCE = "offset"
APPROXIMATE_DAYS = 2  # "about three days after": the day counted, give or take this many


@dataclass(frozen=True, slots=True)
class Offset:
    """Two clauses a stated distance apart: ``measured`` lies ``count`` ``unit``s before (direction -1,
    "after", "since") or after (+1, "before", "prior to") the clause it hangs on, ``governor``."""

    measured: Token
    governor: Token
    unit: str
    count: int
    exact: bool
    direction: int
    measure: str  # the words of the distance and its side ("a day after")
    start: int  # where the distance's words begin ("a" of "a day after")
    told: tuple[int, int]  # the measured clause's own words, after its side word

    def fronted(self, expression: TimeExpression) -> bool:
        """The expression comes before the distance ("On Saturday, a day after …"): the governor's time,
        wherever the parser hangs it."""
        return expression.span[1] <= self.start


def offset_fact(
    event: Event, context: ArticleContext, lede_date: DatedFact | None, own: DatedFact | None
) -> DatedFact | None:
    """The date of an event told at a stated distance from a clause whose time is told, or ``own`` (the
    date its sentence ties to it) when the event's clause tells its own time or has no such distance."""
    trigger = event_trigger(event, context)
    if trigger is None or context.anchor is None:
        return own
    words = load_vocabulary()
    clause = event_clause(trigger)
    link = offset_of(clause, words)
    if link is None:
        return own
    if clause == link.measured:
        if (told := measured_time(link, context)) is not None:
            return told  # "a day after rebels attacked on Sunday": the clause tells its own day
        other, step = governor_time(link, context, lede_date, words), link.direction
    elif own is not None:
        return own  # the governor's own time (``own`` is None for a measured clause's misparsed date)
    elif (fronted := fronted_time(link, context)) is not None:
        return fronted
    else:
        other, step = measured_time(link, context), -link.direction
    if other is None or other.value is None:
        return None
    value, precision = moved(other.value, other.precision, link, step)
    return DatedFact(value, precision, link.measure, OFFSET_SOURCE) if value is not None else None


def offset_of(clause: Token, words: TimeVocabulary) -> Offset | None:
    """The distance the clause is measured by ("torched" of "six months after fighters torched …") or
    measured from ("battling" of the same sentence), or None."""
    if (link := measured_link(clause, words)) is not None:
        return link
    for child in clause.children:
        if child.dep_ in ("advcl", "ccomp") and (link := measured_link(child, words)) is not None:
            return link
    return None


def measured_link(clause: Token, words: TimeVocabulary) -> Offset | None:
    """The distance a clause introduced by a side word ("after", "before", "since") is told at from the
    clause it hangs on; None without a counted unit ("hours after", "after the vote")."""
    if clause.dep_ not in ("advcl", "ccomp") or clause.head.pos_ not in CLAUSE_POS:
        return None
    sides = words.offset_directions
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in sides), None)
    if mark is None:
        return None
    unit = counted_unit(clause, mark, words)
    if unit is None:
        return None
    count, exact = count_of(unit, words)
    doc = clause.doc
    first = doc[min(unit.left_edge.i, unit.i)]
    last = clause.right_edge
    return Offset(
        measured=clause,
        governor=clause.head,
        unit=words.period_units[unit.lower_],
        count=count,
        exact=exact,
        direction=words.offset_directions[mark.lower_],
        measure=doc[first.i : mark.i + 1].text,
        start=first.idx,
        told=(mark.idx + len(mark), last.idx + len(last)),
    )


def counted_unit(clause: Token, mark: Token, words: TimeVocabulary) -> Token | None:
    """The counted unit of time right before the side word: the parser hangs it on the measured clause, on
    the side word, or on the clause above ("comes a week after he attended")."""
    hosts = (clause, mark, clause.head)
    for token in clause.doc[max(0, mark.i - 2) : mark.i]:
        if (
            token.dep_ == "npadvmod"
            and token.head in hosts
            and token.lower_ in words.period_units
            and words.period_units[token.lower_] in ("day", "week", "fortnight", "month", "year")
            and any(c.dep_ in ("det", "nummod") for c in token.children)
        ):
            return token
    return None


def count_of(unit: Token, words: TimeVocabulary) -> tuple[int, bool]:
    """The count of a unit and whether it is exact ("two days": 2, exact; "less than two days", "a few
    days": not)."""
    counts = [c for c in unit.children if c.dep_ in ("det", "nummod")]
    around = {t.lower_ for c in unit.children for t in c.subtree} | {t.lower_ for t in unit.lefts}
    exact = not (around & words.offset_approximators)
    for count in counts:
        text = count.lower_
        if text.isdigit():
            return int(text), exact
        if text in words.numbers:
            return words.numbers[text], exact
    return 3, False  # "several days", "a few weeks"


def governor_time(
    link: Offset, context: ArticleContext, lede_date: DatedFact | None, words: TimeVocabulary
) -> DatedFact | None:
    """The time of the clause the measured one hangs on: a date fronted before the distance or tied to it
    outside the measured clause, the report's day for news of the day, or the lede's day for the lede's
    happening told again."""
    if (fronted := fronted_time(link, context)) is not None:
        return fronted
    governor = link.governor
    sentence = governor.sent
    outside = [
        x
        for x in context.expressions
        if in_span(x.span, (sentence.start_char, sentence.end_char))
        and not in_span(x.span, link.told)
        and not clock_only(x)
    ]
    tied = attached_expressions(outside, (governor.idx, governor.idx + len(governor)), context)
    if (fact := first_told_fact(tied, context)) is not None:
        return fact
    if told_as_news(governor, words):
        return DatedFact(day_value(context.anchor), "day", None, "published") if context.anchor else None
    if news_day(lede_date, context) and governor.tag_ == "VBD" and refers_to_lede(governor, context):
        return lede_date
    return None


def fronted_time(link: Offset, context: ArticleContext) -> DatedFact | None:
    """A date told in the sentence before the distance, in the clause the distance opens ("On Saturday, a
    day after the administration imposed sanctions, the ministry summoned …": Saturday is the summons')."""
    sentence = link.governor.sent
    for expression in context.expressions:
        if (
            in_span(expression.span, (sentence.start_char, sentence.end_char))
            and link.fronted(expression)
            and not clock_only(expression)
            and not told_in_future(expression, context)
            and expression.span[0] >= clause_start(link)
        ):
            return fact_of(expression, context.anchor, "sentence")
    return None


def clause_start(link: Offset) -> int:
    """Where the words of the governor's clause begin (a fronted date of another clause is not its)."""
    return min(link.governor.left_edge.idx, link.measured.left_edge.idx)


def measured_time(link: Offset, context: ArticleContext) -> DatedFact | None:
    """The date the measured clause tells of itself after its side word ("two days after rebels attacked on
    Sunday")."""
    clause = link.measured
    inside = [x for x in context.expressions if in_span(x.span, link.told) and not clock_only(x)]
    tied = attached_expressions(inside, (clause.idx, clause.idx + len(clause)), context)
    return first_told_fact(tied, context)


def told_as_news(clause: Token, words: TimeVocabulary) -> bool:
    """The clause tells the report's own day: told as going on with the news verbs ("This comes a week
    after", "are battling": ``told_going_on``), or a present with a now adverb ("are still without power")."""
    if told_going_on(clause, words.offset_news_verbs):
        return True
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    present = (auxiliaries[0] if auxiliaries else clause).tag_ in ("VBZ", "VBP")
    now = any(c.dep_ == "advmod" and c.lower_ in words.offset_now_adverbs for c in clause.children)
    return present and now


def moved(value: str, precision: str, link: Offset, step: int) -> tuple[str | None, str]:
    """The value moved by the link's distance in the direction ``step`` (+1 later, -1 earlier); a distance
    told about ("a few days") widens the precision, a week gives or takes a few days."""
    unit = "week" if link.unit == "fortnight" else link.unit
    count = link.count * (2 if link.unit == "fortnight" else 1)
    if unit == "week" and precision == "day":
        return around_week(date.fromisoformat(value[:10]) + timedelta(weeks=step * count), link.exact)
    shifted, shifted_precision = shift_value(value, precision, unit, step * count)
    if shifted is None or link.exact:
        return shifted, shifted_precision
    if unit == "day":
        middle = date.fromisoformat(shifted)
        slack = timedelta(days=APPROXIMATE_DAYS)
        return span_value(middle - slack, middle + slack)
    return None, "unknown"  # about a month, some years: no more than the text says
