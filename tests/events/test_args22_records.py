"""Round 22: whole records. A nationality word standing alone as a party is its country ("objected to the
Turkish invasion"). Sentences written for these tests; each rule with a twin where it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def parties(entities) -> list[tuple[str, str | None]]:
    return [(e.name, e.country) for e in entities]


# "objected to the Turkish invasion": the recipient "Turkish" is Turkey, and the senator no Turk


def test_a_nationality_word_as_recipient_is_its_country(code) -> None:
    event = first_of(code, "The senator objected to the Turkish invasion.", "ACCUSE")
    assert parties(event.recipient) == [("Turkish", "TUR")]
    assert [e.country for e in event.actor] == [None]


def test_twin_a_word_shared_by_no_country_stays_uncoded(code) -> None:
    event = first_of(code, "The senator objected to the Kurdish offensive.", "ACCUSE")
    assert [e.country for e in event.recipient] == [None]


# "discussed the current state of relations": the topic of a meeting is no participant


def test_the_state_of_relations_is_no_participant(code) -> None:
    event = first_of(code, "The two leaders discussed the current state of relations.", "CONSULT")
    assert [e.name for e in event.actor] == ["leaders"]


def test_twin_the_state_named_as_a_country_stays_a_party(code) -> None:
    event = first_of(code, "The two leaders discussed the state of Israel.", "CONSULT")
    assert "ISR" in {e.country for e in event.actor + event.recipient}


# "reopened its embassy in Mogadishu": the host state is the recipient


def test_the_host_of_a_reopened_embassy_is_the_recipient(code) -> None:
    event = first_of(code, "Last week, Kenya reopened its embassy in Mogadishu.", "SUPPORT")
    assert [e.country for e in event.recipient] == ["SOM"]


def test_twin_an_embassy_with_no_place_names_no_recipient(code) -> None:
    event = first_of(code, "Last week, Kenya reopened its embassy.", "SUPPORT")
    assert event.recipient == []


# "the wives of soldiers", "supporters of the president": a relation's "of" phrase is no party itself


def test_the_wives_of_soldiers_are_the_recipient_not_the_soldiers(code) -> None:
    event = first_of(code, "Rebels attacked the wives of soldiers.", "ASSAULT")
    assert [e.name for e in event.recipient] == ["wives of soldiers"]


def test_supporters_of_the_president_are_not_the_president(code) -> None:
    event = first_of(code, "Supporters of the president attacked journalists.", "ASSAULT")
    assert [e.name for e in event.actor] == ["Supporters of the president"]


def test_twin_a_unit_of_soldiers_stands_for_the_soldiers(code) -> None:
    event = first_of(code, "Rebels attacked a unit of Kenyan soldiers.", "ASSAULT")
    assert [e.country for e in event.recipient] == ["KEN"]


def test_supporters_take_the_country_of_the_one_they_support(code) -> None:
    text = "About 200 supporters of former Kenyan president Daniel Mwangi blocked roads in Nairobi."
    event = first_of(code, text, "PROTEST")
    assert [(e.kb_id, e.country) for e in event.actor] == [(None, "KEN")]


def test_twin_allies_take_no_country_of_their_ally(code) -> None:
    event = first_of(code, "Allies of the Kenyan president attacked the town.", "ASSAULT")
    assert [e.country for e in event.actor] == [None]


# "demanding that lawmakers leave the measure alone": a plural subject's bare verb is tagged as a present


def test_a_demand_that_plural_lawmakers_act_names_them(code) -> None:
    event = first_of(code, "The union is demanding that lawmakers leave the measure alone.", "REQUEST")
    assert [e.name for e in event.recipient] == ["lawmakers"]


def test_twin_a_demand_that_something_be_done_names_no_one(code) -> None:
    event = first_of(code, "The union is demanding that the measures be left alone.", "REQUEST")
    assert event.recipient == []


# "allowing Turkish jets into its airspace": the owner of the forces let in is the recipient


def test_the_owner_of_jets_let_in_is_the_recipient(code) -> None:
    text = "Moscow had refused, allowing Turkish jets into the airspace it controls to carry out attacks."
    event = first_of(code, text, "COOPERATE")
    assert [e.country for e in event.recipient] == ["TUR"]


def test_twin_jets_of_no_named_owner_name_no_recipient(code) -> None:
    event = first_of(code, "Moscow allowed the jets into its airspace.", "COOPERATE")
    assert event.recipient == []


def test_the_refusal_beside_the_permission_takes_no_recipient_from_it(code) -> None:
    text = "Moscow had refused, allowing Turkish jets into the airspace it controls to carry out attacks."
    event = first_of(code, text, "REJECT")
    assert event.recipient == []


def test_twin_a_refusal_to_act_keeps_the_recipient_of_the_act(code) -> None:
    event = first_of(code, "Kenya refused to lift the ban on Somali traders.", "REJECT")
    assert [e.country for e in event.recipient] == ["SOM"]


# "a chemical attack by X killed dozens of people": the attack's victims and the killing's actor


def test_an_attack_that_killed_people_has_them_as_recipients(code) -> None:
    text = "A chemical attack by the Kenyan army killed dozens of villagers in Lamu."
    events, _ = code(text)
    attack = [e for e in events if e.event_type == "ASSAULT" and e.actor]
    assert attack and all(e.recipient for e in attack)
    assert all([x.country for x in e.actor] == ["KEN"] for e in events if e.event_type == "ASSAULT")


def test_twin_an_attack_of_no_named_agent_leaves_the_killing_without_actor(code) -> None:
    event = first_of(code, "An attack killed 20 civilians.", "ASSAULT")
    assert event.actor == []


# "had been killed after government forces shelled the town": the shelling's subject killed


def test_a_killing_after_shelling_has_the_shelling_forces_as_actor(code) -> None:
    text = "At least 15 civilians had been killed after Kenyan forces shelled the town."
    event = first_of(code, text, "ASSAULT")
    assert [e.country for e in event.actor] == ["KEN"]


def test_twin_a_killing_after_police_arrived_has_no_actor(code) -> None:
    event = first_of(code, "Two men were killed after police arrived at the scene.", "ASSAULT")
    assert event.actor == []
