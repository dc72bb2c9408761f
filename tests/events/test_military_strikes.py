"""Strikes launched by an armed force are military strikes, not labour strikes. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import top_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Kenyan army launched strikes against the rebels.", "ASSAULT"),
        ("Government forces carried out strikes on the town overnight.", "ASSAULT"),
        ("Teachers launched strikes against the government over pay.", "PROTEST"),
    ],
)
def test_who_launches_strikes_decides_their_kind(resolved_code, text: str, event_type: str) -> None:
    events, _ = resolved_code(text)
    assert top_type(events) == event_type
