"""How likely two reports are about one happening: a score in [0, 1] from their profiles.

The score is a weighted mean of the signals both profiles have:
- ``words``: cosine of TF-IDF vectors of content words (log counts, IDF from ``weights``);
- ``names``: the same over the people, organisations and places they name (resolved actors by identity,
  so "Qadhafi" and "Gaddafi" agree when the actors stage resolves both);
- ``meaning``: cosine of sentence embeddings, when the optional embeddings extra made them;
then scales it down when the two were published far apart (reports of one happening come within days),
and when their evidence shows two happenings (other people, places, numbers or years: ``conflict.py``);
raises it, when nothing conflicts, for the specifics they state alike (an age, the lede's subject:
``agreement.py``), up to the bridge score.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date

from eventwire.stories.agreement import agreement, agreement_cap
from eventwire.stories.conflict import CONFLICT_FACTORS, CONFLICT_FACTORS_WITH_MEANING, Conflict, conflict
from eventwire.stories.pairscore import PairModel, pair_features, pair_model
from eventwire.stories.profile import Profile
from eventwire.stories.weights import NAME_PREFIX, TermWeights

SAME_DAYS = 14  # publication gap within which reports and follow-ups of one happening are normal
HALF_LIFE_DAYS = 60  # beyond it, the score halves every this many days
EMBEDDING_FLOOR = 0.2  # embedding cosine of unrelated news; rescaled to 0
EMBEDDING_CEILING = 0.9  # embedding cosine of two reports of one happening; rescaled to 1
# names count half: their words are among the content words already; they add what the actors stage
# knows (two spellings of one person agree), and chosen on the first half of the ECB+ topics
SIGNAL_WEIGHTS = {"words": 1.0, "names": 0.5, "meaning": 1.0}
# The names signal needs this many names on both sides (round 5): the cosine of two one-name profiles is
# 1 whatever the name's weight, so one common name ("Treasury", or a template word read as an
# organisation) would make two unrelated reports similar.
MIN_NAMES = 2
# Round 10: score pairs with the learned model of data/stories/pair_scorer.yaml when it is enabled there.
USE_PAIR_MODEL = True
HAND_SET_FLOOR = True


@dataclass(slots=True)
class Similarity:
    """The signals and their combination (``score``)."""

    words: float
    names: float | None
    meaning: float | None
    date_factor: float
    score: float
    conflicts: list[str] = field(default_factory=list)  # kinds of disagreement found (conflict.py)
    compared: list[str] = field(default_factory=list)  # kinds of evidence both reports have
    before_conflict: float = 0.0  # the score without the conflict factor
    agreements: list[str] = field(default_factory=list)  # kinds of specifics stated alike (agreement.py)


@dataclass(slots=True, frozen=True)
class WeightedBag:
    """A bag of terms as a log-count x weight vector, with its squared norm (``empty``: no terms)."""

    vector: dict[str, float]
    squared_norm: float
    empty: bool


@dataclass(slots=True, frozen=True)
class ProfileBags:
    """A profile's words and names as weighted vectors, computed once for a report compared with many
    (``names`` is None when the profile has fewer than ``MIN_NAMES`` names)."""

    terms: WeightedBag
    names: WeightedBag | None


def weighted_bag(counts: Mapping[str, float], weight: Callable[[str], float]) -> WeightedBag:
    """The log-count x weight vector of a bag of terms."""
    vector = {t: (1.0 + math.log(c)) * weight(t) for t, c in counts.items() if c > 0}
    return WeightedBag(vector, sum(w * w for w in vector.values()), not counts)


def bag_cosine(a: WeightedBag, b: WeightedBag) -> float:
    """Cosine of two weighted bags (0 when either is empty)."""
    if a.empty or b.empty:
        return 0.0
    dot = sum(w * b.vector[t] for t, w in a.vector.items() if t in b.vector)
    norm = math.sqrt(a.squared_norm * b.squared_norm)
    return dot / norm if norm else 0.0


def weighted_cosine(a: Mapping[str, float], b: Mapping[str, float], weight: Callable[[str], float]) -> float:
    """Cosine of the log-count x weight vectors of two bags of terms (0 when either is empty)."""
    if not a or not b:
        return 0.0
    return bag_cosine(weighted_bag(a, weight), weighted_bag(b, weight))


def names_bag(profile: Profile, weights: TermWeights) -> WeightedBag | None:
    """The weighted vector of a profile's names, None when it has fewer than ``MIN_NAMES``."""
    if len(profile.names) < MIN_NAMES:
        return None
    return weighted_bag(profile.names, lambda n: weights.idf(NAME_PREFIX + n))


def profile_bags(profile: Profile, weights: TermWeights) -> ProfileBags:
    """The weighted vectors of a profile's words and names, for comparing it with many profiles."""
    return ProfileBags(weighted_bag(profile.terms, weights.idf), names_bag(profile, weights))


def embedding_cosine(a: list[float] | None, b: list[float] | None) -> float | None:
    """Cosine of two embeddings, rescaled so unrelated news is near 0 and one happening near 1."""
    if not a or not b or len(a) != len(b):
        return None
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    norm = math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))
    if not norm:
        return None
    return min(max((dot / norm - EMBEDDING_FLOOR) / (EMBEDDING_CEILING - EMBEDDING_FLOOR), 0.0), 1.0)


def date_factor(a: str | None, b: str | None) -> float:
    """1 for reports published within a few days of each other (or undated), less the further apart."""
    if not a or not b:
        return 1.0
    try:
        gap = abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days)
    except ValueError:
        return 1.0
    return 0.5 ** (max(gap - SAME_DAYS, 0) / HALF_LIFE_DAYS)


def story_similarity(
    a: Profile, b: Profile, weights: TermWeights, a_bags: ProfileBags | None = None
) -> Similarity:
    """How likely two profiled articles report one happening (see the module docstring). ``a_bags``:
    ``profile_bags(a, weights)``, when ``a`` is compared with many profiles under the same weights."""
    mine = a_bags if a_bags is not None else profile_bags(a, weights)
    words = bag_cosine(mine.terms, weighted_bag(b.terms, weights.idf))
    their_names = names_bag(b, weights) if mine.names is not None else None
    names = (
        bag_cosine(mine.names, their_names) if mine.names is not None and their_names is not None else None
    )
    meaning = embedding_cosine(a.embedding, b.embedding)
    factor = date_factor(a.published, b.published)
    factors = CONFLICT_FACTORS_WITH_MEANING if meaning is not None else CONFLICT_FACTORS
    found = conflict(a.evidence, a.published, b.evidence, b.published, factors)
    model = pair_model(meaning is not None) if USE_PAIR_MODEL else None
    if model is not None:
        return learned_similarity(model, a, b, (words, names, meaning, factor), found, factors)
    signals = {"words": words, "names": names, "meaning": meaning}
    present = {k: v for k, v in signals.items() if v is not None}
    total = sum(SIGNAL_WEIGHTS[k] for k in present)
    combined = sum(SIGNAL_WEIGHTS[k] * v for k, v in present.items()) / total
    score = combined * factor
    alike = agreement(a.evidence, a.published, b.evidence, b.published) if not found.kinds else None
    final = score * found.factor
    if alike and alike.factor > 1.0:
        final = max(final, min(final * alike.factor, agreement_cap(meaning is not None)))
    kinds = alike.kinds if alike else []
    return Similarity(words, names, meaning, factor, final, found.kinds, found.compared, score, kinds)


def learned_similarity(
    model: PairModel,
    a: Profile,
    b: Profile,
    signals: tuple[float, float | None, float | None, float],
    found: Conflict,
    factors: Mapping[str, float],
) -> Similarity:
    """The score of the learned pair model (``pairscore.py``): its probability on the hand-set scale,
    times the date factor and the hand-set factors of the conflict kinds the model does not weigh
    (``before_conflict``: the same without the conflicts and agreements found)."""
    words, names, meaning, day_factor = signals
    alike = agreement(a.evidence, a.published, b.evidence, b.published).kinds
    before = model.score(pair_features(words, names, meaning, [], []))
    agreed = model.score(pair_features(words, names, meaning, [], alike)) if alike else before
    learned = model.score(pair_features(words, names, meaning, found.kinds, alike)) if found.kinds else agreed
    other = math.prod(factors[k] for k in found.kinds if not model.covers(k))
    if HAND_SET_FLOOR and found.kinds:  # without a conflict the floor is the score itself
        learned = min(learned, agreed * found.factor / other)
    final = learned * day_factor * other
    return Similarity(
        words, names, meaning, day_factor, final, found.kinds, found.compared, before * day_factor, alike
    )
