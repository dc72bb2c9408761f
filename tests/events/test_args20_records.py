"""Round 20: whole records. Junk parties (a salvo, a disaster, "each other"), the instigator of an act
("at the behest of X") and an enemy named by relation to the actor ("accusing his rival"). Sentences
written for these tests; each rule with a twin where it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of

from eventwire.events.party_kinds import party_kind


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


# a salvo or a barrage of weapons is no target; the place fired at is


def test_a_salvo_of_rockets_is_no_recipient(code) -> None:
    event = first_of(code, "On Monday, Kenya said rebels fired a salvo of rockets at Nairobi.", "ASSAULT")
    assert names(event.recipient) == ["Nairobi"]


def test_the_place_a_salvo_was_fired_at_is_the_recipient(code) -> None:
    text = (
        "On Wednesday, Kenya said Shabaab rebels fired a salvo of ballistic missiles at Nairobi that were "
        "intercepted over the capital city."
    )
    assert names(first_of(code, text, "ASSAULT").recipient) == ["Nairobi"]


def test_twin_a_convoy_of_soldiers_fired_at_stays_the_recipient(code) -> None:
    event = first_of(code, "Rebels ambushed a convoy of Kenyan soldiers near the border.", "ASSAULT")
    assert event.recipient and all("convoy" in (e.mention or e.name) or e.country for e in event.recipient)


# "each other" names no party of its own: the actors stand on both sides


def test_each_other_is_no_recipient(code) -> None:
    text = "Kamau and Odinga have been at odds since the election and have often accused each other of fraud."
    event = first_of(code, text, "ACCUSE")
    assert all("other" not in e.name for e in event.recipient)
    assert {"Kamau", "Odinga"} <= {e.mention for e in event.actor}


def test_twin_the_other_party_is_still_a_recipient(code) -> None:
    event = first_of(code, "Kamau accused the other candidates of fraud.", "ACCUSE")
    assert any("candidates" in e.name for e in event.recipient)


# "at the behest of X": X asked for the act, it is no recipient of it


def test_the_instigator_is_no_recipient(code) -> None:
    text = "The king dissolved parliament at the behest of John Kamau, the prime minister, on Monday."
    event = first_of(code, text, "COERCE")
    assert all("Kamau" not in e.name for e in event.recipient)
    assert any("parliament" in (e.mention or e.name).lower() for e in event.recipient)


def test_twin_a_meeting_at_the_invitation_of_the_host_keeps_the_host(code) -> None:
    text = "The Kenyan president met John Kamau at the invitation of Mr Kamau in Nairobi."
    event = first_of(code, text, "CONSULT")
    assert any("Kamau" in e.name for e in event.actor + event.recipient)


def test_twin_an_order_rejected_keeps_whoever_gave_it(code) -> None:
    event = first_of(code, "The rebels rejected the order of the court.", "REJECT")
    assert any("court" in e.name for e in event.recipient)


# an enemy named by relation to the actor is the recipient, not the actor's own possessive


def test_his_rival_is_the_recipient_not_the_actor_himself(code) -> None:
    text = "John Kamau has warned of a war, accusing his old rival of trying to build a base in Sudan."
    event = first_of(code, text, "ACCUSE")
    assert names(event.recipient) == ["his old rival"]
    assert not {e.name for e in event.actor} & {e.name for e in event.recipient}


def test_twin_his_own_decision_is_no_recipient(code) -> None:
    event = first_of(code, "John Kamau defended the budget and criticised his own decision.", "ACCUSE")
    assert all("decision" not in e.name for e in event.recipient)


# a disaster acts on no one as a party (the kind of a party phrase's head, ``party_kinds.yaml``)


def head_named(doc, word: str):
    return next(t for t in doc if t.text == word)


def test_a_disaster_names_no_party(nlp, coder) -> None:
    doc = nlp("The minister praised the rescuers for their response to the flood disaster.")
    assert party_kind(head_named(doc, "disaster"), [], coder.lexicon) == "abstract"


def test_twin_rescuers_at_a_disaster_are_a_party(nlp, coder) -> None:
    doc = nlp("The minister praised the rescuers for their response to the flood disaster.")
    assert party_kind(head_named(doc, "rescuers"), [], coder.lexicon) is None
