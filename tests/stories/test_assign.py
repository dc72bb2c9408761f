"""Streaming assignment against a real store: each new report joins the story of an earlier one."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Entity, Event
from eventwire.stories import grouping

CEASEFIRE_A = (
    "The UN Secretary-General called on Sunday for an immediate ceasefire in Sudan, where fighting "
    "between the army and a paramilitary force has displaced thousands around Khartoum. He asked both "
    "commanders to open corridors for aid convoys to reach the capital."
)
CEASEFIRE_B = (
    "Fighting around Khartoum must stop now, the head of the United Nations urged on Sunday, asking "
    "Sudan's army and the paramilitary fighters to agree a ceasefire and let aid convoys through."
)
FLOODS = (
    "Heavy monsoon rain flooded low-lying districts of Dhaka overnight, and the city authorities opened "
    "emergency shelters for families whose homes were damaged by the water."
)
ELECTION = (
    "Voters in Chile elected a new congress on Sunday after a campaign dominated by crime and the cost "
    "of living, with turnout above eighty per cent under compulsory voting."
)


def _ingest(ingest_report, aid: str, text: str, published: str | None, events: list[Event] | None = None):
    """Store one report the way the pipeline does, minus the NLP (conftest.store_report)."""
    return ingest_report(
        Article(article_id=aid, source_path=f"/in/{aid}.txt", text=text, published=published), events
    )


def test_independent_reports_with_other_wording_join_one_story(ingest_report):
    first, _ = _ingest(ingest_report, "a1", CEASEFIRE_A, "2023-05-07")
    floods, _ = _ingest(ingest_report, "a2", FLOODS, "2023-05-07")
    second, found = _ingest(ingest_report, "a3", CEASEFIRE_B, "2023-05-08")
    assert second == first != floods
    assert found.similar is not None and found.similar.article_id == "a1"
    assert found.copy_of is None


def test_unrelated_news_starts_new_stories(ingest_report):
    ids = {
        _ingest(ingest_report, aid, text, "2023-05-07")[0]
        for aid, text in (("a", CEASEFIRE_A), ("b", FLOODS), ("c", ELECTION))
    }
    assert len(ids) == 3


def test_same_wording_weeks_later_is_not_compared_but_a_copy_still_joins(ingest_report):
    first, _ = _ingest(ingest_report, "a1", CEASEFIRE_A, "2023-05-07")
    later, found = _ingest(ingest_report, "a2", CEASEFIRE_B, "2023-07-01")
    assert later != first and found.similar is None
    copy, found = _ingest(ingest_report, "a3", CEASEFIRE_A + " ", "2023-07-02")
    assert copy == first and found.copy_of == "a1"


def test_profiles_and_term_counts_are_stored(store, ingest_report):
    _ingest(ingest_report, "a1", CEASEFIRE_A, "2023-05-07")
    _ingest(ingest_report, "a2", CEASEFIRE_B, "2023-05-08")
    with store.transaction() as writer:
        weights = writer.term_weights(["khartoum", "monsoon"])
        profiles = writer.story_profiles(["a1", "a2", "missing"])
    assert weights.n_docs == 2 and weights.df == {"khartoum": 2}
    assert sorted(p.article_id for p in profiles) == ["a1", "a2"]
    assert profiles[0].profile.terms["khartoum"] >= 1


MEETING = (
    "The foreign ministers of Norway and Kenya met in Nairobi on Monday to discuss fishing rights, "
    "coastal patrols and a new trade office, and agreed to meet again before the end of the year."
)
RELEASE = (
    "The ministry praised the long friendship of Norway and Kenya in a statement on its website, "
    "recalling joint fishing research, coastal patrols, scholarships for students and a new wind farm."
)


def _meeting(aid: str, day: str | None) -> Event:
    """A CONSULT event between two identified actors (KB ids), dated ``day`` or undated."""
    norway = Entity(name="Norway minister", mention="minister", kb_id="Q100", country="NOR")
    kenya = Entity(name="Kenya minister", mention="minister", kb_id="Q200", country="KEN")
    return Event(f"ev-{aid}", "CONSULT", [norway], [kenya], [], date=day)


@pytest.mark.parametrize("reports_the_meeting", [False, True])
def test_an_undated_release_on_a_timeless_meeting_needs_more_than_topic_to_join_a_dated_story(
    ingest_report, reports_the_meeting, monkeypatch
):
    monkeypatch.setattr(grouping, "BRIDGE_SCORE", 0.9)  # the score a timeless report needs
    dated, _ = _ingest(ingest_report, "m1", MEETING, "2023-05-08", [_meeting("m1", "2023-05-08")])
    events = [_meeting("r1", None)] if reports_the_meeting else []
    story, found = _ingest(ingest_report, "r1", RELEASE, None, events)
    if reports_the_meeting:  # the two ministers meet often: nothing places this meeting at that date
        assert story != dated and found.story_ids == []
    else:  # only topical likeness, enough for an undated report without such an event
        assert story == dated and found.similar is not None
        assert grouping.BRIDGE_SCORE > found.similar.score >= grouping.JOIN_SCORE


def test_an_undated_release_on_a_meeting_with_a_country_is_timeless_too(ingest_report, monkeypatch):
    """A country's KB id is its code: its key joins no story (round 12), but the meeting is still one of
    known parties that meet often."""
    monkeypatch.setattr(grouping, "BRIDGE_SCORE", 0.9)
    dated, _ = _ingest(ingest_report, "m1", MEETING, "2023-05-08", [_meeting("m1", "2023-05-08")])
    minister = Entity(name="Norway minister", mention="minister", kb_id="Q100", country="NOR")
    kenya = Entity(name="Kenya", mention="Kenya", kb_id="KEN", country="KEN")
    story, found = _ingest(
        ingest_report, "r1", RELEASE, None, [Event("ev-r1", "CONSULT", [minister], [kenya], [])]
    )
    assert story != dated and found.story_ids == []


def test_similar_stories_asks_more_of_a_dated_story_when_told_to():
    from eventwire.stories import ProfiledArticle
    from eventwire.stories.grouping import similar_stories
    from eventwire.stories.profile import build_profile
    from eventwire.stories.weights import TermWeights

    def profile(text: str, published: str | None):
        return build_profile(Article(article_id="x", source_path="x", text=text, published=published), [], [])

    new = profile(RELEASE, None)
    dated = [ProfiledArticle("m1", "s1", profile(MEETING, "2023-05-08"))]
    undated = [ProfiledArticle("m2", "s2", profile(MEETING, None))]
    score = similar_stories(new, dated, TermWeights(), threshold=0.0)[0].score
    assert [s.story_id for s in similar_stories(new, dated, TermWeights(), threshold=score / 2)] == ["s1"]
    assert similar_stories(new, dated, TermWeights(), threshold=score / 2, dated_threshold=score + 0.01) == []
    found = similar_stories(new, undated, TermWeights(), threshold=score / 2, dated_threshold=score + 0.01)
    assert [s.story_id for s in found] == ["s2"]
