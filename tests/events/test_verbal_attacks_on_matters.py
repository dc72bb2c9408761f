"""Attacking a person or a party "on" or "over" a matter, or "as" a kind of person, is criticism (ACCUSE), not
an assault; "on Monday", "over the weekend", "on the highway" keep the assault (sentences written for these
tests)."""

from __future__ import annotations

import pytest
from event_helpers import types


@pytest.mark.parametrize(
    "text",
    [
        "The senator attacked the governor over his handling of the floods.",
        "Ms Varga attacked her rival on taxes at a rally in Szeged on Sunday.",
        "The governor attacked Senator Holm on paying fewer taxes than his staff.",
        "The mayor attacked the senator as a hypocrite in a radio interview on Friday.",
    ],
)
def test_an_attack_on_a_matter_is_criticism(code, text) -> None:
    events, _ = code(text)
    assert "ACCUSE" in types(events) and "ASSAULT" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked soldiers over the weekend near the border town.",
        "Militants attacked police officers on Monday in the north of the province.",
        "Bandits attacked the truck drivers on the highway outside Kano.",
    ],
)
def test_an_attack_at_a_time_or_a_place_is_still_an_assault(code, text) -> None:
    events, _ = code(text)
    assert "ASSAULT" in types(events)
