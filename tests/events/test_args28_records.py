"""Round 28: whole records. A request's "from" phrase on a verb of asking, or on the thing asked for, names
whom the request is made of; a word asked for ("assurances", "guarantees") is no party. Sentences written for
these tests; each rule with a twin where it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


def test_answers_demanded_from_a_party_name_it_as_recipient(code) -> None:
    event = first_of(code, "The minister demanded answers from the ambassador.", "REQUEST")
    assert names(event.recipient) == ["ambassador"]


def test_guarantees_demanded_from_the_government_name_the_government(code) -> None:
    event = first_of(code, "The spokesman demanded guarantees from the government.", "REQUEST")
    assert names(event.recipient) == ["government"]


def test_twin_the_from_phrase_of_a_demanded_act_is_no_recipient(code) -> None:
    text = "The opposition demanded the withdrawal of the troops from the province."
    assert "province" not in names(first_of(code, text, "REQUEST").recipient)


def test_assurances_demanded_are_no_party(code) -> None:
    text = "The spokesman also demanded assurances that the evidence was not gained under torture."
    assert first_of(code, text, "REQUEST").recipient == []


def test_twin_people_demanded_stay_the_recipient(code) -> None:
    event = first_of(code, "The spokesman demanded the release of the hostages.", "REQUEST")
    assert "hostages" in names(event.recipient)


# "told X it must …": the subject pronoun of an obligation told to a party is that party


def test_a_party_told_it_must_act_is_the_requests_recipient(code) -> None:
    event = first_of(code, "The president told the EU it must take back its fighters.", "REQUEST")
    assert [e.kb_id for e in event.recipient] == ["org:eu"]


def test_twin_a_party_told_of_the_tellers_plan_is_not_its_actor(code) -> None:
    event = first_of(code, "The ministry told the newspaper it would send aid to the region.", "AGREE")
    assert names(event.actor) == ["ministry"] and "newspaper" not in names(event.recipient)
