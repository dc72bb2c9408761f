"""`eventwire spark` on local[2]: the same events, articles and stories as the local pipeline.

Needs pyspark (the spark extra) and a Java runtime (scripts/setup_system.sh installs one); skips
with the reason otherwise.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from scale_texts import STORY, WIRE
from typer.testing import CliRunner

from eventwire.cli import app

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'eventwire[spark]')")
runner = CliRunner()


def java_runs() -> bool:
    java = shutil.which("java")
    return bool(java) and subprocess.run([java, "-version"], capture_output=True, check=False).returncode == 0


pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not java_runs(), reason="no Java runtime (scripts/setup_system.sh installs one)"),
]


def invoke(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def listing(db: Path, what: str) -> list[dict]:
    return [json.loads(x) for x in invoke(what, "--db", str(db), "--format", "jsonl").splitlines()]


@pytest.fixture(scope="module")
def job(tmp_path_factory) -> dict:
    """One input folder, run through Spark (local[2]) and loaded, and through the local pipeline."""
    root = tmp_path_factory.mktemp("spark")
    folder = root / "news"
    folder.mkdir()
    lines = [json.dumps(d) for d in WIRE] + ["{not json"]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    out = root / "out"
    printed = invoke(
        "spark", "--input", str(folder), "--output", str(out), "--master", "local[2]", "--partitions", "3"
    )
    invoke("load", str(out), "--db", str(root / "spark.db"), "--quiet")
    invoke("ingest", str(folder), "--db", str(root / "local.db"), "--quiet")
    return {"out": out, "spark": root / "spark.db", "local": root / "local.db", "printed": printed}


def test_spark_events_stories_and_articles_equal_the_local_pipelines(job) -> None:
    for what in ("events", "stories", "articles", "quotes"):
        assert listing(job["spark"], what) == listing(job["local"], what), what
    events = listing(job["local"], "events")
    assert {e["event_type"] for e in events} >= {"CONSULT", "COERCE"}


def test_the_output_holds_parquet_articles_events_and_stories(job) -> None:
    import pyarrow.parquet as pq

    out = job["out"]
    summary = json.loads((out / "job.json").read_text())
    assert summary["articles"] == 5 and summary["errors"] == 2  # an empty text, a malformed line
    merged = pq.read_table(out / "events.parquet").column("event_id").to_pylist()
    assert sorted(merged) == sorted(e["event_id"] for e in listing(job["local"], "events"))
    stories = pq.read_table(out / "stories.parquet").column("story_id").to_pylist()
    assert sorted(stories) == sorted(s["story_id"] for s in listing(job["local"], "stories"))
    assert "5 articles, 2 unreadable" in job["printed"]


def test_a_missing_input_is_one_line(tmp_path) -> None:
    result = runner.invoke(app, ["spark", "--input", str(tmp_path / "nope"), "--output", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no such file or folder" in result.output
