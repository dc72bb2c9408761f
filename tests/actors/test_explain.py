"""explain(): candidates with the matched alias, the score and the reason."""

from __future__ import annotations

import io
import re

import pytest

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


def test_a_name_two_countries_share_lists_both_default_first(kb: KnowledgeBase) -> None:
    rows = explain(kb, "Congo", "2024-01-01")
    assert [r["kb_id"] for r in rows[:2]] == ["COD", "COG"]
    assert "several countries share" in rows[0]["why"]


def test_kb_show_table_fits_an_80_column_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from rich.console import Console
    from typer.testing import CliRunner

    from eventwire import cli, terminal

    out = io.StringIO()
    monkeypatch.setattr(terminal, "console", Console(file=out, width=80, color_system=None))
    result = CliRunner().invoke(cli.app, ["kb", "show", "Hussein", "--date", "2020-09-16"])
    assert result.exit_code == 0, result.output
    lines = out.getvalue().splitlines()
    assert lines and max(len(line) for line in lines) <= 80
    text = out.getvalue()
    assert "Fuad Hussein" in text and "family name only" in text and "more candidates" in text
    ranks = [int(m.group(1)) for line in lines if (m := re.match(r"\s*(\d+)\s+\d\.\d\d\s", line))]
    assert ranks == list(range(1, 11))
