"""Round 22: codes of whole records. A country named in an actor's clause only as the place of a gathering or
the side of an armed operation the actor speaks of ("ministers agreed at the Geneva talks", "the senator
objected to the Turkish invasion") is no owner of an unplaced actor. Sentences written for these tests, each
rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


def test_the_venue_of_talks_is_no_owner_of_ministers(resolve: Resolve) -> None:
    ministers = top(resolve("Ministers agreed at the Geneva talks to extend the truce."), "Ministers")
    assert ministers.country is None


def test_the_side_of_an_invasion_is_no_owner_of_a_senator(resolve: Resolve) -> None:
    senator = top(resolve("The senator objected to the Turkish invasion."), "senator")
    assert senator.country is None


def test_the_side_of_an_invasion_is_no_owner_of_an_unknown_person(resolve: Resolve) -> None:
    senator = top(resolve("Senator Tom Hallworth condemned the Turkish invasion."), "Senator Tom Hallworth")
    assert senator.country is None


def test_twin_the_country_of_a_party_acted_upon_still_places_the_police(resolve: Resolve) -> None:
    police = top(resolve("The police arrested two Turkish suspects."), "police")
    assert police.country == "TUR"


def test_twin_the_country_of_a_policy_defended_still_places_the_minister(resolve: Resolve) -> None:
    minister = top(resolve("The minister defended Brazil's environmental policies."), "minister")
    assert minister.country == "BRA"


# asylum seekers are of no country they are in


def test_asylum_seekers_are_not_of_the_country_they_are_in(resolve: Resolve) -> None:
    seekers = top(resolve("Officials rejected the asylum seekers in Kenya."), "asylum seekers in Kenya")
    assert seekers.country is None


def test_twin_asylum_seekers_keep_their_own_nationality(resolve: Resolve) -> None:
    seekers = top(resolve("Kenyan police detained Somali asylum seekers."), "Somali asylum seekers")
    assert seekers.country == "SOM"


def test_twin_refugees_fleeing_a_war_keep_its_country(resolve: Resolve) -> None:
    text = "The agency will provide food aid to refugees fleeing the civil war in Liberia."
    assert top(resolve(text), "refugees").country == "LBR"
