"""The fast path's selection rules (``data/scale/selection.yaml``), read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


class SelectionRulesError(ValueError):
    """``selection.yaml`` is missing or malformed (one line)."""


@dataclass(frozen=True, slots=True)
class SelectionRules:
    """How much context the fast path parses besides the sentences with an event cue."""

    lede_sentences: int
    lede_min_words: int
    antecedent_pronouns: frozenset[str]
    antecedent_window: int
    antecedent_full_name: bool = False  # also the nearest earlier sentence giving someone's full name


@lru_cache(maxsize=1)
def load_rules() -> SelectionRules:
    """Read ``data/scale/selection.yaml``."""
    path = resources.files("eventwire") / "data" / "scale" / "selection.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return SelectionRules(
            lede_sentences=int(data["lede_sentences"]),
            lede_min_words=int(data["lede_min_words"]),
            antecedent_pronouns=frozenset(str(w).lower() for w in data["antecedent_pronouns"]),
            antecedent_window=int(data["antecedent_window"]),
            antecedent_full_name=bool(data.get("antecedent_full_name", False)),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise SelectionRulesError(f"{path}: {exc}") from exc
