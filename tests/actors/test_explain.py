"""explain(): candidates with the matched alias, the score and the reason."""

from __future__ import annotations

from eventwire.actors import KnowledgeBase, explain


def test_explain_fields_and_reasons(kb: KnowledgeBase) -> None:
    rows = explain(kb, "Stoltenberg", "2021-06-30")
    best = rows[0]
    assert set(best) == {"kb_id", "name", "country", "sectors", "role", "score", "alias", "why"}
    assert (best["name"], best["country"], best["role"]) == (
        "Jens Stoltenberg",
        "IGO",
        "Secretary General of NATO",
    )
    assert "family name only" in best["why"] and "held Secretary General of NATO on 2021-06-30" in best["why"]
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_explain_alias_and_undated(kb: KnowledgeBase) -> None:
    row = explain(kb, "Daesh")[0]
    assert (row["kb_id"], row["alias"]) == ("grp:isis", "Daesh")
    assert row["why"].startswith("exact alias")


def test_explain_unknown_name(kb: KnowledgeBase) -> None:
    assert explain(kb, "Qwxzv Plorgh", "2020-01-01") == []
