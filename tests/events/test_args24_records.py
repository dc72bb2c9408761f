"""Round 24: whole records. A verb of blaming names whom it blames in its "on" phrase, "the injured" are
people, "any other country" is no one in particular, a purpose of development serves the place it names, and a
"while" clause on a passive is what the undergoer was doing. Sentences written for these tests; each rule with
a twin where it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of, of_type


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


# "blamed the shortages on the government's reforms": the government is blamed, the shortages are no party


def test_blame_on_a_party_makes_it_the_recipient(code) -> None:
    event = first_of(code, "The opposition blamed the violence on the rebels.", "ACCUSE")
    assert names(event.recipient) == ["rebels"]


def test_blame_on_a_partys_deed_makes_its_owner_the_recipient(code) -> None:
    event = first_of(code, "Critics blame the food shortages on the government's land reforms.", "ACCUSE")
    assert names(event.recipient) == ["government"]


def test_twin_blame_on_a_thing_lists_no_recipient(code) -> None:
    event = first_of(code, "Critics blamed the shortages on the drought.", "ACCUSE")
    assert event.recipient == []


def test_twin_blame_for_keeps_the_object(code) -> None:
    event = first_of(code, "Critics blamed the government for the shortages.", "ACCUSE")
    assert names(event.recipient) == ["government"]


# "providing assistance to the affected": an adjective after "the" stands for people


def test_the_injured_are_the_recipients_of_aid(code) -> None:
    event = first_of(code, "The government provided assistance to the injured.", "AID")
    assert names(event.recipient) == ["injured"]


def test_twin_an_adjective_before_a_noun_is_the_nouns(code) -> None:
    event = first_of(code, "The government provided assistance to the injured men.", "AID")
    assert names(event.recipient) == ["injured men"]


# "call on any other country": no one in particular


def test_any_country_is_no_party(code) -> None:
    event = first_of(code, "The president threatened any country that recognises the region.", "THREATEN")
    assert event.recipient == []


def test_twin_other_countries_named_with_a_state_stay(code) -> None:
    event = first_of(code, "The minister called on Italy and other countries to join.", "REQUEST")
    assert "other countries" in names(event.recipient)


# "gave 352 million euros to promote investment in Ethiopia": the place the purpose serves


def test_a_development_purpose_names_the_recipient(code) -> None:
    event = first_of(code, "The bank gave 20 million dollars to promote investment in Kenya.", "AID")
    assert names(event.recipient) == ["Kenya"]


def test_twin_a_development_purpose_without_a_place_names_no_one(code) -> None:
    event = first_of(code, "The bank gave 20 million dollars to promote investment.", "AID")
    assert event.recipient == []


# "was killed by a roadside bomb while fighting against X": the fighting is the soldier's, X was not killed


def test_a_while_clause_on_a_passive_is_the_undergoers_act(code) -> None:
    events, _ = code("The soldier was killed by a roadside bomb while fighting against the rebels.")
    killing, fighting = of_type(events, "ASSAULT")
    assert names(killing.recipient) == ["soldier"]
    assert names(fighting.actor) == ["soldier"]
    assert names(fighting.recipient) == ["rebels"]


def test_twin_an_active_participle_clause_is_one_happening(code) -> None:
    events, _ = code("The rebels attacked the base, killing five soldiers.")
    (attack,) = of_type(events, "ASSAULT")
    assert names(attack.actor) == ["rebels"]
    assert "soldiers" in names(attack.recipient)


# "X, the brutal executioner killed by a drone": the description stands for the name it describes


def test_a_described_name_is_the_party(code) -> None:
    text = "The cell had included Ahmed Karimi, the brutal executioner killed by a US drone in 2015."
    event = first_of(code, text, "ASSAULT")
    assert names(event.recipient) == ["Ahmed Karimi"]


def test_twin_a_description_of_a_common_noun_stays(code) -> None:
    event = first_of(code, "The army killed the commander, a veteran of the war.", "ASSAULT")
    assert names(event.recipient) == ["commander"]


# "the wife of a surgeon from Raqqa who was kidnapped": "who" stands for a person, not the place of origin


def test_who_after_a_place_of_origin_is_the_person(code) -> None:
    text = "She is the wife of a surgeon from Raqqa who was kidnapped by armed men in 2013."
    event = first_of(code, text, "ASSAULT")
    assert names(event.recipient) == ["surgeon"]


def test_twin_which_after_a_place_is_the_place(code) -> None:
    event = first_of(code, "Rebels attacked Raqqa, which was held by the army.", "ASSAULT")
    assert names(event.recipient) == ["Raqqa"]


# "X said the comment was unacceptable and demanded an apology": the demand hung on the reported copula


def test_a_demand_coordinated_with_a_reported_copula_is_the_reporters(code) -> None:
    event = first_of(code, "The mayor said the remark was unacceptable and demanded an apology.", "REQUEST")
    assert names(event.actor) == ["mayor"]


def test_twin_a_people_subject_keeps_the_demand(code) -> None:
    event = first_of(
        code, "The mayor said the rebels were responsible and demanded their surrender.", "REQUEST"
    )
    assert names(event.actor) == ["rebels"]
