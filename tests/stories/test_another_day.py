"""A dense week's days (round 20): one topic's happenings a day apart — a refusal on Monday, the reply on
Tuesday — are told in the same words and names, close to the story's first reports. A dated outlet's
report whose happening (its lede's day, else the day before its publication to that day) is a day or
more from every dated core report's, after each was published, and stating none of their days
(nor they its day), joins only as a retelling (``core.RETELL_SCORE`` against the core), even when its
closest report is in the core; one happening reported on two days — the later report stating the first
one's day, or stating no day the morning after — still joins; a page without an outlet is left out."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.records import Article
from eventwire.stories import core, grouping
from eventwire.stories.days import days_apart, states_day
from eventwire.stories.grouping import ProfiledArticle, StoryScore
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import TermWeights

REFUSAL = [
    "The prime minister of Freedonia refused a second vote on independence for the northern province, "
    "saying now was not the time for another ballot.",
    "Freedonia's prime minister turned down the northern province's call for a new independence vote, "
    "telling its leader that now is not the time.",
]
REPLY = (
    "The northern province's first minister on Tuesday accused the prime minister of running scared and "
    "vowed to hold the ballot anyway."
)
REFUSAL_RETOLD = (
    "The prime minister of Freedonia on Monday refused a second independence vote for the northern "
    "province; the papers were full of it."
)
MONDAY, TUESDAY = "2017-03-13", "2017-03-14"


def profile(text: str, published: str | None, outlet: str | None = "Freedonia Herald"):
    article = Article(article_id="x", source_path="x", text=text, published=published, outlet=outlet)
    return build_profile(article, [], [])


@pytest.fixture
def refusal_core() -> list[ProfiledArticle]:
    """A story's core: two reports of Monday's refusal, published that day, stating no day."""
    return [ProfiledArticle(f"c{i}", "s", profile(t, MONDAY)) for i, t in enumerate(REFUSAL)]


@pytest.fixture
def topical_likeness(monkeypatch):
    """One topic's core similarity: above the join score, below a retelling's."""
    score = (grouping.JOIN_SCORE + core.RETELL_SCORE) / 2
    monkeypatch.setattr(core, "core_similarity", lambda *_: score)


def test_days_apart_counts_the_days_between_happenings_unless_one_states_the_others_day():
    assert days_apart(["2017-03-14"], TUESDAY, [], MONDAY) == 1  # "on Tuesday" against Monday's report
    assert days_apart([], "2017-03-15", [], MONDAY) == 1  # each implied by its publication, two days apart
    assert days_apart([], TUESDAY, [], MONDAY) == 0  # the morning after may tell Monday's happening
    assert days_apart(["2017-03-13"], TUESDAY, [], MONDAY) == 0  # the later report tells Monday's
    assert days_apart(["2017-03-14", "2017-03-13"], TUESDAY, [], MONDAY) == 0  # ... recalls it as earlier
    assert days_apart([], MONDAY, [], MONDAY) == 0
    assert days_apart([], None, [], MONDAY) is None  # undated: nothing to tell
    assert states_day(["2017-03-13"], (date(2017, 3, 12), date(2017, 3, 13)))
    assert not states_day(["2017-03-14"], (date(2017, 3, 12), date(2017, 3, 13)))


def test_the_reply_of_the_next_day_is_another_happening(refusal_core, topical_likeness):
    reply = profile(REPLY, TUESDAY)
    assert core.another_days_happening(reply, refusal_core)
    assert not core.near_core(reply, StoryScore("s", 0.3, "late-member"), refusal_core, TermWeights())
    closest_in_core = StoryScore("s", 0.3, "c0")  # the core's own report is its closest: no shortcut
    assert not core.near_core(reply, closest_in_core, refusal_core, TermWeights())


def test_one_happening_reported_the_next_day_stating_its_day_still_joins(refusal_core, topical_likeness):
    retold = profile(REFUSAL_RETOLD, TUESDAY)
    assert not core.another_days_happening(retold, refusal_core)
    assert core.near_core(retold, StoryScore("s", 0.3, "late-member"), refusal_core, TermWeights())


def test_a_report_of_the_same_day_or_the_morning_after_is_not_another_days(refusal_core, topical_likeness):
    same_day = profile(REPLY.replace(" on Tuesday", ""), MONDAY)
    assert not core.another_days_happening(same_day, refusal_core)
    assert core.near_core(same_day, StoryScore("s", 0.3, "late-member"), refusal_core, TermWeights())
    morning_after = profile(REPLY.replace(" on Tuesday", ""), TUESDAY)  # no day stated: maybe Monday's
    assert not core.another_days_happening(morning_after, refusal_core)
    published_with_the_core = profile(REPLY.replace("on Tuesday", "on Sunday"), MONDAY)  # one news cycle
    assert not core.another_days_happening(published_with_the_core, refusal_core)
    arriving_late = profile(REPLY.replace(" on Tuesday", ""), "2017-03-11")  # published before the core
    assert days_apart([], "2017-03-11", [], MONDAY) == 1
    assert not core.another_days_happening(arriving_late, refusal_core)


def test_a_retelling_in_the_cores_own_words_joins(refusal_core, monkeypatch):
    monkeypatch.setattr(core, "core_similarity", lambda *_: core.RETELL_SCORE)
    reply = profile(REPLY, TUESDAY)
    assert core.near_core(reply, StoryScore("s", 0.3, "late-member"), refusal_core, TermWeights())


def test_undated_reports_cores_and_closest_reports_are_exempt(refusal_core, topical_likeness):
    assert not core.another_days_happening(profile(REPLY, None), refusal_core)
    web_page = profile(REPLY, TUESDAY, outlet=None)  # no outlet: its date may be a capture's
    assert not core.another_days_happening(web_page, refusal_core)
    pages = [ProfiledArticle("p", "s", profile(REFUSAL[0], MONDAY, outlet=None))]
    assert not core.another_days_happening(profile(REPLY, TUESDAY), pages)
    undated_core = [ProfiledArticle("u", "s", profile(REFUSAL[0], None))]
    assert not core.another_days_happening(profile(REPLY, TUESDAY), undated_core)
    through_undated = StoryScore("s", 0.3, "u", undated=True)
    assert core.near_core(profile(REPLY, TUESDAY), through_undated, refusal_core, TermWeights())


def test_without_the_stub_the_retelling_joins_and_the_reply_does_not(refusal_core):
    retold, reply = profile(REFUSAL_RETOLD, TUESDAY), profile(REPLY, TUESDAY)
    assert core.near_core(retold, StoryScore("s", 0.3, "late-member"), refusal_core, TermWeights())
    assert not core.near_core(reply, StoryScore("s", 0.3, "c0"), refusal_core, TermWeights())
