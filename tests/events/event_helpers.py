"""Helpers the events tests share (a module of its own: other stages have conftest.py files too)."""

from __future__ import annotations


def of_type(events, event_type: str):
    """The events of one type."""
    return [e for e in events if e.event_type == event_type]


def top_type(events):
    """The type of the most confident event (None when there is none)."""
    return max(events, key=lambda e: e.confidence).event_type if events else None


def types(events) -> set[str]:
    """The event types among the events."""
    return {e.event_type for e in events}


def first_of(code, text: str, event_type: str):
    """The first event of a type coded from a text (the test fails, naming the types found, when none)."""
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return found[0]
