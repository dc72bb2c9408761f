"""Verbs written with a hyphenated first part ("lathi-charged", "baton-charged"), which the tokenizer
splits into three tokens (sentences written for these tests)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Police lathi-charged the students outside the college on Monday.",
        "The police baton-charged the farmers near the mill on Friday.",
    ],
)
def test_a_baton_charge_is_crowd_control_not_an_accusation(code, text) -> None:
    events, _ = code(text)
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "crowd-control")]
    assert "police" in events[0].actor[0].mention.lower()
    assert "charge" not in events[0].actor[0].mention.lower()
    assert "lathi" not in events[0].actor[0].mention.lower()


def test_a_plain_charge_is_still_an_accusation(code) -> None:
    events, _ = code("Prosecutors charged the former mayor with fraud on Monday.")
    assert [e.event_type for e in events] == ["ACCUSE"]
