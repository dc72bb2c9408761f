"""Decide which story a new article joins, from the earlier articles that share its keys: copies by text,
the same events by actors and dates, and otherwise the story of the most similar earlier report."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from eventwire.stories.keys import is_specific
from eventwire.stories.profile import Profile
from eventwire.stories.similarity import story_similarity
from eventwire.stories.weights import TermWeights

MIN_SHARED_BANDS = 2  # LSH bands two near-duplicates must share
MAX_DAYS_APART = 2  # event dates further apart than this are different happenings


@dataclass(slots=True)
class StoryCandidate:
    """An earlier article sharing a story key with a new one."""

    article_id: str
    story_id: str
    key: str
    date: str | None  # date of the keyed event (event keys only)
    published: str | None


def new_story_id(article_id: str) -> str:
    return "s" + hashlib.blake2b(article_id.encode(), digest_size=8).hexdigest()


def _days_apart(a: str, b: str) -> int | None:
    try:
        return abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return None


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two event dates that may be one happening: equal at their shared precision, or days apart."""
    if a is None or b is None:
        return True
    if len(a) == len(b) == 10:
        gap = _days_apart(a, b)
        return gap is not None and gap <= MAX_DAYS_APART
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _event_key_matches(keys: dict[str, str | None], cand: StoryCandidate) -> bool:
    mine = keys.get(cand.key)
    if mine is None and cand.date is None:
        return is_specific(cand.key)  # undated on both sides: only two identified actors are enough
    return dates_compatible(mine, cand.date)


@dataclass(slots=True)
class StoryMatch:
    """The stories a new article joins (stable order: the caller merges them into the first), and the
    earliest earlier article it copies, if it is an exact or near-duplicate republication."""

    story_ids: list[str]
    copy_of: StoryCandidate | None = None


def _earliest(cands: list[StoryCandidate]) -> StoryCandidate | None:
    return min(cands, key=lambda c: (c.published or "9999", c.article_id), default=None)


def matching_stories(keys: dict[str, str | None], candidates: list[StoryCandidate]) -> StoryMatch:
    """Match a new article's keys against earlier articles: copies by text, same events by actors and date."""
    bands: dict[str, int] = defaultdict(int)
    matched: set[str] = set()
    copies: dict[str, StoryCandidate] = {}
    for cand in candidates:
        kind = cand.key.split(":", 1)[0]
        if kind == "text":
            copies[cand.article_id] = cand
        elif kind == "lsh":
            bands[cand.article_id] += 1
            if bands[cand.article_id] >= MIN_SHARED_BANDS:
                copies[cand.article_id] = cand
        elif kind == "ev" and _event_key_matches(keys, cand):
            matched.add(cand.story_id)
    matched |= {c.story_id for c in copies.values()}
    return StoryMatch(sorted(matched), _earliest(list(copies.values())))


JOIN_SCORE = 0.35  # story similarity above which a report joins the most similar story
MIN_SHARED_TERMS = 2  # term keys an earlier article must share to be compared at all
MAX_COMPARED = 40  # earlier articles compared per new one (those sharing the most term keys)


@dataclass(slots=True)
class ProfiledArticle:
    """An earlier article's stored profile, with its story."""

    article_id: str
    story_id: str
    profile: Profile


@dataclass(slots=True)
class StoryScore:
    """The most similar story for a new report, and how similar (its closest article's score)."""

    story_id: str
    score: float
    article_id: str


def likely_articles(
    candidates: list[StoryCandidate], min_shared: int = MIN_SHARED_TERMS, limit: int = MAX_COMPARED
) -> list[str]:
    """Articles sharing at least ``min_shared`` term keys, the ones sharing most first."""
    shared: Counter[str] = Counter(c.article_id for c in candidates)
    ranked = sorted((a for a, n in shared.items() if n >= min_shared), key=lambda a: (-shared[a], a))
    return ranked[:limit]


def most_similar_story(
    profile: Profile, others: list[ProfiledArticle], weights: TermWeights, threshold: float | None = None
) -> StoryScore | None:
    """The story whose closest article is most similar to ``profile``, if that reaches ``threshold``
    (default ``JOIN_SCORE``)."""
    threshold = JOIN_SCORE if threshold is None else threshold
    best: StoryScore | None = None
    for other in others:
        score = story_similarity(profile, other.profile, weights).score
        if best is None or score > best.score:
            best = StoryScore(other.story_id, score, other.article_id)
    return best if best is not None and best.score >= threshold else None
