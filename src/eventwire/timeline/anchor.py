"""Resolve a matched expression against the anchor (publication) date.

Values follow records.TimeExpression: YYYY-MM-DD (day), YYYY-MM (month), YYYY (year); decades and
centuries use the TimeML forms "199" and "19" with precision "unknown". A value is never more precise
than the text: "last week" gives the month when the whole week lies in one month, else the year.

`direction` is what the context says about tense: "past" (a report of what happened: on or before the
anchor), "future" (planned, a deadline: on or after the anchor) or None (no cue: weekdays count as
past, yearless dates and months take the nearest occurrence).
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.records import Precision, TimeExpression
from eventwire.timeline.holidays import HolidayOutOfRange, holiday_days
from eventwire.timeline.matches import RawMatch
from eventwire.timeline.vocab import TimeVocabulary, load_vocabulary

Direction = str | None  # "past", "future" or None


@dataclass(slots=True)
class Resolution:
    """What a match means on the calendar."""

    value: str | None
    precision: Precision
    end: str | None = None
    anchored: bool = False
    time_of_day: str | None = None
    inherent_tense: str | None = None  # tense the words themselves carry ("yesterday": past)


UNRESOLVED = Resolution(value=None, precision="unknown")
WEEK_SLACK_DAYS = 3  # "a week ago": the day seven days back, give or take this many
APPROXIMATE_WEEK_SLACK_DAYS = 10  # "a few weeks ago"


def parse_iso_date(value: str | None) -> date | None:
    """The date of an ISO string ("2021-06-30", "2021-06-30T18:51:52Z"); None when absent.

    Raises ValueError with a one-line reason when the string is not an ISO date.
    """
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()[:10]
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def span_value(first: date, last: date) -> tuple[str | None, Precision]:
    """The most precise value that covers every day of [first, last]."""
    if first == last:
        return day_value(first), "day"
    if (first.year, first.month) == (last.year, last.month):
        return month_value(first.year, first.month), "month"
    if first.year == last.year:
        return f"{first.year:04d}", "year"
    return None, "unknown"


def around_week(middle: date, exact: bool) -> tuple[str | None, Precision]:
    """The days a counted week lands on ("a week ago", "two weeks after"): give or take
    WEEK_SLACK_DAYS, or APPROXIMATE_WEEK_SLACK_DAYS for a count told about ("a few weeks")."""
    slack = timedelta(days=WEEK_SLACK_DAYS if exact else APPROXIMATE_WEEK_SLACK_DAYS)
    return span_value(middle - slack, middle + slack)


def shift_month(year: int, month: int, step: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + step
    return index // 12, index % 12 + 1


def shifted(reference: TimeExpression, unit: str, step: int) -> tuple[str | None, Precision]:
    """``reference``'s value moved by ``step`` units, at the unit's precision; unknown when the
    reference is less precise than the unit (a month after "2016")."""
    return shift_value(reference.value or "", reference.precision, unit, step)


def shift_value(value: str, precision: str, unit: str, step: int) -> tuple[str | None, Precision]:
    """A value of the given precision moved by ``step`` units (day, week, fortnight, month, year), at the
    unit's precision; unknown when the value is less precise than the unit."""
    if unit == "fortnight":
        unit, step = "week", 2 * step
    if unit in ("day", "week") and precision == "day":
        days = step * (7 if unit == "week" else 1)
        return day_value(date.fromisoformat(value[:10]) + timedelta(days=days)), "day"
    if unit == "month" and precision in ("day", "month"):
        year, month = shift_month(int(value[:4]), int(value[5:7]), step)
        return month_value(year, month), "month"
    if unit == "year" and precision in ("day", "month", "year") and value[:4].isdigit():
        return f"{int(value[:4]) + step:04d}", "year"
    return None, "unknown"


# ---------------------------------------------------------------- choosing a year for yearless dates


def pick_occurrence(candidates: list[tuple[date, date]], anchor: date, direction: Direction) -> int | None:
    """Index of the candidate period [first, last] meant: the latest one starting on or before the anchor
    (past), the earliest one ending on or after it (future), or the nearest (no cue; ties go to the past)."""
    if direction == "past":
        past = [i for i, (first, _) in enumerate(candidates) if first <= anchor]
        return max(past, key=lambda i: candidates[i][0]) if past else None
    if direction == "future":
        future = [i for i, (_, last) in enumerate(candidates) if last >= anchor]
        return min(future, key=lambda i: candidates[i][1]) if future else None

    def distance(i: int) -> tuple[int, int]:
        first, last = candidates[i]
        if first <= anchor <= last:
            return 0, 0
        gap = (first - anchor).days if first > anchor else (anchor - last).days
        return gap, 1 if first > anchor else 0

    return min(range(len(candidates)), key=distance) if candidates else None


def yearless_day(month: int, day: int, anchor: date, direction: Direction) -> date | None:
    """The year of "January 5" seen from the anchor."""
    days = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (d := safe_date(y, month, day))]
    chosen = pick_occurrence([(d, d) for d in days], anchor, direction)
    return None if chosen is None else days[chosen]


def week_saturday(anchor: date, step: int = 0) -> date:
    """The Saturday of the anchor's week (Monday to Sunday), ``step`` weeks on."""
    return anchor + timedelta(days=5 - anchor.weekday(), weeks=step)


def day_span(first: date, last: date, anchored: bool = False) -> Resolution:
    """A day, or a range of days told as one ("over the weekend": Saturday to Sunday)."""
    end = day_value(last) if last != first else None
    return Resolution(day_value(first), "day", end=end, anchored=anchored)


def month_bounds(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def yearless_month(month: int, anchor: date, direction: Direction) -> int | None:
    """The year of "in July" seen from the anchor."""
    years = [anchor.year - 1, anchor.year, anchor.year + 1]
    chosen = pick_occurrence([month_bounds(y, month) for y in years], anchor, direction)
    return None if chosen is None else years[chosen]


# ---------------------------------------------------------------- resolvers, one per pattern kind


class Resolver:
    """Turns RawMatch groups into a Resolution; one method per kind of time_patterns.yaml."""

    def __init__(self, vocab: TimeVocabulary | None = None) -> None:
        self.vocab = vocab or load_vocabulary()
        self.by_kind: dict[str, Callable[[RawMatch, date | None, Direction], Resolution]] = {
            "iso_date": self.full_date,
            "ymd_slash": self.full_date,
            "numeric_date": self.numeric_date,
            "month_day": self.month_day,
            "day_month": self.month_day,
            "day_range_month": self.day_range,
            "month_day_range": self.day_range,
            "month_day_range2": self.day_range,
            "day_month_range2": self.day_range,
            "month_range": self.month_range,
            "month_year": self.month_year,
            "month_rel_year": self.month_rel_year,
            "mod_month": self.mod_month,
            "month": self.month,
            "weekday": self.weekday,
            "paren_weekday": self.weekday,
            "day_word": self.day_word,
            "this_part": self.this_part,
            "period": self.period,
            "ago": self.ago,
            "year_range": self.year_range,
            "year": self.year,
            "short_year": self.short_year,
            "season": self.season,
            "weekend": self.weekend,
            "day_of_month": self.day_of_month,
            "day_of_month_range": self.day_of_month_range,
            "holiday": self.holiday,
            "decade": self.decade,
            "decade2": self.decade,
            "century": self.century,
            "quarter": self.quarter,
        }

    def resolve(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        """The calendar meaning of one match."""
        resolution = self.by_kind[match.kind](match, anchor, direction)
        if match.clock:  # a clock time is more precise than "evening"
            resolution.time_of_day = match.clock
        return resolution

    # -- helpers

    def month_of(self, match: RawMatch, group: str = "month") -> int:
        return self.vocab.month_number(match.groups[group])

    def part_of_day(self, match: RawMatch) -> str | None:
        part = match.get("part")
        return self.vocab.parts_of_day[part.lower()] if part else None

    def modifier_step(self, match: RawMatch) -> int | None:
        mod = match.get("mod")
        return None if mod is None else self.vocab.period_modifiers[" ".join(mod.lower().split())]

    @staticmethod
    def year_of(match: RawMatch, group: str = "year") -> int | None:
        year = match.get(group)
        return int(year) if year else None

    # -- absolute dates

    def full_date(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        d = safe_date(int(match.groups["year"]), int(match.groups["mnum"]), int(match.groups["day"]))
        if d is None:
            return UNRESOLVED
        return Resolution(day_value(d), "day", time_of_day=match.get("clock"))

    def numeric_date(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        n1, n2, year = int(match.groups["n1"]), int(match.groups["n2"]), int(match.groups["year"])
        if match.groups["sep"] == "." or (n1 > 12 >= n2):
            day, month = n1, n2
        elif n2 > 12 >= n1 or n1 == n2:
            day, month = n2, n1
        else:  # 05/01/2020: 5 January or May 1; only the year is certain
            return Resolution(f"{year:04d}", "year")
        d = safe_date(year, month, day)
        return Resolution(day_value(d), "day") if d else UNRESOLVED

    def month_day(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        month, day, year = self.month_of(match), int(match.groups["day"]), self.year_of(match)
        if year is not None:
            d = safe_date(year, month, day)
            return Resolution(day_value(d), "day") if d else UNRESOLVED
        if safe_date(2000, month, day) is None:  # no such day in any year
            return UNRESOLVED
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        d = yearless_day(month, day, anchor, direction)
        return Resolution(day_value(d), "day", anchored=True) if d else UNRESOLVED

    def day_range(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        month = self.month_of(match)
        month2 = self.month_of(match, "month2") if match.get("month2") else month
        day, day2, year = int(match.groups["day"]), int(match.groups["day2"]), self.year_of(match)
        anchored = year is None
        if year is None:
            if anchor is None:
                return Resolution(None, "unknown", anchored=True)
            if safe_date(2000, month, day) is None:
                return UNRESOLVED
            found = yearless_day(month, day, anchor, direction)
            if found is None:
                return UNRESOLVED
            year = found.year
        first = safe_date(year, month, day)
        last = safe_date(year + (1 if month2 < month else 0), month2, day2)
        if first is None or last is None or last < first:
            return UNRESOLVED
        return Resolution(day_value(first), "day", end=day_value(last), anchored=anchored)

    def month_range(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        month, month2, year = self.month_of(match), self.month_of(match, "month2"), self.year_of(match)
        anchored = year is None
        if year is None:
            if anchor is None:
                return Resolution(None, "unknown", anchored=True)
            year = yearless_month(month, anchor, direction)
            if year is None:
                return UNRESOLVED
        end_year = year + (1 if month2 < month else 0)
        return Resolution(
            month_value(year, month), "month", end=month_value(end_year, month2), anchored=anchored
        )

    def month_year(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        return Resolution(month_value(int(match.groups["year"]), self.month_of(match)), "month")

    def month_rel_year(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        step = {"this": 0, "last": -1, "next": 1}[match.groups["relyear"].lower()]
        return Resolution(month_value(anchor.year + step, self.month_of(match)), "month", anchored=True)

    def mod_month(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        step = self.modifier_step(match)
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        month = self.month_of(match)
        if step == 0:
            return Resolution(month_value(anchor.year, month), "month", anchored=True)
        if step is not None and step < 0:
            year = anchor.year if month < anchor.month else anchor.year - 1
            return Resolution(month_value(year, month), "month", anchored=True, inherent_tense="past")
        year = anchor.year if month > anchor.month else anchor.year + 1
        return Resolution(month_value(year, month), "month", anchored=True, inherent_tense="future")

    def month(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        year = yearless_month(self.month_of(match), anchor, direction)
        if year is None:
            return UNRESOLVED
        return Resolution(month_value(year, self.month_of(match)), "month", anchored=True)

    # -- days relative to the anchor

    def weekday(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        part = self.part_of_day(match)
        if anchor is None:
            return Resolution(None, "unknown", anchored=True, time_of_day=part)
        target = self.vocab.weekday_number(match.groups["weekday"])
        step = self.modifier_step(match)
        back = (anchor.weekday() - target) % 7  # days back to the latest such weekday, 0 = the anchor
        ahead = (target - anchor.weekday()) % 7
        tense: str | None = None
        if step is not None and step < 0:  # last Sunday: strictly before the anchor
            d, tense = anchor - timedelta(days=back or 7), "past"
        elif step is not None and step > 0:  # next Sunday, this coming Sunday: strictly after
            d, tense = anchor + timedelta(days=ahead or 7), "future"
        elif direction == "future":  # planned: the next such day, the anchor itself included
            d = anchor + timedelta(days=ahead)
        else:  # a report of what happened: on or before the anchor
            d = anchor - timedelta(days=back)
        return Resolution(day_value(d), "day", anchored=True, time_of_day=part, inherent_tense=tense)

    def day_word(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        word = self.vocab.day_words[" ".join(match.groups["dayword"].lower().split())]
        time_of_day = self.part_of_day(match) or word.time_of_day
        rel = (match.get("rel") or "").lower()
        if word.offset < 0 or rel == "earlier":
            tense = "past"
        elif word.offset > 0 or rel == "later":
            tense = "future"
        else:
            tense = None
        if anchor is None:
            return Resolution(None, "unknown", anchored=True, time_of_day=time_of_day, inherent_tense=tense)
        d = anchor + timedelta(days=word.offset)
        return Resolution(day_value(d), "day", anchored=True, time_of_day=time_of_day, inherent_tense=tense)

    def this_part(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        part = self.part_of_day(match)
        if anchor is None:
            return Resolution(None, "unknown", anchored=True, time_of_day=part)
        return Resolution(day_value(anchor), "day", anchored=True, time_of_day=part)

    # -- periods relative to the anchor

    def period(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        step = self.modifier_step(match) or 0
        rel = (match.get("rel") or "").lower()
        tense = "past" if step < 0 or rel == "earlier" else "future" if step > 0 or rel == "later" else None
        if anchor is None:
            return Resolution(None, "unknown", anchored=True, inherent_tense=tense)
        unit = self.vocab.period_units[match.groups["unit"].lower()]
        if unit == "weekend" and not match.get("edge"):  # last weekend: Saturday to Sunday, as a range
            saturday = week_saturday(anchor, step)
            if step == 0 and direction == "past" and saturday > anchor:  # "this weekend" told on a Monday
                saturday -= timedelta(weeks=1)
            span = day_span(saturday, saturday + timedelta(days=1), anchored=True)
            span.inherent_tense = tense
            return span
        value, precision = self.period_value(unit, step, anchor)
        return Resolution(value, precision, anchored=True, inherent_tense=tense)

    @staticmethod
    def period_value(unit: str, step: int, anchor: date) -> tuple[str | None, Precision]:
        if unit == "fortnight":  # the last / next fourteen days
            if step == 0:
                return span_value(anchor - timedelta(days=6), anchor + timedelta(days=7))
            first = anchor - timedelta(days=14) if step < 0 else anchor + timedelta(days=1)
            return span_value(first, first + timedelta(days=13))
        if unit == "week":
            monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=step)
            return span_value(monday, monday + timedelta(days=6))
        if unit == "weekend":
            saturday = week_saturday(anchor, step)
            return span_value(saturday, saturday + timedelta(days=1))
        if unit == "month":
            year, month = shift_month(anchor.year, anchor.month, step)
            return month_value(year, month), "month"
        if unit == "year":
            return f"{anchor.year + step:04d}", "year"
        if unit == "decade":
            return f"{anchor.year // 10 + step:03d}", "unknown"
        return None, "unknown"

    def ago(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        if anchor is None:
            return Resolution(None, "unknown", anchored=True, inherent_tense="past")
        unit = self.vocab.period_units[match.groups["unit"].lower()]
        num_text = " ".join(match.groups["num"].lower().split())
        exact = num_text.isdigit() or num_text in self.vocab.numbers
        n = int(num_text) if num_text.isdigit() else self.vocab.numbers.get(num_text, 3)
        value, precision = self.ago_value(unit, n, exact, anchor)
        return Resolution(value, precision, anchored=True, inherent_tense="past")

    @staticmethod
    def ago_value(unit: str, n: int, exact: bool, anchor: date) -> tuple[str | None, Precision]:
        if unit == "fortnight":
            unit, n = "week", 2 * n
        if unit == "day":
            if exact:
                return day_value(anchor - timedelta(days=n)), "day"
            return span_value(anchor - timedelta(days=9), anchor - timedelta(days=2))
        if unit in ("week", "weekend"):
            return around_week(anchor - timedelta(weeks=n), exact)
        if unit == "month":
            if not exact:
                return None, "unknown"
            year, month = shift_month(anchor.year, anchor.month, -n)
            return month_value(year, month), "month"
        if unit == "year" and exact:
            return f"{anchor.year - n:04d}", "year"
        return None, "unknown"

    # -- relative to the time the text told last ("On Monday ... The next day, ...")

    def resolve_narrative(
        self, match: RawMatch, reference: TimeExpression | None, direction: Direction = None
    ) -> Resolution:
        """A narrative expression (or a clock time alone) against ``reference``, the last expression
        with a value before it; unresolved when there is none or it is less precise than the expression
        needs. A resolved one depends on the publication date only as much as its reference does."""
        if match.kind == "clock":
            return self.clock_in_story(match, reference, direction)
        if match.kind == "narrative_day":
            return self.narrative_day(match, reference)
        if match.kind == "narrative_period":
            return self.narrative_period(match, reference)
        if match.kind == "narrative_same":
            return self.narrative_same(reference)
        if match.kind == "narrative_month":
            return self.narrative_month(match, reference)
        return self.narrative_shift(match, reference)

    @staticmethod
    def narrative_same(reference: TimeExpression | None) -> Resolution:
        """ "at that time", "by that point": the time told last, at its own precision."""
        if reference is None or not reference.value:
            return Resolution(None, "unknown", anchored=True)
        return Resolution(reference.value, reference.precision, anchored=reference.anchored)

    def clock_in_story(
        self, match: RawMatch, reference: TimeExpression | None, direction: Direction
    ) -> Resolution:
        """A clock time alone in a report of what happened ("was down 2 % at 16:08 UTC") is on the day
        the text told last; otherwise (no day told, a plan, a habit, a timetable) it tells the time of
        day only, not which day."""
        clock = clock_text(match, self.vocab)
        if direction == "past" and reference is not None and reference.precision == "day" and reference.value:
            return Resolution(reference.value[:10], "day", anchored=reference.anchored, time_of_day=clock)
        return Resolution(None, "unknown", time_of_day=clock)

    def narrative_period(self, match: RawMatch, reference: TimeExpression | None) -> Resolution:
        """ "that year", "the following month", "later that year" after a time at least that precise."""
        if reference is None or not reference.value:
            return Resolution(None, "unknown", anchored=True)
        if match.get("side"):  # "the year before."
            step = self.vocab.narrative_sides[match.groups["side"].lower()]
        else:
            step = self.vocab.narrative_periods[" ".join(match.groups["nperiod"].lower().split())]
        value, precision = shifted(reference, match.groups["unit"].lower(), step)
        return Resolution(value, precision, anchored=reference.anchored)

    def within_period(
        self, match: RawMatch, reference: TimeExpression | None, anchor: date | None
    ) -> Resolution:
        """ "earlier in the month", "later in the year": the month or year the text told last when it told
        one that precisely ("In March 2015 … Later in the year" → 2015), else the report's own ("The
        airline was founded in 1992. … sanctioned Iran earlier in the month" → the publication month)."""
        unit = match.groups["unit"].lower()
        tense = "past" if match.groups["rel"].lower() == "earlier" else None
        if reference is not None and reference.value:
            value, precision = shifted(reference, unit, 0)
            if value is not None:
                return Resolution(value, precision, anchored=reference.anchored, inherent_tense=tense)
        if anchor is None:
            return Resolution(None, "unknown", anchored=True, inherent_tense=tense)
        value, precision = self.period_value(unit, 0, anchor)
        return Resolution(value, precision, anchored=True, inherent_tense=tense)

    def narrative_month(self, match: RawMatch, reference: TimeExpression | None) -> Resolution:
        """ "That March" is March of the year told last; "the following January" the first January
        after the time told last, "the previous June" the last June before it (a month or a day
        tells which side; after a bare year, the year after or before). Not after a time still to
        come ("next month")."""
        if reference is None or not reference.value or not reference.value[:4].isdigit():
            return Resolution(None, "unknown", anchored=True)
        if reference.tense == "future":
            return Resolution(None, "unknown", anchored=True)
        month = self.month_of(match)
        step = self.vocab.narrative_periods[" ".join(match.groups["nperiod"].lower().split())]
        year = int(reference.value[:4])
        if step != 0:
            told = int(reference.value[5:7]) if reference.precision in ("day", "month") else None
            same_side = told is not None and (month > told if step > 0 else month < told)
            year += 0 if same_side else step
        return Resolution(month_value(year, month), "month", anchored=reference.anchored)

    def narrative_day(self, match: RawMatch, reference: TimeExpression | None) -> Resolution:
        """ "the next day", "that evening", "later that day", "the day before," after a day."""
        narr, side = match.get("narr"), match.get("side")
        if match.get("same"):  # "ended the day", "late in the day"
            offset = 0
        elif narr is not None:
            offset = self.vocab.narrative_days[" ".join(narr.lower().split())]
        else:
            offset = self.vocab.narrative_sides[(side or "").lower()]
        time_of_day = self.part_of_day(match)
        if reference is None or reference.precision != "day" or not reference.value:
            return Resolution(None, "unknown", anchored=True, time_of_day=time_of_day)
        day = date.fromisoformat(reference.value[:10]) + timedelta(days=offset)
        return Resolution(day_value(day), "day", anchored=reference.anchored, time_of_day=time_of_day)

    def narrative_shift(self, match: RawMatch, reference: TimeExpression | None) -> Resolution:
        """ "two days later", "a month earlier", "a year later" after a time at least as precise as
        the unit (a vague count, "a few days later", stays unresolved)."""
        unit = self.vocab.period_units[match.groups["unit"].lower()]
        num_text = " ".join(match.groups["num"].lower().split())
        n = int(num_text) if num_text.isdigit() else self.vocab.numbers.get(num_text)
        if reference is None or not reference.value or n is None:
            return Resolution(None, "unknown", anchored=True)
        step = n if match.groups["dir"].lower() == "later" else -n
        value, precision = shifted(reference, unit, step)
        return Resolution(value, precision, anchored=reference.anchored)

    # -- years and longer

    def year_range(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        first = int(match.groups["year"])
        second_text = match.groups["year2"]
        second = int(second_text) if len(second_text) == 4 else first // 100 * 100 + int(second_text)
        if second <= first:
            return UNRESOLVED
        return Resolution(f"{first:04d}", "year", end=f"{second:04d}")

    def year(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        return Resolution(match.groups["year"], "year")

    def short_year(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        """ "since '82": the latest year ending in those digits up to the publication year."""
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        yy = int(match.groups["yy"])
        year = anchor.year // 100 * 100 + yy
        if year > anchor.year:
            year -= 100
        return Resolution(f"{year:04d}", "year", anchored=True)

    def weekend(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        """ "over the weekend": the nearest Saturday and Sunday (the last one in a report of what
        happened, the coming one in a plan)."""
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        weekends = [(sat, sat + timedelta(days=1)) for sat in (week_saturday(anchor, k) for k in (-1, 0, 1))]
        chosen = pick_occurrence(weekends, anchor, direction)
        return UNRESOLVED if chosen is None else day_span(*weekends[chosen], anchored=True)

    def day_of_month(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        """ "on the 14th": that day of the month nearest the anchor in the context's direction."""
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        day = int(match.groups["day"])
        months = [shift_month(anchor.year, anchor.month, k) for k in (-2, -1, 0, 1)]
        days = [d for year, month in months if (d := safe_date(year, month, day))]
        chosen = pick_occurrence([(d, d) for d in days], anchor, direction)
        return Resolution(day_value(days[chosen]), "day", anchored=True) if chosen is not None else UNRESOLVED

    def day_of_month_range(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        """ "on the 14th and 15th": the first day as "on the 14th", the last in the same month."""
        first = self.day_of_month(match, anchor, direction)
        last_day = int(match.groups["day2"])
        if first.value is None or last_day <= int(first.value[-2:]):
            return first
        last = safe_date(int(first.value[:4]), int(first.value[5:7]), last_day)
        return first if last is None else Resolution(first.value, "day", end=day_value(last), anchored=True)

    def holiday(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        """ "on Christmas Day", "over Easter", "by New Year's Eve 2019"."""
        name = " ".join(match.groups["holiday"].replace("’", "'").lower().split())
        spec, year = self.vocab.holidays[name], self.year_of(match)
        if year is None and anchor is None:
            return Resolution(None, "unknown", anchored=True)
        try:
            if year is not None:
                return day_span(*holiday_days(spec, year))
            spans = [holiday_days(spec, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        except HolidayOutOfRange:
            return UNRESOLVED  # the calendar's tables do not cover the year
        chosen = pick_occurrence(spans, anchor, direction)
        return UNRESOLVED if chosen is None else day_span(*spans[chosen], anchored=True)

    def season(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        year = self.year_of(match)
        if year is not None:
            return Resolution(f"{year:04d}", "year")
        step = self.modifier_step(match)
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        start_month = self.vocab.seasons[match.groups["season"].lower()]
        starts = [
            date(y, start_month, 1) for y in (anchor.year - 2, anchor.year - 1, anchor.year, anchor.year + 1)
        ]
        current = max((s for s in starts if s <= anchor), default=starts[0])
        in_season = anchor < date(*shift_month(current.year, current.month, 3), 1)
        if step is None or step == 0:
            chosen = current if in_season else next(s for s in starts if s > anchor)
            tense = None
        elif step < 0:
            chosen = max(s for s in starts if date(*shift_month(s.year, s.month, 3), 1) <= anchor)
            tense = "past"
        else:
            chosen = min(s for s in starts if s > anchor)
            tense = "future"
        return Resolution(f"{chosen.year:04d}", "year", anchored=True, inherent_tense=tense)

    def decade(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        digits = match.groups["decade"]
        if len(digits) == 4:
            return Resolution(digits[:3], "unknown")
        tens = int(digits)
        if anchor is None:
            return Resolution(f"19{tens // 10}" if tens >= 30 else None, "unknown", anchored=tens < 30)
        century = anchor.year // 100 * 100
        year = century + tens if century + tens <= anchor.year else century - 100 + tens
        return Resolution(f"{year // 10:03d}", "unknown", anchored=True)

    def century(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        number = int(match.groups["century"])
        return Resolution(f"{number - 1:02d}", "unknown") if 1 <= number <= 22 else UNRESOLVED

    def quarter(self, match: RawMatch, anchor: date | None, direction: Direction) -> Resolution:
        quarter = int(match.get("qnum") or self.vocab.ordinals[match.groups["ord"].lower()])
        year = self.year_of(match)
        if year is not None:
            return Resolution(f"{year:04d}", "year")
        if anchor is None:
            return Resolution(None, "unknown", anchored=True)
        if match.get("relyear"):
            step = {"this": 0, "last": -1, "next": 1}[match.groups["relyear"].lower()]
            return Resolution(f"{anchor.year + step:04d}", "year", anchored=True)
        current = (anchor.month - 1) // 3 + 1
        if direction == "future":
            year = anchor.year if quarter >= current else anchor.year + 1
        else:
            year = anchor.year if quarter <= current else anchor.year - 1
        return Resolution(f"{year:04d}", "year", anchored=True)


def clock_text(match: RawMatch, vocab: TimeVocabulary) -> str | None:
    """ "18:00" for "6 p.m.", "at 18:00", "noon"; None when the match holds no clock time."""
    word = match.get("clockword")
    if word:
        return vocab.clock_words[word.lower()]
    hour_text = match.get("hour")
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(match.get("minute") or 0)
    ampm = (match.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"
