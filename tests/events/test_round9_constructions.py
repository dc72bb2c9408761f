"""Round 9, item 3: constructions from the PentaClass training misses (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def names(entities) -> set[str]:
    return {e.mention for e in entities}


@pytest.mark.parametrize(
    "text",
    [
        "Britain and France failed to reach agreement on the border.",
        "Chile and Peru failed to reach a deal on fishing rights after two days of talks.",
    ],
)
def test_failing_to_reach_agreement_is_a_rejection(code, text) -> None:
    events, _ = code(text)
    assert of_type(events, "REJECT") and not of_type(events, "AGREE")


def test_failing_to_deliver_aid_is_still_nothing(code) -> None:
    events, _ = code("Norway failed to deliver the promised aid to Kenya.")
    assert not of_type(events, "AID") and not of_type(events, "REJECT")


def test_not_failing_to_agree_is_no_rejection(code) -> None:
    events, _ = code("Japan and Canada never failed to reach agreement on trade.")
    assert not of_type(events, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "The dock workers ended their strike on Monday.",
        "The farmers lifted their blockade of the highway.",
        "The union suspended its boycott of the company.",
    ],
)
def test_ending_ones_own_protest_is_a_concession(rules_code, text) -> None:
    events, _ = rules_code(text)
    assert of_type(events, "CONCEDE")


def test_refusing_to_end_a_strike_is_a_rejection(code) -> None:
    events, _ = code("The nurses said they will not end the strike until their demands are met.")
    reject = of_type(events, "REJECT")
    assert reject and "nurses" in {w for e in reject[0].actor for w in e.name.split()}


def test_a_titled_name_is_a_person_released(rules_code) -> None:
    events, _ = rules_code("The rebels released the Colombian Sergeant Pablo Mendaro.")
    retreat = of_type(events, "RETREAT")
    assert retreat and retreat[0].recipient


def test_contributing_to_a_joint_effort_is_cooperation(rules_code) -> None:
    events, _ = rules_code("Italy contributed to the rebuilding of the port in Beirut.")
    assert of_type(events, "COOPERATE")


def test_being_ready_to_contribute_is_an_agreement(rules_code) -> None:
    events, _ = rules_code("Norway is ready to contribute to the peace process in Colombia.")
    assert of_type(events, "AGREE") and not of_type(events, "COOPERATE")


def test_a_news_credit_is_no_cooperation(rules_code) -> None:
    events, _ = rules_code("The Associated Press contributed to this report.")
    assert not events


@pytest.mark.parametrize(
    "text",
    [
        "Both ministers said they agree with the interior minister.",
        "Officials in Lima said they agree with the court that the coach broke the rules.",
    ],
)
def test_agreeing_with_someone_is_an_opinion(rules_code, text) -> None:
    events, _ = rules_code(text)
    assert not of_type(events, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "Russia agreed with Turkey on a ceasefire in Idlib.",
        "Iran agreed with the agency to allow inspections.",
    ],
)
def test_agreeing_with_a_party_on_a_matter_is_an_agreement(rules_code, text) -> None:
    events, _ = rules_code(text)
    assert of_type(events, "AGREE")


def test_providing_someone_with_aid_makes_them_the_recipient(rules_code) -> None:
    events, _ = rules_code("Japan provided Kenya with food aid.")
    aid = of_type(events, "AID")
    assert aid and names(aid[0].recipient) == {"Kenya"}
