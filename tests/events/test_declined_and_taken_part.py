"""Declining to say more (to comment, expand on, divulge or detail something) is silence, not a rejection
of a party's act; refusing to negotiate, to join talks or to respond to a demand stays a REJECT.
Taking part in something is that something's event, not also an AGREE. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import types


@pytest.mark.parametrize(
    "text",
    [
        "The French minister declined to expand on the letter from Iraq.",
        "Israel declined to detail the claims made by Iran.",
        "A Kenyan spokesman refused to divulge the terms of the deal with Egypt.",
    ],
)
def test_declining_to_say_more_is_no_rejection(code, text) -> None:
    events, _ = code(text)
    assert "REJECT" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran declined to join the talks with France.",
        "Russia refused to negotiate with Ukraine.",
        "Iran refused to respond to a demand from France to halt the tests.",
    ],
)
def test_refusing_to_take_part_stays_a_rejection(code, text) -> None:
    events, _ = code(text)
    assert "REJECT" in types(events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iran took part in the talks with France in Geneva.", "CONSULT"),
        ("Rebels took part in the attack on a convoy in Kenya.", "ASSAULT"),
    ],
)
def test_taking_part_is_the_event_taken_part_in(code, text, kind) -> None:
    events, _ = code(text)
    assert types(events) == {kind}
