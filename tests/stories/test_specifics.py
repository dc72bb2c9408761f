"""One happening's specifics (round 24): a report that tells a happening from another angle days later
scores low on words, but states the happening's own numbers (a toll, a magnitude) and names a person the
other's lede names; a story whose member states them is joined, or bridged, under the join score."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Mention
from eventwire.stories import ProfiledArticle, TermWeights, grouping
from eventwire.stories.agreement import named_lede_person, same_number, same_specifics
from eventwire.stories.evidence import Evidence, stated_tolls
from eventwire.stories.grouping import similar_stories
from eventwire.stories.profile import build_profile

CRASH = (
    "Three people were killed and 14 injured when a coach overturned on a mountain road near Valdoro late "
    "on Friday. The driver, Tomas Reyvik, was taken to hospital, police said."
)
CHARGE = (
    "Prosecutors on Tuesday charged Tomas Reyvik with dangerous driving over the crash in which three "
    "passengers died. His lawyer said he would contest the charge in court."
)
OTHER_CRASH = (
    "Prosecutors on Tuesday charged Tomas Reyvik with dangerous driving over the crash in which five "
    "passengers died. His lawyer said he would contest the charge in court."
)


def _profile(text: str, person: str, published: str | None = None):
    start = text.index(person)
    mention = Mention(text=person, span=(start, start + len(person)), sentence=0, kind="PERSON")
    article = Article(article_id=text[:10], source_path="/x", text=text, published=published)
    return build_profile(article, [mention], [])


def test_tolls_are_read_in_digits_and_words_and_a_toll_of_one_or_a_decimal_is_none():
    assert stated_tolls(CRASH) == {"dead": [3], "hurt": [14]}
    assert stated_tolls("The blast killed at least 9, injuring another four.") == {"dead": [9], "hurt": [4]}
    assert stated_tolls("The death toll rose to 12 on Monday.") == {"dead": [12]}
    assert stated_tolls("One of the men killed was a guard; a 7.6 quake killed no one.") == {}


def test_specifics_need_a_number_and_a_person_a_lede_names():
    toll = Evidence(tolls={"dead": [3]}, lede_people=["reyvik"], people=["tomas", "reyvik"])
    other_toll = Evidence(tolls={"dead": [5]}, lede_people=["reyvik"], people=["tomas", "reyvik"])
    nobody = Evidence(tolls={"dead": [3]})
    assert same_specifics(toll, toll)
    assert same_number(toll, nobody) and not named_lede_person(toll, nobody)
    assert not same_specifics(toll, nobody)  # a toll alone: two crashes of a day may both kill three
    assert named_lede_person(toll, other_toll) and not same_specifics(toll, other_toll)
    magnitude = Evidence(quantities={"magnitude": [6.1]}, lede_people=["ames"], people=["ames"])
    assert same_specifics(magnitude, Evidence(quantities={"magnitude": [6.2]}, people=["lee", "ames"]))
    aged = Evidence(quantities={"age": [61.0]}, lede_people=["roe"], people=["jane", "roe"])
    assert not same_number(aged, aged)  # a person's age comes with every report about them


@pytest.mark.parametrize("published", [(None, None), ("2024-05-10", "2024-05-14")])
def test_a_story_stating_the_reports_specifics_is_joined_under_the_join_score(published, monkeypatch):
    crash_day, charge_day = published
    weights = TermWeights()
    stored = [ProfiledArticle("c1", "s1", _profile(CRASH, "Tomas Reyvik", crash_day))]
    charge = _profile(CHARGE, "Tomas Reyvik", charge_day)
    score = similar_stories(charge, stored, weights, threshold=0.0)[0].score
    monkeypatch.setattr(grouping, "SPECIFICS_SCORE", score - 0.01)
    found = similar_stories(charge, stored, weights, threshold=score + 0.01)
    assert [s.story_id for s in found] == ["s1"] and found[0].specifics
    other = _profile(OTHER_CRASH, "Tomas Reyvik", charge_day)  # another toll: another crash
    assert similar_stories(other, stored, weights, threshold=score + 0.01) == []
    monkeypatch.setattr(grouping, "SPECIFICS_SCORE", None)  # switched off
    assert similar_stories(charge, stored, weights, threshold=score + 0.01) == []
    monkeypatch.setattr(grouping, "SPECIFICS_SCORE", score + 0.005)  # the member scores too little
    assert similar_stories(charge, stored, weights, threshold=score + 0.01) == []


def test_a_story_stating_the_specifics_is_bridged_under_the_bridge_score(monkeypatch):
    weights = TermWeights()
    charge = _profile(CHARGE, "Tomas Reyvik")
    stored = [
        ProfiledArticle("c1", "s1", _profile(CRASH, "Tomas Reyvik")),
        ProfiledArticle("c2", "s2", _profile(CHARGE + " The trial opens in June.", "Tomas Reyvik")),
    ]
    every = similar_stories(charge, stored, weights, threshold=0.0, bridge=0.0)
    scores = {s.story_id: s.score for s in every}
    assert scores["s2"] > scores["s1"]
    monkeypatch.setattr(grouping, "SPECIFICS_SCORE", None)
    found = similar_stories(charge, stored, weights, threshold=0.0, bridge=scores["s1"] + 0.01)
    assert [s.story_id for s in found] == ["s2"]
    monkeypatch.setattr(grouping, "SPECIFICS_SCORE", scores["s1"] - 0.01)
    found = similar_stories(charge, stored, weights, threshold=0.0, bridge=scores["s1"] + 0.01)
    assert [s.story_id for s in found] == ["s2", "s1"]
