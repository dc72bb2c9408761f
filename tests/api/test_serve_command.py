"""`eventwire serve`: the write token comes from a file (never the command line), an empty one is refused."""

from __future__ import annotations

from typer.testing import CliRunner

import eventwire.web
from eventwire.cli import app

runner = CliRunner()


def test_the_token_file_switches_the_write_endpoints_on(tmp_path, monkeypatch):
    seen: dict = {}
    monkeypatch.setattr(eventwire.web, "serve", lambda db, **kw: seen.update(kw))
    token = tmp_path / "token"
    token.write_text("s3cret-token\n", encoding="utf-8")
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--write-token-file", str(token)])
    assert result.exit_code == 0, result.output
    assert seen == {"host": "127.0.0.1", "port": 8000, "write_token": "s3cret-token", "workers": 1}


def test_without_a_token_file_no_token_is_passed(tmp_path, monkeypatch):
    seen: dict = {}
    monkeypatch.setattr(eventwire.web, "serve", lambda db, **kw: seen.update(kw))
    assert runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db")]).exit_code == 0
    assert seen["write_token"] is None


def test_an_empty_token_file_is_refused_with_one_line(tmp_path):
    token = tmp_path / "token"
    token.write_text("  \n", encoding="utf-8")
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.db"), "--write-token-file", str(token)])
    assert result.exit_code == 2
    assert "token file is empty" in result.output
