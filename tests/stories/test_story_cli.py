"""Stories through the whole path: two ingests (streaming), a wire reprint a week later, the CLI listing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

runner = CliRunner()

WIRE = (
    "Japan's prime minister met India's prime minister in Tokyo earlier today and the two leaders "
    "agreed to expand maritime security cooperation and joint exercises in the Indian Ocean."
)
HERALD = (
    "India's prime minister held talks with his Japanese counterpart in Tokyo on Monday, and both "
    "governments said naval drills and maritime security cooperation would grow this year."
)
FLOODS = (
    "Heavy monsoon rain flooded low-lying districts of Dhaka overnight, and the city authorities opened "
    "emergency shelters for families whose homes were damaged by the water."
)


def _record(rid: str, outlet: str, published: str, text: str, title: str) -> str:
    return json.dumps({"id": rid, "outlet": outlet, "published": published, "title": title, "text": text})


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def story_db(tmp_path_factory) -> Path:
    """First ingest: the wire report, an independent report and unrelated news; second: a reprint."""
    folder = tmp_path_factory.mktemp("stories")
    first = folder / "monday.jsonl"
    first.write_text(
        "\n".join(
            [
                _record("w1", "Wire Service", "2024-03-04", WIRE, "Japan and India leaders meet"),
                _record("h1", "Herald", "2024-03-05", HERALD, "Tokyo talks on maritime security"),
                _record("f1", "Dhaka Daily", "2024-03-04", FLOODS, "Floods in Dhaka"),
            ]
        ),
        encoding="utf-8",
    )
    later = folder / "next_week.jsonl"
    text = WIRE + " This report first appeared on the wire."  # reprints carry a line of their own
    reprint = _record("p1", "Post", "2024-03-11", text, "Japan and India leaders meet")
    later.write_text(reprint, encoding="utf-8")
    db = folder / "s.db"
    _run("ingest", str(first), "--db", str(db), "--quiet")
    _run("ingest", str(later), "--db", str(db), "--quiet")
    return db


def _story_with(stories: list[dict], outlet: str) -> dict:
    return next(s for s in stories if any(r["outlet"] == outlet for r in s["reports"]))


def test_the_reprint_joins_the_story_of_the_earlier_ingest(story_db):
    stories = _jsonl(_run("stories", "--db", str(story_db), "--format", "jsonl"))
    meeting, floods = _story_with(stories, "Wire Service"), _story_with(stories, "Dhaka Daily")
    assert meeting["story_id"] != floods["story_id"]
    assert {r["outlet"] for r in meeting["reports"]} == {"Wire Service", "Herald", "Post"}
    assert (meeting["n_articles"], meeting["n_outlets"], meeting["n_sources"]) == (3, 3, 2)
    reprint = next(r for r in meeting["reports"] if r["outlet"] == "Post")
    wire = next(r for r in meeting["reports"] if r["outlet"] == "Wire Service")
    assert reprint["copy_of"] == wire["article_id"]
    for field in ("story_id", "article_ids", "source_paths", "title", "date"):
        assert field in meeting
    assert meeting["date"] == "2024-03-04"


def test_the_reprint_keeps_the_original_date_and_counts_once(story_db):
    events = _jsonl(_run("events", "--db", str(story_db), "--format", "jsonl"))
    with_reprint = [e for e in events if any(r["outlet"] == "Post" for r in e["reports"])]
    assert with_reprint
    for ev in with_reprint:
        assert ev["date"] == "2024-03-04"
        assert ev["n_sources"] < ev["n_outlets"]


def test_story_table_lists_reports_outlets_and_dates(story_db):
    out = _run("stories", "--db", str(story_db))
    assert "Herald" in out and "2024-03-11" in out and "copy of" in out


def test_story_listing_refuses_a_date_that_is_not_one(tmp_path: Path) -> None:
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "x.db"), "--since", "June"])
    assert result.exit_code != 0
    assert "'June' is not a date" in result.output
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "x.db"), "--until", "2021-13"])
    assert result.exit_code != 0
    assert "'2021-13' is not a date" in result.output
