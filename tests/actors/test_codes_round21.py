"""Round 21: codes of whole records. A given name alone is no KB person's family name, a pet name is its
formal name's ("Charlie" / "Charles"), an administration named after a former leader is that leader's
country's. Sentences written for these tests, each rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


# a one-word given name with no title stands for no KB person bearing it as a family name


def test_a_given_name_alone_is_no_former_prime_minister(resolve: Resolve) -> None:
    paul = top(resolve("I congratulate Paul on his new appointment."), "Paul")
    assert (paul.kb_id, paul.country) == (None, None)


def test_twin_a_given_name_alone_refers_back_to_the_full_name(resolve: Resolve) -> None:
    text = "Haiti's former prime minister, Evans Paul, met the president. Paul said the talks went well."
    mentions = resolve(text)
    assert top(mentions[1:], "Paul").country == "HTI"


def test_twin_a_family_name_alone_still_names_its_bearer(resolve: Resolve) -> None:
    assert top(resolve("Putin said the talks went well.", "2020-05-01"), "Putin").country == "RUS"


# a pet name is its formal given name


def test_a_pet_name_matches_the_formal_name(resolve: Resolve) -> None:
    text = "Minister Charlie Flanagan said the inquiry was overdue."
    minister = top(resolve(text, "2017-02-23"), "Charlie Flanagan")
    assert (minister.name, minister.country) == ("Charles Flanagan", "IRL")


def test_twin_a_pet_name_alone_is_no_king(resolve: Resolve) -> None:
    charlie = top(resolve("Charlie said the talks went well."), "Charlie")
    assert (charlie.kb_id, charlie.country) == (None, None)


# an administration named after a leader out of office is still that leader's country's


def test_a_former_leader_s_administration_is_his_country_s(resolve: Resolve) -> None:
    text = "Kenya's foreign minister criticised the Obama administration on Monday."
    administration = top(resolve(text, "2024-06-01"), "Obama administration")
    assert (administration.country, administration.sectors) == ("USA", ["GOV"])


def test_twin_a_sitting_leader_s_administration_is_his_country_s(resolve: Resolve) -> None:
    text = "Uganda's foreign minister criticised the Biden administration on Monday."
    assert top(resolve(text, "2022-06-01"), "Biden administration").country == "USA"


# a country named as the place of a trip is where someone went, not their country


def test_the_country_of_a_lecture_tour_is_not_the_speaker_s(resolve: Resolve) -> None:
    text = "Ms Wanjiru was criticised for remarks she made during a United States lecture tour."
    assert top(resolve(text), "Wanjiru").country is None


def test_the_country_visited_is_not_the_visitor_s(resolve: Resolve) -> None:
    assert top(resolve("Mr Otieno was arrested during a visit to China."), "Otieno").country is None


def test_twin_a_person_arrested_in_a_country_takes_its_code(resolve: Resolve) -> None:
    assert top(resolve("Mr Otieno was arrested in China."), "Otieno").country == "CHN"


def test_twin_a_family_named_after_a_person_is_no_administration(resolve: Resolve) -> None:
    text = "The Kenyan bishop Obama died on Monday. Bishop Obama's family thanked the clergy of Nairobi."
    assert top(resolve(text, "2024-06-01"), "family").country == "KEN"
