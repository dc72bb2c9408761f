"""Round 7: recipients found from the training sentences' recurring argument errors (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def mentions(entities) -> str:
    return " ".join(e.mention for e in entities)


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        (
            "The rebel militia threatened to shell the northern garrison of the Kenyan army.",
            "THREATEN",
            "Kenyan",
        ),
        ("The junta refused to lift the ban on Chilean newspapers.", "REJECT", "Chilean"),
        ("Norway agreed to lift its embargo on imports of Peruvian fish.", "AGREE", "Peruvian"),
    ],
)
def test_a_governing_event_takes_the_recipient_of_its_action(code, text, event_type, target) -> None:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found and target in mentions(found[0].recipient)


def test_a_governed_action_with_its_own_subject_gives_no_recipient(code) -> None:
    events, _ = code("Peru demanded that Chile release the fishermen.")
    request = of_type(events, "REQUEST")
    assert request and "Chile" in mentions(request[0].recipient)
    assert "fishermen" not in mentions(request[0].recipient)


def test_the_agent_of_a_rejected_demand_is_the_recipient(code) -> None:
    events, _ = code("The ministry turned down a demand by the opposition party for early elections.")
    reject = of_type(events, "REJECT")
    assert reject and "opposition party" in mentions(reject[0].recipient)


def test_the_agent_of_a_welcomed_visit_is_the_recipient(code) -> None:
    events, _ = code("Kenya welcomed the visit by the Egyptian foreign minister.")
    support = of_type(events, "SUPPORT")
    assert support and "Egyptian" in mentions(support[0].recipient)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The air force pounded militant positions with artillery.", "positions"),
        ("Egyptian jets launched air strikes against rebel positions in the north.", "rebel positions"),
        ("The army carried out several raids against insurgent hideouts near the border.", "hideouts"),
    ],
)
def test_targeted_places_are_recipients_of_violence(code, text, target) -> None:
    events, _ = code(text)
    assault = of_type(events, "ASSAULT")
    assert assault and target in mentions(assault[0].recipient)


def test_a_prepositional_partner_is_no_own_asset(code) -> None:
    events, _ = code("French officials shared intelligence with their German counterparts.")
    cooperate = of_type(events, "COOPERATE")
    assert cooperate and "German" in mentions(cooperate[0].recipient)


def test_own_troops_are_still_no_recipient(code) -> None:
    events, _ = code("Russia withdrew its troops from the border region.")
    assert all("troops" not in mentions(e.recipient) for e in events)


@pytest.mark.parametrize(
    ("text", "event_type", "place"),
    [
        ("The government imposed a curfew in parts of the northern city of Mombasa.", "COERCE", "Mombasa"),
        ("President Ruto lifted the state of emergency in three provinces of Kenya.", "CONCEDE", "Kenya"),
        ("Thousands of Somali refugees have sought refuge in Kenya since the drought.", "REQUEST", "Kenya"),
    ],
)
def test_a_measure_bound_to_a_place_has_the_place_as_recipient(code, text, event_type, place) -> None:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found and place in mentions(found[0].recipient)


def test_a_plain_place_phrase_is_no_recipient(code) -> None:
    events, _ = code("The government imposed new taxes in Nairobi on Monday.")
    assert all("Nairobi" not in mentions(e.recipient) for e in events)


def test_the_participle_of_a_lifted_measure_names_its_recipient(code) -> None:
    events, _ = code("The council lifted sanctions imposed on Peru in 2010.")
    concede = of_type(events, "CONCEDE")
    assert concede and "Peru" in mentions(concede[0].recipient)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Kenyan government rejected the Ugandan and Tanzanian demands.", "Tanzanian"),
        ("Peru rejected calls from the opposition for early elections.", "opposition"),
        ("The cabinet rejected the call of the European Parliament.", "European Parliament"),
    ],
)
def test_whose_demand_was_rejected_is_the_recipient(code, text, target) -> None:
    events, _ = code(text)
    reject = of_type(events, "REJECT")
    assert reject and target in mentions(reject[0].recipient)


def test_the_of_phrase_of_a_material_act_names_no_owner(code) -> None:
    events, _ = code("Chile welcomed the withdrawal of the peacekeepers.")
    support = of_type(events, "SUPPORT")
    assert support and "peacekeepers" not in mentions(support[0].recipient)


def test_the_target_of_a_bombardment_is_its_of_phrase(code) -> None:
    events, _ = code("The army intensified its bombardment of the rebel-held neighbourhood.")
    assault = of_type(events, "ASSAULT")
    assert assault and "neighbourhood" in mentions(assault[0].recipient)


def test_an_agreed_ceasefire_names_its_place(code) -> None:
    events, _ = code("The warring parties agreed to a ceasefire in the Kivu region.")
    agree = of_type(events, "AGREE")
    assert agree and "Kivu" in mentions(agree[0].recipient)
