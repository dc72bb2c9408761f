"""Session 36: a range the text tells keeps its end on the event record (``Event.date_end``; short
articles written for these tests, events built by hand)."""

from __future__ import annotations

import pytest
from tests.timeline.test_annotate import make_event, run

PUBLISHED = "2021-03-10"  # a Wednesday
FILLER = (
    "The region has seen unrest for many years now. Prices of bread and fuel rose again across the country."
)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        (
            "Hundreds of prisoners were executed in the jail between 2011 and 2015, a rights group said.",
            "executed",
            ("2011", "2015", "year"),
        ),
        ("The delegates met in Geneva from 3 to 5 March.", "met", ("2021-03-03", "2021-03-05", "day")),
        # twin: one date is no range
        ("The delegates met in Geneva on 3 March.", "met", ("2021-03-03", None, "day")),
        # a range that ends after publication keeps its start only: the record never dates past its report
        ("The delegates met in Geneva from 8 to 12 March.", "met", ("2021-03-08", None, "day")),
    ],
)
def test_a_range_keeps_its_end(nlp, gazetteer, sentence, trigger, expected) -> None:
    text = f"{FILLER} {sentence}"
    (event,) = run(nlp, gazetteer, text, [make_event(text, sentence, trigger, "ASSAULT")], PUBLISHED)
    assert (event.date, event.date_end, event.date_precision) == expected
