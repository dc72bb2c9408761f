"""The days a dated report's lede states (round 8): "when" evidence of daily reports. A central bank's
daily operation ("the shortage in the money market today"), a market's daily move ("funds averaged 6.2
pct on Friday") or a statement of the day before ("yesterday") names the day of its happening; resolved
against the publication date by the timeline stage's date finder, two reports published on different
days that lead with different days tell of two happenings. Undated reports state no resolvable day here
(a relative day needs the publication date), so they conflict with nothing.
"""

from __future__ import annotations

from contextlib import suppress

from eventwire.timeline import find_dates

MAX_DAYS = 8  # days kept per report, in the order stated


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
