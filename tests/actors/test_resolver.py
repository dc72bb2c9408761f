"""ActorResolver on short texts written for these tests."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with
from spacy.language import Language

from eventwire.actors import ActorResolver
from eventwire.records import Article, Mention

Resolve = Callable[..., list[Mention]]


def test_title_country_and_name_make_one_mention(resolve: Resolve) -> None:
    text = "Iraqi Foreign Minister Fouad Hussein held talks in Ankara on Tuesday."
    mentions = resolve(text, "2021-03-02")
    person = mention_with(mentions, "Hussein")
    assert person.text == "Iraqi Foreign Minister Fouad Hussein"
    assert person.kind == "PERSON" and person.span == (0, len(person.text)) and person.sentence == 0
    entity = person.entity
    assert (entity.name, entity.country, entity.sectors) == ("Fuad Hussein", "IRQ", ["GOV"])
    assert entity.role == "Minister of Foreign Affairs of Iraq"
    assert not [m for m in mentions if m.text == "Iraqi"]  # the adjective is part of the person's mention


def test_bare_titles_resolve_to_the_office_holder_of_the_day(resolve: Resolve) -> None:
    text = (
        "The Iraqi government welcomed the talks. The Prime Minister said the Secretary General of NATO "
        "would visit Baghdad."
    )
    mentions = resolve(text, "2021-06-30")
    prime_minister = mention_with(mentions, "Prime Minister").entity
    assert (prime_minister.country, prime_minister.role) == ("IRQ", "Prime Minister of Iraq")
    assert prime_minister.kb_id is not None
    secretary = mention_with(mentions, "Secretary General").entity
    assert (secretary.name, secretary.country) == ("Jens Stoltenberg", "IGO")
    later = mention_with(resolve(text, "2023-06-30"), "Prime Minister").entity
    assert later.kb_id != prime_minister.kb_id and later.country == "IRQ"


def test_descriptions_resolve_to_country_and_sector(resolve: Resolve) -> None:
    text = (
        "Iraqi security forces arrested two men, the Iraqi parliament voted on a budget, "
        "and Iraqi officials met a senior Jordanian government official."
    )
    mentions = resolve(text, "2022-01-10")
    expected = {
        "Iraqi security forces": ("IRQ", "MIL"),
        "Iraqi parliament": ("IRQ", "LEG"),
        "Iraqi officials": ("IRQ", "GOV"),
        "Jordanian government official": ("JOR", "GOV"),
    }
    for text_part, (country, sector) in expected.items():
        entity = mention_with(mentions, text_part).entity
        assert (entity.country, entity.sectors[0]) == (country, sector), text_part


def test_unknown_person_is_kept_with_the_country_and_sector_of_the_text(resolve: Resolve) -> None:
    text = (
        "Iraqi National Security Adviser Karim Testawi met the ambassador. Testawi later spoke to reporters."
    )
    mentions = resolve(text, "2021-12-27")
    first, later = (
        mention_with(mentions, "Karim Testawi"),
        mentions[[m.text for m in mentions].index("Testawi")],
    )
    for mention in (first, later):
        entity = mention.entity
        assert entity.kb_id is None and entity.name.endswith("Testawi")
        assert (entity.country, entity.sectors) == ("IRQ", ["GOV"])
    assert first.entity.role == "National Security Adviser"


def test_surname_resolves_through_the_full_name_used_earlier(resolve: Resolve) -> None:
    text = "Libyan leader Muammar Gaddafi received the envoy. Qadhafi said the talks went well."
    mentions = resolve(text, "2005-05-01")
    full, short = mention_with(mentions, "Gaddafi").entity, mention_with(mentions, "Qadhafi").entity
    assert full.kb_id is not None and short.kb_id == full.kb_id and short.country == "LBY"


def test_transliteration_variants_find_one_person(resolve: Resolve) -> None:
    one = mention_with(
        resolve("On Monday Mr. Zelensky said he would travel.", "2023-01-05"), "Zelensky"
    ).entity
    other = mention_with(resolve("President Zelenskyy spoke on Monday.", "2023-01-05"), "Zelenskyy").entity
    assert one.kb_id == other.kb_id and one.country == "UKR" and one.role == "President of Ukraine"


def test_a_sector_a_person_stands_for(resolve: Resolve) -> None:
    mentions = resolve(
        "The Assad regime rejected the offer, and Mr. Zelensky's office said so too.", "2023-01-05"
    )
    regime = mention_with(mentions, "Assad regime").entity
    assert (regime.country, regime.sectors) == ("SYR", ["GOV"])
    office = mention_with(mentions, "office").entity
    assert (office.country, office.sectors) == ("UKR", ["GOV"])


def test_former_office_holders_are_elites_not_holders(resolve: Resolve) -> None:
    mentions = resolve("A former Iraqi prime minister criticised the plan.", "2021-06-30")
    entity = mention_with(mentions, "prime minister").entity
    assert entity.kb_id == "IRQ" and entity.sectors == ["ELI"]


def test_capitals_act_as_governments_but_cities_are_not_actors(resolve: Resolve) -> None:
    mentions = resolve(
        "Baghdad said the Kremlin and Downing Street were wrong. A bomb hit a market in Kirkuk.", "2020-01-01"
    )
    assert mention_with(mentions, "Baghdad").entity.country == "IRQ"
    assert mention_with(mentions, "Kremlin").entity.sectors == ["GOV"]
    assert mention_with(mentions, "Downing Street").entity.country == "GBR"
    assert not [m for m in mentions if "Kirkuk" in m.text]
    placed = resolve("Leaders met in Baghdad on Monday.", "2020-01-01")
    assert not [m for m in placed if "Baghdad" in m.text]


def test_organisations_and_armed_groups(resolve: Resolve) -> None:
    mentions = resolve(
        "NATO and EU officials condemned an attack by Islamic State fighters on UN peacekeepers.",
        "2019-03-01",
    )
    assert mention_with(mentions, "NATO").entity.country == "IGO"
    eu = mention_with(mentions, "EU officials").entity
    assert (eu.country, eu.sectors) == ("EUR", ["GOV"])
    isis = mention_with(mentions, "Islamic State").entity
    assert (isis.country, isis.sectors[0]) == ("IMG", "REB")
    assert mention_with(mentions, "peacekeepers").entity.country == "UNO"


def test_a_group_that_took_power(resolve: Resolve) -> None:
    before = mention_with(resolve("The Taliban attacked a checkpoint.", "2020-05-01"), "Taliban").entity
    after = mention_with(resolve("The Taliban announced a new cabinet.", "2022-05-01"), "Taliban").entity
    assert (before.country, before.sectors) == ("AFG", ["REB"])
    assert (after.country, after.sectors) == ("AFG", ["GOV"])


def test_coordinated_modifiers_share_their_head(resolve: Resolve) -> None:
    mentions = resolve("Hungarian and Romanian officials agreed to cooperate.", "2001-01-01")
    hungarian, romanian = (
        mention_with(mentions, "Hungarian").entity,
        mention_with(mentions, "Romanian").entity,
    )
    assert (hungarian.country, hungarian.sectors) == ("HUN", ["GOV"])
    assert (romanian.country, romanian.sectors) == ("ROU", ["GOV"])


def test_backers_do_not_own_what_they_back(resolve: Resolve) -> None:
    mentions = resolve("Syrian Democratic Forces, US-backed fighters, took the town.", "2019-01-01")
    assert mention_with(mentions, "Syrian Democratic Forces").entity.country == "SYR"
    assert all(m.entity.country != "USA" for m in mentions if "fighters" in m.text)


def test_main_country_of_the_article_fills_bare_descriptions(resolve: Resolve) -> None:
    mentions = resolve("Police in Kenya arrested a suspect. The police said he was armed.", "2019-01-01")
    bare = next(m for m in mentions if m.text == "police").entity
    assert (bare.country, bare.sectors) == ("KEN", ["COP"])
    assert bare.score < mention_with(mentions, "Police in Kenya").entity.score


def test_ambiguous_undated_surname_keeps_all_candidates(resolve: Resolve) -> None:
    mention = mention_with(resolve("Maduro spoke on television.", None), "Maduro")
    assert mention.entity.kb_id is None
    assert {"Nicolás Maduro", "Ricardo Maduro"} <= {e.name for e in mention.candidates}


def test_resolve_span_takes_the_span_as_an_actor(resolver: ActorResolver, nlp: Language) -> None:
    text = "Turkish demands were rejected by officials meeting in London."
    doc = nlp(text)
    article = Article(article_id="s", source_path="test", text=text, published="2019-01-01")
    turkish = resolver.resolve_span(doc, (0, len("Turkish demands")), article)
    assert turkish is not None and turkish.entity.country == "TUR"
    start = text.index("London")
    london = resolver.resolve_span(doc, (start, start + len("London")), article)
    assert london is not None and (london.kind, london.entity.country) == ("LOC", "GBR")


def test_bad_input_does_not_crash(resolve: Resolve) -> None:
    assert resolve("", "2020-01-01") == []
    assert isinstance(resolve("!!! ??? ...", "not a date"), list)
