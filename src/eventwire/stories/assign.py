"""Put a new article into a story, from what the database holds about earlier ones (streaming: nothing
is recomputed, and only indexed look-ups of the article's own keys are made)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

from eventwire.records import Article, Event, Mention
from eventwire.stories import core as core_module
from eventwire.stories import grouping
from eventwire.stories.embedding import embed
from eventwire.stories.grouping import (
    ProfiledArticle,
    StoryCandidate,
    StoryScore,
    keys_to_read,
    likely_articles,
    matching_stories,
    similar_stories,
)
from eventwire.stories.issues import template_issues, without_issues
from eventwire.stories.keys import between_known_parties, story_keys, term_keys
from eventwire.stories.profile import Profile, build_profile
from eventwire.stories.weights import TermWeights, prior_weight

WINDOW_DAYS = 30  # term-key candidates: published this many days either side (or undated)
PER_KEY = 25  # term-key candidates per key, the most recent first (round 23: 50 before)
KEY_CANDIDATES = 50  # earlier articles read per copy or event key (per_key of ``StoryIndex.candidates``)


class StoryIndex(Protocol):
    """What the grouping reads from the store (``store.Writer`` provides it)."""

    def candidates(
        self, keys: Iterable[str], per_key: int | None = None, latest: Mapping[str, str] | None = None
    ) -> list[StoryCandidate]: ...

    def term_articles(
        self, keys: Iterable[str], published: str | None, window_days: int, per_key: int
    ) -> list[str]: ...

    def term_weights(self, terms: Iterable[str]) -> TermWeights: ...

    def story_profiles(self, article_ids: Iterable[str]) -> list[ProfiledArticle]: ...

    def story_core(self, story_id: str, size: int) -> list[str]: ...


@dataclass(slots=True)
class Assignment:
    """Where a new article goes, and what to store so later articles find it."""

    story_ids: list[str]  # stories it joins (the caller merges them into the first); empty: a new story
    copy_of: str | None  # the earlier article it republishes, if any
    keys: dict[str, str | None]  # story keys with their dates
    profile: Profile
    similar: StoryScore | None = None  # set when it joined through the similarity of its profile


def profile_article(
    article: Article, mentions: list[Mention], events: list[Event], embedding: bool = True
) -> Profile:
    """The article's profile, with an embedding when the embeddings extra is installed and enabled
    (``embedding=False``: without, e.g. built on a worker that has no model; ``assign_story`` adds it)."""
    profile = build_profile(article, mentions, events, prior_weight)
    return with_embedding(profile, article) if embedding else profile


def with_embedding(profile: Profile, article: Article) -> Profile:
    """``profile`` with the article's embedding (None when the embeddings extra is not in use)."""
    if profile.embedding is None:
        profile.embedding = embed(" ".join(x for x in (article.title, article.text) if x))
    return profile


def timeless_meeting(published: str | None, keys: dict[str, str | None]) -> bool:
    """An undated report of an undated event between two known parties, a country and a person included
    (a press release, say): such pairs meet often, so topical likeness alone cannot place it among a
    dated story's happenings."""
    return published is None and any(
        key.startswith("ev:") and day is None and between_known_parties(key) for key, day in keys.items()
    )


def strict_score(profile: Profile) -> float:
    """The score a timeless report needs against a dated story: that of bridging two stories."""
    return grouping.BRIDGE_SCORE_WITH_MEANING if profile.embedding is not None else grouping.BRIDGE_SCORE


def core_check(profile: Profile, index: StoryIndex) -> Callable[[StoryScore], bool]:
    """Whether a new report is close to the core of a story it scores high enough against (core.py):
    the story's first reports are read from the index only then, weighed with the terms they use."""

    def keep(found: StoryScore) -> bool:
        core = index.story_profiles(index.story_core(found.story_id, core_module.CORE_SIZE))
        vocabulary = profile.vocabulary().union(*(c.profile.vocabulary() for c in core))
        return core_module.near_core(profile, found, core, index.term_weights(vocabulary))

    return keep


def assign_story(
    article: Article,
    mentions: list[Mention],
    events: list[Event],
    index: StoryIndex,
    profile: Profile | None = None,
) -> Assignment:
    """The stories a new article joins: copies and same events by their keys, else the story of the most
    similar earlier report among those sharing its most telling terms. ``profile``: the article's
    ``profile_article``, when it was built already (on a worker); else it is built here."""
    profile = (
        profile_article(article, mentions, events) if profile is None else with_embedding(profile, article)
    )
    keys = story_keys(article.text, events)
    wanted, latest = keys_to_read(keys)
    candidates = index.candidates(wanted, KEY_CANDIDATES, latest)
    candidates = without_issues(candidates, template_issues(profile, candidates, index.story_profiles))
    match = matching_stories(keys, candidates, article.published)
    terms = term_keys(profile, index.term_weights(profile.vocabulary()))
    keys.update(dict.fromkeys(terms, article.published))
    copy_of = match.copy_of.article_id if match.copy_of else None
    keep = core_check(profile, index)
    joined = [
        s
        for s in match.story_ids
        if s not in match.by_event or keep(StoryScore(s, 1.0, match.by_event[s], by_event=True))
    ]
    if joined:
        return Assignment(joined, copy_of, keys, profile)
    found = index.term_articles(terms, article.published, WINDOW_DAYS, PER_KEY)
    others = index.story_profiles({*likely_articles(found), *match.related})
    if not others:
        return Assignment([], copy_of, keys, profile)
    vocabulary = profile.vocabulary().union(*(o.profile.vocabulary() for o in others))
    weights = index.term_weights(vocabulary)
    dated_threshold = strict_score(profile) if timeless_meeting(article.published, keys) else None
    found_stories = similar_stories(profile, others, weights, dated_threshold=dated_threshold, keep=keep)
    best = found_stories[0] if found_stories else None
    return Assignment([s.story_id for s in found_stories], copy_of, keys, profile, best)
