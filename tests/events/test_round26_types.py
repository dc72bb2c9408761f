"""Round 26: type precision on real news, thirteenth pass. Each rule has short sentences written for it and a
twin that keeps its event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import types


def assert_types(code, text: str, expected: str | None, lost: str | None) -> None:
    """The text codes `expected` (when given) and never `lost` (when given)."""
    events, _ = code(text)
    found = types(events)
    assert expected is None or expected in found, sorted(found)
    assert lost is None or lost not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # an obligation put on the past is a reproach (modality.past_obligation), an open one a demand
        ("Senator Jones said the Pentagon should have acted sooner.", "ACCUSE", "REQUEST"),
        ("Senator Jones said Russia should have acted sooner.", "ACCUSE", "REQUEST"),
        ("Senator Jones said the Pentagon must act now.", "REQUEST", "ACCUSE"),
        ("Senator Jones said Russia should act now.", "REQUEST", "ACCUSE"),
        # "must have" guesses at the past: nothing asked, nothing done
        ("Senator Jones said Russia must have arrested him at the gate.", None, "REQUEST"),
    ],
)
def test_an_obligation_on_the_past_is_a_reproach(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # concerns recognised are admitted (object_senses.yaml); a state or a government recognised is backed
        ("Mr Green recognised people's concerns about the plan.", None, "SUPPORT"),
        ("Sweden recognised Palestine as a state on Thursday.", "SUPPORT", None),
        ("The president recognised the new government in the capital.", "SUPPORT", None),
    ],
)
def test_concerns_recognised_are_admitted(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a policy backed with no party named is domestic policy (scope.policy_backed)
        ("In his speech, the chancellor backed choice in schools and wider home ownership.", None, "SUPPORT"),
        ("The opposition leader has backed stem cell research.", None, "SUPPORT"),
        ("The chancellor backed the prime minister in the row over taxes.", "SUPPORT", None),
        ("Senator Jones backed Russia in the dispute.", "SUPPORT", None),
    ],
)
def test_a_policy_backed_is_domestic(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a budget requesting money asks no party (scope.document_request)
        ("Senator Jones's spending proposal requested $3 billion for the new wall.", None, "REQUEST"),
        ("Kenya requested $2 billion from the IMF.", "REQUEST", None),
    ],
)
def test_a_budget_request_asks_no_party(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # letting one's own tenants or councils act is domestic policy, no concession (triggers.yaml)
        ("Labour has said it will allow council tenants to buy a share in their homes.", None, "CONCEDE"),
        ("The Ministry of Justice allowed the detainees to meet their lawyers.", "CONCEDE", None),
        ("The army allowed aid convoys into the besieged town.", "RETREAT", None),
    ],
)
def test_letting_ones_own_people_act_is_no_concession(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a vow not to allow another party to act warns (constructions.barring_vow); a vow to cooperate agrees
        ("Turkey has vowed not to allow the YPG to control its border.", "THREATEN", "AGREE"),
        ("Ankara has vowed to cooperate with Baghdad against the militias.", "AGREE", "THREATEN"),
    ],
)
def test_a_vow_to_bar_warns(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # conceding a clause admits a point (triggers.admits); conceding defeat or ground yields
        ("Senator Jones conceded his jokes might have been hurtful.", None, "CONCEDE"),
        ("Mr Green said Scotland conceded it would need its own central bank.", None, "CONCEDE"),
        ("The president conceded defeat on Sunday.", "CONCEDE", None),
    ],
)
def test_conceding_a_clause_admits_a_point(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # naming is no call (triggers.bare_naming_verb); a call to a party or for an act stays
        ('Senator Jones called Labour "a clever machine for talking" but said it did not.', None, "REQUEST"),
        ("President Obama called President Putin on Tuesday.", "CONSULT", None),
        ("The senator called for the release of the prisoners.", "REQUEST", None),
    ],
)
def test_a_name_given_is_no_call(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)
