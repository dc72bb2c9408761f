"""The days a dated report's lede states (round 8): "when" evidence of daily reports. A central bank's
daily operation ("the shortage in the money market today"), a market's daily move ("funds averaged 6.2
pct on Friday") or a statement of the day before ("yesterday") names the day of its happening; resolved
against the publication date by the timeline stage's date finder, two reports published on different
days that lead with different days tell of two happenings. Undated reports state no resolvable day here
(a relative day needs the publication date), so they conflict with nothing.

Round 16, the span of a happening: two dated reports whose happening days (the lede's first day, else
the publication date) are weeks apart report two milestones of one topic ("a million infections",
then "100,000 deaths"), unless one leads with the other's day.

Round 20, a dense week's days: two dated reports whose happenings (each its lede's day, or its
publication) fall on different days report two happenings of one topic (a refusal, then the reply the
next day), unless one of them states the other's day (it tells, recalls or quotes it).
"""

from __future__ import annotations

from contextlib import suppress
from datetime import date, timedelta

from eventwire.timeline import find_dates

MAX_DAYS = 8  # days kept per report, in the order stated
# Round 16: reports of one happening and its follow-ups come within days; two dated reports whose
# happenings (the lede's first day, else the publication date) are further apart than this tell of two
# milestones of one long-running topic, unless one leads with the other's day (within LINK_DAYS).
SPAN_DAYS = 14
LINK_DAYS = 1
LAG_DAYS = 7  # a lede's first day at most this long before publication is the day of its happening


def stated_days(lede: str, published: str | None) -> list[str]:
    """The days (YYYY-MM-DD) the lede states, resolved against ``published``, distinct, in order; none
    for an undated report."""
    if not published or not lede:
        return []
    found: list[str] = []
    with suppress(ValueError):  # a publication date the date finder cannot read: no day
        found = [
            e.value
            for e in sorted(find_dates(lede, published), key=lambda e: e.span[0])
            if e.precision == "day" and e.value and len(e.value) == 10
        ]
    return list(dict.fromkeys(found))[:MAX_DAYS]


def different_days(
    a: list[str], a_published: str | None, b: list[str], b_published: str | None
) -> bool | None:
    """Two reports published on different days that state days, neither's first among the other's
    (None: a day or a date missing; False: published the same day, or a leading day shared)."""
    if not a or not b or not a_published or not b_published:
        return None
    if a_published[:10] == b_published[:10]:
        return False
    return a[0] not in b and b[0] not in a


def read_day(value: str | None) -> date | None:
    """A day (YYYY-MM-DD, or a longer ISO date) read, or None."""
    with suppress(ValueError, TypeError):
        return date.fromisoformat(str(value)[:10])
    return None


def happening_day(days: list[str], published: str | None) -> date | None:
    """The day a report's happening took place: the first day its lede states when that is at most
    ``LAG_DAYS`` before its publication (a weekly outlet's "On Thursday"), else its publication date
    (an earlier day first stated is background: "the ceasefire of December 30"; None: undated)."""
    issued = read_day(published)
    first = read_day(days[0]) if days else None
    if issued is not None and first is not None and 0 <= (issued - first).days <= LAG_DAYS:
        return first
    return issued


def far_apart_days(
    a: list[str], a_published: str | None, b: list[str], b_published: str | None
) -> bool | None:
    """Two dated reports whose happenings are more than ``SPAN_DAYS`` apart, unless one leads with the
    other's day (within ``LINK_DAYS``: a retelling of it) (None: a report undated)."""
    a_day, b_day = happening_day(a, a_published), happening_day(b, b_published)
    if a_day is None or b_day is None:
        return None
    if abs((a_day - b_day).days) <= SPAN_DAYS:
        return False
    leads = [(read_day(a[0]) if a else None, b_day), (read_day(b[0]) if b else None, a_day)]
    return not any(first is not None and abs((first - other).days) <= LINK_DAYS for first, other in leads)


# Round 20: a report whose lede states no day of its happening tells one of the day before its publication
# or of that day (a happening of the evening, published the next morning).
PUBLICATION_LAG_DAYS = 1


def happening_span(days: list[str], published: str | None) -> tuple[date, date] | None:
    """The first and last day a report's happening may have taken place: its lede's day
    (``happening_day``), else the day before its publication to that day (None: undated)."""
    day = happening_day(days, published)
    if day is None:
        return None
    if days and day == read_day(days[0]):
        return day, day
    return day - timedelta(days=PUBLICATION_LAG_DAYS), day


def states_day(days: list[str], span: tuple[date, date]) -> bool:
    """Whether a lede's stated ``days`` include a day of ``span``: it tells or recalls that happening."""
    return any((day := read_day(stated)) is not None and span[0] <= day <= span[1] for stated in days)


def days_apart(a: list[str], a_published: str | None, b: list[str], b_published: str | None) -> int | None:
    """Days between two reports' happenings (``happening_span``), 0 when either states a day of the
    other's (it tells or recalls it); None when a report is undated."""
    a_span, b_span = happening_span(a, a_published), happening_span(b, b_published)
    if a_span is None or b_span is None:
        return None
    if states_day(a, b_span) or states_day(b, a_span):
        return 0
    return max(0, (max(a_span[0], b_span[0]) - min(a_span[1], b_span[1])).days)
