"""Round 10: a "they" split over the subject and the object of the clause before it, and people named
by their age (sentences written for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def test_they_after_a_coordinated_clause_names_both_its_parties(code) -> None:
    events, _ = code("The mayor hired a lawyer, Anna Berg, and they threatened to sue the newspaper.")
    threat = of_type(events, "THREATEN")
    assert threat and len(threat[0].actor) == 2
    assert all(e.mention == "they" for e in threat[0].actor)
    assert {e.name for e in threat[0].actor} >= {"Anna Berg"}


@pytest.mark.parametrize(
    "text",
    [
        # a plural party before the pronoun is the antecedent, not a split one
        "The rebels captured a soldier and they threatened to kill him.",
        # a clause with two objects is ambiguous
        "The mayor hired a lawyer and a driver and they threatened the newspaper.",
    ],
)
def test_a_split_antecedent_needs_two_single_parties_and_nothing_plural(code, text) -> None:
    events, _ = code(text)
    threat = of_type(events, "THREATEN")
    assert threat
    assert len(threat[0].actor) != 2 or "soldier" not in {e.name for e in threat[0].actor}
    assert "driver" not in " ".join(e.name for e in threat[0].actor)


@pytest.mark.parametrize(
    "text",
    ["Police said the 52-year-old had been arrested on Monday.", "Police arrested a 19-year-old on Sunday."],
)
def test_a_person_named_by_an_age_is_a_recipient(code, text) -> None:
    events, _ = code(text)
    arrest = of_type(events, "COERCE")
    assert arrest and any("year-old" in e.mention for e in arrest[0].recipient)


def test_an_age_modifying_a_noun_stays_part_of_it(code) -> None:
    events, _ = code("Police arrested a 19-year-old student on Sunday.")
    arrest = of_type(events, "COERCE")
    assert arrest and [e.mention for e in arrest[0].recipient] == ["19-year-old student"]
