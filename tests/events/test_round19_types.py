"""Round 19: type precision on real news, sixth pass — the manual's type for leaving a treaty, levying
sanctions, endorsing and exit bans; senses that need an object of the right kind (recognition of a party,
deploying forces, approving an attack, taking action); subjects that name no party (forces of nature,
"everyone"); defending one's own decision; recall: a beating with a weapon, a party's deeds defended.
Sentences written for these tests; each probe has a twin that must keep its event."""

from __future__ import annotations

import pytest
from event_helpers import types

from eventwire.events.constructions import exit_ban
from eventwire.events.patterns import TriggerPattern
from eventwire.events.triggers import Trigger
from eventwire.records import Entity, Event, Report


def test_withdrawing_from_a_treaty_is_a_sanction(code) -> None:
    events, _ = code("The United States withdrew from the nuclear treaty with Iran last year.")
    assert "SANCTION" in types(events) and "RETREAT" not in types(events)


def test_withdrawing_troops_stays_a_retreat(code) -> None:
    events, _ = code("The United States withdrew its troops from the province last year.")
    assert "RETREAT" in types(events)


def test_levied_sanctions_are_a_sanction(code) -> None:
    events, _ = code("Washington levied sanctions against the general on Monday.")
    assert "SANCTION" in types(events) and "COERCE" not in types(events)


def test_announcing_support_is_an_endorsement(code) -> None:
    events, _ = code("Two senators announced their support for the governor on Monday.")
    assert "SUPPORT" in types(events) and "AGREE" not in types(events)


def test_approving_an_attack_is_no_support(code) -> None:
    events, _ = code("The president has approved the air strike on the militant camp.")
    assert "SUPPORT" not in types(events) and "ASSAULT" in types(events)


def test_approving_an_agreement_stays_support(code) -> None:
    events, _ = code("The parliament approved the peace agreement with the rebels.")
    assert "SUPPORT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The invasion is now recognised as a mistake even by its architects.",
        "The council recognised the importance of the new scheme.",
    ],
)
def test_recognising_a_fact_is_no_support(code, text: str) -> None:
    events, _ = code(text)
    assert "SUPPORT" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "France recognised the new government in Libya.",
        "Germany recognised Kosovo in 2008.",
        "Russia recognised the independence of the two regions.",
    ],
)
def test_recognising_a_party_or_its_status_stays_support(code, text: str) -> None:
    events, _ = code(text)
    assert "SUPPORT" in types(events), text


def test_deploying_preparations_is_no_mobilisation(code) -> None:
    events, _ = code("The hospital has deployed all the necessary preparations.")
    assert "MOBILIZE" not in types(events)


def test_deploying_battalions_stays_a_mobilisation(code) -> None:
    events, _ = code("The army deployed two battalions to the border.")
    assert "MOBILIZE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The military has taken decisive defensive action to protect its personnel.",
        "Iran said the military had taken action against the smugglers.",
    ],
)
def test_taking_action_is_too_vague_to_code(code, text: str) -> None:
    events, _ = code(text)
    assert "COERCE" not in types(events), text


def test_taking_military_action_is_an_assault(code) -> None:
    events, _ = code("Turkey took military action against the militants on Sunday.")
    assert "ASSAULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The blast wave shot past the walls of the old city.",
        "Huge waves hit the coastal town overnight.",
        "Not everyone agrees with the new rules.",
        "Nobody supports the plan.",
    ],
)
def test_a_force_of_nature_or_everyone_is_no_party(code, text: str) -> None:
    events, _ = code(text)
    assert not events, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Police shot two protesters in the capital.", "ASSAULT"),
        ("Two rebel factions agreed on a ceasefire.", "AGREE"),
    ],
)
def test_a_party_acting_keeps_its_event(code, text: str, event_type: str) -> None:
    events, _ = code(text)
    assert event_type in types(events), text


def test_defending_ones_own_decision_is_no_support(code) -> None:
    events, _ = code("The minister defended his decision to close the border.")
    assert "SUPPORT" not in types(events)


def test_defending_another_partys_decision_stays_support(code) -> None:
    events, _ = code("The minister defended the government's decision to close the border.")
    assert "SUPPORT" in types(events)


def ban(actor_country: str, recipient_country: str | None) -> tuple[Event, Trigger]:
    """A REJECT from the entry-ban pattern between parties of the given countries."""
    pattern = TriggerPattern(lemma="impose", pos="verb", event_type="REJECT", context=("migration",))
    report = Report(article_id="a", source_path="a", sentence="s", span=(0, 1), trigger_span=(0, 1))
    event = Event(
        event_id="e",
        event_type="REJECT",
        actor=[Entity(name="the regime", mention="the regime", country=actor_country)],
        recipient=[Entity(name="its workers", mention="its workers", country=recipient_country)],
        reports=[report],
    )
    return event, Trigger(token=None, pattern=pattern)  # type: ignore[arg-type]


def test_a_travel_ban_on_ones_own_nationals_is_an_exit_ban(coder) -> None:
    event, trigger = ban("PRK", "PRK")
    assert exit_ban(event, trigger, coder.lexicon)


def test_a_travel_ban_on_foreigners_stays_a_ban_on_entry(coder) -> None:
    event, trigger = ban("USA", "IRN")
    assert not exit_ban(event, trigger, coder.lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "A police officer hits a female demonstrator with his baton during a demonstration in Nairobi.",
        "The villager was struck with an iron rod by two men.",
    ],
)
def test_hitting_a_person_with_a_weapon_is_a_beating(code, text: str) -> None:
    events, _ = code(text)
    assert "ASSAULT" in types(events), text


def test_hitting_a_ball_with_a_bat_is_no_beating(code) -> None:
    events, _ = code("The batsman hit the ball with his bat.")
    assert "ASSAULT" not in types(events)


def test_a_partys_deeds_defended_are_supported(code) -> None:
    events, _ = code("Vladimir Putin on Thursday defended Russia's involvement in the energy sector.")
    assert "SUPPORT" in types(events)


def test_the_governor_agreeing_with_a_view_is_no_agreement(code) -> None:
    events, _ = code("The governor agreed, saying only this group could have carried out the bombing.")
    assert "AGREE" not in types(events)


def test_agreeing_to_a_request_stays_cooperative(code) -> None:
    events, _ = code("The regional governor agreed to the request, saying it was fair.")
    assert types(events) & {"AGREE", "CONCEDE"}


def test_quitting_ones_studies_is_no_resignation(code) -> None:
    events, _ = code("His passion for painting soon led him to quit his studies.")
    assert "RETREAT" not in types(events)


def test_quitting_the_cabinet_stays_a_resignation(code) -> None:
    events, _ = code("The minister quit the cabinet on Monday.")
    assert "RETREAT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "A toppled semi trailer blocked one entrance to the base.",
        "The push for renewables is supported by a host of policies and regulations.",
        "He argued individual registration would also increase security for postal ballots.",
    ],
)
def test_a_thing_is_no_party_acting(code, text: str) -> None:
    events, _ = code(text)
    assert not events, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Protesters blocked one entrance to the base.", "PROTEST"),
        ("The World Food Programme provided food to the refugees.", "AID"),
    ],
)
def test_a_party_or_a_named_programme_keeps_its_event(code, text: str, event_type: str) -> None:
    events, _ = code(text)
    assert event_type in types(events), text


def test_a_group_increasing_its_activities_is_no_mobilisation(code) -> None:
    events, _ = code("Since then, anti-immigration groups have increased their numbers and activities.")
    assert "MOBILIZE" not in types(events)


def test_increasing_military_activity_stays_a_mobilisation(code) -> None:
    events, _ = code("Russia has increased its military activity near the border.")
    assert "MOBILIZE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "A man was set ablaze by an angry mob in the village on Wednesday.",
        "Two groups pelted stones on each other and torched vehicles parked nearby.",
        "Villagers pelted the police with stones on Monday.",
    ],
)
def test_setting_ablaze_and_pelting_with_stones_are_violence(code, text: str) -> None:
    events, _ = code(text)
    assert "ASSAULT" in types(events), text


def test_protesters_pelting_the_police_stay_a_riot(code) -> None:
    events, _ = code("Protesters pelted the police with stones on Monday.")
    assert "PROTEST" in types(events)
