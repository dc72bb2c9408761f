"""Round 27: codes of whole records. Private people are not given a country their sentence names only as the
owner of another party; members of an unnamed body are no state's; a title limited to one country's office
("attorney general") keeps a foreign owner's country; bare police take the country of the police or justice
officials named before them; a capital naming where an attack struck is no government. Sentences written for
these tests, each rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


# support to a family, in touch with another country's authorities: the family is not of that country

STORY = (
    "The Foreign Office said a British teacher had been detained. "
    "The British embassy is working on the case. "
    "We are giving support to the family and stay in contact with the {owner} authorities, a spokesman said."
)


def test_private_people_take_no_country_named_only_as_another_partys_owner(resolve: Resolve) -> None:
    entity = top(resolve(STORY.format(owner="Greek")), "family")
    assert entity.country is None


def test_twin_the_articles_own_country_in_the_sentence_still_places_them(resolve: Resolve) -> None:
    entity = top(resolve(STORY.format(owner="British")), "family")
    assert entity.country == "GBR"


def test_twin_a_one_sentence_text_keeps_its_only_country(resolve: Resolve) -> None:
    text = "We are giving support to the family and stay in contact with the Greek authorities."
    assert top(resolve(text), "family").country == "GRC"


# members "of the cell": an unnamed body's members, no state's government


def test_members_of_an_unnamed_body_are_no_states(resolve: Resolve) -> None:
    entity = top(resolve("Members of the cell are accused of kidnapping the French aid workers."), "Members")
    assert entity.country is None and "GOV" not in entity.sectors


def test_members_of_a_gang_take_the_gangs_sector(resolve: Resolve) -> None:
    entity = top(resolve("Members of the gang were arrested in Manchester."), "Members")
    assert entity.sectors == ["CRM"]


def test_twin_leaders_of_the_sides_keep_the_country(resolve: Resolve) -> None:
    assert top(resolve("Leaders of the two sides met in Juba."), "Leaders").country == "SSD"


# another country's "attorney general": not the US office, but not without a country either


def test_a_one_country_title_keeps_a_foreign_owners_country(resolve: Resolve) -> None:
    entity = top(resolve("Kenya's attorney general said the two men will be charged."), "attorney general")
    assert entity.country == "KEN" and entity.kb_id is None


def test_twin_the_title_of_its_own_country_finds_the_holder(resolve: Resolve) -> None:
    entity = top(
        resolve("The US attorney general said the two men will be charged.", "2019-05-01"), "general"
    )
    assert entity.country == "USA" and entity.kb_id is not None


# one country's justice officials, then bare "Police": that country's police, not the story's main country

CASE = (
    "Somalia's president condemned the bombing of the market. Somali officials said the attackers came from "
    "Somalia. The two men will face trial, Kenya's {speaker} said on Monday. "
    "Police allege the men planted the bomb."
)


def test_bare_police_take_the_country_of_the_justice_officials_named_before(resolve: Resolve) -> None:
    assert top(resolve(CASE.format(speaker="attorney general")), "Police").country == "KEN"


def test_twin_a_politician_named_before_leaves_the_main_country(resolve: Resolve) -> None:
    assert top(resolve(CASE.format(speaker="prime minister")), "Police").country == "SOM"


# a capital before "bombing": where the attack struck, not the government


def test_a_capital_naming_where_an_attack_struck_is_no_government(resolve: Resolve) -> None:
    mentions = resolve("A Nairobi bombing killed nine people.")
    assert not any("Nairobi" in m.text for m in mentions)


def test_twin_a_capital_that_acts_is_the_government(resolve: Resolve) -> None:
    entity = top(resolve("Nairobi condemned the bombing."), "Nairobi")
    assert entity.country == "KEN" and "GOV" in entity.sectors


# "world leaders in New York": leaders of many countries, not the host city's


def test_world_leaders_take_no_country_from_where_they_meet(resolve: Resolve) -> None:
    entity = top(resolve("The Swedish activist met world leaders in New York."), "leaders")
    assert entity.country is None


def test_twin_leaders_in_a_city_take_its_country(resolve: Resolve) -> None:
    assert top(resolve("The Swedish activist met leaders in New York."), "leaders").country == "USA"
