"""scripts/train_pair_scorer.py (round 15): the training pairs are scored with the term weights the stream
had when the later of the two reports arrived — the store's own document frequencies at that point."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from eventwire.records import Article

ROOT = Path(__file__).resolve().parents[2]
REPORTS = [
    ("r1", "Envoys met in Tallinn about the harbour dispute and the new quay."),
    ("r2", "The harbour authority in Tallinn opened the quay to ferries on Monday."),
    ("r3", "Farmers in the valley gathered the harvest early after the dry summer."),
    ("r4", "Ferries returned to the harbour quay in Tallinn after the envoys' talks."),
]


@pytest.fixture(scope="module")
def trainer():
    sys.path.insert(0, str(ROOT / "bench"))
    spec = importlib.util.spec_from_file_location("train_pair_scorer", ROOT / "scripts/train_pair_scorer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_pair_is_weighed_as_the_store_weighed_it_when_the_later_one_arrived(trainer, store, ingest_report):
    seen_at_arrival, vocabularies = {}, {}
    for aid, text in REPORTS:
        with store.transaction() as writer:
            vocabulary = set().union(*vocabularies.values(), {"harbour", "quay", "tallinn", "harvest"})
            seen_at_arrival[aid] = writer.term_weights(vocabulary)
        _, found = ingest_report(Article(article_id=aid, source_path=f"/in/{aid}", text=text))
        vocabularies[aid] = found.profile.vocabulary()
    weights = trainer.arrival_weights([aid for aid, _ in REPORTS], vocabularies)
    for first, later in (("r1", "r2"), ("r2", "r4"), ("r4", "r1"), ("r3", "r3")):
        stored = seen_at_arrival[max(first, later)]
        arrived = weights(first, later)
        assert arrived.n_docs == stored.n_docs
        assert {t: arrived.df.get(t, 0) for t in stored.df} == {t: stored.df.get(t, 0) for t in stored.df}
        assert {t: arrived.idf(t) for t in stored.df} == {t: stored.idf(t) for t in stored.df}
    # The harbour is common by the fourth report, rarer when the second arrived.
    assert weights("r1", "r4").idf("harbour") < weights("r1", "r2").idf("harbour")
    assert weights("r1", "r2").df.get("harvest") is None and "harvest" in weights("r3", "r4").df
