"""Every reading command of the CLI works on SQLite and on PostgreSQL (`--db postgresql://…`)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def db_argument(world) -> str:
    return world.store.url.replace("postgresql+psycopg://", "postgresql://").replace("sqlite:///", "")


def run(world, *args: str) -> str:
    result = runner.invoke(app, [*args, "--db", db_argument(world)])
    assert result.exit_code == 0, result.output
    return result.output


def jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_events_with_filters(world):
    found = jsonl(run(world, "events", "--format", "jsonl", "--actor", "mira"))
    assert [e["event_type"] for e in found] == ["CONSULT"] and found[0]["n_reports"] == 2
    assert len(jsonl(run(world, "events", "--format", "jsonl", "--until", "2021"))) == 1


@pytest.mark.parametrize(("command", "n"), [("articles", 7), ("stories", 6), ("quotes", 2)])
def test_listings(world, command, n):
    assert len(jsonl(run(world, command, "--format", "jsonl"))) == n


def test_minimum_confidence(world, tmp_path):
    every = jsonl(run(world, "events", "--format", "jsonl"))
    confident = jsonl(run(world, "events", "--format", "jsonl", "--min-confidence", "0.8"))
    assert 0 < len(confident) < len(every) and all(e["confidence"] >= 0.8 for e in confident)
    out = tmp_path / "confident.jsonl"
    run(world, "export", str(out), "--min-confidence", "0.8")
    assert len(out.read_text().splitlines()) == len(confident)
    refused = runner.invoke(app, ["events", "--min-confidence", "2", "--db", db_argument(world)])
    assert refused.exit_code == 2


def test_exports_say_why_each_report_was_coded(world, tmp_path):
    for event in jsonl(run(world, "events", "--format", "jsonl")):
        assert all(r["reason"].endswith(f"→ {event['event_type']}") for r in event["reports"])
    rows = list(csv.DictReader(io.StringIO(run(world, "events", "--format", "csv"))))
    assert rows and all(row["reason"].startswith("verb '") for row in rows)


def test_one_event_with_every_report(world):
    meeting = next(e for e in jsonl(run(world, "events", "--format", "jsonl")) if e["n_reports"] == 2)
    shown = run(world, "event", meeting["event_id"])
    assert shown.count("coded from verb 'met' (world.py) → CONSULT") == 2
    assert meeting["reports"][0]["sentence"][:40] in " ".join(shown.split())
    as_json = json.loads(run(world, "event", meeting["event_id"], "--format", "json"))
    assert as_json["event_id"] == meeting["event_id"] and len(as_json["reports"]) == 2
    missing = runner.invoke(app, ["event", "e-none", "--db", db_argument(world)])
    assert missing.exit_code == 2 and missing.output.strip() == "error: e-none: no such event"


def test_report(world, tmp_path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(out), "--db", db_argument(world)])
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert "&lt;img src=x" in html
    assert "coded from verb &#39;met&#39; (world.py) → CONSULT" in html
