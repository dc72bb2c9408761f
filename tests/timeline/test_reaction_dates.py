"""A reaction to the happening the lede dates is told on the lede's day (policy 2d's tie, session 37)."""

from __future__ import annotations

import pytest
from tests.timeline.test_annotate import make_event, run

LEDE = (
    "Yesterday afternoon, the Speaker of the House announced an impeachment inquiry into the president. "
    "She had previously opposed impeachment proceedings against the president for months."
)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # a reaction to the lede's happening, named by the noun of the lede's verb or by the same noun
        ("Critics, responding to the Speaker's announcement, attacked the inquiry.", "2019-09-24"),
        ("In response to the announcement, critics attacked the inquiry as a witch hunt.", "2019-09-24"),
        # twins: no reaction told, or a reaction to something the lede does not tell
        ("Critics attacked the inquiry as a witch hunt.", None),
        ("Critics, responding to a question about trade, attacked the inquiry.", None),
    ],
)
def test_a_reaction_to_the_ledes_happening(nlp, gazetteer, told: str, expected: str | None) -> None:
    text = f"{LEDE}\n\n{told}"
    event = make_event(text, told, "attacked", "ACCUSE", "critics")
    run(nlp, gazetteer, text, [event], "2019-09-25")
    assert event.date == expected
