"""Round-5 constructions found from development-half and CASE misses (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from event_helpers import top_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # marching "against" something is a protest, whoever marches
        ("Thousands of people marched in the capital of Kenya against corruption.", "PROTEST"),
        # taking weapons from someone is a seizure
        ("Police in Kenya seized guns and ammunition in a raid on two homes.", "COERCE"),
        # regaining territory
        ("The army of Iraq regained control of the town from the rebels.", "COERCE"),
        ("Security forces of Iraq freed several villages from the militants.", "ASSAULT"),
        # more support verbs of event nouns
        ("The United States unveiled fresh sanctions against the government of Iran.", "SANCTION"),
        ("The army of Russia completed its withdrawal from the northern town.", "RETREAT"),
        # fighting by protesters or a mob is a riot
        ("Stone-throwing protesters clashed with police in the capital of Chile.", "PROTEST"),
        ("A mob attacked the police station in the town.", "PROTEST"),
        # setting off explosives
        ("Militants detonated two bombs along the main highway of Iraq.", "ASSAULT"),
        ("Attackers set off suicide bombs outside a hotel in the capital of Kenya.", "ASSAULT"),
        # committing an atrocity: "commit" supports its event noun
        ("Soldiers of Myanmar committed widespread rape against women in the villages.", "ASSAULT"),
        # trading fire is fighting
        ("Soldiers of Kenya exchanged fire with the militants near the border.", "ASSAULT"),
        # missiles fired at a target; projectiles landing; coming under attack; a repelled attack
        ("Warships of the United States launched 59 missiles at an air base in Syria.", "ASSAULT"),
        ("Several mortar rounds landed near the army base in the capital of Kenya.", "ASSAULT"),
        ("The army base of Iraq came under missile attack on Sunday.", "ASSAULT"),
        ("The attack by the militants on the army positions was repelled.", "ASSAULT"),
        # who was responsible for an event did it
        ("The militia of Kenya was responsible for the killings in the northern villages.", "ASSAULT"),
        ("The army of Iraq is guilty of the attack on the refugee camp.", "ASSAULT"),
    ],
)
def test_round5_construction(code, text, expected):
    events, _ = code(text)
    assert top_type(events) == expected


def test_weapons_seizure_needs_weapons(code):
    seized, _ = code("Customs officers in Kenya recovered the stolen paintings.")
    assert top_type(seized) != "COERCE"


def test_freeing_people_is_not_a_military_liberation(code):
    events, _ = code("Egypt freed the journalists from prison on Sunday.")
    assert top_type(events) != "ASSAULT"


def test_own_possessive_is_no_actor_of_an_event_noun(code):
    events, _ = code("The army of Russia completed its withdrawal from the northern town.")
    assert {e.name for e in events[0].actor} == {"Russia"}


def test_clash_between_armed_parties_stays_an_assault(code):
    events, _ = code("Rebels clashed with the army of Iraq near the border.")
    assert top_type(events) == "ASSAULT"


def test_exchanging_views_stays_a_consultation(code):
    events, _ = code("The ministers of Chile and Peru exchanged views on the border dispute.")
    assert top_type(events) != "ASSAULT"


def test_explosives_event_has_its_mode(code):
    events, _ = code("Militants detonated two bombs along the main highway of Iraq.")
    assert events[0].mode == "explosives"


def test_missile_test_without_a_target_stays_mobilize(code):
    events, _ = code("North Korea launched two missiles on Tuesday in a weapons test.")
    assert top_type(events) == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "The plane of the president landed in the capital of Kenya.",
        "The minister came under fire from critics.",
    ],
)
def test_landing_planes_and_pressure_are_no_attack(code, text):
    events, _ = code(text)
    assert top_type(events) != "ASSAULT"


def test_target_that_came_under_attack_is_the_recipient(code):
    events, _ = code("The army base of Iraq came under missile attack on Sunday.")
    assert "Iraq" in {e.name for e in events[0].recipient}


def test_responsible_subject_is_the_actor(code):
    events, _ = code("The militia of Kenya was responsible for the killings in the northern villages.")
    assert {e.name for e in events[0].actor} == {"Kenya"}


def test_responsibility_for_a_non_event_is_no_event(code):
    events, _ = code("The president of Kenya was responsible for the economic crisis.")
    assert events == []
