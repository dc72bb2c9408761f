"""Round 20: whole records. Historical actors ("Nazi forces", "Ottoman troops") take no present-day country
from the article; a people named before a sector word is no person's office. Sentences written for these
tests, each rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


def test_nazi_forces_take_no_country_from_the_article(resolve: Resolve) -> None:
    mentions = resolve(
        "The Dutch king visited Amsterdam. In 1944 Nazi forces killed hundreds of villagers there."
    )
    forces = top(mentions, "Nazi forces")
    assert (forces.country, forces.sectors) == (None, ["MIL"])


def test_ottoman_troops_take_no_country_from_the_article(resolve: Resolve) -> None:
    mentions = resolve("The Dutch king visited Amsterdam. Ottoman troops shelled the town in 1820.")
    assert top(mentions, "Ottoman troops").country is None


def test_twin_dutch_forces_are_dutch(resolve: Resolve) -> None:
    mentions = resolve("The Dutch king visited Amsterdam. Dutch forces killed hundreds of villagers there.")
    assert top(mentions, "Dutch forces").country == "NLD"


def test_twin_bare_forces_take_the_article_s_country(resolve: Resolve) -> None:
    mentions = resolve("The Dutch king visited Amsterdam. Government forces arrested hundreds of protesters.")
    assert top(mentions, "Government forces").country == "NLD"
