"""Mode and context cues, and the type transforms of governed actions (``data/events/cues.yaml``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Span, Token

from eventwire.events.patterns import as_set, read_yaml


@dataclass(frozen=True, slots=True)
class Cues:
    """Cue words by event type and mode, context keywords, and transform tables."""

    modes: dict[str, list[tuple[str, frozenset[str]]]]
    contexts: list[tuple[str, frozenset[str]]]
    transforms: dict[str, dict[str, str]]

    def transform(self, table: str, key: str) -> str | None:
        """A transform table entry, falling back to the table's default; None when absent."""
        entries = self.transforms.get(table, {})
        value = entries.get(key, entries.get("default"))
        return value if value is not None else None

    def transform_of(self, table: str, event_type: str, mode: str | None) -> str | None:
        """A transform table entry for a type in one of its modes ("RETREAT/withdraw"), else for the type."""
        if mode is not None:
            value = self.transforms.get(table, {}).get(f"{event_type}/{mode}")
            if value is not None:
                return value
        return self.transform(table, event_type)


@lru_cache(maxsize=2)
def load_cues() -> Cues:
    """Read cues.yaml (cached)."""
    data = read_yaml("cues.yaml")
    modes = {
        event_type: [(mode, as_set(words)) for mode, words in table.items()]
        for event_type, table in data.get("modes", {}).items()
    }
    contexts = [(name, as_set(words)) for name, words in data.get("contexts", {}).items()]
    transforms = {
        name: {k: str(v) if v is not None else "" for k, v in table.items()}
        for name, table in data.get("transforms", {}).items()
    }
    return Cues(modes=modes, contexts=contexts, transforms=transforms)


def sentence_words(sentence: Span | list[Token]) -> set[str]:
    """Lower-case forms and lemmas of a sentence's words."""
    return {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}


def mode_words(sentence: Span, trigger: Token) -> set[str]:
    """The sentence's words that may tell the event's mode: every noun and adjective ("a suicide bomber",
    "air strikes", "tear gas"), but of the verbs only the event's own word and the verbs coordinated with
    it ("stabbed and wounded"), and gerunds standing as nouns ("wounded in shooting"): another verb tells
    another act ("called for the network to fire the host", "a country rocked by war")."""
    own = {trigger, *trigger.conjuncts}
    return sentence_words(
        [t for t in sentence if t.pos_ not in ("VERB", "AUX") or t in own or is_nominal_gerund(t)]
    )


NOMINAL_GERUND_DEPS = frozenset({"pcomp", "pobj", "nsubj", "nsubjpass", "dobj", "compound", "amod"})


def is_nominal_gerund(token: Token) -> bool:
    """A gerund standing as a noun ("killed in shooting", "the stabbing shocked the town")."""
    return token.tag_ == "VBG" and token.dep_ in NOMINAL_GERUND_DEPS


def cue_mode(event_type: str, words: set[str], cues: Cues | None = None) -> str | None:
    """The first mode of the type whose cue words occur in the sentence."""
    cues = cues or load_cues()
    for mode, cue_words in cues.modes.get(event_type, []):
        if words & cue_words:
            return mode
    return None


def cue_contexts(words: set[str], cues: Cues | None = None) -> list[str]:
    """Contexts whose keywords occur in the sentence."""
    cues = cues or load_cues()
    return [name for name, keywords in cues.contexts if words & keywords]
