"""Periods: reports of one template for different months, quarters or weeks are two happenings."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.stories import TermWeights, story_similarity
from eventwire.stories.conflict import conflict
from eventwire.stories.evidence import Evidence, article_evidence
from eventwire.stories.periods import different_periods, stated_periods
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import prior_weight

SALES = (
    "Retail sales in {month} rose 1.4 pct from the month before, to 12.6 billion crowns, the statistics "
    "office said on Thursday. Sales of cars and furniture led the rise."
)


def test_months_quarters_and_weeks_are_read_and_dates_are_not():
    assert stated_periods("NORVALIA FEB RETAIL SALES RISE 1.4 PCT") == ["month:2"]
    assert stated_periods("Widgetco Corp 4TH QTR NET") == ["quarter:4"]
    assert stated_periods("Reserves fell in the week ended March 4, the bank said") == ["week:3-4"]
    assert stated_periods("borrowings in the two weeks to Feb 25") == ["week:2-25"]
    assert stated_periods("Police arrested him on March 4 outside the court") == []


def test_may_the_verb_is_no_month_but_in_may_is():
    assert stated_periods("Prices may rise, the minister said") == []
    assert stated_periods("Prices rose in May, the minister said") == ["month:5"]


def test_periods_conflict_only_when_neither_first_period_is_the_others():
    assert different_periods(["month:2"], ["month:1"]) is True
    assert different_periods(["month:2", "month:1"], ["month:1"]) is False
    assert different_periods(["quarter:4"], ["month:1"]) is None
    assert different_periods([], ["month:1"]) is None


def test_evidence_of_a_headline_period_survives_storage():
    article = Article("a1", "/a", text=SALES.format(month="January"), title="JANUARY SALES RISE")
    evidence = article_evidence(article, [], [])
    assert evidence.periods == ["month:1"]
    assert Evidence.from_json(evidence.to_json()).periods == ["month:1"]
    assert conflict(evidence, None, Evidence(periods=["month:2"]), None).kinds == ["period"]


def _profile(aid: str, month: str):
    article = Article(aid, f"/{aid}", text=SALES.format(month=month), published="2026-03-05")
    return build_profile(article, [], [], prior_weight)


def test_one_template_for_two_months_scores_lower_than_one_month_told_twice():
    february, february_again = _profile("f1", "February"), _profile("f2", "February")
    january = _profile("j", "January")
    weights = TermWeights()
    same = story_similarity(february, february_again, weights)
    other = story_similarity(february, january, weights)
    assert "period" in other.conflicts and "period" not in same.conflicts
    assert other.score < same.score
