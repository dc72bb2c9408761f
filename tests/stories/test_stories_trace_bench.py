"""bench/stories_trace.py (round 21): the classes of a missed join that need no corpus — how a report
joined, and why a stored report of its happening was never compared with it."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bench_scripts import load_bench
from eventwire.records import Article
from eventwire.stories import TermWeights
from eventwire.stories.grouping import ProfiledArticle, StoryScore
from eventwire.stories.profile import build_profile

CRASH = "A bus carrying pilgrims plunged into a gorge near Tarvo, killing 14 passengers, police said."
CRASH_RETOLD = "Fourteen pilgrims died when their bus plunged into a gorge near Tarvo, police said."


@pytest.fixture(scope="module")
def trace():
    return load_bench("stories_trace")


def _profile(text: str):
    return build_profile(Article(article_id=text[:6], source_path="/x", text=text), [], [])


class OneKeyIndex:
    """A store where the stored report shares ``shared`` term keys with any new one, ``days`` away."""

    def __init__(self, shared: int, days: int) -> None:
        self.shared, self.days = shared, days

    def term_articles(self, terms, published, window_days, per_key):
        return ["b"] * self.shared if window_days >= self.days else []

    def story_profiles(self, ids):
        return [ProfiledArticle("b", "s1", _profile(CRASH))] if "b" in ids else []

    def term_weights(self, terms):
        return TermWeights()


def test_how_a_report_joined_is_read_from_its_assignment(trace):
    assert trace.how_joined(SimpleNamespace(story_ids=[], copy_of=None, similar=None)) == "new story"
    assert trace.how_joined(SimpleNamespace(story_ids=["s"], copy_of="a", similar=None)) == "copy"
    assert trace.how_joined(SimpleNamespace(story_ids=["s"], copy_of=None, similar=None)) == "event key"
    close = SimpleNamespace(story_ids=["s"], copy_of=None, similar=StoryScore("s", 0.35, "a"))
    assert trace.how_joined(close) == "similarity < 0.4"


def test_a_report_never_compared_is_told_by_the_keys_it_shares_and_its_window(trace):
    article, profile = Article(article_id="n", source_path="/x", text=CRASH_RETOLD), _profile(CRASH_RETOLD)
    one_key = trace.why_not_compared(article, profile, OneKeyIndex(1, 0), ["term:x"], {"b"})
    assert one_key.startswith("1 term key(s) shared (< 2);")
    assert one_key.endswith("would score the join score")  # the retelling scores enough once compared
    far = trace.why_not_compared(article, profile, OneKeyIndex(2, 100), ["term:x"], {"b"})
    assert far == "outside the publication window"
    assert trace.why_not_compared(article, profile, OneKeyIndex(2, 0), ["term:x"], {"b"}).startswith(
        "the per-key"
    )
