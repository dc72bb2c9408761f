"""TermWeights remembers each term's idf: the same value as computed afresh, and a settings change is seen."""

from __future__ import annotations

from eventwire.stories import TermWeights
from eventwire.stories import weights as weights_module


def test_a_remembered_idf_is_the_computed_one():
    df = {"harbour": 40, "quay": 3, "said": 900}
    weights = TermWeights(n_docs=1000, df=df)
    first = {term: weights.idf(term) for term in [*df, "unseen", "@Q191"]}
    again = {term: weights.idf(term) for term in first}
    fresh = {term: TermWeights(n_docs=1000, df=df)._idf(term) for term in first}
    assert first == again == fresh
    assert first["quay"] > first["harbour"] > first["said"]


def test_a_changed_setting_is_not_answered_from_memory(monkeypatch):
    weights = TermWeights(n_docs=1000, df={"said": 900})
    damped = weights.idf("said")
    monkeypatch.setattr(weights_module, "TEMPLATE_SHARE", None)
    assert weights.idf("said") > damped
