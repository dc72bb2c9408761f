"""A mistyped --db is a one-line error when reading, and a new database's folder is made when writing."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import NoDatabase, Store

runner = CliRunner()

ARTICLE = (
    "Title: Ministers meet in Oslo\nDate: 2024-03-05\n\n"
    "The Norwegian foreign minister met the Swedish foreign minister in Oslo on Monday.\n"
)


@pytest.mark.parametrize(
    "command",
    [
        ["events"],
        ["articles"],
        ["stories"],
        ["quotes"],
        ["errors"],
        ["export", "out.jsonl"],
        ["report", "r.html"],
    ],
)
def test_reading_a_missing_database_fails_in_one_line(tmp_path: Path, command: list[str]) -> None:
    missing = tmp_path / "typo.db"
    result = runner.invoke(app, [*command, "--db", str(missing)])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {missing}: no such database")
    assert not missing.exists()  # nothing is created at a mistyped path


def test_a_file_that_is_not_a_database_is_named(tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("these are notes, not a database\n" * 200)
    result = runner.invoke(app, ["events", "--db", str(text)])
    assert result.exit_code == 2
    assert result.output.strip() == f"error: {text}: cannot open the database (file is not a database)"


def test_ingest_makes_the_folder_of_a_new_database(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(ARTICLE)
    db = tmp_path / "new" / "nested" / "events.db"
    result = runner.invoke(app, ["ingest", str(source), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    listed = runner.invoke(app, ["articles", "--db", str(db), "--format", "jsonl"])
    assert listed.exit_code == 0 and listed.output.count("\n") == 1


def test_store_refuses_to_create_when_reading(tmp_path: Path) -> None:
    with pytest.raises(NoDatabase, match="no such database"):
        Store(tmp_path / "absent.db", create=False)
    Store(tmp_path / "absent.db").dispose()
    assert (tmp_path / "absent.db").exists()
    Store(tmp_path / "absent.db", create=False).dispose()  # exists now: opens
