"""Round 23: codes of whole records. A person's home town or the leader they advise places them, a
"London-based" seat places no one else in its sentence, the euro area is a European body, and a plural
description with no owner takes no article country its sentence does not name. Sentences written for these
tests, each rule with a twin where it must not fire."""

from __future__ import annotations

from collections.abc import Callable

from actor_helpers import mention_with

from eventwire.actors import KnowledgeBase
from eventwire.actors.asof import standing
from eventwire.actors.model import KBEntity, Role
from eventwire.records import Entity, Mention

Resolve = Callable[..., list[Mention]]

TURKISH_STORY = (
    "The parents of a former soldier held in Turkey say their son is innocent. Turkish police raided the "
    "hotel in Didim, south-west Turkey, where {who} was staying. "
    "Turkish authorities accused Baxter of terrorism."
)


def top(mentions: list[Mention], text: str) -> Entity:
    return mention_with(mentions, text).candidates[0]


def test_a_home_town_after_a_name_places_the_person(resolve: Resolve) -> None:
    text = TURKISH_STORY.format(who="Tom Baxter, 31, from Leeds,")
    assert top(resolve(text), "Tom Baxter").country == "GBR"


def test_twin_without_a_home_town_the_person_takes_the_articles_country(resolve: Resolve) -> None:
    text = TURKISH_STORY.format(who="Tom Baxter, 31,")
    assert top(resolve(text), "Tom Baxter").country == "TUR"


SYRIAN_STORY = 'Syria\'s army took the town. "The Americans must leave Syria," Hamid Rezaei, {who}, said.'


def test_an_adviser_to_a_leader_is_of_the_leaders_country(resolve: Resolve) -> None:
    text = SYRIAN_STORY.format(who="a senior adviser to Iran's supreme leader")
    assert top(resolve(text), "Hamid Rezaei").country == "IRN"


def test_twin_an_adviser_of_no_named_leader_takes_the_articles_country(resolve: Resolve) -> None:
    text = SYRIAN_STORY.format(who="a senior adviser")
    assert top(resolve(text), "Hamid Rezaei").country == "SYR"


ETHIOPIAN_STORY = "Ethiopia extended its state of emergency. At least 500 people were killed {where}."


def test_the_seat_of_a_monitor_places_no_victims(resolve: Resolve) -> None:
    text = ETHIOPIAN_STORY.format(where="during the protests, according to New York-based Human Rights Watch")
    assert top(resolve(text), "people").country != "USA"


def test_twin_the_place_of_a_killing_places_the_victims(resolve: Resolve) -> None:
    text = ETHIOPIAN_STORY.format(where="in New York during the protests")
    assert top(resolve(text), "people").country == "USA"


def test_eurozone_officials_are_the_euro_areas(resolve: Resolve) -> None:
    mentions = resolve("Eurozone officials have demanded that Athens cut its deficit.")
    officials = top(mentions, "Eurozone officials")
    assert (officials.country, officials.kb_id) == ("EUR", "org:euro_area")


def test_twin_greek_officials_stay_greek(resolve: Resolve) -> None:
    officials = top(resolve("Greek officials have demanded that Brussels ease the terms."), "Greek officials")
    assert officials.country == "GRC"


RUSSIAN_STORY = (
    "Russia's army said its drones were used. Russian officials denied the report. "
    "Moscow said it would respond. {last}"
)


def test_a_plural_description_takes_no_article_country_its_sentence_does_not_name(resolve: Resolve) -> None:
    text = RUSSIAN_STORY.format(last="A drone shot down in northern Iraq exploded, killing two soldiers.")
    assert top(resolve(text), "soldiers").country is None


def test_twin_a_plural_description_naming_no_other_country_takes_the_articles(resolve: Resolve) -> None:
    text = RUSSIAN_STORY.format(last="A drone exploded on the base, killing two soldiers.")
    assert top(resolve(text), "soldiers").country == "RUS"


def diplomat(*roles: Role) -> KBEntity:
    return KBEntity(kb_id="Q1", kind="person", name="Ivan Sorokin", country="RUS", roles=list(roles))


def test_of_past_roles_ended_the_same_day_the_own_countrys_is_kept(kb: KnowledgeBase) -> None:
    posted = Role(title="Ambassador to Turkey", country="RUS", of="RUS", start="2013-07-12", end="2016-12-19")
    misfiled = Role(title="ambassador of Ukraine", country="UKR", of="UKR", start="2011-03", end="2016-12-19")
    assert standing(diplomat(misfiled, posted), "2017-06-01", kb.ranker).country == "RUS"


def test_twin_the_role_that_ended_last_is_kept_whatever_its_country(kb: KnowledgeBase) -> None:
    posted = Role(title="Ambassador to Turkey", country="RUS", of="RUS", start="2013-07-12", end="2015-01-01")
    later = Role(title="ambassador of Ukraine", country="UKR", of="UKR", start="2011-03-22", end="2016-12-19")
    assert standing(diplomat(posted, later), "2017-06-01", kb.ranker).country == "UKR"
