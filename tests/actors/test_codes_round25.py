"""Round 25: codes of whole records. A legislator's seat places them: the country of the place their title is
"for" ("X, the MP for <town>"), not the article's where the story happens. Sentences written for these tests,
each rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]

KENYAN_STORY = "Kenyan police are searching for two men. {who} was attacked in a park in Nairobi."


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


def test_a_legislators_constituency_places_the_legislator(resolve: Resolve) -> None:
    text = KENYAN_STORY.format(who="Quentin Hale, the MP for Grantham,")
    assert top(resolve(text), "Quentin Hale").country == "GBR"


def test_twin_without_a_constituency_the_legislator_takes_the_articles_country(resolve: Resolve) -> None:
    text = KENYAN_STORY.format(who="Quentin Hale, the MP,")
    assert top(resolve(text), "Quentin Hale").country == "KEN"


def test_twin_a_spokesman_for_a_town_is_not_placed_by_it(resolve: Resolve) -> None:
    text = KENYAN_STORY.format(who="Quentin Hale, the spokesman for Grantham,")
    assert top(resolve(text), "Quentin Hale").country == "KEN"


TURKISH_STORY = (
    "The parents of a former soldier held in Turkey say their son is innocent. Turkish police raided the "
    "hotel in Didim, south-west Turkey, where {who} was staying. "
    "Turkish authorities accused Baxter of terrorism."
)


def test_a_former_home_town_places_the_person(resolve: Resolve) -> None:
    text = TURKISH_STORY.format(who="Tom Baxter, 31, formerly of Leeds,")
    assert top(resolve(text), "Tom Baxter").country == "GBR"


def test_twin_a_former_occupation_is_no_home_town(resolve: Resolve) -> None:
    text = TURKISH_STORY.format(who="Tom Baxter, 31, formerly a soldier,")
    assert top(resolve(text), "Tom Baxter").country == "TUR"
