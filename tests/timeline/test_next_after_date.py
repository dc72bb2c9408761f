"""'next' right after a date: the coming one (sentences written for these tests)."""

from __future__ import annotations

from eventwire.timeline import find_dates


def values(text: str, published: str = "2009-06-10") -> list[tuple[str, str | None, str]]:
    return [(x.expression, x.value, x.tense) for x in find_dates(text, published)]


def test_a_date_followed_by_next_is_the_coming_one_even_after_a_past_verb() -> None:
    extended = values("The ban on rallies has been extended till June 2 next.")
    assert extended == [("June 2", "2010-06-02", "future")]
    assert values("The board adjourned the hearing to Monday next.") == [("Monday", "2009-06-15", "future")]


def test_without_next_a_past_verb_keeps_the_date_in_the_past() -> None:
    assert values("The ban on rallies was extended on June 2.") == [("June 2", "2009-06-02", "past")]
