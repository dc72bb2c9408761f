"""Round 26: codes of whole records. A people's word the recogniser takes for a name does not own the men
it describes; a former member of a known body is a person, not the body; a nationality noun describing a
person gives their country; "the capital, X" is X's; attackers of unknown allegiance keep the country but
not the state's name. Sentences written for these tests, each rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


def codes(mentions: list[Mention]) -> set[str | None]:
    return {m.candidates[0].country for m in mentions if m.candidates}


# "Yazidi men": a KB namesake's surname ("Al Yazidi") gave the men his country


def test_a_peoples_word_before_men_gives_them_no_namesakes_country(resolve: Resolve) -> None:
    mentions = resolve("During the war, Yazidi men were rounded up and shot by the militants.")
    assert "YEM" not in codes(mentions)


def test_twin_a_stateless_peoples_men_stay_uncoded_too(resolve: Resolve) -> None:
    mentions = resolve("During the war, Kurdish men were rounded up and shot by the militants.")
    assert "YEM" not in codes(mentions)


# "a former British army soldier": a person, not the British Army


def test_a_former_soldier_of_an_army_is_a_person_not_the_army(resolve: Resolve) -> None:
    text = "A former British army soldier has been jailed in Turkey for eight years."
    entity = top(resolve(text), "soldier")
    assert entity.kb_id is None and entity.country == "GBR" and entity.sectors == ["ELI"]


def test_twin_a_serving_soldier_keeps_the_army(resolve: Resolve) -> None:
    entity = top(resolve("A British army soldier has been jailed in Turkey for eight years."), "soldier")
    assert entity.kb_id is not None and entity.country == "GBR"


# "X, the sixteen-year-old Swede" / "X … The sixteen-year-old Swede is …": the person is Swedish

STORY = (
    "On Wednesday the magazine chose the activist Lena Marquist as its person of the year. {description} "
    "Marquist began her protest outside the parliament in Washington."
)


def test_a_nationality_noun_opening_the_next_sentence_places_the_person(resolve: Resolve) -> None:
    text = STORY.format(description="The sixteen-year-old Swede is the youngest winner.")
    assert top(resolve(text), "Marquist").country == "SWE"


def test_a_nationality_noun_in_apposition_places_the_person(resolve: Resolve) -> None:
    text = "Lena Marquist, the sixteen-year-old Swede, protested outside the parliament in Washington."
    assert top(resolve(text), "Lena Marquist").country == "SWE"


def test_twin_a_description_without_a_nationality_leaves_the_articles_country(resolve: Resolve) -> None:
    text = STORY.format(description="The sixteen-year-old activist is the youngest winner.")
    assert top(resolve(text), "Marquist").country == "USA"


def test_twin_a_nationality_noun_after_two_people_places_neither(resolve: Resolve) -> None:
    text = (
        "The US magazine chose Lena Marquist and Tom Ferrand as its people of the year. The Swede is the "
        "younger. Marquist began her protest outside the US parliament in Washington."
    )
    assert top(resolve(text), "Marquist").country == "USA"


# "the capital, Nairobi": the apposition's place, not the country of the MP in the sentence


def test_the_capital_reads_its_apposition(resolve: Resolve) -> None:
    text = "Tom Brinley, the MP for Grantham, was attacked in a park in the capital, Nairobi."
    assert top(resolve(text), "capital").country == "KEN"


def test_twin_a_bare_capital_keeps_the_sentences_country(resolve: Resolve) -> None:
    text = "Tom Brinley, the MP for Grantham, was attacked in a park in the capital."
    assert top(resolve(text), "capital").country == "GBR"


# "armed men" of unknown allegiance: the country they act in (ICEWS), never the state's name or KB id


def test_unidentified_armed_men_keep_the_country_not_the_state(resolve: Resolve) -> None:
    text = "Syrian troops entered the town. The doctor was kidnapped by armed men in Raqqa."
    entity = top(resolve(text), "armed men")
    assert (entity.country, entity.kb_id, entity.sectors) == ("SYR", None, ["UAF"])
    assert entity.name.startswith("armed men")


def test_twin_armed_men_of_a_named_country_keep_its_id(resolve: Resolve) -> None:
    text = "Syrian troops entered the town. The doctor was kidnapped by Syrian armed men in Raqqa."
    entity = top(resolve(text), "armed men")
    assert entity.kb_id == "SYR"
