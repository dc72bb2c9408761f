"""`eventwire eval events`: the evaluation harness from the command line."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def test_gold_records_are_scored_per_half(shared):
    result = runner.invoke(app, ["eval", "events", "--shared", str(shared), "--dataset", "plover_gsr"])
    assert result.exit_code == 0, result.output
    lines = [x for x in result.output.splitlines() if x.startswith("plover_gsr")]
    assert [x.split("  ")[0].strip() for x in lines] == [
        "plover_gsr (dev half)",
        "plover_gsr (held-out half)",
        "plover_gsr (all)",
    ]
    f1 = float(re.search(r"f1=([0-9.]+)", lines[-1]).group(1))
    assert 0.5 < f1 <= 1.0  # a coder that found nothing, or everything, would be far off


def test_unknown_datasets_and_missing_corpora_are_one_line_errors(tmp_path):
    result = runner.invoke(app, ["eval", "events", "--shared", str(tmp_path)])
    assert result.exit_code == 2 and "no corpora/ folder" in result.output
    (tmp_path / "corpora").mkdir()
    result = runner.invoke(app, ["eval", "events", "--shared", str(tmp_path), "--dataset", "nope"])
    assert result.exit_code == 2 and "unknown dataset nope" in result.output
