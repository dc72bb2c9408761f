"""The whole path on inputs: files in, stored and merged PLOVER events out, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
runner = CliRunner()


def _run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _events(db: Path, *extra: str) -> list[dict]:
    return _jsonl(_run("events", "--db", str(db), "--format", "jsonl", *extra))


def _countries(ev: dict, side: str = "actor") -> set[str]:
    return {e["country"] for e in ev[side] if e["country"]}


@pytest.fixture(scope="module")
def example_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("ex") / "ex.db"
    _run("ingest", str(EXAMPLES), "--db", str(db), "--quiet")
    return db


def test_every_example_format_is_read(example_db):
    arts = _jsonl(_run("articles", "--db", str(example_db), "--format", "jsonl"))
    assert len(arts) == 4  # one text scrape, one HTML page, two JSONL records
    by_path = {Path(a["source_path"]).name: a for a in arts}
    assert by_path["02_protest.html"]["outlet"] == "Example Daily"
    assert by_path["02_protest.html"]["published"] == "2024-06-25"
    assert by_path["01_ministers_meet.txt"]["title"] == "Germany and France discuss energy security"


def test_a_meeting_is_one_consult_with_both_sides_dated_and_placed(example_db):
    consult = [e for e in _events(example_db, "--type", "CONSULT") if _countries(e) >= {"DEU", "FRA"}]
    assert len(consult) == 1
    ev = consult[0]
    assert ev["date"] == "2023-03-13"  # "on Monday" in a report published Tuesday 2023-03-14
    assert ev["date_precision"] == "day"
    assert ev["location"]["name"] == "Paris" and ev["location"]["country"] == "FRA"
    report = ev["reports"][0]
    start, end = report["trigger_span"]
    assert report["sentence"][start - report["span"][0] : end - report["span"][0]] == "met"


def test_scheduled_meetings_and_page_furniture_are_not_events(example_db):
    sentences = " ".join(r["sentence"] for e in _events(example_db) for r in e["reports"])
    assert "scheduled to meet" not in sentences
    assert "Markets close higher" not in sentences and "Storm warnings" not in sentences


def test_protest_and_police_force_are_coded_with_kenyan_actors(example_db):
    types = {e["event_type"]: e for e in _events(example_db, "--actor", "KEN")}
    assert "PROTEST" in types
    assert {"KEN"} <= _countries(types["PROTEST"])


def test_filters_and_formats_agree(example_db):
    everything = _events(example_db)
    csv_rows = _run("events", "--db", str(example_db), "--format", "csv").strip().splitlines()
    assert len(csv_rows) == len(everything) + 1
    sudan = _events(example_db, "--actor", "UNO")
    assert sudan and all("UNO" in _countries(e) for e in sudan)
    recent = [e for e in everything if (e["date"] or "") >= "2024"]
    assert _events(example_db, "--since", "2024-01-01") == recent


def test_reingesting_changes_nothing_and_loads_no_stage(example_db, monkeypatch):
    before = _events(example_db)

    def refuse(*args, **kwargs):
        raise AssertionError("the stages were loaded for articles already stored")

    monkeypatch.setattr("eventwire.scale.select.load_stages", refuse)
    out = _run("ingest", str(EXAMPLES), "--db", str(example_db), "--quiet")
    assert "0 stored, 4 unchanged" in out
    assert _events(example_db) == before


def test_stages_load_on_demand_once_for_the_first_article(tmp_path):
    from eventwire.pipeline import Analysis, OnDemand, text_article

    class Counting:
        loads = 0

        def analyse(self, articles):
            return [Analysis(a, [], [], []) for a in articles]

    def load():
        Counting.loads += 1
        return Counting()

    stages = OnDemand(load)
    assert list(stages.analyse([])) == [] and Counting.loads == 0
    article = text_article("The minister resigned.", None, "line 1")
    assert [an.article for an in stages.analyse([article])] == [article]
    stages.analyse([article])
    assert Counting.loads == 1


def test_bad_files_are_reported_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "date 2022-05-10\n\n"
        "The Kenyan army attacked a rebel camp near the border on Monday, officials said.\n",
        encoding="utf-8",
    )
    (folder / "binary.pdf").write_bytes(b"%PDF-1.4\x00\x01\x02\xff" * 50)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "dump.jsonl").write_text(
        '{"id": "1", "title": "t", "text": "Police arrested twelve protesters in Lagos on Friday.", '
        '"published": "2022-05-06"}\n{"id": "2", "text": \n',
        encoding="utf-8",
    )
    db = tmp_path / "bad.db"
    out = runner.invoke(app, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert out.exit_code == 0, out.output
    errors = _jsonl(_run("errors", "--db", str(db), "--format", "jsonl"))
    failed = {Path(e["source_path"].split("#")[0]).name for e in errors}
    assert {"binary.pdf", "empty.txt", "dump.jsonl"} <= failed
    assert all(e["reason"] and "\n" not in e["reason"] for e in errors)
    stored = {
        Path(a["source_path"].split("#")[0]).name
        for a in _jsonl(_run("articles", "--db", str(db), "--format", "jsonl"))
    }
    assert stored == {"good.txt", "dump.jsonl"}


def test_the_summary_names_each_skipped_file_on_one_line(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "note.txt").write_text("date 2022-05-10\n\nThe Kenyan army attacked a rebel camp.\n")
    out = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "s.db")])
    assert out.exit_code == 0, out.output
    lines = [x for x in out.output.splitlines() if x.startswith("skipped ")]
    assert len(lines) == 1 and "empty.txt" in lines[0] and "[yellow]" not in out.output


def test_code_sentences_gives_one_object_per_line(tmp_path):
    src = tmp_path / "s.txt"
    src.write_text(
        "Rain is expected over the weekend.\nThe Japanese prime minister met the Indian prime "
        "minister in Tokyo on Monday.\n",
        encoding="utf-8",
    )
    rows = _jsonl(_run("code-sentences", str(src), "--date", "2019-10-22"))
    assert [r["line"] for r in rows] == [1, 2]
    assert rows[0]["events"] == []
    consult = [e for e in rows[1]["events"] if e["event_type"] == "CONSULT"]
    assert consult and _countries(consult[0]) >= {"JPN", "IND"}
    assert consult[0]["date"] == "2019-10-21"


def test_report_is_self_contained_html(example_db, tmp_path):
    out = tmp_path / "r.html"
    _run("report", str(out), "--db", str(example_db))
    html = out.read_text(encoding="utf-8")
    assert "<script src=" not in html and "Plotly.newPlot" in html
    assert 'class="trigger"' in html


def test_ingest_with_workers_recycled_every_chunk_stores_what_one_process_stores(
    tmp_path: Path,
) -> None:
    from eventwire.scale.workers import can_fork

    if not can_fork():
        pytest.skip("this system cannot fork")
    one, recycled = tmp_path / "one.db", tmp_path / "recycled.db"
    _run("ingest", str(EXAMPLES), "--db", str(one), "--quiet")
    args = ("--workers", "2", "--worker-tasks", "1", "--batch-size", "2", "--quiet")
    _run("ingest", str(EXAMPLES), "--db", str(recycled), *args)

    def key(ev: dict) -> tuple:
        return (ev["event_type"], ev["date"], sorted(a["name"] for a in ev["actor"]), len(ev["reports"]))

    expected = sorted(map(key, _events(one)))
    assert expected
    assert sorted(map(key, _events(recycled))) == expected


def test_ingest_refuses_a_negative_worker_task_count(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--worker-tasks", "-1"]
    )
    assert result.exit_code != 0
    assert "worker-tasks" in result.output


def test_ingest_refuses_a_negative_worker_memory_bound(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["ingest", str(EXAMPLES), "--db", str(tmp_path / "x.db"), "--worker-memory", "-1"]
    )
    assert result.exit_code != 0
    assert "worker-memory" in result.output


@pytest.mark.parametrize(
    ("option", "bound"), [(("--worker-memory", "150"), 150), (("--worker-memory", "0"), None)]
)
def test_ingest_hands_the_worker_memory_bound_to_the_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, option: tuple[str, str], bound: int | None
) -> None:
    from eventwire.scale import workers

    given: dict = {}

    class Recorded(Exception):
        pass

    def recording_pool(*args: object, **kwargs: object) -> None:
        given.update(kwargs)
        raise Recorded

    monkeypatch.setattr(workers, "WorkerPool", recording_pool)
    db = str(tmp_path / "x.db")
    runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db, "--workers", "2", *option])
    assert given["worker_memory_mb"] == bound
    runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db, "--workers", "2"])
    assert given["worker_memory_mb"] == workers.WORKER_MEMORY_MB
