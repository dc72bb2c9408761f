"""Round 14: a dash with a space on each side parts a dateline from the sentence after it, so the place
never owns the description that opens the sentence ("Lima, Peru - The main opposition party");
a hyphen inside a phrase still joins it ("pro-government militias"). Sentences written for the tests."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]


def texts(mentions: list[Mention]) -> list[str]:
    return [m.text for m in mentions]


def test_a_dateline_place_does_not_own_the_description_after_its_dash(resolve: Resolve) -> None:
    mentions = resolve("Lima, Peru - The main opposition party has urged Chile to return the prisoners.")
    assert not any("Peru" in t and "party" in t for t in texts(mentions))


def test_a_country_joined_without_a_dash_still_owns_the_description(resolve: Resolve) -> None:
    mentions = resolve("Peru's main opposition party has urged Chile to return the prisoners.")
    owned = [m for m in mentions if "party" in m.text]
    assert owned and owned[0].candidates[0].country == "PER"
