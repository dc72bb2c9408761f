"""Coalitions, organisations' officials and bodies, group members, shared country names, peoples,
descriptions whose sector comes from their words, on texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]


def _country_sector(mention: Mention) -> tuple[str | None, str | None]:
    entity = mention.entity
    assert entity is not None
    return entity.country, entity.sectors[0] if entity.sectors else None


def test_a_led_coalition_is_its_leaders_military(resolve: Resolve) -> None:
    text = (
        "Coalition forces led by the United States are leaving the base. "
        "The coalition said advisers would stay. The Saudi-led coalition struck a port in Yemen."
    )
    mentions = resolve(text, "2021-12-27")
    assert _country_sector(mention_with(mentions, "Coalition forces led by")) == ("USA", "MIL")
    later = [m for m in mentions if m.text == "coalition"]
    assert later and _country_sector(later[0]) == ("USA", "MIL")
    assert _country_sector(mention_with(mentions, "Saudi-led coalition")) == ("SAU", "MIL")


def test_a_coalition_without_a_leader_is_an_unnamed_multinational_force(resolve: Resolve) -> None:
    mentions = resolve("Coalition aircraft bombed the bridge on Friday.", "2017-05-01")
    entity = mention_with(mentions, "Coalition aircraft").entity
    assert (entity.country, entity.sectors, entity.kb_id) == ("IGO", ["MIL"], None)
    named = resolve(
        "The Global Coalition Against Daesh met in Rome. The coalition pledged funds.", "2019-05-01"
    )
    assert next(m for m in named if m.text == "coalition").entity.kb_id == "org:global_coalition"


def test_the_side_of_a_country_is_its_government(resolve: Resolve) -> None:
    mentions = resolve("NATO offered help based on the needs of the Iraqi side.", "2020-09-16")
    assert _country_sector(mention_with(mentions, "Iraqi side")) == ("IRQ", "GOV")


def test_officials_and_bodies_of_an_organisation(resolve: Resolve) -> None:
    text = (
        "The delegation met NATO Permanent Representatives and the North Atlantic Council, then the "
        "NATO Assistant Secretary General for Operations."
    )
    mentions = resolve(text, "2021-05-12")
    for part in ("NATO Permanent Representatives", "North Atlantic Council", "Assistant Secretary General"):
        assert _country_sector(mention_with(mentions, part)) == ("IGO", "GOV"), part


def test_a_special_representative_belongs_to_the_articles_organisation(resolve: Resolve) -> None:
    text = (
        "NATO named a new envoy for its southern partners on Tuesday. "
        "The appointment of the Special Representative is part of the plan."
    )
    envoy = mention_with(resolve(text, "2021-05-12"), "Special Representative").entity
    assert (envoy.country, envoy.sectors, envoy.name) == (
        "IGO",
        ["GOV"],
        "North Atlantic Treaty Organization",
    )


def test_members_of_an_armed_group_are_the_group(resolve: Resolve) -> None:
    mentions = resolve("ISIS elements attacked a checkpoint, and Hamas members fled.", "2020-01-01")
    assert mention_with(mentions, "ISIS elements").entity.kb_id == "grp:isis"
    assert _country_sector(mention_with(mentions, "ISIS elements")) == ("IMG", "REB")
    assert mention_with(mentions, "Hamas members").entity.sectors == ["REB"]


def test_congo_is_decided_by_the_articles_words(resolve: Resolve) -> None:
    east = resolve("Congo's army fought rebels near Goma in North Kivu.", "2024-02-01")
    assert mention_with(east, "Congo").entity.country == "COD"
    west = resolve(
        "Congo's president spoke in Brazzaville after meeting Sassou Nguesso's ministers.", "2024-02-01"
    )
    assert mention_with(west, "Congo").entity.country == "COG"
    bare = resolve("Congo said the talks would resume.", "2024-02-01")
    assert mention_with(bare, "Congo").entity.country == "COD"


def test_peoples_named_by_where_they_live(resolve: Resolve) -> None:
    mentions = resolve("Bosnian Serbs protested, and Iraqi Kurds voted in the referendum.", "2017-09-25")
    assert _country_sector(mention_with(mentions, "Bosnian Serbs")) == ("BIH", "CVL")
    assert _country_sector(mention_with(mentions, "Iraqi Kurds")) == ("IRQ", "CVL")
    assert not [m for m in resolve("Non-Syrian fighters crossed the border.") if m.kind == "NORP"]


def test_sector_words_inside_descriptions(resolve: Resolve) -> None:
    text = (
        "Indian coal workers went on strike. The Cuban Parliament President spoke. "
        "Gunmen attacked a police headquarters in Kabul. Russian negotiators left."
    )
    mentions = resolve(text, "2019-06-01")
    assert _country_sector(mention_with(mentions, "Indian coal workers")) == ("IND", "LAB")
    assert _country_sector(mention_with(mentions, "Parliament President")) == ("CUB", "LEG")
    assert mention_with(mentions, "police headquarters").entity.sectors == ["COP"]
    assert _country_sector(mention_with(mentions, "Russian negotiators")) == ("RUS", "GOV")


def test_an_event_is_no_actor_and_a_town_is_no_person(resolve: Resolve) -> None:
    mentions = resolve(
        "Leaders met at the Washington Summit. Shells fell on the northern Hama countryside.", "2019-04-01"
    )
    assert not [m for m in mentions if "Summit" in m.text]
    assert not [m for m in mentions if m.text == "Hama"]
