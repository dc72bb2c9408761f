"""The days of a named holiday in a Gregorian year, from its spec in time_words.yaml.

A spec is one term or two joined by ".." (first and last day). A term is a base with an optional
offset in days ("easter-2", "hijri:10-01-1"):

- ``MM-DD``: a fixed day ("12-25");
- ``easter``: Western Easter Sunday (dateutil);
- ``MM-<weekday><n>``: the n-th weekday of a month, ``-1`` the last ("11-thu4", "05-mon-1");
- ``hijri:MM-DD``: a day of the Islamic year, Umm al-Qura calendar (hijridate);
- ``hebrew:MM-DD``: a day of the Hebrew year, months counted from Nisan (convertdate);
- ``chinese:MM-DD``: a day of the Chinese lunar year (korean-lunar-calendar: the Korean reckoning, one
  meridian east, which gives the same New Year in all but rare years, e.g. 1997).

Holidays of another calendar fall where their first day falls in the Gregorian year asked for; both
terms of a span are read in that calendar's same year (Ramadan: 1 Ramadan to the day before 1 Shawwal).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable
from datetime import date, timedelta

from convertdate import hebrew
from dateutil.easter import easter
from hijridate import Gregorian, Hijri
from korean_lunar_calendar import KoreanLunarCalendar

TERM = re.compile(
    r"(?:(?P<calendar>hijri|hebrew|chinese):)?(?P<base>easter|\d\d-(?:\d\d|[a-z]{3}-?\d))(?P<offset>[+-]\d+)?$"
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class HolidayOutOfRange(ValueError):
    """The calendar conversion does not cover the year asked for."""


def holiday_days(spec: str, year: int) -> tuple[date, date]:
    """First and last day of a holiday in Gregorian ``year`` ("12-24..12-26", "hijri:09-01..hijri:10-01-1").

    Raises HolidayOutOfRange when a calendar conversion does not cover that year."""
    first, _, last = spec.partition("..")
    start = TERM.match(first)
    if start is None:
        raise ValueError(f"time_words.yaml: holiday spec {spec!r} is not understood")
    calendar_year = own_year(start["calendar"], start["base"], year)
    begin = term_day(first, year, calendar_year)
    return begin, term_day(last, year, calendar_year) if last else begin


def term_day(term: str, year: int, calendar_year: int) -> date:
    parts = TERM.match(term)
    if parts is None:
        raise ValueError(f"time_words.yaml: holiday term {term!r} is not understood")
    offset = timedelta(days=int(parts["offset"] or 0))
    if parts["calendar"]:
        month, day = (int(n) for n in parts["base"].split("-"))
        return CALENDARS[parts["calendar"]](calendar_year, month, day) + offset
    return gregorian_base(parts["base"], year) + offset


def gregorian_base(base: str, year: int) -> date:
    if base == "easter":
        return easter(year)
    month, rest = base.split("-", 1)
    if rest.isdigit():
        return date(year, int(month), int(rest))
    return nth_weekday(year, int(month), WEEKDAYS.index(rest[:3]), int(rest[3:]))


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7 + 7 * (-n - 1))


def hijri_day(year: int, month: int, day: int) -> date:
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (OverflowError, ValueError) as error:
        raise HolidayOutOfRange(str(error)) from error


def hebrew_day(year: int, month: int, day: int) -> date:
    with warnings.catch_warnings():  # convertdate 2.5 calls its own deprecated month_days
        warnings.simplefilter("ignore", DeprecationWarning)
        return date(*hebrew.to_gregorian(year, month, day))


def chinese_day(year: int, month: int, day: int) -> date:
    calendar = KoreanLunarCalendar()
    if not calendar.setLunarDate(year, month, day, False):
        raise HolidayOutOfRange(f"lunar {year}-{month:02d}-{day:02d} is outside the converter's years")
    return date.fromisoformat(calendar.SolarIsoFormat())


CALENDARS: dict[str, Callable[[int, int, int], date]] = {
    "hijri": hijri_day,
    "hebrew": hebrew_day,
    "chinese": chinese_day,
}


def own_year(calendar: str | None, base: str, year: int) -> int:
    """The year of ``calendar`` whose day ``base`` falls in Gregorian ``year`` (the first, if two do)."""
    if not calendar:
        return year
    month, day = (int(n) for n in base.split("-"))
    if calendar == "hijri":
        try:
            guess = Gregorian(year, 1, 1).to_hijri().datetuple()[0]
        except (OverflowError, ValueError) as error:
            raise HolidayOutOfRange(str(error)) from error
        candidates = (guess, guess + 1)
    elif calendar == "hebrew":
        candidates = (year + 3760, year + 3761)
    else:
        candidates = (year - 1, year)  # a lunar year starts in January or February
    convert = CALENDARS[calendar]
    for candidate in candidates:
        if convert(candidate, month, day).year == year:
            return candidate
    return candidates[-1]
