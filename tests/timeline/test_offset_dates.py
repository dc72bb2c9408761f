"""Dates measured from another happening ("six months after …", "a day after …"): timeline/offsets.py."""

from __future__ import annotations

import pytest
from tests.timeline.test_annotate import make_event, run

from eventwire.timeline.anchor import shift_value

FILLER = (
    "The region has seen unrest for many years now. Prices of bread and fuel rose again across the country."
)
PUBLISHED = "2021-03-10"  # a Wednesday


def dated(nlp, gazetteer, sentence: str, trigger: str) -> tuple[str | None, str, str | None]:
    text = f"{FILLER} {sentence}"
    (event,) = run(nlp, gazetteer, text, [make_event(text, sentence, trigger, "ASSAULT")], PUBLISHED)
    return event.date, event.date_precision, event.date_source


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        # measured from the report's own day: a clause still going on, a news verb in the present
        (
            "Six months after militants torched the wells, fire crews are still battling the flames.",
            "torched",
            ("2020-09", "month", "offset"),
        ),
        (
            "The blast comes a month after at least 36 people were killed in two bombings near the court.",
            "killed",
            ("2021-02", "month", "offset"),
        ),
        # a week gives or takes a few days: here across two months, so only the year
        (
            "This comes a week after he attended a summit with the French president.",
            "attended",
            ("2021", "year", "offset"),
        ),
        # measured from a day fronted before the distance, and that day stays the other clause's
        (
            "On Saturday, a day after the government imposed sanctions, the ministry summoned the envoy.",
            "imposed",
            ("2021-03-05", "day", "offset"),
        ),
        (
            "On Saturday, a day after the government imposed sanctions, the ministry summoned the envoy.",
            "summoned",
            ("2021-03-06", "day", "sentence"),
        ),
        # measured from the day the measured clause tells: the governor is two days later
        (
            "Two days after rebels attacked the town on Sunday, the army retook it.",
            "retook",
            ("2021-03-09", "day", "offset"),
        ),
        (
            "Two days after rebels attacked the town on Sunday, the army retook it.",
            "attacked",
            ("2021-03-07", "day", "sentence"),
        ),
    ],
)
def test_a_told_time_dates_the_other_side(nlp, gazetteer, sentence: str, trigger: str, expected) -> None:
    assert dated(nlp, gazetteer, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        # the governor's time is not told: both stay undated, as before
        ("Two years after rebels seized the city, the government retook it.", "seized"),
        ("The army retook the city two years after rebels seized it.", "seized"),
        # a past governor whose subject is not the lede's happening
        ("The vote came less than two days after the president vowed to set up a commission.", "vowed"),
        # hours are within the day: no distance of days to count
        ("Hours after rebels seized the city, the army retook it.", "seized"),
        # a habit in the present is no news of the day
        ("Elections are held four years after the previous vote.", "held"),
    ],
)
def test_no_told_time_no_date(nlp, gazetteer, sentence: str, trigger: str) -> None:
    assert dated(nlp, gazetteer, sentence, trigger)[0] is None


def test_an_approximate_count_widens_the_precision(nlp, gazetteer) -> None:
    exact = dated(
        nlp, gazetteer, "Three days after rebels seized the city on Sunday, the army retook it.", "retook"
    )
    about = dated(
        nlp,
        gazetteer,
        "About three days after rebels seized the city on Sunday, the army retook it.",
        "retook",
    )
    assert exact == ("2021-03-10", "day", "offset")
    assert about == ("2021-03", "month", "offset")


def test_shift_value_moves_at_the_unit_precision() -> None:
    assert shift_value("2021-03-10", "day", "day", -3) == ("2021-03-07", "day")
    assert shift_value("2021-03-10", "day", "month", -6) == ("2020-09", "month")
    assert shift_value("2021", "year", "month", -1) == (None, "unknown")
    assert shift_value("2021-03", "month", "year", 2) == ("2023", "year")
