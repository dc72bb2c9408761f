"""Round 8, item 3: constructions and lexicon entries from the PentaClass training misses and the
argument errors against cameo_ner (sentences written for these tests)."""

from __future__ import annotations

import pytest


def of_type(events, event_type: str):
    return [e for e in events if e.event_type == event_type]


@pytest.mark.parametrize(
    "text",
    [
        "The health officials said they agree with the recommendation.",
        "Both ministers agree with that assessment.",
    ],
)
def test_agreeing_with_a_view_is_an_opinion_not_an_agreement(code, text) -> None:
    events, _ = code(text)
    assert not of_type(events, "AGREE")


def test_agreeing_with_a_party_on_something_is_still_an_agreement(code) -> None:
    events, _ = code("Iran agreed with Iraq on a new border deal.")
    assert of_type(events, "AGREE")


@pytest.mark.parametrize(
    "text",
    ["Kosovo is sending a military platoon to Kuwait.", "Chile dispatched an army brigade to the border."],
)
def test_units_sent_are_a_mobilisation(code, text) -> None:
    events, _ = code(text)
    assert of_type(events, "MOBILIZE")
