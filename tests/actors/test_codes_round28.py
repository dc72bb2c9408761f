"""Round 28: codes of whole records. A person's own country is that of the most prominent national office
they held, not a country a source filed one of their ex officio roles under; an honorific between a title and
a name belongs to the name ("Commissioner Sir X"); the head of a church whose office is one state's ("the
Pope") is that state's whatever country the article is about. Sentences and entities written for these tests,
each rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.actors.asof import RoleRanker, home_country, standing
from eventwire.actors.model import KBEntity, Role
from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]
RANKER = RoleRanker({"president": (2, True), "prime_minister": (2, True)}, 9)


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


# a president whose presidency a source also filed under a second country (an ex officio co-ruler)


def president(kb_country: str, ex_officio: bool = True) -> KBEntity:
    roles = [Role("President of Aland", "AAA", ("GOV",), "president", "AAA", "1995-05-17", "2007-05-16")]
    if ex_officio:
        roles.append(Role("President of Aland", "BBB", ("GOV",), None, "BBB", "1995-05-17", "2007-05-16"))
    return KBEntity("Q1", "person", "Test Person", country=kb_country, roles=roles)


def test_a_persons_main_office_gives_their_country_after_it_ended() -> None:
    entity = president("BBB")
    assert home_country(entity, RANKER) == "AAA"
    assert standing(entity, "2011-06-01", RANKER).country == "AAA"


def test_a_persons_main_office_gives_their_country_while_held() -> None:
    assert standing(president("BBB"), "2000-06-01", RANKER).country == "AAA"


def test_twin_a_person_with_no_ranked_national_office_keeps_the_kb_country() -> None:
    entity = KBEntity(
        "Q2",
        "person",
        "Other Person",
        country="CCC",
        roles=[Role("Envoy", "DDD", ("GOV",), None, "DDD", "2001")],
    )
    assert home_country(entity, RANKER) == "CCC"


# "former Police Commissioner Sir X": one person, the title and the name meet over the honorific


def test_an_honorific_after_a_title_belongs_to_the_name(resolve: Resolve) -> None:
    mentions = resolve(
        "The demands were backed by former Metropolitan Police Commissioner Sir Alan Brookfield."
    )
    person = mention_with(mentions, "Brookfield")
    assert "Commissioner" in person.text and person.candidates[0].country == "GBR"
    assert not any(m.text.endswith("Sir") for m in mentions)


def test_twin_an_honorific_without_a_title_stays_with_its_name(resolve: Resolve) -> None:
    mentions = resolve("The demands were backed by Sir Alan Brookfield, a lawyer.")
    assert "Commissioner" not in mention_with(mentions, "Brookfield").text


# "Pope X" visiting a country is the Holy See's, not that country's


def test_a_pope_named_is_the_holy_sees(resolve: Resolve) -> None:
    assert top(resolve("Pope Tobias met migrants in Lampedusa, Italy."), "Tobias").country == "VAT"


def test_a_bare_pope_is_the_holy_sees(resolve: Resolve) -> None:
    assert top(resolve("The pope criticised the government of Argentina."), "pope").country == "VAT"


def test_twin_a_president_named_in_a_country_is_that_countrys(resolve: Resolve) -> None:
    assert top(resolve("President Tobias met migrants in Lampedusa, Italy."), "Tobias").country == "ITA"


# "Inspector-General of Police X": one police title, not a title and a body


def test_a_police_rank_of_police_is_one_title(resolve: Resolve) -> None:
    mentions = resolve("Malaysian Inspector-General of Police Tarik Amsah said police had requested help.")
    person = mention_with(mentions, "Amsah")
    assert "Inspector-General" in person.text and person.candidates[0].country == "MYS"
    assert person.candidates[0].sectors == ["COP"]


def test_twin_a_bare_inspector_general_keeps_its_sectors(resolve: Resolve) -> None:
    entity = top(resolve("The inspector general said the audit was finished."), "inspector general")
    assert set(entity.sectors) == {"GOV", "COP"}


POLICE_STORY = (
    "North Korea denied the charges. North Korean diplomats in Pyongyang said the man was innocent. "
    "Malaysian Inspector-General of Police Tarik Amsah said {subject} had requested an interview."
)


def test_bare_police_after_a_named_police_chief_are_his_countrys(resolve: Resolve) -> None:
    assert top(resolve(POLICE_STORY.format(subject="police")), "police").country == "MYS"
