"""Decide which story a new article joins, from the earlier articles that share its keys: copies by text,
the same events by actors and dates, and otherwise the story of the most similar earlier report."""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from eventwire.stories.agreement import same_specifics
from eventwire.stories.keys import is_specific
from eventwire.stories.profile import Profile
from eventwire.stories.similarity import profile_bags, story_similarity
from eventwire.stories.spans import date_bounds
from eventwire.stories.weights import TermWeights

MIN_SHARED_BANDS = 2  # LSH bands two near-duplicates must share
MAX_DAYS_APART = 2  # event dates further apart than this are different happenings
MAX_RELATED = 20  # articles compared because they share a country-level event, at most
PUBLISHED_DAYS_APART = 7  # an undated event matches only reports published this close


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


def _ends_before(end: str, start: str) -> bool:
    """A period ending at ``end`` is over before one starting at ``start``: full dates more than
    ``MAX_DAYS_APART`` days before (or unreadable), others before it at their shared precision."""
    if len(end) == len(start) == 10:
        gap = _days_apart(end, start)
        return gap is None or (start > end and gap > MAX_DAYS_APART)
    n = min(len(end), len(start))
    return end[:n] < start[:n]


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Two event dates that may be one happening: equal at their shared precision, or days apart; a range
    ("2011/2015", ``event_date``) is compatible with a date inside it and with a range it overlaps."""
    if a is None or b is None:
        return True
    (a_start, a_end), (b_start, b_end) = date_bounds(a), date_bounds(b)
    return not _ends_before(a_end, b_start) and not _ends_before(b_end, a_start)


def published_near(a: str | None, b: str | None, days: int = PUBLISHED_DAYS_APART) -> bool:
    """Published within ``days`` of each other (or either undated)."""
    if a is None or b is None:
        return True
    gap = _days_apart(a, b)
    return gap is None or gap <= days


_YEAR_OR_MONTH = re.compile(r"\d{4}(-\d{2})?")


def latest_compatible(day: str) -> str | None:
    """The latest event date compatible with ``day`` (``dates_compatible``), as the index sorts dates: a
    full date's ``MAX_DAYS_APART`` later, a month's or a year's last (its "-99"), a range's end's; None
    when unreadable."""
    day = date_bounds(day)[1]
    if _YEAR_OR_MONTH.fullmatch(day):
        return day + "-99"
    if len(day) != 10:
        return None
    try:
        return (date.fromisoformat(day) + timedelta(days=MAX_DAYS_APART)).isoformat()
    except ValueError:
        return None


def keys_to_read(keys: dict[str, str | None]) -> tuple[list[str], dict[str, str]]:
    """The keys worth reading for a new report's candidates, and the latest event date worth reading for
    each dated event key (an earlier report's event dated later is another happening). A country-level
    event key without a date of its own is not read: it relates reports only at known dates."""
    wanted: list[str] = []
    latest: dict[str, str] = {}
    for key, day in keys.items():
        if not key.startswith("ev:"):
            wanted.append(key)
        elif day is not None:
            wanted.append(key)
            if (bound := latest_compatible(day)) is not None:
                latest[key] = bound
        elif is_specific(key):
            wanted.append(key)
    return wanted, latest


def _event_key_matches(keys: dict[str, str | None], cand: StoryCandidate, published: str | None) -> bool:
    """The same event between two identified actors (KB ids) at compatible dates; when an event date is
    unknown, only between reports both published within days of each other (two leaders meet often).
    Country-level pairs ("USA:GOV", or a country itself: "USA") are not enough on their own: they go to
    the similarity check."""
    if not is_specific(cand.key):
        return False
    mine = keys.get(cand.key)
    if mine is None or cand.date is None:
        return bool(published and cand.published) and published_near(published, cand.published)
    return dates_compatible(mine, cand.date)


def _event_key_related(keys: dict[str, str | None], cand: StoryCandidate) -> bool:
    """A country-level event key at known, compatible dates: worth comparing, not enough to join."""
    mine = keys.get(cand.key)
    return mine is not None and cand.date is not None and dates_compatible(mine, cand.date)


@dataclass(slots=True)
class StoryMatch:
    """The stories a new article joins (stable order: the caller merges them into the first), and the
    earliest earlier article it copies, if it is an exact or near-duplicate republication."""

    story_ids: list[str]
    copy_of: StoryCandidate | None = None
    related: list[str] = field(default_factory=list)  # articles sharing a country-level event: compare them
    by_event: dict[str, str] = field(default_factory=dict)  # story joined by an event key -> its article


def _earliest(cands: list[StoryCandidate]) -> StoryCandidate | None:
    return min(cands, key=lambda c: (c.published or "9999", c.article_id), default=None)


def matching_stories(
    keys: dict[str, str | None], candidates: list[StoryCandidate], published: str | None = None
) -> StoryMatch:
    """Match a new article's keys against earlier articles: copies by text, same events by identified
    actors and dates (``published``: the new article's publication date)."""
    bands: dict[str, int] = defaultdict(int)
    matched: set[str] = set()
    related: dict[str, list[StoryCandidate]] = defaultdict(list)
    copies: dict[str, StoryCandidate] = {}
    by_event: dict[str, str] = {}
    for cand in candidates:
        kind = cand.key.split(":", 1)[0]
        if kind == "text":
            copies[cand.article_id] = cand
        elif kind == "lsh":
            bands[cand.article_id] += 1
            if bands[cand.article_id] >= MIN_SHARED_BANDS:
                copies[cand.article_id] = cand
        elif kind == "ev" and _event_key_matches(keys, cand, published):
            matched.add(cand.story_id)
            by_event.setdefault(cand.story_id, cand.article_id)
        elif kind == "ev" and _event_key_related(keys, cand):
            related[cand.article_id].append(cand)
    copied = {c.story_id for c in copies.values()}
    by_event = {sid: aid for sid, aid in by_event.items() if sid not in copied}
    nearest = most_related(related)
    return StoryMatch(sorted(matched | copied), _earliest(list(copies.values())), nearest, by_event)


def most_related(related: dict[str, list[StoryCandidate]], limit: int = MAX_RELATED) -> list[str]:
    """The articles sharing country-level events to compare (``related``: each one's shared keys), at most
    ``limit``: those sharing most such events first, then the latest published; sorted by id."""
    ranked = sorted(related)
    ranked.sort(key=lambda a: max(c.published or "" for c in related[a]), reverse=True)  # stable
    ranked.sort(key=lambda a: len(related[a]), reverse=True)
    return sorted(ranked[:limit])


# Chosen on the first half of the ECB+ topics (the best B-cubed F1 there; docs/stories.md), for scores
# of words and names, and for scores with sentence embeddings (the embeddings extra), which run higher.
JOIN_SCORE = 0.25  # story similarity from which a report joins the story of its closest earlier report
BRIDGE_SCORE = 0.4  # a report this similar to several stories joins them into one
JOIN_SCORE_WITH_MEANING = 0.45
BRIDGE_SCORE_WITH_MEANING = 0.6
BRIDGE_DAYS = 30  # ... when the stories' closest reports were published this close (or undated)
MIN_SHARED_TERMS = 2  # term keys an earlier article must share to be compared at all
# Earlier articles compared per new one, those sharing the most term keys (round 23: 40 before; the same
# ECB+ figures, and on Reuters-21578 as many wrong pairs undone as made, docs/stories.md).
MAX_COMPARED = 30
# Round 24: a story whose member scores this much against a new report and states the same specifics
# (a number of its own — a magnitude, a toll — and a person one lede names: agreement.same_specifics) is
# joined or bridged as a story at the join or bridge score is (one happening told from another angle;
# not against a timeless meeting's stricter score). None: off. With sentence embeddings: off (not
# measured there).
SPECIFICS_SCORE: float | None = 0.2
SPECIFICS_SCORE_WITH_MEANING: float | None = None


@dataclass(slots=True)
class ProfiledArticle:
    """An earlier article's stored profile, with its story."""

    article_id: str
    story_id: str
    profile: Profile
    story_span: tuple[str, str] | None = None  # first and last publication date in its story

    def dated_profile(self, day: str | None) -> Profile:
        """The profile as compared with a report of ``day``: an undated report takes the date in its
        story's span nearest to ``day`` (a story runs from its first report to its last)."""
        if self.profile.published or not self.story_span:
            return self.profile
        first, last = self.story_span
        nearest = min(max(day, first), last) if day else first
        return replace(self.profile, published=nearest)


@dataclass(slots=True)
class StoryScore:
    """The most similar story for a new report, and how similar (its closest article's score)."""

    story_id: str
    score: float
    article_id: str
    published: str | None = None  # the closest article's date (an undated one's as compared)
    undated: bool = False  # the closest article has no date of its own
    specifics: bool = False  # a member scoring SPECIFICS_SCORE states the report's specifics (round 24)
    by_event: bool = False  # joined by an event key between identified actors, not by its similarity


def likely_articles(
    found: list[str], min_shared: int = MIN_SHARED_TERMS, limit: int = MAX_COMPARED
) -> list[str]:
    """Articles sharing at least ``min_shared`` term keys (``found``: an article's id once per key it
    shares), the ones sharing most first."""
    shared: Counter[str] = Counter(found)
    ranked = sorted((a for a, n in shared.items() if n >= min_shared), key=lambda a: (-shared[a], a))
    return ranked[:limit]


def similar_stories(
    profile: Profile,
    others: list[ProfiledArticle],
    weights: TermWeights,
    threshold: float | None = None,
    bridge: float | None = None,
    dated_threshold: float | None = None,
    keep: Callable[[StoryScore], bool] | None = None,
) -> list[StoryScore]:
    """Stories to join, most similar first: the story whose closest article scores best, if that reaches
    ``threshold`` (default ``JOIN_SCORE``, or ``JOIN_SCORE_WITH_MEANING`` for a profile with an
    embedding); and any other story this report scores ``bridge`` or more against (default
    ``BRIDGE_SCORE``, or ``BRIDGE_SCORE_WITH_MEANING``) whose closest article was published near the best
    one's: the report shows them to be one story told in other words. ``dated_threshold`` (default
    ``threshold``): the score needed against a story whose closest article has a date. ``keep``: a
    further check a story must pass (its core, ``core.py``), asked only where it decides: of the best stories
    until one passes, then of those that score enough to be bridged."""
    meaning = profile.embedding is not None
    if threshold is None:
        threshold = JOIN_SCORE_WITH_MEANING if meaning else JOIN_SCORE
    if bridge is None:
        bridge = BRIDGE_SCORE_WITH_MEANING if meaning else BRIDGE_SCORE
    kept = keep or (lambda _: True)
    ranked = iter(ranked_stories(profile, others, weights, threshold, dated_threshold))
    first = next((s for s in ranked if kept(s)), None)  # asked lazily: a core check reads the store
    if first is None:
        return []
    day = first.published
    bridged = (s for s in ranked if s.score >= bridge or s.specifics)
    near = [s for s in bridged if published_near(day, s.published, BRIDGE_DAYS)]
    return [first, *(s for s in near if kept(s))]


def states_specifics(profile: Profile, other: ProfiledArticle, score: float) -> bool:
    """Whether an earlier report scoring ``score`` against a new one states its specifics (round 24)."""
    least = SPECIFICS_SCORE if profile.embedding is None else SPECIFICS_SCORE_WITH_MEANING
    return least is not None and score >= least and same_specifics(profile.evidence, other.profile.evidence)


def ranked_stories(
    profile: Profile,
    others: list[ProfiledArticle],
    weights: TermWeights,
    threshold: float,
    dated_threshold: float | None = None,
) -> list[StoryScore]:
    """Each story's closest article, for the stories whose closest article reaches ``threshold`` (or
    ``dated_threshold``, when higher, if that article is dated), or that state the report's specifics
    (``StoryScore.specifics``, round 24), most similar first."""
    best: dict[str, StoryScore] = {}
    specific: set[str] = set()
    mine = profile_bags(profile, weights)
    for other in others:
        dated = other.dated_profile(profile.published)
        score = story_similarity(profile, dated, weights, mine).score
        if states_specifics(profile, other, score):
            specific.add(other.story_id)
        if other.story_id not in best or score > best[other.story_id].score:
            undated = other.profile.published is None
            best[other.story_id] = StoryScore(
                other.story_id, score, other.article_id, dated.published, undated=undated
            )
    for story_id in specific:
        best[story_id].specifics = True
    dated_needs = max(threshold, dated_threshold if dated_threshold is not None else threshold)

    def reaches(found: StoryScore) -> bool:
        needs = dated_needs if found.published is not None else threshold
        return found.score >= needs or (found.specifics and needs == threshold)

    return sorted(filter(reaches, best.values()), key=lambda s: (-s.score, s.story_id))
