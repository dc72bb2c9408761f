"""`eventwire export` streams every format from the database (SQLite or PostgreSQL URL), and the Parquet
file reads in pandas and DuckDB."""

from __future__ import annotations

import csv
import json

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import EventFilter, queries
from eventwire.store import export as ex

runner = CliRunner()


def _db_argument(world) -> str:
    return world.store.url.replace("postgresql+psycopg://", "postgresql://").replace("sqlite:///", "")


def export(world, tmp_path, fmt: str, *options: str):
    out = tmp_path / f"events.{fmt}"
    result = runner.invoke(app, ["export", str(out), "--format", fmt, "--db", _db_argument(world), *options])
    assert result.exit_code == 0, result.output
    return out, result.output


def test_parquet_reads_in_pandas_and_duckdb(world, tmp_path):
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    out, said = export(world, tmp_path, "parquet")
    assert "wrote 6 events" in said
    frame = pd.read_parquet(out)
    assert len(frame) == 6 and frame["n_reports"].max() == 2
    assert set(frame["event_type"]) == {"CONSULT", "ACCUSE", "COERCE", "AID", "REQUEST", "PROTEST"}
    n, lat = duckdb.connect().execute("SELECT count(*), max(lat) FROM read_parquet(?)", [str(out)]).fetchone()
    assert n == 6 and lat == pytest.approx(59.91)
    record = json.loads(frame.loc[frame["event_type"] == "CONSULT", "record"].iloc[0])
    assert record["n_outlets"] == 2


def test_jsonl_csv_and_plover_json_with_a_filter(world, tmp_path):
    out, _ = export(world, tmp_path, "jsonl", "--actor", "NOR", "--since", "2022")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["event_type"] for d in lines] == ["AID"]
    with world.store.reading() as conn:
        assert set(lines[0]) == set(queries.find_events(conn, EventFilter())[0].to_dict())
    out, _ = export(world, tmp_path, "csv", "--type", "consult")
    rows = list(csv.DictReader(out.open()))
    assert len(rows) == 1 and rows[0]["n_reports"] == "2" and rows[0]["actor_kb_id"] == "XQ1"
    out, _ = export(world, tmp_path, "plover-json", "--story", world.story_ids["arrest"])
    plover = json.loads(out.read_text())
    assert [p["event"] for p in plover] == ["COERCE"] and plover[0]["geolocation"]["placename"] == "Paris"


def test_a_failed_export_leaves_no_file(tmp_path):
    def broken():
        yield from ()
        raise RuntimeError("database went away")

    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        ex.export_events(broken(), target, "jsonl")
    assert list(tmp_path.iterdir()) == []


def test_export_to_an_unwritable_place_is_one_line(world, tmp_path):
    out = tmp_path / "missing-folder" / "x.csv"
    result = runner.invoke(app, ["export", str(out), "--format", "csv", "--db", _db_argument(world)])
    assert result.exit_code == 2
    assert "missing-folder" in result.output and "Traceback" not in result.output
