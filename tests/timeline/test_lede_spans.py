"""Session 36: a lede whose only date starts a span up to now ("since last Friday") lends no day to the
events it tells (short articles written for these tests, events built by hand)."""

from __future__ import annotations

import pytest
from tests.timeline.test_annotate import make_event, run

PUBLISHED = "2021-03-10"  # a Wednesday


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "The lawsuit brought by two states has gripped the capital since last Friday, when a judge froze "
            "the order.",
            None,
        ),
        # twin: the same day told as the happening's own
        ("Two states filed a lawsuit against the order last Friday, and a judge froze it.", "2021-03-05"),
    ],
)
def test_a_span_opened_in_the_lede_is_not_the_day_of_its_happening(nlp, gazetteer, lede, expected) -> None:
    sentence = "Police detained two protesters outside the court."
    text = f"{lede} The hearing will be held by telephone. {sentence}"
    lawsuit = make_event(text, lede, "lawsuit", "ACCUSE", "states")
    detained = make_event(text, sentence, "detained", "COERCE", "police")
    run(nlp, gazetteer, text, [lawsuit, detained], PUBLISHED)
    assert detained.date == expected
