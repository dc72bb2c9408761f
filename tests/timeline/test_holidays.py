"""Holiday specs of time_words.yaml turned into days (timeline/holidays.py)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

import pytest

from eventwire.timeline.holidays import HolidayOutOfRange, holiday_days, nth_weekday


@pytest.mark.parametrize(
    ("spec", "year", "first", "last"),
    [
        ("12-24..12-26", 2021, date(2021, 12, 24), date(2021, 12, 26)),
        ("easter-2", 2024, date(2024, 3, 29), date(2024, 3, 29)),
        ("11-thu4", 2024, date(2024, 11, 28), date(2024, 11, 28)),
        ("05-mon-1", 2024, date(2024, 5, 27), date(2024, 5, 27)),
        ("09-mon1", 2024, date(2024, 9, 2), date(2024, 9, 2)),
        ("hijri:10-01", 2024, date(2024, 4, 10), date(2024, 4, 10)),
        ("hijri:09-01..hijri:10-01-1", 2024, date(2024, 3, 11), date(2024, 4, 9)),
        ("hebrew:07-10", 2023, date(2023, 9, 25), date(2023, 9, 25)),
        ("hebrew:09-25..hebrew:09-25+7", 2023, date(2023, 12, 8), date(2023, 12, 15)),
    ],
)
def test_holiday_specs(spec: str, year: int, first: date, last: date) -> None:
    assert holiday_days(spec, year) == (first, last)


def test_an_islamic_holiday_falls_in_the_year_asked_for() -> None:
    # Eid al-Fitr comes about 11 days earlier in each Gregorian year
    days = [holiday_days("hijri:10-01", year)[0] for year in range(2015, 2030)]
    assert [d.year for d in days] == list(range(2015, 2030))
    assert all(353 <= (b - a).days <= 356 for a, b in pairwise(days))  # a lunar year


def test_nth_weekday_bounds() -> None:
    assert nth_weekday(2021, 12, 4, -1) == date(2021, 12, 31)  # the last Friday of December
    assert nth_weekday(2021, 2, 0, 1) == date(2021, 2, 1)


def test_years_the_calendar_tables_do_not_cover() -> None:
    with pytest.raises(HolidayOutOfRange):
        holiday_days("hijri:10-01", 2150)


def test_a_spec_not_understood_names_itself() -> None:
    with pytest.raises(ValueError, match="12/25"):
        holiday_days("12/25", 2021)
