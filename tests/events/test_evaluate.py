"""Evaluation helpers, and a smoke run on the labelled corpora when ../shared is present."""

from __future__ import annotations

from eventwire.events import EventCoder
from eventwire.events.evaluate import evaluate, macro_f1, prf


def test_precision_recall_f1():
    assert prf(3, 1, 2) == {"precision": 0.75, "recall": 0.6, "f1": 2 * 0.75 * 0.6 / 1.35}
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_macro_f1_averages_over_labels():
    assert macro_f1([0, 1, 1], [0, 1, 1], range(2)) == 1.0
    assert macro_f1([0, 1], [1, 0], range(2)) == 0.0


def test_gold_records_score_above_a_floor(shared, nlp):
    scores = {s.name: s for s in evaluate(shared, nlp, EventCoder(), datasets=["plover_gsr"])}
    overall = scores["plover_gsr (all)"]
    assert overall.n > 300
    assert overall.metrics["precision"] > 0.6
    assert overall.metrics["type_accuracy"] > 0.5


def test_missing_corpus_is_skipped_with_a_note(tmp_path, nlp):
    scores = evaluate(tmp_path, nlp, EventCoder(), datasets=["case2021"])
    assert scores[0].n == 0 and "skipped" in scores[0].note


def test_the_un_and_the_eu_count_as_the_gsrs_igo() -> None:
    from eventwire.events.evaluate import gsr_codes

    assert "IGO" in gsr_codes({"UNO"}) and "IGO" in gsr_codes({"EUR", "FRA"})
    assert gsr_codes({"FRA"}) == {"FRA"}
