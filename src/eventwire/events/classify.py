"""A small learned sentence classifier: CAMEO PentaClass (statement + the four quad classes).

Features are the sentence's lemmas and lemma bigrams, its root verb and modal words, and the rule
coder's own output (event types, quad classes, modes, with their confidence). A linear model over
them is trained by ``scripts/train_pentaclass.py`` on the ConfliBERT CAMEO training sentences and
shipped as ``data/events/pentaclass.npz`` (feature names, weights, biases; no pickle). Scoring
needs only numpy.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from spacy.tokens import Span

from eventwire.events.patterns import data_dir
from eventwire.records import Event

MODEL_FILE = "pentaclass.npz"
LABELS = ("statement", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict")


def sentence_features(sentence: Span, events: list[Event]) -> dict[str, float]:
    """Sparse features of a sentence and the events the rules coded from it (any confidence)."""
    features: dict[str, float] = {}
    lemmas = [t.lemma_.lower() for t in sentence if not (t.is_punct or t.is_space)]
    for token in sentence:
        if token.is_alpha and not token.is_stop:
            features[f"u:{token.lemma_.lower()}"] = 1.0
        if token.dep_ == "ROOT":
            features[f"root:{token.lemma_.lower()}"] = 1.0
            for child in token.children:
                if child.dep_ in ("dobj", "xcomp", "ccomp", "prep"):
                    features[f"root_{child.dep_}:{child.lemma_.lower()}"] = 1.0
        if token.dep_ in ("neg", "aux") and token.lower_ in NEGATION_AND_MODALS:
            features[f"aux:{token.lower_}"] = 1.0
    for first, second in pairwise(lemmas):
        features[f"b:{first}_{second}"] = 1.0
    add_event_features(features, events)
    return features


NEGATION_AND_MODALS = frozenset(
    {"not", "n't", "never", "will", "would", "could", "may", "might", "should", "must"}
)


def add_event_features(features: dict[str, float], events: list[Event]) -> None:
    """The rule coder's output as features: types, quads and modes weighted by confidence."""
    if not events:
        features["ev:NONE"] = 1.0
        return
    top = max(events, key=lambda e: e.confidence)
    features[f"top:{top.event_type}"] = 1.0
    features[f"topquad:{top.quad_class}"] = 1.0
    for event in events:
        for key in (
            f"ev:{event.event_type}",
            f"quad:{event.quad_class}",
            f"mode:{event.event_type}/{event.mode}",
        ):
            features[key] = max(features.get(key, 0.0), event.confidence)
        if event.attributed_to is not None:
            features["attributed"] = 1.0


@dataclass(frozen=True, slots=True)
class LinearModel:
    """Multinomial logistic regression weights over named sparse features."""

    index: dict[str, int]
    weights: np.ndarray  # (n_features, n_classes)
    bias: np.ndarray  # (n_classes,)
    labels: tuple[str, ...]

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        """Class probabilities of one feature dictionary."""
        scores = self.bias.astype(np.float64).copy()
        for name, value in features.items():
            row = self.index.get(name)
            if row is not None:
                scores += value * self.weights[row]
        scores = np.exp(scores - scores.max())
        scores /= scores.sum()
        return dict(zip(self.labels, (float(s) for s in scores), strict=True))

    def predict(self, features: dict[str, float]) -> str:
        """The most probable class."""
        probabilities = self.probabilities(features)
        return max(probabilities, key=probabilities.__getitem__)

    def save(self, path: Path) -> None:
        """Write the model as a compressed npz (float16 weights)."""
        names = np.array(sorted(self.index, key=self.index.__getitem__))
        np.savez_compressed(
            path,
            features=names,
            weights=self.weights.astype(np.float16),
            bias=self.bias.astype(np.float32),
            labels=np.array(self.labels),
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        """Read a model written by ``save``."""
        with np.load(path, allow_pickle=False) as data:
            names = [str(n) for n in data["features"]]
            return cls(
                index={name: i for i, name in enumerate(names)},
                weights=data["weights"].astype(np.float32),
                bias=data["bias"].astype(np.float32),
                labels=tuple(str(label) for label in data["labels"]),
            )


@lru_cache(maxsize=1)
def load_pentaclass(path: str | None = None) -> LinearModel | None:
    """The shipped PentaClass model, or None when the file is absent."""
    file = Path(path) if path else data_dir() / MODEL_FILE
    return LinearModel.load(file) if file.exists() else None
