"""Round 24: the article's main country is where its places are, before whose its known people are. A known
person's country counts half as much as a place or a country named. Sentences written for these tests, with a
twin where the people's country must still decide."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.actors import KnowledgeBase
from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


def known_person(kb: KnowledgeBase, country: str) -> str:
    """The name of a person of the packaged KB who holds a role of a country (the test writes no name)."""
    for entity in kb.entities.values():
        if entity.kind == "person" and entity.country == country and len(entity.name.split()) >= 2:
            return entity.name
    raise AssertionError(f"no person of {country} in the KB")


STORY = (
    "{who} spoke on Monday. {who} repeated the offer. {who} left early. "
    "Police in Ankara questioned the driver. {where} "
    "Peter Dobson, a tourist, was held overnight."
)


def test_places_outweigh_the_countries_of_known_people(resolve: Resolve, kb: KnowledgeBase) -> None:
    who = known_person(kb, "RUS")
    text = STORY.format(who=who, where="The hotel in Turkey closed.")
    assert top(resolve(text), "Dobson").country == "TUR"


def test_twin_known_people_decide_without_places(resolve: Resolve, kb: KnowledgeBase) -> None:
    who = known_person(kb, "RUS")
    text = STORY.format(who=who, where="").replace("Police in Ankara questioned the driver. ", "")
    assert top(resolve(text), "Dobson").country == "RUS"
