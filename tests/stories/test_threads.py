"""Threads (round 18): a dense week's reports of one topic — a minister's tour, stop after stop — chain
into one story through single links of a day each. A report whose happening (its lede's day, else its
publication) is more than ``core.THREAD_DAYS`` from every dated core report's must be as close to the
core as a joining report (``JOIN_SCORE``), not merely near it (``CORE_SCORE``); a later report that
leads with the core's day, or is close to it, still joins."""

from __future__ import annotations

import pytest

from eventwire.records import Article
from eventwire.stories import core, grouping
from eventwire.stories.grouping import ProfiledArticle, StoryScore
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import TermWeights

TALKS = [
    "The foreign minister of Freedonia held talks in Sylvania's capital on Thursday with his counterpart, "
    "who pressed him on the disputed river dam and the fishing quotas.",
    "Freedonia's top diplomat met his Sylvanian counterpart on Thursday; the two discussed the river dam "
    "dispute and quotas for fishing boats.",
]
NEXT_STOP = (
    "The Freedonian foreign minister arrived in Marsovia on Sunday, the last stop of his tour, for talks "
    "on trade and the river dam."
)
RETOLD = (
    "The talks the Freedonian foreign minister held in Sylvania on Thursday went badly, its minutes show: "
    "the river dam and the fishing quotas divided them."
)


def profile(text: str, published: str | None):
    return build_profile(Article(article_id="x", source_path="x", text=text, published=published), [], [])


@pytest.fixture
def tour_core() -> list[ProfiledArticle]:
    """A story's core: two reports of Thursday's talks, published that day (16 March 2017)."""
    return [ProfiledArticle(f"c{i}", "s", profile(t, "2017-03-16")) for i, t in enumerate(TALKS)]


@pytest.fixture
def moderate_likeness(monkeypatch):
    """The core similarity of one topic's reports: above the core score, below the join score."""
    score = (core.CORE_SCORE + grouping.JOIN_SCORE) / 2
    monkeypatch.setattr(core, "core_similarity", lambda *_: score)


def test_the_next_stop_of_a_tour_days_later_does_not_join_on_topic_alone(tour_core, moderate_likeness):
    later = profile(NEXT_STOP, "2017-03-19")
    assert core.later_happening(later, tour_core)
    assert not core.near_core(later, StoryScore("s", 0.3, "late-member"), tour_core, TermWeights())


def test_a_later_report_that_leads_with_the_cores_day_still_joins(tour_core, moderate_likeness):
    retold = profile(RETOLD, "2017-03-19")  # published on Sunday, about Thursday's talks
    assert not core.later_happening(retold, tour_core)
    assert core.near_core(retold, StoryScore("s", 0.3, "late-member"), tour_core, TermWeights())


def test_a_report_of_the_next_day_needs_only_the_core_score(tour_core, moderate_likeness):
    next_day = profile(NEXT_STOP.replace(" on Sunday", ""), "2017-03-17")
    assert not core.later_happening(next_day, tour_core)
    assert core.near_core(next_day, StoryScore("s", 0.3, "late-member"), tour_core, TermWeights())


def test_a_later_report_as_close_to_the_core_as_a_joining_one_joins(tour_core, monkeypatch):
    monkeypatch.setattr(core, "core_similarity", lambda *_: grouping.JOIN_SCORE)
    later = profile(NEXT_STOP, "2017-03-19")
    assert core.near_core(later, StoryScore("s", 0.3, "late-member"), tour_core, TermWeights())


def test_undated_reports_and_undated_cores_are_not_threads(tour_core, moderate_likeness):
    assert not core.later_happening(profile(NEXT_STOP, None), tour_core)
    undated = [ProfiledArticle("u", "s", profile(TALKS[0], None))]
    assert not core.later_happening(profile(NEXT_STOP, "2017-03-19"), undated)
    assert core.near_core(profile(NEXT_STOP, None), StoryScore("s", 0.3, "m"), tour_core, TermWeights())
    through_undated = StoryScore("s", 0.3, "u", undated=True)  # its closest report's time is unknown
    assert core.near_core(profile(NEXT_STOP, "2017-03-19"), through_undated, tour_core, TermWeights())


def test_without_the_stub_the_retelling_joins_and_the_next_stop_does_not(tour_core):
    retold, later = profile(RETOLD, "2017-03-19"), profile(NEXT_STOP, "2017-03-19")
    assert core.near_core(retold, StoryScore("s", 0.3, "late-member"), tour_core, TermWeights())
    assert not core.near_core(later, StoryScore("s", 0.3, "late-member"), tour_core, TermWeights())


def test_a_report_weeks_later_is_left_to_the_date_factor_and_the_core_bound(tour_core, moderate_likeness):
    weeks_later = profile(NEXT_STOP.replace(" on Sunday", ""), "2017-04-27")  # six weeks: a retrospective
    assert not core.later_happening(weeks_later, tour_core)
    assert core.near_core(weeks_later, StoryScore("s", 0.3, "late-member"), tour_core, TermWeights())
    within = profile(NEXT_STOP.replace(" on Sunday", ""), "2017-03-30")  # the fortnight's last day
    assert core.later_happening(within, tour_core)
