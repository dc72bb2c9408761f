"""Planned, scheduled, hoped-for, conditional, denied and negated actions are not events."""

from __future__ import annotations

import pytest

NOT_EVENTS = [
    ("scheduled", "The Chilean president is scheduled to meet the Peruvian leader next week."),
    ("future", "The two ministers will meet in Lima next month."),
    ("future negated", "Our country will not be an arena for the conflicts of others."),
    ("conditional", "If the rebels attack the city, the army will respond."),
    ("hoped", "The prime minister hopes to sign the trade agreement before the summer."),
    ("planned", "The king plans to visit Egypt in the spring."),
    ("denied", "Russia denied sending troops into eastern Ukraine."),
    ("negated", "The police did not arrest anyone after the march."),
    ("never", "The two leaders never met during the crisis."),
    ("expected", "Protesters are expected to rally outside parliament on Friday."),
    ("could", "Analysts said the army could attack the port within days."),
    ("planned noun", "The planned talks between the two rivals were described as fragile."),
    ("no talks", "No talks took place between the delegations."),
    ("neither nor", "Neither Chile nor Peru has ratified the border treaty."),
    ("forecast", "Everyone in the valley knew the city would be besieged again."),
    ("forecast, another subject", "Residents feared the army would shell the market."),
    ("neither nor in a clause", "It is odd that neither Chile nor Peru has ratified the border treaty."),
]


@pytest.mark.parametrize(("case", "text"), NOT_EVENTS, ids=[c for c, _ in NOT_EVENTS])
def test_unrealised_actions_are_not_coded(code, case, text):
    events, _ = code(text)
    assert events == [], f"{case}: {[e.event_type for e in events]}"


def test_a_speaker_announcing_the_army_will_act_is_a_threat(code):
    events, _ = code("The Peruvian minister said the army would shell the rebel camp.")
    assert [e.event_type for e in events] == ["THREATEN"]


def test_both_parties_ratifying_is_coded(code):
    events, _ = code("Both Chile and Peru have ratified the border treaty.")
    assert events


def test_the_same_action_in_the_past_is_coded(code):
    events, _ = code("The Chilean president met the Peruvian leader in Lima last week.")
    assert [e.event_type for e in events] == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Japan pledged to provide ten million dollars in aid to Kenya.",
        "Peru expressed readiness to cooperate with Chile on border security.",
        "The two governments agreed to hold talks next month.",
        "Canada said it would send medical teams to Kenya.",
    ],
)
def test_statements_of_intent_to_cooperate_are_agree(code, text):
    events, _ = code(text)
    assert [e.event_type for e in events] == ["AGREE"]


def test_announced_future_withdrawal_is_concede(code):
    events, _ = code("Kenya announced that it would withdraw its troops from the border.")
    assert [e.event_type for e in events] == ["CONCEDE"]


def test_vowing_to_attack_is_a_threat(code):
    events, _ = code("The militia vowed to attack government positions.")
    assert [e.event_type for e in events] == ["THREATEN"]


def test_intent_under_a_condition_is_a_threat(code):
    events, _ = code("Kenya announced that it will withdraw its peacekeepers unless the attacks stop.")
    assert [e.event_type for e in events] == ["THREATEN"]


def test_refusing_to_accept_is_reject(code):
    events, _ = code("Turkey says it will not accept any more refugees.")
    assert [e.event_type for e in events] == ["REJECT"]


def test_request_takes_the_requested_action_as_mode(code):
    events, _ = code("The United Nations urged both sides to release all prisoners.")
    assert [(e.event_type, e.mode) for e in events] == [("REQUEST", "yield")]


def test_threat_takes_the_threatened_action_as_mode(code):
    events, _ = code("Iran threatened to attack any ship that enters its waters.")
    assert [(e.event_type, e.mode) for e in events] == [("THREATEN", "violence")]


def test_must_under_a_speech_verb_is_a_request(code):
    events, _ = code("The minister said that Peru must release the detained fishermen.")
    assert [e.event_type for e in events] == ["REQUEST"]
    assert {e.mention for e in events[0].recipient} == {"Peru"}


def test_history_is_coded_but_flagged(code):
    events, _ = code("In 1990, Iraq invaded Kuwait.", published="2021-06-30")
    assert events and "historical" in events[0].context
    recent, _ = code("In 2021, Iraq invaded Kuwait.", published="2021-06-30")
    assert recent and "historical" not in recent[0].context
    assert events[0].confidence < recent[0].confidence
