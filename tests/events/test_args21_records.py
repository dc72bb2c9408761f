"""Round 21: whole records. An object pronoun of an event noun's preposition ("sanctions against him"), the
"for" phrase of a noun of support ("their support for X"), offices no list knew ("the watchdog", "the
nominee") and the subject of a clause the parser read as a prepositional phrase ("arrested after the mayor
was stabbed"). Sentences written for these tests; each rule with a twin where it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


# "levied sanctions against him": the pronoun's person is the recipient


def test_sanctions_against_him_name_the_person(code) -> None:
    text = "Kenya labelled Mr Otieno a terrorist and levied sanctions against him."
    assert names(first_of(code, text, "SANCTION").recipient) == ["Otieno"]


def test_twin_a_pronoun_with_no_antecedent_names_no_one(code) -> None:
    event = first_of(code, "The Kenyan government imposed sanctions on them.", "SANCTION")
    assert event.recipient == []


# "their support for X": the one supported


def test_support_for_a_candidate_names_the_candidate(code) -> None:
    event = first_of(code, "The Kenyan party announced its support for Mr Odinga on Monday.", "SUPPORT")
    assert names(event.recipient) == ["Odinga"]


def test_twin_support_for_a_measure_has_no_recipient(code) -> None:
    event = first_of(code, "The Kenyan party announced its support for the reform on Monday.", "SUPPORT")
    assert event.recipient == []


# "asking the watchdog to stop", "would not back the nominee": offices no list knew


def test_the_watchdog_asked_is_the_recipient(code) -> None:
    event = first_of(code, "The Liberal Democrats are asking the watchdog to stop the calls.", "REQUEST")
    assert names(event.recipient) == ["watchdog"]


# "arrested after X, mayor of Y, was stabbed": X was stabbed, not the man arrested


def test_the_mayor_stabbed_is_the_recipient_not_the_man_arrested(code) -> None:
    text = "A man was arrested after Jan Nowak, mayor of the Polish city of Gdansk, was stabbed last night."
    assert [e.mention for e in first_of(code, text, "ASSAULT").recipient] == ["Jan Nowak, mayor"]


def test_twin_a_coordinated_passive_shares_the_subject(code) -> None:
    text = "The opposition leaders left the office in Nairobi and were arrested."
    assert any("leaders" in (e.mention or "") for e in first_of(code, text, "COERCE").recipient)


# "were withdrawing female fighters": what a withdrawal takes back is the actor's own, no recipient


def test_fighters_withdrawn_are_no_recipient(code) -> None:
    event = first_of(
        code, "The Kenyan commanders were withdrawing female fighters for their safety.", "RETREAT"
    )
    assert event.recipient == []


def test_twin_the_place_withdrawn_from_stays_the_recipient(code) -> None:
    event = first_of(code, "Rebels withdrew from Mogadishu on Friday.", "RETREAT")
    assert names(event.recipient) == ["Mogadishu"]
