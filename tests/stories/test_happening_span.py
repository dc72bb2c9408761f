"""The span of a happening (round 16): two dated reports of one long-running topic weeks apart are two
milestones, unless one lede states the other's day."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.stories import TermWeights, story_similarity
from eventwire.stories.conflict import conflict
from eventwire.stories.days import far_apart_days, happening_day
from eventwire.stories.evidence import Evidence
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import prior_weight

MILESTONE = (
    "The number of confirmed cases of the fever worldwide passed {figure} on {day}, according to the "
    "health agency's tally. Cases keep rising in the capital and in the north of the country."
)


def _milestone(figure: str, day: str, published: str):
    text = MILESTONE.format(figure=figure, day=day)
    article = Article(article_id=figure, source_path="/x", text=text, published=published, outlet="Ledger")
    return build_profile(article, [], [], prior_weight)


def test_a_happening_is_dated_by_its_ledes_first_day_else_by_its_publication():
    assert str(happening_day(["2020-04-02", "2020-03-30"], "2020-04-03")) == "2020-04-02"
    assert str(happening_day([], "2020-04-03")) == "2020-04-03"
    assert str(happening_day(["2019-12-30"], "2020-02-07")) == "2020-02-07"  # background: not its own day
    assert happening_day([], None) is None


def test_happenings_weeks_apart_conflict_unless_a_lede_states_the_others_day():
    assert far_apart_days(["2020-04-02"], "2020-04-03", ["2020-05-02"], "2020-05-03") is True
    assert far_apart_days([], "2020-04-03", [], "2020-04-10") is False  # a week: follow-ups
    recalled = ["2020-05-02", "2020-04-02"]  # the later lede mentions the first milestone in passing
    assert far_apart_days(["2020-04-02"], "2020-04-03", recalled, "2020-05-03") is True
    retold = ["2020-04-02"]  # a report a month later that leads with the first one's day retells it
    assert far_apart_days(["2020-04-02"], "2020-04-03", retold, "2020-05-03") is False
    assert far_apart_days([], None, [], "2020-05-03") is None  # undated: nothing to tell
    one_outlet = Evidence(outlet="ledger")
    assert conflict(one_outlet, "2020-04-03", one_outlet, "2020-05-03").kinds == ["span"]
    # two outlets' reports weeks apart (a follow-up, a report dated late) are left to the similarity
    assert conflict(one_outlet, "2020-04-03", Evidence(outlet="post"), "2020-05-03").kinds == []


def test_two_milestones_a_month_apart_score_lower_than_one_milestone_told_twice():
    weights = TermWeights()
    million = _milestone("one million", "Thursday", "2020-04-03")
    again = _milestone("one million", "Thursday", "2020-04-04")
    later = _milestone("three million", "Monday", "2020-04-28")
    same = story_similarity(million, again, weights)
    other = story_similarity(million, later, weights)
    assert "span" not in same.conflicts and "span" in other.conflicts
    assert other.score < 0.6 * same.score
