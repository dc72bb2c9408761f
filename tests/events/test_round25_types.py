"""Round 25: type precision on real news, twelfth pass. Each rule has short sentences written for it and a
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
        # a backing participle describes the noun it follows (senses.backing_described)
        ("Rebel fighters, backed by a Western coalition, are fighting to clear the valley.", None, "SUPPORT"),
        ("The minister welcomed a decision to throw out a law backed by the governor.", "SUPPORT", "AGREE"),
        ("France backed the resolution at the Security Council.", "SUPPORT", None),
        ("The resolution was backed by France on Monday.", "SUPPORT", None),
    ],
)
def test_a_backing_participle_describes(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a crowd that disperses leaves; police disperse it (obj_required)
        ("The crowds dispersed when police vans arrived.", None, "COERCE"),
        ("Police dispersed the crowds with tear gas.", "COERCE", None),
        ("The protesters were dispersed by riot police.", "COERCE", None),
    ],
)
def test_a_crowd_dispersing_leaves(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a move sanctioned is approved; banks sanctioned are sanctioned
        ("The move was quietly sanctioned by Moscow.", None, "SANCTION"),
        ("The ministry sanctioned the plan last week.", None, "SANCTION"),
        ("Canada sanctioned three Russian banks on Monday.", "SANCTION", None),
    ],
)
def test_a_move_sanctioned_is_approved(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # monitors, observers and search drones sent out are no show of force
        ("The group deployed 100 monitors at the polling stations.", None, "MOBILIZE"),
        ("The rescue team deployed underwater drones to search the seabed.", None, "MOBILIZE"),
        ("The army deployed troops along the border.", "MOBILIZE", None),
    ],
)
def test_monitors_deployed_are_no_force(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # first aid given to a victim is care
        ("The minister was praised for giving first aid to the wounded officer.", None, "AID"),
        ("The government gave aid to the flood victims.", "AID", None),
    ],
)
def test_first_aid_is_no_aid(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # an electoral campaign suspended leaves a race; talks suspended keep their SANCTION
        ("The candidate suspended his presidential campaign on Friday.", None, "SANCTION"),
        ("The government suspended its talks with the rebels.", "SANCTION", None),
    ],
)
def test_an_electoral_campaign_suspended_leaves_a_race(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a withdrawal from an organisation or a treaty is SANCTION withdraw; from territory RETREAT
        ("The prime minister announced Britain's withdrawal from the European Union.", "SANCTION", "RETREAT"),
        ("The United States announced its withdrawal from the climate agreement.", "SANCTION", "RETREAT"),
        ("The army completed its withdrawal from the northern province.", "RETREAT", "SANCTION"),
    ],
)
def test_a_withdrawal_from_an_organisation_is_a_sanction(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a party's own annual or seasonal conference is its own gathering
        ("The Labour Party will hold its autumn conference in Manchester.", None, "AGREE"),
        ("The party held its annual conference in Brighton.", None, "CONSULT"),
        ("The two foreign ministers held a conference in Cairo.", "CONSULT", None),
    ],
)
def test_a_party_conference_is_its_own_gathering(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # agreeing on a need shares a view; two parties agreeing on it keep their AGREE
        ("The cabinet agreed on the need to take action against the smugglers.", None, "AGREE"),
        ("Iran and Iraq agreed on the need to reopen the border crossing.", "AGREE", None),
        ("Iran agreed with Iraq on the need to reopen the border crossing.", "AGREE", None),
    ],
)
def test_agreeing_on_a_need_is_a_view(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the guide's round-25 convention: a legislature voting down or dismissing a bill refuses it (REJECT)
        ("The senate dismissed the bill on Tuesday.", "REJECT"),
        ("The House voted down the amendment on Tuesday.", "REJECT"),
    ],
)
def test_a_bill_voted_down_is_rejected(code, text, expected) -> None:
    assert_types(code, text, expected, None)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # forming a government is domestic politics (scope.government_formation); talks between parties stay
        ("The president invited the party leader to form a new government.", None, "AGREE"),
        ("The prime minister will begin negotiations to form a government.", None, "AGREE"),
        ("Labour and the Greens held talks with the Liberals to form a coalition.", "CONSULT", None),
        ("The president invited the Iranian foreign minister to Paris.", "AGREE", None),
    ],
)
def test_forming_a_government_is_domestic(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # struggling is having difficulty; fights are coded from their own words
        ("The army is struggling to muster a large fighting force.", None, "ASSAULT"),
        ("The army fought the rebels for control of the town.", "ASSAULT", None),
    ],
)
def test_struggling_is_no_fight(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # an event or a forum supported is sponsored; a party supported keeps its SUPPORT
        ("The forum is supported by the Russian government.", None, "SUPPORT"),
        ("The festival was supported financially by the regional government.", None, "SUPPORT"),
        ("Russia supported the peace conference in Geneva.", "SUPPORT", None),
        # a government's own ban approved is its policy
        ("The ban was first approved by the administration in January.", None, "SUPPORT"),
        ("Parliament approved the peace agreement with the rebels.", "SUPPORT", None),
    ],
)
def test_sponsorship_and_own_bans_are_no_support(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # animals to be shot or killed are hunted or culled (senses.passive_infinitive_patients)
        ("Flushing out foxes to be shot is still legal.", None, "ASSAULT"),
        ("The farmers rounded up the pigs to be killed.", None, "ASSAULT"),
        ("Gunmen shot two policemen outside the station.", "ASSAULT", None),
    ],
)
def test_animals_to_be_shot_are_hunted(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a participle after a verb of feeling is a state of mind (senses.felt_state)
        ("The diplomat said Moscow feels especially threatened by the expansion.", None, "THREATEN"),
        ("Israel threatened Hezbollah with a massive response.", "THREATEN", None),
    ],
)
def test_feeling_threatened_is_a_state_of_mind(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)
