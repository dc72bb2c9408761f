"""Round 8, item 3: constructions and lexicon entries from the PentaClass training misses and the
argument errors against cameo_ner (sentences written for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


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


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "A first batch of Bangladeshi peacekeeping troops arrived in Sierra Leone on Tuesday.",
            "Sierra Leone",
        ),
        ("Hundreds of British troops have arrived in Mali to join the peacekeeping mission.", "Mali"),
    ],
)
def test_peacekeepers_arriving_aid_the_place_they_arrive_in(code, text, place) -> None:
    events, _ = code(text)
    aid = of_type(events, "AID")
    assert aid and place in {e.mention for e in aid[0].recipient}


def test_troops_arriving_without_peacekeeping_name_no_recipient_place(code) -> None:
    events, _ = code("Russian troops arrived in the Syrian port on Monday.")
    assert not [e for e in of_type(events, "AID") if e.recipient]


@pytest.mark.parametrize(
    "text", ["The senator agrees that fake news exists.", "The two officials agreed it was a waste of money."]
)
def test_agreeing_that_something_is_so_is_an_opinion(code, text) -> None:
    events, _ = code(text)
    assert not of_type(events, "AGREE")


@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed that the talks would resume next month.",
        "Iran and Iraq agreed to reopen the border.",
    ],
)
def test_agreeing_on_a_future_act_is_still_an_agreement(code, text) -> None:
    events, _ = code(text)
    assert of_type(events, "AGREE")
