"""Dates in lower-cased text (a corpus that folded case; texts written for these tests)."""

from __future__ import annotations

from eventwire.timeline import find_dates
from eventwire.timeline.casing import is_lower_cased


def found(text: str, published: str = "2011-05-20") -> list[tuple[str, str | None]]:
    return [(x.expression, x.value) for x in find_dates(text, published)]


def test_weekday_and_month_names_are_found_in_lower_cased_text() -> None:
    text = "the guards fired at the crowd on tuesday evening and detained nine men on may 3 near the bridge."
    assert found(text) == [("tuesday evening", "2011-05-17"), ("may 3", "2011-05-03")]


def test_month_names_that_are_words_need_a_day_number() -> None:
    text = "the farmers may march to the district office; they met the collector on 12 march and again today."
    values = found(text)
    assert ("12 march", "2011-03-12") in values
    assert all(expression not in ("may", "march") for expression, _ in values)


def test_spans_and_expressions_are_those_of_the_text() -> None:
    text = "the talks resumed on friday after a week of protests in the town square."
    (x,) = find_dates(text, "2011-05-20")
    assert text[x.span[0] : x.span[1]] == x.expression == "friday"


def test_cased_text_keeps_the_capital_rule() -> None:
    assert found("Officials said they may march on the capital.") == []
    assert not is_lower_cased("The Minister met the envoy on Friday in Oslo, officials said.")
    body = "the police arrested four men in the market. " * 20
    assert is_lower_cased("This story is from March 10, 2002\n\n" + body)
