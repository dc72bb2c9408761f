"""The shipped sentence classifier loads without pickle and scores sentences sensibly."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.events.classify import LABELS, LinearModel, load_pentaclass, sentence_features


def test_shipped_model_loads_and_gives_a_distribution(nlp, code):
    model = load_pentaclass()
    if model is None:
        pytest.skip("pentaclass.npz not built")
    text = "Soldiers opened fire on protesters in the capital, killing three."
    events, _ = code(text)
    probabilities = model.probabilities(sentence_features(nlp(text)[:], events))
    assert set(probabilities) == set(LABELS)
    assert abs(sum(probabilities.values()) - 1.0) < 1e-6
    assert max(probabilities, key=probabilities.get) == "material conflict"


def test_model_round_trips_through_npz(tmp_path):
    model = LinearModel(
        index={"u:attack": 0, "u:praise": 1},
        weights=np.array([[0, 0, 0, 0, 2.0], [0, 2.0, 0, 0, 0]], dtype=np.float32),
        bias=np.zeros(5, dtype=np.float32),
        labels=LABELS,
    )
    path = tmp_path / "model.npz"
    model.save(path)
    loaded = LinearModel.load(path)
    assert loaded.predict({"u:attack": 1.0}) == "material conflict"
    assert loaded.predict({"u:praise": 1.0}) == "verbal cooperation"
    assert loaded.predict({"unknown": 1.0}) in LABELS


def test_features_include_the_rule_coder_output(nlp, code):
    text = "Police arrested forty protesters in the capital on Saturday."
    events, _ = code(text)
    features = sentence_features(nlp(text)[:], events)
    assert features["top:COERCE"] == 1.0
    assert "u:arrest" in features
    assert sentence_features(nlp(text)[:], [])["ev:NONE"] == 1.0
