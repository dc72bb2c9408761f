"""References back to named actors ("the Organization", "the bloc", "the two countries", "both
sides"), on texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]


def test_the_organization_and_the_alliance_are_the_organisation_named_earlier(resolve: Resolve) -> None:
    text = (
        "Iraq's foreign minister met the Secretary General of NATO in Brussels on Monday. "
        "He said the Organization would keep its advisers in the country. "
        "The organization's mission trains Iraqi officers, and the Alliance will not send combat troops. "
        "Later he visited Alliance Headquarters."
    )
    mentions = resolve(text, "2021-05-10")
    organization = mention_with(mentions, "Organization")
    assert (organization.entity.kb_id, organization.entity.country) == ("org:nato", "IGO")
    assert organization.kind == "ORG" and organization.sentence == 1
    mission = [m for m in mentions if m.text.startswith("organization")]
    assert mission and mission[0].entity.kb_id == "org:nato"
    alliance = [m for m in mentions if m.text.endswith("Alliance")]
    assert alliance and alliance[0].entity.kb_id == "org:nato"
    headquarters = mention_with(mentions, "Alliance Headquarters").entity
    assert (headquarters.country, headquarters.sectors) == ("IGO", ["GOV"])


def test_a_reference_finds_an_organisation_named_only_later(resolve: Resolve) -> None:
    text = "The Alliance met on Monday. NATO ministers agreed to send more ships."
    first = mention_with(resolve(text, "2022-03-01"), "Alliance")
    assert first.entity.kb_id == "org:nato"


def test_the_bloc_the_commission_and_the_council(resolve: Resolve) -> None:
    eu = resolve(
        "The EU agreed new sanctions on Tuesday. The bloc said the Commission would draft them.",
        "2022-03-01",
    )
    assert mention_with(eu, "bloc").entity.country == "EUR"
    commission = mention_with(eu, "Commission").entity
    assert (commission.kb_id, commission.country, commission.sectors) == (
        "org:european_commission",
        "EUR",
        ["GOV"],
    )
    nato = resolve("NATO ministers met in Brussels. The Council backed the plan.", "2022-03-01")
    council = mention_with(nato, "Council").entity
    assert (council.kb_id, council.sectors) == ("org:north_atlantic_council", ["GOV"])


def test_the_country_is_the_country_named_as_a_place_before_it(resolve: Resolve) -> None:
    text = (
        "The US embassy in Baghdad urged American citizens to leave the country. "
        "Iraq's parliament said the country would decide."
    )
    mentions = [m for m in resolve(text, "2020-01-05") if m.text == "country"]
    assert [m.entity.country for m in mentions] == ["IRQ", "IRQ"]


def test_the_two_countries_is_a_group_of_both(resolve: Resolve) -> None:
    text = "The United States and Iraq held talks in July, and the two countries agreed on a withdrawal."
    group = mention_with(resolve(text, "2021-07-26"), "countries")
    assert [e.country for e in group.group] == ["USA", "IRQ"]
    assert group.entity is not None and group.entity.country == "USA"
    single = mention_with(resolve("Iraq signed the deal.", "2021-07-26"), "Iraq")
    assert single.group == []


def test_both_sides_can_be_an_organisation_and_a_country(resolve: Resolve) -> None:
    text = "Iraq and NATO discussed training, and both sides praised the talks."
    sides = mention_with(resolve(text, "2021-02-01"), "sides")
    assert {e.country for e in sides.group} == {"IRQ", "IGO"}


def test_references_without_an_antecedent_are_no_actor(resolve: Resolve) -> None:
    mentions = resolve("The country is mourning after the storm. Both sides of the river flooded.")
    assert not [m for m in mentions if m.text in ("country", "sides")]


def test_the_organization_of_an_event_is_no_reference(resolve: Resolve) -> None:
    text = "The UN praised the summit, and the organization of the summit was smooth."
    mentions = resolve(text, "2022-05-01")
    assert not [m for m in mentions if m.text.startswith("organization")]


def test_the_group_is_never_the_newspaper_that_reported(resolve: Resolve) -> None:
    text = (
        "Islamic State fighters attacked a village, the Guardian reported. "
        "The group said it would attack again."
    )
    group = mention_with(resolve(text, "2019-04-10"), "group")
    assert (group.entity.kb_id, group.entity.country) == ("grp:isis", "IMG")


def test_the_two_sides_of_a_meeting_are_its_participants_not_its_venue(resolve: Resolve) -> None:
    text = (
        "French President Emmanuel Macron met German Chancellor Olaf Scholz in Brussels on Monday. "
        "The two sides discussed energy prices."
    )
    sides = mention_with(resolve(text, "2023-03-06"), "sides")
    assert {e.country for e in sides.group} == {"FRA", "DEU"}
    assert all(e.kb_id and e.country != "BEL" for e in sides.group)


def test_the_two_countries_are_not_the_host_of_their_talks(resolve: Resolve) -> None:
    text = "Iran and the United States held talks in Oman. The two countries agreed to meet again."
    countries = mention_with(resolve(text, "2021-04-01"), "countries")
    assert [e.country for e in countries.group] == ["IRN", "USA"]


def test_the_parties_of_a_meeting_are_its_participants(resolve: Resolve) -> None:
    """Round 12: "the parties" without a number, where a meeting is told, are everyone it names."""
    text = "Kenya and Uganda held talks in Nairobi on Monday. The parties also discussed trade."
    parties = mention_with(resolve(text, "2024-03-15"), "parties")
    assert [e.country for e in parties.group] == ["KEN", "UGA"]


def test_a_country_named_inside_the_venue_phrase_is_no_party_of_the_meeting(resolve: Resolve) -> None:
    """A host named inside the locative phrase ("in the Ethiopian capital, Addis Ababa", "in Addis
    Ababa, Ethiopia") is the venue, though no preposition stands right before it."""
    for venue in ("in the Ethiopian capital, Addis Ababa", "in Addis Ababa, Ethiopia"):
        text = (
            f"Kenya and Uganda held talks at the African Union's headquarters {venue} on Monday. "
            "The parties also discussed trade."
        )
        parties = mention_with(resolve(text, "2024-03-15"), "parties")
        assert "ETH" not in {e.country for e in parties.group}, venue
        assert {"KEN", "UGA"} <= {e.country for e in parties.group}, venue


def test_twin_a_country_after_a_non_locative_preposition_is_a_party(resolve: Resolve) -> None:
    text = "The talks between Kenya and Ethiopia lasted a day. The parties also discussed trade."
    parties = mention_with(resolve(text, "2024-03-15"), "parties")
    assert {e.country for e in parties.group} == {"KEN", "ETH"}


def test_the_parties_of_a_campaign_are_no_participants(resolve: Resolve) -> None:
    text = "Kenya and Uganda sent observers to the election. The parties campaigned in every town."
    assert not any(m.group for m in resolve(text, "2024-03-15") if "parties" in m.text)


def test_a_news_agency_is_no_side(resolve: Resolve) -> None:
    text = (
        "Sudan's army clashed with the Rapid Support Forces on Monday, Agence France-Presse reported. "
        "Both sides also oppose the rebels."
    )
    sides = mention_with(resolve(text, "2024-03-15"), "sides")
    assert "Agence France-Presse" not in {e.name for e in sides.group}
