"""Round 13: whose country a description of private people or of a stateless people takes (from the
events audit on real news). "People", "a woman", "civilians" with no owner of their own, and the forces of a
people without a state ("Kurdish forces"), belong to the country their own sentence speaks of (the
article's main country only when the sentence names it too), never to the article's main country alone.
Each rule with its twin."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]

SYRIA_LEDE = "Syrian rebels fought government forces near Aleppo, and the Syrian army shelled Homs. "


def country(mentions: list[Mention], text: str) -> str | None:
    return mention_with(mentions, text).candidates[0].country


def test_people_in_a_sentence_naming_no_country_take_none_from_the_article(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Since then gunmen elsewhere have killed 2,000 people in other wars.")
    assert country(mentions, "people") is None


def test_people_in_a_sentence_naming_one_country_are_of_that_country(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "In Jordan, the storm left 2,000 people without power.")
    assert country(mentions, "people") == "JOR"


def test_people_in_a_sentence_naming_two_other_countries_take_neither(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Attacks in Iraq and Jordan have killed 2,000 people.")
    assert country(mentions, "people") is None


def test_people_in_a_sentence_naming_the_articles_country_among_others_take_it(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Attacks in Jordan and Syria have killed 2,000 people.")
    assert country(mentions, "people") == "SYR"


def test_a_state_body_without_an_owner_still_takes_the_articles_country(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Later the police closed the roads.")
    assert country(mentions, "police") == "SYR"


def test_forces_of_a_people_without_a_state_take_no_country_from_the_article(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Kurdish forces captured two foreign fighters on Monday.")
    assert country(mentions, "Kurdish forces") is None


def test_forces_named_by_a_countrys_demonym_are_that_countrys(resolve: Resolve) -> None:
    mentions = resolve(SYRIA_LEDE + "Turkish forces captured two foreign fighters on Monday.")
    assert country(mentions, "Turkish forces") == "TUR"


def test_a_partys_spokesman_keeps_the_articles_country(resolve: Resolve) -> None:
    lede = "MPs at Westminster debated the budget on Monday, and Downing Street defended it. "
    mentions = resolve(lede + "The Tory spokesman also criticised the plans for Europe.")
    assert country(mentions, "Tory spokesman") == "GBR"
