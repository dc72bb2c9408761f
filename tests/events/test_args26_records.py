"""Round 26: whole records. A bare count of victims ("killed twelve") is weighed as the victims while the
event is coded and listed as no party (the guide's round-26 convention); attackers of unknown allegiance keep
the country they act in but never the state's name. Sentences written for these tests; each rule with a twin
where it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


# "the attack killed twelve and injured twelve more": a killing with unnamed victims, no party listed


def test_a_bare_count_of_victims_is_listed_as_no_party(code) -> None:
    text = "The governor said the blast had killed nine and injured nine more."
    event = first_of(code, text, "ASSAULT")
    assert event.recipient == []


def test_a_count_with_a_qualifier_is_listed_as_no_party(code) -> None:
    event = first_of(code, "At least 40 were killed in the shelling of the market.", "ASSAULT")
    assert event.recipient == []


def test_a_count_in_words_is_listed_as_no_party(code) -> None:
    text = "Tens of thousands have been killed in the fighting since the war began."
    event = first_of(code, text, "ASSAULT")
    assert event.recipient == []


def test_a_bare_count_still_weighs_as_victims(code) -> None:
    """The count keeps the killing above the confidence floor, as round 16 meant it to."""
    event = first_of(code, "Gunmen killed fourteen in the village.", "ASSAULT")
    assert event.confidence >= 0.6


def test_twin_people_counted_stay_the_recipient(code) -> None:
    event = first_of(code, "Police arrested 40 protesters outside the parliament.", "COERCE")
    assert names(event.recipient) == ["protesters"]


def test_twin_a_count_beside_a_named_party_leaves_the_party(code) -> None:
    text = "Snipers killed three Kurdish fighters and wounded seven more."
    event = first_of(code, text, "ASSAULT")
    assert event.recipient and all("seven" not in e.name for e in event.recipient)
    assert any("fighters" in e.mention for e in event.recipient)
