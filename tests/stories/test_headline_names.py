"""Names the headline and the lede state alike (round 26): a lede that starts its own paragraph after a
time stamp may lose its leading name to the parse; the headline states it, so the stories stage reads the
headline and the lede as one unit and counts the name as a person mentioned."""

from __future__ import annotations

from eventwire.records import Article, Mention
from eventwire.stories.headline_names import person_like, unparsed_headline_names, with_headline_names
from eventwire.stories.profile import build_profile

STAMP = "10: 42 AM EDT\n\n"
LEDE = STAMP + "Marta Okonkwo has left the Lakeview clinic and moved to a facility upstate, her lawyer said."
HEADLINE = "Marta Okonkwo Leaves Lakeview Clinic For Upstate Facility"


def _person(name: str, text: str) -> Mention:
    start = text.index(name)
    return Mention(text=name, span=(start, start + len(name)), sentence=1, kind="PERSON")


def _article(title: str, text: str) -> Article:
    return Article(article_id=title[:16], source_path="/x", text=text, title=title)


def test_a_name_the_headline_and_the_lede_state_alike_counts_when_no_mention_covers_it():
    assert unparsed_headline_names(HEADLINE, LEDE, [], 400) == [(len(STAMP), "Marta Okonkwo")]
    profile = build_profile(_article(HEADLINE, LEDE), [], [])
    assert "marta okonkwo" in profile.names
    assert profile.evidence.main_person == "okonkwo"
    assert profile.evidence.lede_people == ["okonkwo"]
    assert profile.evidence.headline_people == ["okonkwo"]


def test_the_lost_name_makes_the_report_look_like_one_whose_parse_kept_it():
    lost = build_profile(_article(HEADLINE, LEDE), [], [])
    kept = build_profile(_article(HEADLINE, LEDE), [_person("Marta Okonkwo", LEDE)], [])
    assert lost.names == kept.names
    assert lost.evidence.main_person == kept.evidence.main_person


def test_a_name_a_mention_covers_is_not_counted_twice():
    mentions = [_person("Marta Okonkwo", LEDE)]
    assert unparsed_headline_names(HEADLINE, LEDE, mentions, 400) == []
    assert with_headline_names(HEADLINE, LEDE, mentions, 400) == mentions


def test_a_name_only_the_lede_states_or_stated_past_the_lede_is_not_counted():
    assert unparsed_headline_names("Clinic patient moves upstate", LEDE, [], 400) == []
    late = STAMP + "A patient moved upstate. " + "x " * 250 + "Marta Okonkwo was named later."
    assert unparsed_headline_names(HEADLINE, late, [], 400) == []


def test_names_of_common_words_places_and_storms_are_not_people():
    assert person_like(["Marta", "Okonkwo"]) and not person_like(["Secret", "Service"])
    places = "Crowds gathered in Velmora Dunes on Sunday as Hurricane Tarvik neared the coast."
    title = "Hurricane Tarvik nears Velmora Dunes"
    assert unparsed_headline_names(title, places, [], 400) == []
    bodies = "The Harbour Board met on Sunday."
    assert unparsed_headline_names("Harbour Board meets", bodies, [], 400) == []
