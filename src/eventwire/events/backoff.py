"""A learned backoff for recall: the event type of a sentence the rules could not code.

A linear model over the sentence's own words (lemmas, bigrams, the root verb and its dependents,
entity types; never the rule coder's output) gives the probabilities of the 16 PLOVER types and
"none". It was trained by distant supervision (``scripts/train_type_backoff.py``): sentences of
unlabelled news in ../shared, labelled with the rule coder's confident output. It is used only
where the rules code nothing in a sentence naming at least two actors, and only above the
probability threshold stored with the model (chosen on the development half of the PLOVER gold
records and on CASE 2021). Shipped as ``data/events/type_backoff.npz``; scoring needs only numpy.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import numpy as np
from spacy.tokens import Span, Token

from eventwire.events.classify import LinearModel
from eventwire.events.entities import MentionIndex
from eventwire.events.patterns import data_dir
from eventwire.records import Mention

MODEL_FILE = "type_backoff.npz"
NONE_LABEL = "none"
PLACE_KINDS = frozenset({"LOC", "FAC"})  # mentions of places name no source or target actor
ROOT_DEPS = ("nsubj", "nsubjpass", "dobj", "prep", "xcomp", "ccomp", "prt", "agent", "attr", "acomp")


class TypeBackoff:
    """The backoff model with its probability threshold."""

    def __init__(self, model: LinearModel, threshold: float) -> None:
        self.model = model
        self.threshold = threshold

    def predict(self, sentence: Span) -> tuple[str, float] | None:
        """(event type, probability) when the most probable class is a type above the threshold."""
        probabilities = self.model.probabilities(backoff_features(sentence))
        label = max(probabilities, key=probabilities.__getitem__)
        if label == NONE_LABEL or probabilities[label] < self.threshold:
            return None
        return label, probabilities[label]


def backoff_features(sentence: Span) -> dict[str, float]:
    """Sparse features of a sentence's own words: lemmas, lemma bigrams, the root verb and its
    dependents, entity types."""
    features: dict[str, float] = {}
    words = [t for t in sentence if t.is_alpha]
    for token in words:
        if not token.is_stop:
            features[f"u:{token.lemma_.lower()}"] = 1.0
    for first, second in pairwise(words):
        features[f"b:{first.lemma_.lower()}_{second.lemma_.lower()}"] = 1.0
    root = sentence.root
    features[f"root:{root.lemma_.lower()}"] = 1.0
    for child in root.children:
        if child.dep_ in ROOT_DEPS:
            features[f"rc:{child.dep_}:{child.lemma_.lower()}"] = 1.0
            features[f"rv:{root.lemma_.lower()}_{child.dep_}"] = 1.0
        if child.dep_ in ("neg", "aux"):
            features[f"aux:{child.lower_}"] = 1.0
    for entity in sentence.ents:
        features[f"ent:{entity.label_}"] = 1.0
    return features


def actor_mentions(sentence: Span, index: MentionIndex) -> list[Mention]:
    """Distinct mentions of actors (not places) in a sentence, in text order."""
    found: list[Mention] = []
    for mention in index.in_tokens(list(sentence)):
        if mention.kind not in PLACE_KINDS and all(m.text.lower() != mention.text.lower() for m in found):
            found.append(mention)
    return found


def source_and_target(
    sentence: Span, mentions: list[Mention], index: MentionIndex
) -> tuple[Mention, Mention]:
    """The source (the mention in the root's subject, else the first) and the target (the next)."""
    subject_tokens = [t for c in sentence.root.children if c.dep_ in ("nsubj", "agent") for t in c.subtree]
    in_subject = index.in_tokens(subject_tokens)
    source = next((m for m in mentions if any(m is s for s in in_subject)), mentions[0])
    target = next(m for m in mentions if m is not source)
    return source, target


def root_span(root: Token) -> tuple[int, int]:
    """Character span of the sentence's root word (the backoff event's trigger)."""
    return root.idx, root.idx + len(root.text)


@lru_cache(maxsize=1)
def load_backoff(path: str | None = None) -> TypeBackoff | None:
    """The shipped backoff model, or None when the file is absent."""
    file = Path(path) if path else data_dir() / MODEL_FILE
    if not file.exists():
        return None
    with np.load(file, allow_pickle=False) as data:
        threshold = float(data["threshold"]) if "threshold" in data.files else 1.0
    return TypeBackoff(LinearModel.load(file), threshold)


def save_backoff(model: LinearModel, threshold: float, path: Path) -> None:
    """Write the model and its threshold as one npz (no pickle)."""
    names = np.array(sorted(model.index, key=model.index.__getitem__))
    np.savez_compressed(
        path,
        features=names,
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
        labels=np.array(model.labels),
        threshold=np.array(threshold, dtype=np.float32),
    )
