"""Round 18: whole records. A diplomat is coded with the state they represent, not the one they are posted to;
a title description followed by the holder's name between commas is one actor; a body right before a country
that opens a title ("the UN Syria envoy") owns the title. Each rule on sentences written for it, with a twin
where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


# --- a diplomat's posting is not the diplomat's country


def test_a_described_ambassador_named_between_commas_is_one_person_of_the_state_represented(
    resolve: Resolve,
) -> None:
    mentions = resolve("Former Norwegian Ambassador to Chile, Lars Haugen, criticised the decision.")
    person = top(mentions, "Haugen")
    assert mention_with(mentions, "Haugen").text.startswith("Norwegian Ambassador to Chile")
    assert (person.country, person.sectors) == ("NOR", ["ELI"])


def test_an_ambassador_is_not_coded_with_the_country_of_posting(resolve: Resolve) -> None:
    mentions = resolve("The Norwegian ambassador to Chile, Lars Haugen, met officials in Santiago.")
    assert top(mentions, "Haugen").country == "NOR"


def test_an_ambassador_without_a_country_of_his_own_takes_no_country_of_posting(resolve: Resolve) -> None:
    mentions = resolve("The ambassador to Chile, Lars Haugen, met officials.")
    assert top(mentions, "Haugen").country is None


def test_an_unnamed_ambassador_is_not_coded_with_the_country_of_posting(resolve: Resolve) -> None:
    mentions = resolve("Chile summoned the ambassador to Chile on Monday.")
    assert top(mentions, "ambassador").country is None


def test_twin_a_minister_of_a_country_is_still_that_countrys(resolve: Resolve) -> None:
    mentions = resolve("The Chilean minister, Lars Haugen, met officials.")
    assert top(mentions, "Haugen").country == "CHL"


def test_twin_a_spokesman_followed_by_a_list_of_names_is_not_joined(resolve: Resolve) -> None:
    mentions = resolve("The Chilean spokesman, Lars Haugen and Ana Rojas met officials.")
    assert "spokesman" not in mention_with(mentions, "Haugen").text


# --- the body before a country that opens a title owns it


def test_a_un_envoy_named_with_the_country_of_his_remit_is_the_uns(resolve: Resolve) -> None:
    mentions = resolve("The rebels met the UN Syria special envoy, Karl Lindqvist, on Tuesday.")
    person = top(mentions, "Lindqvist")
    assert (person.country, person.sectors) == ("UNO", ["GOV"])


def test_a_states_envoy_named_with_the_country_of_his_remit_is_the_states(resolve: Resolve) -> None:
    mentions = resolve("The US Syria envoy James Harlow met Turkish officials.")
    assert top(mentions, "Harlow").country == "USA"


def test_twin_two_countries_without_a_title_stay_two_actors(resolve: Resolve) -> None:
    mentions = resolve("Iraq Kuwait relations improved after the talks.")
    assert {m.candidates[0].country for m in mentions} >= {"IRQ", "KWT"}


# --- a news outlet named as the source does not place the news


def test_people_arrested_according_to_a_newspaper_are_not_the_newspapers_country(resolve: Resolve) -> None:
    text = "Police have arrested more than 1000 people since the protests began, according to The Guardian."
    assert top(resolve(text), "people").country is None


def test_twin_people_arrested_in_a_named_city_keep_its_country(resolve: Resolve) -> None:
    text = "Police have arrested more than 1000 people in London since June, according to The Guardian."
    assert top(resolve(text), "people").country == "GBR"


# --- a spokesman or negotiator for a sector speaks for that sector


def test_a_spokesman_for_the_rebels_is_a_rebel_not_a_state_official(resolve: Resolve) -> None:
    mentions = resolve("A spokesman for the rebels said the talks had failed.")
    assert top(mentions, "spokesman").sectors == ["REB"]


def test_a_negotiator_for_the_opposition_is_the_oppositions(resolve: Resolve) -> None:
    mentions = resolve("The lead negotiator for the opposition said the talks should focus on a transition.")
    assert top(mentions, "negotiator").sectors == ["OPP"]


def test_twin_officials_of_a_ministry_stay_state_officials(resolve: Resolve) -> None:
    mentions = resolve("Officials of the ministry met the rebels on Monday.")
    assert top(mentions, "Officials").sectors == ["GOV"]
