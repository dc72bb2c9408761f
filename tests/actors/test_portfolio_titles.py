"""A minister's coordinated portfolio ("Culture, Media and Sport Secretary") is part of the title,
never an actor of its own (round 12; sentences written for these tests)."""

from __future__ import annotations

from collections.abc import Callable

from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]


def test_the_portfolio_words_are_part_of_the_title_before_a_name(resolve: Resolve) -> None:
    text = "Culture, Media and Sport Secretary Ann Smith criticised the broadcaster on Monday."
    mentions = resolve(text, "2024-03-15")
    assert [m.text for m in mentions][:1] == ["Culture, Media and Sport Secretary Ann Smith"]
    assert not any(m.text in ("Media", "Sport") for m in mentions)


def test_a_portfolio_title_alone_is_a_government_description(resolve: Resolve) -> None:
    mentions = resolve("The Work and Pensions Secretary said the plan would help.", "2024-03-15")
    title = [m for m in mentions if m.text == "Work and Pensions Secretary"]
    assert title and title[0].kind == "DESC" and title[0].entity.sectors == ["GOV"]


def test_coordinated_countries_before_a_title_stay_actors(resolve: Resolve) -> None:
    mentions = resolve("Russian and Ukrainian Foreign Ministers met in Geneva.", "2024-03-15")
    countries = {m.entity.country for m in mentions if m.entity is not None}
    assert {"RUS", "UKR"} <= countries


def test_a_list_of_names_without_an_office_word_is_left_alone(resolve: Resolve) -> None:
    mentions = resolve("Britain, France and Germany condemned the attack.", "2024-03-15")
    assert [m.text for m in mentions] == ["Britain", "France", "Germany"]
