"""Publication dates from metadata values, date lines and URL paths; impossible dates refused."""

from __future__ import annotations

from datetime import date

import pytest
from ingest_helpers import TODAY

from eventwire.ingest.pubdate import date_from_url, is_possible, match_date_line, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2021-06-30", date(2021, 6, 30)),
        ("2021-06-30T18:51:52+0000", date(2021, 6, 30)),
        ("2017/2/7", date(2017, 2, 7)),
        ("2017/3/9 7:11", date(2017, 3, 9)),
        ("26-FEB-1987 15:01:01.79", date(1987, 2, 26)),
        ("Wed, 01 Mar 2023 09:00:00 +0000", date(2023, 3, 1)),
        ("December 27, 2021", date(2021, 12, 27)),
        ("27 Dec. 2021", date(2021, 12, 27)),
        ("31.12.2020", date(2020, 12, 31)),
        ("03/10/2017", date(2017, 3, 10)),
        ("25/10/2017", date(2017, 10, 25)),
        (1_614_556_800, date(2021, 3, 1)),
        (1_614_556_800_000, date(2021, 3, 1)),
    ],
)
def test_metadata_values_parse_to_days(value: object, expected: date) -> None:
    assert parse_date(value, TODAY) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2031-01-01",
        "1850-05-05",
        "2021",
        "March 2021",
        "yesterday",
        "",
        None,
        True,
        42,
        ["2021-01-01"],
        "2021-13-45",
    ],
)
def test_values_without_a_possible_day_give_none(value: object) -> None:
    assert parse_date(value, TODAY) is None


def test_tomorrow_is_possible_for_time_zones_but_not_later() -> None:
    assert is_possible(date(2024, 6, 2), TODAY)
    assert not is_possible(date(2024, 6, 3), TODAY)


@pytest.mark.parametrize(
    ("line", "whole"),
    [
        ("December 27, 2021", True),
        ("Date: 2021-06-30T18:51:52+0000", True),
        ("Published on 5 May 2020 | 10:30", True),
        ("date 2021-06-30 Report", False),
        ("March 3, 2022 — The talks began", False),
    ],
)
def test_date_lines_and_prefixes(line: str, whole: bool) -> None:
    found = match_date_line(line, TODAY)
    assert found is not None and found.value is not None
    assert found.whole_line is whole
    if not whole:
        assert line[found.end :][:1].isalpha()


@pytest.mark.parametrize(
    "line",
    ["On January 5, 2020, parliament passed a resolution.", "Date palms grow here.", "The 2021 budget"],
)
def test_sentences_are_not_date_lines(line: str) -> None:
    assert match_date_line(line, TODAY) is None


def test_update_label_marks_a_late_date() -> None:
    found = match_date_line("Last updated: 9 May 2022", TODAY)
    assert found is not None and found.late


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/2023/09/03/talks-in-oslo/", date(2023, 9, 3)),
        ("https://news.example/world/2019-11-05-ministers.html", date(2019, 11, 5)),
        ("https://news.example/a/20180102/story", date(2018, 1, 2)),
        ("https://news.example/2031/01/01/future", None),
        ("https://news.example/story/12345", None),
        (None, None),
    ],
)
def test_dates_in_url_paths(url: str | None, expected: date | None) -> None:
    assert date_from_url(url, TODAY) == expected
