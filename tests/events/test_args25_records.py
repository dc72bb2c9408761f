"""Round 25: whole records. An effort or an attempt rejected names its maker in its "by" phrase, a fight
"in the fight against X" is aimed at X, and the party of a deployment acts. Sentences written for these
tests; each rule with a twin where it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


# "spurned efforts by the UN to change the committee": the UN made the effort, whom the refusal addresses


def test_an_effort_rejected_names_its_maker_as_recipient(code) -> None:
    text = "Russia and Iran have spurned efforts by the UN to change the committee."
    event = first_of(code, text, "REJECT")
    assert names(event.recipient) == ["United Nations"]


def test_an_attempt_rejected_names_its_maker_as_recipient(code) -> None:
    event = first_of(code, "The minister rejected an attempt by the opposition to delay the vote.", "REJECT")
    assert names(event.recipient) == ["opposition"]


def test_twin_an_effort_by_no_one_lists_no_recipient(code) -> None:
    event = first_of(code, "Russia and Iran have spurned efforts to change the committee.", "REJECT")
    assert event.recipient == []


# "fought with US forces in the fight against X": X is the side fought, the partner an actor


def test_a_fight_in_the_war_against_a_party_is_aimed_at_it(code) -> None:
    event = first_of(code, "The militia fought in the war against the rebels for two years.", "ASSAULT")
    assert names(event.recipient) == ["rebels"]


def test_a_partner_in_the_fight_against_a_group_stays_an_actor(code) -> None:
    text = "Kurdish militants who fought with US forces in the fight against Islamic State joined the army."
    event = first_of(code, text, "ASSAULT")
    assert names(event.recipient) == ["Islamic State"]
    assert "United States" in names(event.actor)


def test_twin_a_fight_named_for_no_side_lists_no_recipient(code) -> None:
    event = first_of(code, "The militia fought in the fight for two years.", "ASSAULT")
    assert event.recipient == []


def test_twin_a_side_fought_directly_is_kept(code) -> None:
    event = first_of(code, "Police fought the protesters in the battle against the rebels.", "ASSAULT")
    assert names(event.recipient) == ["protesters"]


# "the first deployment of NATO peacekeeping troops have arrived": the troops act, not the deployment


def test_the_party_of_a_deployment_acts(code) -> None:
    text = "The first deployment of NATO peacekeeping troops attacked the rebels."
    event = first_of(code, text, "ASSAULT")
    assert names(event.actor) == ["North Atlantic Treaty Organization"]


def test_the_unnamed_troops_of_a_deployment_act(code) -> None:
    event = first_of(code, "The first deployment of troops attacked the rebels.", "ASSAULT")
    assert names(event.actor) == ["troops"]


def test_twin_a_happening_as_subject_names_no_actor(code) -> None:
    event = first_of(code, "The fighting killed hundreds of civilians.", "ASSAULT")
    assert event.actor == []


# "forcing the fighters to fall back from village after village to X": the place a retreat goes is no party


def test_the_place_a_retreat_goes_to_is_no_recipient(code) -> None:
    text = "The army forced the rebels to fall back from village after village to Tikrit."
    event = first_of(code, text, "RETREAT")
    assert event.recipient == []


def test_twin_a_party_handed_over_to_stays_the_recipient(code) -> None:
    event = first_of(code, "The army handed the town over to the rebels.", "RETREAT")
    assert names(event.recipient) == ["rebels"]


def test_twin_the_place_a_retreat_leaves_stays(code) -> None:
    event = first_of(code, "The rebels withdrew from Tikrit on Monday.", "RETREAT")
    assert names(event.recipient) == ["Tikrit"]


# "are fighting to clear X near the town": the purpose names the side fought ("launched an offensive to oust")


def test_a_fight_to_oust_a_party_is_aimed_at_it(code) -> None:
    event = first_of(code, "The tribes fought to oust the rebels from the town.", "ASSAULT")
    assert names(event.recipient) == ["rebels"]


def test_twin_a_fight_to_help_names_no_side_fought(code) -> None:
    event = first_of(code, "The tribes fought to help the refugees in the town.", "ASSAULT")
    assert event.recipient == []
