"""A learned sentence cue: how likely the exact path is to code an event in a unit, before any parse.

A logistic regression over named sparse features of the cheap pass (``scale.cue_features``), trained
by ``scripts/train_cue.py`` on exact-path events of dai2017 and Reuters articles outside the identity
samples, stored as an npz (feature names, weights, bias, the threshold chosen for recall). Inference
needs numpy only: the score of a unit is the sum of its features' weights plus the bias.
"""

from __future__ import annotations

import math
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np


class CueModelError(ValueError):
    """The learned cue's artefact is missing or malformed (one line)."""


@dataclass(frozen=True)
class CueModel:
    """Weights of named features; ``score(features)`` is the log-odds that a unit holds an event."""

    weights: dict[str, float]
    bias: float
    threshold: float  # log-odds at or above which a unit likely holds an event (chosen for recall)

    def score(self, features: Iterable[str]) -> float:
        """The unit's log-odds (unknown features count nothing)."""
        weights = self.weights
        return self.bias + sum(weights.get(name, 0.0) for name in set(features))

    def likely(self, features: Iterable[str], threshold: float | None = None) -> bool:
        """Whether the unit likely holds an event (at ``threshold``, else the model's own)."""
        return self.score(features) >= (self.threshold if threshold is None else threshold)

    def save(self, path: Path) -> None:
        """Write the model as a compressed npz (feature names, float32 weights, bias, threshold)."""
        names = sorted(self.weights)
        np.savez_compressed(
            path,
            features=np.array(names),
            weights=np.array([self.weights[n] for n in names], dtype=np.float32),
            bias=np.array([self.bias], dtype=np.float32),
            threshold=np.array([self.threshold], dtype=np.float32),
        )

    @classmethod
    def load(cls, path: Path) -> CueModel:
        """Read a model written by ``save``; raises ``CueModelError`` with the reason."""
        try:
            with np.load(path, allow_pickle=False) as data:
                names = [str(n) for n in data["features"]]
                weights = data["weights"].astype(np.float64)
                bias, threshold = float(data["bias"][0]), float(data["threshold"][0])
        except (OSError, KeyError, ValueError, IndexError, zipfile.BadZipFile) as exc:
            raise CueModelError(f"{path}: not a learned cue model ({exc})") from exc
        if len(names) != len(weights) or not all(map(math.isfinite, (bias, threshold, *weights))):
            raise CueModelError(f"{path}: feature names and weights do not match or are not finite")
        return cls(dict(zip(names, weights.tolist(), strict=True)), bias, threshold)


def model_path(name: str) -> Path:
    """A model file named in the selection rules: relative names are under ``data/scale``."""
    path = Path(name)
    if path.is_absolute():
        return path
    return Path(str(resources.files("eventwire") / "data" / "scale" / name))


@lru_cache(maxsize=4)
def load_cue_model(name: str) -> CueModel:
    """The learned cue model of a rules file's ``learned_cue`` (read once)."""
    return CueModel.load(model_path(name))
