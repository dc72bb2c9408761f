"""An event is told as past background when its clause names a year two or more years before publication;
a four-digit clock time ("1800 UTC", "0600 GMT") is no year. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.mark.parametrize(
    "text",
    [
        "On Saturday, shortly before 19:00 local time (1800 UTC), a man stabbed three people in Oslo.",
        "Gunmen attacked a police station in Kenya at 0600 GMT on Monday.",
    ],
)
def test_a_clock_time_is_no_year(code, text) -> None:
    event = first_of(code, text, "ASSAULT")
    assert "historical" not in event.context


@pytest.mark.parametrize(
    "text",
    [
        "In 1998, soldiers attacked a village in Kenya.",
        "Rebels attacked a police station in Kenya in 2003, killing four officers.",
    ],
)
def test_a_year_long_before_publication_is_background(code, text) -> None:
    event = first_of(code, text, "ASSAULT")
    assert "historical" in event.context
