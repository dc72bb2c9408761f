"""The seed reports of ../shared/examples/seeds (skipped when absent): what issue 2 promises on them."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()


def _jsonl(args: list[str]) -> list[dict]:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def seed_db(seeds, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    result = runner.invoke(app, ["ingest", str(seeds), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture(scope="module")
def events(seed_db) -> list[dict]:
    return _jsonl(["events", "--db", str(seed_db), "--format", "jsonl"])


def _meetings(events: list[dict]) -> list[dict]:
    """CONSULT events with an Iraqi side and a NATO side (NATO is an IGO in PLOVER)."""
    out = []
    for ev in events:
        people = ev["actor"] + ev["recipient"]
        countries = {e["country"] for e in people}
        if ev["event_type"] == "CONSULT" and "IRQ" in countries and "IGO" in countries:
            out.append(ev)
    return out


def _roles(ev: dict) -> str:
    return " | ".join(f"{e['name']} {e['role'] or ''}" for e in ev["actor"] + ev["recipient"])


def test_meetings_with_nato_are_consult_events_with_both_sides_resolved(events):
    meetings = _meetings(events)
    assert len(meetings) >= 3
    roles = " ".join(_roles(ev) for ev in meetings)
    assert re.search(r"Prime Minister of Iraq", roles)
    assert re.search(r"(Foreign|External) (Affairs )?Minister|Minister of Foreign Affairs", roles)
    assert re.search(r"Secretary General of NATO|Secretary-General of NATO", roles)
    for ev in meetings:
        assert ev["reports"] and all(r["sentence"] for r in ev["reports"])


def test_two_translations_of_the_brussels_meeting_are_one_story_and_one_event(seed_db, events):
    stories = _jsonl(["stories", "--db", str(seed_db), "--format", "jsonl"])
    two = [s for s in stories if len(s["article_ids"]) == 2 and s["date"] == "2021-06-30"]
    assert len(two) == 1
    story = two[0]
    assert story["date"] == "2021-06-30"
    merged = [
        ev
        for ev in _meetings(events)
        if ev["story_id"] == story["story_id"]
        and {r["article_id"] for r in ev["reports"]} == set(story["article_ids"])
    ]
    assert len(merged) == 1
    ev = merged[0]
    assert ev["date"] == "2021-06-30"
    assert ev["location"] and ev["location"]["country"] == "BEL"
    assert ev["n_outlets"] == 2


def test_nothing_is_coded_from_teasers(events):
    evidence = " ".join(r["sentence"] for ev in events for r in ev["reports"])
    teasers = ("Israel", "Iran", "UAE", "Jaishankar", "Baltic", "Mozambique", "BEDU", "climate breakdown")
    for teaser in teasers:
        assert teaser not in evidence
    countries = {e["country"] for ev in events for e in ev["actor"] + ev["recipient"]}
    assert not countries & {"ISR", "IRN", "ARE", "IND"}


def test_undated_report_is_never_given_the_ingest_date(events):
    from datetime import date

    today = date.today().isoformat()
    assert all(ev["date"] != today for ev in events)
