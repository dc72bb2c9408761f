"""The fast path's selection rules (``data/scale/selection.yaml``), read once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from eventwire.datafiles import parse_yaml


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
    antecedent_named: bool = True  # the nearest earlier sentence (within the window) naming anyone
    antecedent_person: bool = False  # the nearest earlier sentence naming a person, at any distance
    surname_full_names: bool = False  # the earlier sentences giving the full name of a surname parsed
    cue_window: int = 0  # words either side of a trigger its pattern's words must be within (0: anywhere)
    weak_cues: frozenset[str] = frozenset()  # trigger lemmas that do not make a sentence worth parsing
    loose_cue_with_names: bool = False  # a weak or far cue still counts in a unit naming a person or country
    unfinished_previous: bool = False  # a chosen unit brings the unit before it when that one is unfinished
    cue_needs_actor: bool = False  # a cue sentence must also hold a possible actor
    actor_pronouns: frozenset[str] = frozenset()  # pronouns that can be an event's actor
    country_context: bool = False  # also the units naming a country (the ``context`` policy's addition)
    context_components: tuple[str, ...] = ()  # what analyses the context units (empty: all parsed in full)
    parse_lede: bool = True  # with context components, the lede still goes through the whole pipeline
    parse_antecedents: bool = False  # ... and so do the pronoun antecedents of the parsed units
    learned_cue: str = ""  # npz of the learned cue (``scale.learned``; under data/scale), "" for none
    learned_threshold: float | None = None  # its log-odds threshold (None: the model's own)
    unlikely_as_context: bool = False  # a cue unit the learned cue finds unlikely is still context
    quotation_sentences: bool = False  # units holding an attributed quotation, and its attribution
    quotation_continuations: bool = False  # a quotation standing alone right after a chosen quotation


@lru_cache(maxsize=4)
def load_rules(path: Path | None = None) -> SelectionRules:
    """Read ``data/scale/selection.yaml`` (or another file of the same form, to try other rules)."""
    path = path or resources.files("eventwire") / "data" / "scale" / "selection.yaml"
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
        return SelectionRules(
            lede_sentences=int(data["lede_sentences"]),
            lede_min_words=int(data["lede_min_words"]),
            antecedent_pronouns=_words(data["antecedent_pronouns"]),
            antecedent_window=int(data["antecedent_window"]),
            antecedent_full_name=bool(data.get("antecedent_full_name", False)),
            antecedent_named=bool(data.get("antecedent_named", True)),
            antecedent_person=bool(data.get("antecedent_person", False)),
            surname_full_names=bool(data.get("surname_full_names", False)),
            cue_window=int(data.get("cue_window", 0)),
            weak_cues=_words(data.get("weak_cues", ())),
            loose_cue_with_names=bool(data.get("loose_cue_with_names", False)),
            unfinished_previous=bool(data.get("unfinished_previous", False)),
            cue_needs_actor=bool(data.get("cue_needs_actor", False)),
            actor_pronouns=_words(data.get("actor_pronouns", ())),
            country_context=bool(data.get("country_context", False)),
            context_components=tuple(sorted(_words(data.get("context_components", ())))),
            parse_lede=bool(data.get("parse_lede", True)),
            parse_antecedents=bool(data.get("parse_antecedents", False)),
            learned_cue=str(data.get("learned_cue") or ""),
            learned_threshold=_optional_float(data.get("learned_threshold")),
            unlikely_as_context=bool(data.get("unlikely_as_context", False)),
            quotation_sentences=bool(data.get("quotation_sentences", False)),
            quotation_continuations=bool(data.get("quotation_continuations", False)),
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise SelectionRulesError(f"{path}: {exc}") from exc


def _words(items: object) -> frozenset[str]:
    """A YAML list of words, lower-cased (a list is required)."""
    if not isinstance(items, list | tuple):
        raise TypeError(f"expected a list of words, got {type(items).__name__}")
    return frozenset(str(w).lower() for w in items)


def _optional_float(value: object) -> float | None:
    """A number from YAML, or ``None`` when absent."""
    return None if value is None else float(value)  # type: ignore[arg-type]
