"""Round 19: whole records. The staff of a non-state body (an NGO, a company) are not government; each rule on
sentences written for it, with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


# --- the staff of a non-state body


def test_an_ngo_spokesman_takes_the_ngo_code_and_no_government_sector(resolve: Resolve) -> None:
    mentions = resolve("Paul Stone, a spokesman for Oxfam, accused the army of blocking aid.")
    person = top(mentions, "Paul Stone")
    assert (person.country, person.sectors) == ("NGO", [])


def test_a_company_chief_executive_is_business(resolve: Resolve) -> None:
    mentions = resolve("Jane Doe, chief executive of Acme Holdings, said the deal was fair.")
    assert top(mentions, "Jane Doe").sectors == ["BUS"]


def test_a_company_named_before_its_chief_executive_makes_her_business(resolve: Resolve) -> None:
    mentions = resolve("Acme Holdings's chief executive Jane Doe criticised the regulator.")
    assert top(mentions, "Jane Doe").sectors == ["BUS"]


def test_twin_a_state_body_chief_executive_stays_government(resolve: Resolve) -> None:
    mentions = resolve("Paul Stone, chief executive of the Kenya Ports Authority, said the port was closed.")
    person = top(mentions, "Paul Stone")
    assert (person.country, person.sectors) == ("KEN", ["GOV"])


def test_twin_a_ministry_spokesman_stays_government(resolve: Resolve) -> None:
    mentions = resolve("Paul Stone, a spokesman for the Kenyan Interior Ministry, said the road was closed.")
    person = top(mentions, "Paul Stone")
    assert (person.country, person.sectors) == ("KEN", ["GOV"])


def test_an_ngo_s_officials_are_not_government(resolve: Resolve) -> None:
    mentions = resolve("Amnesty officials accused the police of torture.")
    body = top(mentions, "Amnesty officials")
    assert (body.country, body.sectors) == ("NGO", [])


def test_twin_an_igo_s_officials_stay_government(resolve: Resolve) -> None:
    mentions = resolve("NATO officials met Kenyan officials.")
    assert top(mentions, "NATO officials").sectors == ["GOV"]


# --- a person's office


def test_a_leader_s_office_is_the_leader_s_government_not_the_article_s_country(resolve: Resolve) -> None:
    text = "Syrian forces shelled the town. A statement from Macron's office condemned the attack."
    office = top(resolve(text, "2018-04-10"), "Macron's office")
    assert (office.country, office.sectors) == ("FRA", ["GOV"])


def test_twin_a_town_s_police_are_not_a_person_s(resolve: Resolve) -> None:
    text = "Syrian forces shelled the town. Later Kisumu's police arrested two men."
    police = top(resolve(text, "2018-04-10"), "police")
    assert police.country != "FRA" and police.sectors == ["COP"]


def test_a_body_headed_by_a_corporate_title_is_a_company(resolve: Resolve) -> None:
    text = "Peter Zhang, chief executive of Zentora, said the club would be sold. Zhang said talks continued."
    mentions = resolve(text, "2017-02-10")
    assert top(mentions, "chief executive of Zentora").sectors == ["BUS"]
    assert top(mentions, "Zhang said"[:5]).sectors == ["BUS"]


def test_twin_a_city_s_chief_executive_is_no_company_s(resolve: Resolve) -> None:
    mentions = resolve("Jane Roe, chief executive of Nairobi, said the market would close.", "2017-02-10")
    person = top(mentions, "Jane Roe")
    assert (person.country, person.sectors) == ("KEN", ["GOV"])


# --- holders of an office in several states, and western diplomats

BEFORE = "Syrian forces shelled the town of Douma on Monday. "


def test_the_plural_of_a_one_holder_office_takes_no_country_from_the_article(resolve: Resolve) -> None:
    mentions = resolve(BEFORE + "The foreign ministers met in Geneva on Tuesday.", "2018-03-10")
    assert top(mentions, "foreign ministers").country is None


def test_twin_plural_ministers_of_no_one_office_stay_the_article_s(resolve: Resolve) -> None:
    mentions = resolve(BEFORE + "The ministers criticised the rebels.", "2018-03-10")
    assert top(mentions, "ministers").country == "SYR"


def test_twin_plural_holders_with_their_country_keep_it(resolve: Resolve) -> None:
    mentions = resolve(
        BEFORE + "The Kenyan foreign ministers of the last decade met in Nairobi.", "2018-03-10"
    )
    assert top(mentions, "foreign ministers").country == "KEN"


def test_western_diplomats_are_not_the_article_s_country(resolve: Resolve) -> None:
    mentions = resolve(BEFORE + "Western diplomats criticised the government.", "2018-03-10")
    assert top(mentions, "diplomats").country is None


def test_twin_diplomats_without_a_marker_stay_the_article_s(resolve: Resolve) -> None:
    mentions = resolve(BEFORE + "The diplomats criticised the rebels.", "2018-03-10")
    assert top(mentions, "diplomats").country == "SYR"


# --- a city's name is no look-alike leader's


def test_a_shelled_town_is_no_person_of_a_similar_name(resolve: Resolve) -> None:
    mentions = resolve("Syrian forces shelled Douma on Monday.", "2018-03-10")
    assert not [m for m in mentions if m.kind == "PERSON"]


def test_a_city_s_provinces_are_no_administration_of_a_look_alike_leader(resolve: Resolve) -> None:
    mentions = resolve("Rebels attacked the Hama provinces on Monday.", "2018-03-10")
    assert top(mentions, "Hama").country != "BWA"


def test_twin_a_leader_s_administration_is_still_his_government(resolve: Resolve) -> None:
    mentions = resolve("Rebels attacked the Khama administration on Monday.", "2018-03-10")
    assert top(mentions, "Khama").country == "BWA"
