"""Session 25: context owners and officials of international bodies. A backer, patron or ally the text ties an
actor to does not give it its country; an official of an international body is coded with the body; a
monarch of several realms is one KB person. Each rule on sentences written for it, with a twin where it must
not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.actors import KnowledgeBase
from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


# --- a backer, patron or ally is not the owner


def test_rebels_backed_by_a_state_are_not_that_states(resolve: Resolve) -> None:
    mentions = resolve("Rebels backed by Saudi Arabia attacked the town on Sunday.")
    assert top(mentions, "Rebels").country is None


def test_rebels_backed_with_a_hyphen_are_not_that_states(resolve: Resolve) -> None:
    mentions = resolve("Saudi-backed rebels attacked the town on Sunday.")
    assert top(mentions, "rebels").country is None


def test_militias_allied_with_a_state_are_not_that_states(resolve: Resolve) -> None:
    mentions = resolve("Militias allied with Turkey shelled the town on Monday.")
    assert top(mentions, "Militias").country is None


def test_a_name_described_as_a_states_protege_is_not_that_states(resolve: Resolve) -> None:
    mentions = resolve("Walid Testari, a protege of Qatar, spoke in Geneva on Monday.", date="2018-03-01")
    assert top(mentions, "Testari").country is None


def test_a_states_own_army_is_still_that_states(resolve: Resolve) -> None:
    mentions = resolve("Saudi Arabia's army attacked the town on Sunday.")
    assert top(mentions, "army").country == "SAU"


def test_backed_rebels_keep_the_articles_country_when_it_is_not_the_backer(resolve: Resolve) -> None:
    text = (
        "Yemen's government said Houthi fighters shelled Taiz. The Yemeni army advanced on the port. "
        "Rebels backed by Saudi Arabia attacked the Houthis near Marib."
    )
    assert top(resolve(text), "Rebels").country == "YEM"


def test_forces_loyal_to_a_state_are_that_states(resolve: Resolve) -> None:
    mentions = resolve("Forces loyal to Iran attacked the town on Sunday.")
    assert top(mentions, "Forces").country == "IRN"


# --- officials of international bodies


def test_a_un_mediator_is_coded_with_the_un(resolve: Resolve) -> None:
    mentions = resolve("Rebel leaders said they would meet U.N. mediator Carlos Testavez in Geneva.")
    assert top(mentions, "Testavez").country == "UNO"


def test_a_national_mediator_keeps_the_country(resolve: Resolve) -> None:
    mentions = resolve("Qatari mediator Ahmed Testani met the rebel leaders in Cairo.")
    assert top(mentions, "Testani").country == "QAT"


def test_an_eu_commissioner_in_the_kb_as_a_national_minister_is_coded_eur(resolve: Resolve) -> None:
    mentions = resolve("EU Commissioner Johannes Hahn visited Skopje on Monday.", date="2018-03-01")
    hahn = top(mentions, "Hahn")
    assert (hahn.country, hahn.sectors) == ("EUR", ["GOV"])


def test_the_same_person_named_as_a_national_minister_keeps_the_country(resolve: Resolve) -> None:
    mentions = resolve("Austrian minister Johannes Hahn visited Skopje on Monday.", date="2018-03-01")
    assert top(mentions, "Hahn").country == "AUT"


def test_a_special_rapporteur_on_a_subject_is_the_uns(resolve: Resolve) -> None:
    mentions = resolve("The UN special rapporteur on torture, Nils Testmann, criticised Ecuador.")
    assert top(mentions, "Testmann").country == "UNO"


def test_an_envoy_for_a_country_is_the_bodys_not_the_countrys(resolve: Resolve) -> None:
    mentions = resolve("UN special envoy for Syria Anna Testberg met Syrian officials in Damascus.")
    assert top(mentions, "Testberg").country == "UNO"


def test_a_police_forces_commissioner_takes_the_forces_sector(resolve: Resolve) -> None:
    mentions = resolve("Garda Commissioner Nora Testwell said two men were arrested in Dublin.")
    garda = top(mentions, "Testwell")
    assert (garda.country, garda.sectors) == ("IRL", ["COP"])


def test_an_ambassador_to_the_un_is_no_un_official_by_this_rule(kb: KnowledgeBase) -> None:
    from eventwire.actors.grammar import grammar
    from eventwire.actors.titles import titles

    ambassador = titles()["permanent representative"]
    assert ambassador.office not in grammar().igo_official_offices


# --- the built KB: a monarch of several realms is one person (holders: tests/actors/test_build_kb.py)


def test_a_monarch_of_several_realms_is_one_kb_person(kb: KnowledgeBase) -> None:
    found = [kb.holder(code, "monarch", "2023-05-01") for code in ("GBR", "CAN", "AUS", "JAM", "TUV")]
    assert {held[1] for held in found if held is not None} == {"Q43274"}
