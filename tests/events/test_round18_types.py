"""Round 18: type precision on real news, fifth pass — what a sense's frame needs (an object of the right
kind, a party addressed), entry bans as the manual's REJECT, and calls for a policy addressed to no one as
domestic policy. Sentences written for these tests; each probe has a twin that must keep its event."""

from __future__ import annotations

import pytest
from event_helpers import types

from eventwire.events.constructions import own_state_obligation
from eventwire.events.modality import DEMAND, Frame
from eventwire.records import Entity, Event


@pytest.mark.parametrize(
    "text",
    [
        "The village is hosting the displaced families from the border area.",
        "Jordan has sheltered thousands of homeless families since the war began.",
    ],
)
def test_hosting_displaced_families_is_aid_not_a_visit(code, text: str) -> None:
    events, _ = code(text)
    assert "AID" in types(events) and "CONSULT" not in types(events), text


def test_hosting_a_delegation_stays_a_visit(code) -> None:
    events, _ = code("Kenya hosted the delegation from Norway on Tuesday.")
    assert "CONSULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The president signed an order banning nationals from seven countries from entering the country.",
        "Israel barred the two activists from entering its territory.",
        "Washington imposed a travel ban on citizens of five countries.",
    ],
)
def test_barring_entry_is_a_rejection(code, text: str) -> None:
    events, _ = code(text)
    assert "REJECT" in types(events) and "COERCE" not in types(events), text


@pytest.mark.parametrize(
    "text",
    ["The government banned the opposition party last year.", "Iran deported the two activists to Turkey."],
)
def test_banning_a_party_and_deporting_stay_coercion(code, text: str) -> None:
    events, _ = code(text)
    assert "COERCE" in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The court restricted its aims to the narrow question of jurisdiction.",
        "The rebel group has restricted its goals to the release of its members.",
    ],
)
def test_restricting_ones_aims_is_no_coercion(code, text: str) -> None:
    events, _ = code(text)
    assert "COERCE" not in types(events), text


def test_restricting_journalists_stays_coercion(code) -> None:
    events, _ = code("The government restricted the movement of journalists in the region.")
    assert "COERCE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The minister declined to be drawn on the calls for a mediator.",
        "A spokesman for the company declined comment on Tuesday.",
    ],
)
def test_declining_to_comment_is_no_rejection(code, text: str) -> None:
    events, _ = code(text)
    assert "REJECT" not in types(events), text


def test_declining_an_invitation_stays_a_rejection(code) -> None:
    events, _ = code("The minister declined the invitation to the summit in Kenya.")
    assert "REJECT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Only three member states have hit the 2 percent spending target this year.",
        "Exports hit a record high in March, the ministry said.",
    ],
)
def test_hitting_a_figure_is_no_attack(code, text: str) -> None:
    events, _ = code(text)
    assert "ASSAULT" not in types(events), text


def test_a_missile_hitting_a_target_stays_an_attack(code) -> None:
    events, _ = code("A Russian missile hit the target in the north of the city on Monday.")
    assert "ASSAULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The administration has called for a major increase in defence spending.",
        "The opposition leader called for a return to grammar schools.",
        "The party called for a cut in income taxes.",
    ],
)
def test_a_call_for_a_policy_addressed_to_no_one_is_domestic_policy(code, text: str) -> None:
    events, _ = code(text)
    assert "REQUEST" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader called on the government to increase defence spending.",
        "The UN called for the return of the hostages.",
        "The senator called for an increase in military aid to Ukraine.",
        "The UN called for an immediate ceasefire in the region.",
    ],
)
def test_a_call_addressed_to_a_party_or_naming_one_stays_a_request(code, text: str) -> None:
    events, _ = code(text)
    assert "REQUEST" in types(events), text


FRENCH_PRESIDENT = Entity(
    name="Jean Dupont", mention="the president", kb_id="Q1", country="FRA", sectors=["GOV"]
)
FRENCH_TROOPS = Entity(name="France", mention="French troops", kb_id="FRA", country="FRA", sectors=["MIL"])
GERMAN_TROOPS = Entity(name="Germany", mention="German troops", kb_id="DEU", country="DEU", sectors=["MIL"])


def obligation(actor: Entity, recipient: Entity) -> Event:
    """A REQUEST built from a reported obligation: the speaker as actor, the obliged party as recipient."""
    return Event(event_id="e", event_type="REQUEST", actor=[actor], recipient=[recipient], reports=[])


def test_a_must_on_the_speakers_own_troops_is_no_request(coder) -> None:
    event = obligation(FRENCH_PRESIDENT, FRENCH_TROOPS)
    assert own_state_obligation(event, Frame(status=DEMAND), coder.lexicon)


def test_a_must_on_another_states_troops_stays_a_request(coder) -> None:
    event = obligation(FRENCH_PRESIDENT, GERMAN_TROOPS)
    assert not own_state_obligation(event, Frame(status=DEMAND), coder.lexicon)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Germany spends billions on supporting refugees from the war.", "SUPPORT", "AID"),
        ("Finland and Sweden stepped up their military cooperation with Norway.", "SUPPORT", "COOPERATE"),
    ],
)
def test_refugees_supported_are_aided_and_cooperation_stepped_up_is_cooperation(
    code, text, wrong, right
) -> None:
    events, _ = code(text)
    assert right in types(events) and wrong not in types(events), text


def test_supporting_a_party_stays_support(code) -> None:
    events, _ = code("Germany is supporting the opposition in Venezuela.")
    assert "SUPPORT" in types(events)


def test_amassing_delegates_is_no_mobilisation(code) -> None:
    events, _ = code("After winning the primaries on Tuesday, Smith amassed 1,330 delegates.")
    assert "MOBILIZE" not in types(events)


def test_amassing_troops_stays_a_mobilisation(code) -> None:
    events, _ = code("Russia amassed troops on the border with Ukraine.")
    assert "MOBILIZE" in types(events)


def test_telling_an_inquiry_is_testimony_not_an_investigation(code) -> None:
    events, _ = code("Jane Morton told a Commons inquiry that the rules would change.")
    assert "ACCUSE" not in types(events)


def test_opening_an_inquiry_stays_an_investigation(code) -> None:
    events, _ = code("Kenya opened an inquiry into the police killing of two students.")
    assert "ACCUSE" in types(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The president authorized the delivery of weapons to Ukraine.", "AID"),
        ("The court authorised the release of the prisoners on Monday.", "RETREAT"),
    ],
)
def test_an_authorised_act_is_anchored_like_an_ordered_one(code, text: str, event_type: str) -> None:
    events, _ = code(text)
    assert event_type in types(events), text


def test_an_authorised_act_mentioned_under_a_view_stays_uncoded(code) -> None:
    events, _ = code("Critics said the delivery of weapons to Ukraine was a mistake.")
    assert "AID" not in types(events)
