"""A learned pair scorer (round 10): the probability that two reports tell one happening, from the
signals the hand-set score combines (words, names, meaning) and the kinds of conflict and agreement
found, by a logistic regression fitted on pairs of the ECB+ dev topics (``scripts/train_pair_scorer.py``;
coefficients in ``data/stories/pair_scorer.yaml``, one model for words and names, one with sentence
embeddings).

Kinds of conflict the model has no coefficient for (those that never fire on undated ECB+ documents:
period, amount, day) keep their hand-set factors, and the date factor still scales the result: the model
learns what the training pairs show, and no more.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from eventwire.stories.datafiles import read_data

CONFLICT_PREFIX = "conflict:"
AGREEMENT_PREFIX = "agreement:"


@dataclass(frozen=True, slots=True)
class PairModel:
    """A fitted logistic regression over named pair features, and the knots (probability, score) that
    map its probability onto the hand-set score's scale (matched by rank on the training pairs), so the
    join, bridge and core scores keep their meaning."""

    intercept: float
    coefficients: Mapping[str, float]
    scale: tuple[tuple[float, float], ...] = ()

    def score(self, features: Mapping[str, float]) -> float:
        """The pair's score on the hand-set scale: its probability through the scale's knots."""
        return on_scale(self.probability(features), self.scale)

    def probability(self, features: Mapping[str, float]) -> float:
        """The modelled probability that a pair with ``features`` tells one happening."""
        z = self.intercept + sum(w * features.get(name, 0.0) for name, w in self.coefficients.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 50.0), -50.0)))

    def covers(self, conflict_kind: str) -> bool:
        """Whether the model weighs this kind of conflict itself (else its hand-set factor applies)."""
        return CONFLICT_PREFIX + conflict_kind in self.coefficients


def on_scale(p: float, knots: tuple[tuple[float, float], ...]) -> float:
    """``p`` mapped piecewise-linearly through increasing (probability, score) knots (``p`` itself when
    there are none)."""
    if not knots:
        return p
    if p <= knots[0][0]:
        return knots[0][1]
    for (p0, s0), (p1, s1) in itertools.pairwise(knots):
        if p <= p1:
            return s0 + (s1 - s0) * (p - p0) / (p1 - p0) if p1 > p0 else s1
    return knots[-1][1]


def pair_features(
    words: float,
    names: float | None,
    meaning: float | None,
    conflicts: list[str],
    agreements: list[str],
) -> dict[str, float]:
    """The features of one pair of reports: its signals and the kinds of conflict and agreement found."""
    found = {
        "words": words,
        "names": names or 0.0,
        "no_names": 1.0 if names is None else 0.0,
        "words_x_names": words * (names or 0.0),
        "sqrt_words": math.sqrt(max(words, 0.0)),
    }
    if meaning is not None:
        found["meaning"] = meaning
        found["words_x_meaning"] = words * meaning
    found.update({CONFLICT_PREFIX + k: 1.0 for k in conflicts})
    found.update({AGREEMENT_PREFIX + k: 1.0 for k in agreements})
    return found


def model_from_data(data: Mapping[str, object] | None) -> PairModel | None:
    """A ``PairModel`` from its data-file form (None when absent or switched off)."""
    if not data or not data.get("enabled", True):
        return None
    coefficients = {str(k): float(v) for k, v in dict(data.get("coefficients") or {}).items()}
    scale = tuple((float(p), float(s)) for p, s in data.get("scale") or [])
    return PairModel(float(data.get("intercept", 0.0)), coefficients, scale)


@lru_cache(maxsize=1)
def _models() -> dict[str, PairModel | None]:
    data = read_data("pair_scorer.yaml") or {}
    return {mode: model_from_data(data.get(mode)) for mode in ("words_and_names", "with_meaning")}


def pair_model(with_meaning: bool) -> PairModel | None:
    """The fitted model for scores with or without sentence embeddings (None: hand-set score)."""
    return _models()["with_meaning" if with_meaning else "words_and_names"]
