"""The core check: a report joins a story only when it is close to the story's first reports, so single
links between related reports of one week do not chain a story away from the happening it began with."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.stories import core, days
from eventwire.stories.grouping import ProfiledArticle, StoryScore
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import TermWeights

APPEAL = [
    "A federal appeals court refused on Thursday to reinstate the travel ban, keeping in place a judge's "
    "order that halted the entry restrictions on visitors from seven countries while the lawsuit goes on.",
    "Judges on the appeals court unanimously declined to restore the travel ban on Thursday, so visitors "
    "from the seven countries may keep arriving while the lawsuit against the entry restrictions continues.",
    "The travel ban stays blocked: an appeals court panel ruled on Thursday against reinstating the entry "
    "restrictions, and travellers from seven countries resumed boarding flights.",
]
BRIDGE = (
    "Hours after the appeals court kept the travel ban blocked, the Senate confirmed the new attorney "
    "general, who must now defend the entry restrictions in the lawsuit and advise the president on the "
    "order."
)
CONFIRMATION = (
    "The Senate confirmed the new attorney general on Thursday after a bitter debate, and the president at "
    "once asked him to defend his orders, including one on crime and drug cartels."
)


def _stream(ingest_report) -> dict[str, str]:
    texts = {f"a{i}": t for i, t in enumerate(APPEAL)} | {"bridge": BRIDGE, "confirmation": CONFIRMATION}
    articles = [
        Article(article_id=a, source_path=f"/in/{a}.txt", text=t, published="2017-02-09")
        for a, t in texts.items()
    ]
    return {a.article_id: ingest_report(a)[0] for a in articles}


def test_a_report_close_only_to_a_late_member_starts_its_own_story(ingest_report, hand_set_score):
    story = _stream(ingest_report)
    assert story["a0"] == story["a1"] == story["a2"] == story["bridge"]
    assert story["confirmation"] != story["a0"]


def test_without_the_core_check_the_same_stream_chains(ingest_report, monkeypatch, hand_set_score):
    monkeypatch.setattr(core, "CORE_SCORE", 0.0)
    story = _stream(ingest_report)
    assert story["confirmation"] == story["a0"]


def test_the_core_is_the_first_reports_of_a_story_by_date_undated_last(store):
    with store.transaction() as writer:
        writer.upsert_story("s", None)
        for aid, day in (("m", None), ("z", "2017-02-08"), ("a", "2017-02-10"), ("b", "2017-02-11")):
            writer.add_article(Article(article_id=aid, source_path=f"/{aid}", text="x", published=day), "s")
        assert writer.story_core("s", 3) == ["z", "a", "b"]
        assert writer.story_core("s", 9) == ["z", "a", "b", "m"]
        assert writer.story_core("missing", 3) == []


def test_a_report_whose_closest_member_is_in_the_core_passes_at_once():
    def profile(text: str):
        return build_profile(Article(article_id="x", source_path="x", text=text), [], [])

    members = [ProfiledArticle("a0", "s", profile(APPEAL[0]))]
    found = StoryScore("s", 0.3, "a0")
    far = profile(CONFIRMATION)
    assert core.near_core(far, found, members, TermWeights())
    assert core.near_core(far, StoryScore("s", 0.3, "late"), [], TermWeights())
    assert not core.near_core(far, StoryScore("s", 0.3, "late"), members, TermWeights())


def test_stories_joined_by_an_event_key_name_the_article_whose_core_is_checked():
    from eventwire.stories import StoryCandidate, matching_stories

    key = "ev:CONSULT:Q1|Q2"
    cands = [
        StoryCandidate("m1", "s1", key, "2017-02-09", "2017-02-09"),
        StoryCandidate("c1", "s2", "text:abc", None, "2017-02-09"),
    ]
    found = matching_stories({key: "2017-02-09", "text:abc": None}, cands, "2017-02-09")
    assert found.story_ids == ["s1", "s2"]
    assert found.by_event == {"s1": "m1"}  # a copy joins its story without a core check


def _dated_stream(ingest_report, days: list[str | None]) -> list[str]:
    """The three appeal reports, then each text again as a later follow-up of the given dates (without
    their weekday: "on Thursday" in a report of a later week is another Thursday, a "day" conflict)."""
    stories = []
    for i, day in enumerate(days):
        text = APPEAL[i % len(APPEAL)].replace(" on Thursday", "")
        article = Article(article_id=f"d{i}", source_path=f"/in/d{i}.txt", text=text, published=day)
        stories.append(ingest_report(article)[0])
    return stories


def test_a_report_weeks_after_a_storys_core_starts_its_own_story(ingest_report, monkeypatch, hand_set_score):
    monkeypatch.setattr(core, "CORE_DAYS", 14)
    first, second, late = _dated_stream(ingest_report, ["2017-02-09", "2017-02-10", "2017-03-01"])
    assert first == second != late


def test_a_follow_up_within_the_bound_and_an_undated_report_join(ingest_report, monkeypatch):
    monkeypatch.setattr(core, "CORE_DAYS", 14)
    stories = _dated_stream(ingest_report, ["2017-02-09", "2017-02-10", "2017-02-20", None])
    assert len(set(stories)) == 1


def test_the_bound_is_measured_from_the_nearest_dated_core_report(monkeypatch):
    monkeypatch.setattr(core, "CORE_DAYS", 14)

    def profile(text: str, day: str | None):
        return build_profile(Article(article_id="x", source_path="x", text=text, published=day), [], [])

    members = [
        ProfiledArticle("a0", "s", profile(APPEAL[0], "2017-02-01")),
        ProfiledArticle("a1", "s", profile(APPEAL[1], None)),
    ]
    assert core.far_from_core(profile(APPEAL[2], "2017-02-16"), members)
    assert not core.far_from_core(profile(APPEAL[2], "2017-02-15"), members)
    assert not core.far_from_core(profile(APPEAL[2], None), members)
    undated = [ProfiledArticle("a1", "s", profile(APPEAL[1], None))]
    assert not core.far_from_core(profile(APPEAL[2], "2019-01-01"), undated)


def test_without_the_bound_the_late_report_joins(ingest_report, monkeypatch, hand_set_score):
    monkeypatch.setattr(core, "CORE_DAYS", 1000)
    monkeypatch.setattr(days, "SPAN_DAYS", 1000)  # nor the span of a happening (round 16)
    first, second, late = _dated_stream(ingest_report, ["2017-02-09", "2017-02-10", "2017-03-01"])
    assert first == second == late


def test_a_report_joining_through_an_undated_member_is_not_bounded(monkeypatch):
    monkeypatch.setattr(core, "CORE_DAYS", 14)
    monkeypatch.setattr(days, "SPAN_DAYS", 1000)  # the bound alone, not the span conflict (round 16)

    def profile(text: str, day: str | None):
        return build_profile(Article(article_id="x", source_path="x", text=text, published=day), [], [])

    members = [ProfiledArticle("a0", "s", profile(APPEAL[0], "2017-02-01"))]
    late = profile(APPEAL[1], "2017-03-10")
    assert not core.near_core(late, StoryScore("s", 0.5, "a0"), members, TermWeights())
    assert core.near_core(late, StoryScore("s", 0.5, "u1", undated=True), members, TermWeights())


def _profiled(article_id: str, title: str, text: str) -> ProfiledArticle:
    article = Article(article_id=article_id, source_path="/x", text=text, title=title, published="2017-03-18")
    return ProfiledArticle(article_id, "tour", build_profile(article, [], []))


def test_a_report_joining_by_an_event_key_stays_out_when_it_tells_another_kind_than_the_core():
    """A weapons test's report whose later paragraph retells a minister's meeting shares that meeting's
    event key with the tour's story; its main happening (a test) is not the core's (a visit)."""
    core_reports = [
        _profiled(
            "v1", "Minister in the capital for talks", "The minister arrived in the capital for talks."
        ),
        _profiled(
            "v2", "Minister meets president", "The minister held talks with the president on Saturday."
        ),
    ]
    test = _profiled("t1", "Northland conducts rocket engine test", "Northland tested a new rocket engine.")
    weights = TermWeights()
    by_key = StoryScore("tour", 1.0, "v1", by_event=True)
    assert core.another_kind(test.profile, core_reports)
    assert not core.near_core(test.profile, by_key, core_reports, weights)
    visit = _profiled("v3", "Minister visits the border", "The minister visited the border on Saturday.")
    assert core.near_core(visit.profile, StoryScore("tour", 1.0, "v1", by_event=True), core_reports, weights)
    untold = _profiled("u1", "Northland says little", "Officials in Northland said nothing more.")
    assert not core.another_kind(untold.profile, core_reports)  # no kind of the family: nothing to tell
