"""The learned type backoff: its features, its threshold, and where the coder uses it (sentences
written for these tests; the model here is a hand-made one, not the shipped artefact)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from eventwire.events import EventCoder, mentions_from_entities
from eventwire.events.backoff import NONE_LABEL, TypeBackoff, backoff_features, load_backoff, save_backoff
from eventwire.events.classify import LinearModel
from eventwire.records import Article

LABELS = ("MOBILIZE", NONE_LABEL)


def toy_model(word: str) -> LinearModel:
    """MOBILIZE when the sentence contains the lemma ``word``, else none."""
    weights = np.array([[4.0, -4.0]], dtype=np.float32)
    return LinearModel(index={f"u:{word}": 0}, weights=weights, bias=np.array([-1.0, 1.0]), labels=LABELS)


@pytest.fixture()
def toy_coder() -> EventCoder:
    coder = EventCoder()
    coder.backoff = TypeBackoff(toy_model("frigate"), threshold=0.6)
    return coder


def code_with(coder: EventCoder, nlp, text: str):
    doc = nlp(text)
    article = Article(article_id="b", source_path="b.txt", text=text, published="2024-03-15")
    return coder(doc, mentions_from_entities(doc), article)[0]


def test_features_are_the_sentences_own_words(nlp):
    features = backoff_features(nlp("Norway sent two frigates towards the coast of Peru.")[:])
    assert "u:frigate" in features and "root:send" in features
    assert "ent:GPE" in features
    assert not any(name.startswith(("ev:", "top:", "quad:")) for name in features)


def test_backoff_codes_a_sentence_the_rules_cannot(toy_coder, nlp):
    events = code_with(toy_coder, nlp, "Norway parked two frigates close to the coast of Peru.")
    assert [e.event_type for e in events] == ["MOBILIZE"]
    assert events[0].actor[0].name == "Norway" and events[0].recipient[0].name == "Peru"
    assert events[0].reports[0].trigger_span is not None


def test_backoff_needs_a_source_and_a_target_actor(toy_coder, nlp):
    assert code_with(toy_coder, nlp, "Two frigates parked close to the coast at dawn.") == []


def test_backoff_stays_silent_under_its_threshold(nlp):
    coder = EventCoder()
    coder.backoff = TypeBackoff(toy_model("frigate"), threshold=0.999)
    assert code_with(coder, nlp, "Norway parked two frigates close to the coast of Peru.") == []


def test_rules_come_first(toy_coder, nlp):
    events = code_with(toy_coder, nlp, "Norway condemned the frigates of Peru.")
    assert "MOBILIZE" not in {e.event_type for e in events}


def test_model_and_threshold_round_trip(tmp_path: Path):
    path = tmp_path / "backoff.npz"
    save_backoff(toy_model("tank"), 0.7, path)
    loaded = load_backoff.__wrapped__(str(path))
    assert loaded is not None and loaded.threshold == pytest.approx(0.7)
    assert loaded.model.labels == LABELS
