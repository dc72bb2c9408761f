"""The Spark job's rows without Spark: a task's rows read back by `eventwire load`, as ingest stores them."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from scale_texts import STORY, WIRE
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.scale import partitions
from eventwire.scale.load import OutputError, item_of, iter_output
from eventwire.scale.partitions import ROW_FIELDS, analyse_partition

runner = CliRunner()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inputs")
    lines = [json.dumps(d) for d in WIRE] + ["", "{not json"]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "story.txt").write_text(STORY, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def fast_stages(stages, selector):
    partitions._stages["events"] = replace(stages, selector=selector)  # the tasks' stages, already loaded
    yield
    partitions._stages.pop("events", None)


def elements(folder: Path) -> list:
    """What the Spark job hands its tasks for this folder: JSON lines one by one, other files whole."""
    lines = (folder / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    source = str(folder / "wire.jsonl")
    story = str(folder / "story.txt")
    return [((1, 0), ("file", story, story))] + [
        ((0, n), ("line", source, line)) for n, line in enumerate(lines, 1)
    ]


def write_output(rows: list[tuple], out: Path) -> Path:
    (out / "articles").mkdir(parents=True)
    table = pa.Table.from_pylist([dict(zip(ROW_FIELDS, r, strict=True)) for r in rows])
    pq.write_table(table, out / "articles" / "part-00000.parquet")
    return out


def ingest(*args: str) -> None:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output


def listing(db: Path, what: str) -> list[dict]:
    result = runner.invoke(app, [what, "--db", str(db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_task_rows_round_trip_to_the_same_analyses(inputs, fast_stages, stages, selector) -> None:
    rows = list(analyse_partition(sorted(elements(inputs)), "events"))
    assert [r[:2] for r in rows] == sorted(r[:2] for r in rows)
    errors = [r for r in rows if r[ROW_FIELDS.index("error")]]
    assert {r[2].rsplit("#", 1)[1] for r in errors} == {"L5", "L7"}  # the empty text, the bad JSON
    items = [item_of(dict(zip(ROW_FIELDS, r, strict=True))) for r in rows if not r[ROW_FIELDS.index("error")]]
    from eventwire.pipeline import analyse

    again = list(analyse(replace(stages, selector=selector), [an.article for an in items]))
    assert [an.article for an in items] == [an.article for an in again]
    assert [an.events for an in items] == [an.events for an in again]
    assert [an.quotes for an in items] == [an.quotes for an in again]


def test_load_stores_and_groups_exactly_as_ingest(inputs, fast_stages, tmp_path) -> None:
    out = write_output(list(analyse_partition(sorted(elements(inputs)), "events")), tmp_path / "out")
    ingest("load", str(out), "--db", str(tmp_path / "loaded.db"), "--quiet")
    ingest("ingest", str(inputs), "--db", str(tmp_path / "local.db"), "--quiet", "--sentences", "events")
    for what in ("events", "stories", "articles", "errors", "quotes"):
        loaded, local = listing(tmp_path / "loaded.db", what), listing(tmp_path / "local.db", what)
        if what == "errors":  # the time of day the error was stored differs
            loaded, local = ([{k: v for k, v in e.items() if k != "at"} for e in x] for x in (loaded, local))
        assert loaded == local, what
    assert listing(tmp_path / "local.db", "events")


def test_load_refuses_what_is_not_an_output(tmp_path) -> None:
    result = runner.invoke(app, ["load", str(tmp_path), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "not an eventwire spark output" in result.output
    result = runner.invoke(app, ["load", str(tmp_path / "missing"), "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and "no such folder" in result.output


def test_rows_out_of_input_order_are_refused(tmp_path) -> None:
    row = {k: None for k in ROW_FIELDS} | {"source_path": "x", "error": "empty file (0 bytes)", "n_events": 0}
    out = write_output(
        [tuple((row | {"file_no": 0, "record_no": n}).values()) for n in (2, 1)], tmp_path / "out"
    )
    with pytest.raises(OutputError, match="out of input order"):
        list(iter_output(out))
