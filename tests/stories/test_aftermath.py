"""A happening's aftermath (round 21): tributes the day after a death, a crash's black box found days into
the search, a storm's landfall are told on later days without the first day. Round 20's rule takes such a
report for another day's happening of the topic and asks a retelling's score of it; when its headline or
lede tells an aftermath it needs the join score against the core instead, as a thread's later report. A
later report of another happening still needs a retelling's."""

from __future__ import annotations

import pytest

from eventwire.records import Article
from eventwire.stories import core, grouping
from eventwire.stories.evidence import Evidence
from eventwire.stories.grouping import ProfiledArticle, StoryScore
from eventwire.stories.happenings import aftermath_words
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import TermWeights

DEATH = [
    "The Freedonian singer Ana Vela died at her home in the capital at the age of 71, her family said.",
    "Ana Vela, the voice of Freedonian folk for five decades, has died aged 71.",
]
TRIBUTES = "Musicians and fans paid tribute to Ana Vela, whose songs carried the country through the war."
LAWSUIT = "Ana Vela's record label sued her estate over the rights to her last album, filing papers in court."
REFUSAL = [
    "The prime minister of Freedonia refused a second vote on independence for the northern province.",
    "Freedonia's prime minister turned down the northern province's call for a new independence vote.",
]
REPLY = "The northern province's first minister accused the prime minister of running scared."
MONDAY, WEDNESDAY = "2017-03-13", "2017-03-15"


def profile(text: str, published: str | None, outlet: str | None = "Freedonia Herald"):
    article = Article(article_id="x", source_path="x", text=text, published=published, outlet=outlet)
    return build_profile(article, [], [])


def story_core(texts: list[str]) -> list[ProfiledArticle]:
    return [ProfiledArticle(f"c{i}", "s", profile(t, MONDAY)) for i, t in enumerate(texts)]


@pytest.fixture
def topical_likeness(monkeypatch):
    """One topic's core similarity: above the join score, below a retelling's."""
    score = (grouping.JOIN_SCORE + core.RETELL_SCORE) / 2
    monkeypatch.setattr(core, "core_similarity", lambda *_: score)


def test_aftermath_words_are_read_from_a_headline_and_lede():
    assert aftermath_words("Searchers find the plane's black box; death toll rises to 40") == [
        "black box",
        "death toll",
        "toll rises",
    ]
    assert aftermath_words("Typhoon makes landfall in the north") == ["landfall", "makes landfall"]
    assert aftermath_words("Fans remembered the singer") == ["remembered"]
    assert aftermath_words("Minister opens talks on the budget; the probe into the leak widens") == []


def test_the_evidence_keeps_the_aftermath_words_through_json():
    tributes = profile(TRIBUTES, WEDNESDAY)
    assert tributes.evidence.aftermath == ["paid tribute", "tribute"]
    assert Evidence.from_json(tributes.evidence.to_json()).aftermath == ["paid tribute", "tribute"]
    assert Evidence.from_json({}).aftermath == []  # a profile stored before round 21


def test_tributes_two_days_after_a_death_join_at_the_join_score(topical_likeness):
    deaths, tributes = story_core(DEATH), profile(TRIBUTES, WEDNESDAY)
    assert core.another_days_happening(tributes, deaths)  # round 20's rule sees another day
    assert core.tells_aftermath(tributes)
    assert core.near_core(tributes, StoryScore("s", 0.3, "late-member"), deaths, TermWeights())


def test_another_happening_of_the_topic_still_needs_a_retelling(topical_likeness):
    deaths, lawsuit = story_core(DEATH), profile(LAWSUIT, WEDNESDAY)
    assert core.another_days_happening(lawsuit, deaths) and not core.tells_aftermath(lawsuit)
    assert not core.near_core(lawsuit, StoryScore("s", 0.3, "c0"), deaths, TermWeights())


def test_the_reply_of_another_day_still_needs_a_retelling(topical_likeness):
    refusals, reply = story_core(REFUSAL), profile(REPLY, WEDNESDAY)
    assert core.another_days_happening(reply, refusals) and not core.tells_aftermath(reply)
    assert not core.near_core(reply, StoryScore("s", 0.3, "c0"), refusals, TermWeights())


def test_aftermath_below_the_join_score_does_not_join(monkeypatch):
    monkeypatch.setattr(core, "core_similarity", lambda *_: grouping.JOIN_SCORE - 0.01)
    deaths, tributes = story_core(DEATH), profile(TRIBUTES, WEDNESDAY)
    assert not core.near_core(tributes, StoryScore("s", 0.3, "c0"), deaths, TermWeights())
