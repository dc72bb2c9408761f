"""Session 33: police and security forces on the IndiaPoliceEvents development half. A "flag march" of
security forces is a show of force (MOBILIZE), not a demonstration; "apprehend" arrests only a person
("apprehending trouble" fears it). Sentences written for these tests; each probe has a twin."""

from __future__ import annotations

import pytest
from event_helpers import types


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        ("The army staged a flag march in the riot-hit areas of the town on Sunday.", "MOBILIZE", "PROTEST"),
        ("Paramilitary forces conducted a flag march in the town on Thursday.", "MOBILIZE", "PROTEST"),
        ("Troops held a flag march in the old city on Monday.", "MOBILIZE", "PROTEST"),
        ("Police apprehended two suspects near the border on Monday.", "COERCE", None),
        ("Two suspects were apprehended by the police near the border on Monday.", "COERCE", None),
    ],
)
def test_security_force_acts(resolved_code, text: str, expected: str, lost: str | None) -> None:
    found = types(resolved_code(text)[0])
    assert expected in found
    if lost:
        assert lost not in found


@pytest.mark.parametrize(
    "text",
    [
        "Apprehending trouble, the shopkeepers downed their shutters on Monday.",
        "The governor apprehended that the order might cause riots in the city.",
    ],
)
def test_apprehension_as_fear_is_no_arrest(resolved_code, text: str) -> None:
    assert "COERCE" not in types(resolved_code(text)[0])


def test_a_march_of_protesters_stays_a_protest(resolved_code) -> None:
    text = "Hundreds of farmers marched against the new law in the capital on Monday."
    assert "PROTEST" in types(resolved_code(text)[0])
