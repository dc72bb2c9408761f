"""Session 32: an attack noun aimed at a policy, a plan or remarks, or called scathing, is criticism (ACCUSE
disapprove), as the verb "attacked the decision" is; an attack on people, forces or places stays an ASSAULT.
A police raid is the manual's COERCE seize; an armed raid stays an ASSAULT. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import types


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        ("Labour launched a fierce attack on the government's housing plans.", "ACCUSE", "ASSAULT"),
        ("The senator mounted an attack on the budget in a speech on Monday.", "ACCUSE", "ASSAULT"),
        ("The minister launched a scathing attack on his rivals.", "ACCUSE", "ASSAULT"),
        ("Gunmen launched an attack on the army base.", "ASSAULT", "ACCUSE"),
        ("Rebels launched a fierce attack on the convoy near the border.", "ASSAULT", "ACCUSE"),
    ],
)
def test_an_attack_on_a_policy_is_criticism(code, text, expected, lost) -> None:
    events, _ = code(text)
    assert expected in types(events) and lost not in types(events), [e.event_type for e in events]


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        ("Police carried out a raid on the newspaper's offices on Monday.", "COERCE", "ASSAULT"),
        ("A police raid on the opposition headquarters ended with three arrests.", "COERCE", "ASSAULT"),
        ("Army commandos carried out a raid on a militant camp, killing ten fighters.", "ASSAULT", "COERCE"),
    ],
)
def test_a_police_raid_is_a_seizure_an_armed_raid_an_assault(code, text, expected, lost) -> None:
    events, _ = code(text)
    assert expected in types(events) and lost not in types(events), [e.event_type for e in events]
