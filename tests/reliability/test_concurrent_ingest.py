"""The API serves reads while a real `eventwire ingest` process writes to the same database (SQLite in WAL
mode, PostgreSQL): no errors, and never a partial state — counts only grow, every listed article's story
and events exist, every event page's total equals what it lists, and every event carries its reports."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from reliab_corpus import write_corpus

from eventwire.store import Store
from eventwire.web import create_app


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return request.getfixturevalue("postgres").new_database()
    return str(tmp_path / "shared.db")


def _check_snapshot(client: TestClient) -> int:
    """One round of reads; returns the number of articles seen. Each answer must be whole."""
    events = client.get("/api/events?limit=500&sort=-date")
    assert events.status_code == 200, events.text
    page = events.json()
    assert page["total"] == len(page["events"])
    for ev in page["events"]:
        assert ev["n_reports"] == len(ev["reports"]) >= 1
    articles = client.get("/api/articles?limit=500").json()
    for article in articles["articles"][:5]:
        story = client.get(f"/api/stories/{article['story_id']}")
        assert story.status_code == 200, story.text
        assert article["article_id"] in {a["article_id"] for a in story.json()["articles"]}
        assert client.get(f"/api/articles/{article['article_id']}").status_code == 200
    stats = client.get("/api/stats").json()["counts"]
    assert stats["articles"] >= articles["total"]
    assert client.get("/events").status_code == 200
    return articles["total"]


@pytest.mark.slow
def test_reads_during_a_real_ingest_process(database: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in", 40, seed=17)
    Store(database).dispose()  # the schema exists before the first read
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(corpus.root), "--db", database]
    ingest = subprocess.Popen(
        [*command, "--batch-size", "4", "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    seen: list[int] = []
    with TestClient(create_app(database)) as client:
        while ingest.poll() is None:
            seen.append(_check_snapshot(client))
            time.sleep(0.2)  # leave the (shared) cores to the ingest between rounds
        seen.append(_check_snapshot(client))
    assert ingest.returncode == 0, ingest.stderr.read().decode() if ingest.stderr else ""
    assert seen == sorted(seen)  # never a count going back
    assert seen[-1] == corpus.n_articles
    assert len({n for n in seen if 0 < n < corpus.n_articles}) >= 2  # reads saw the ingest in progress


def test_opening_the_database_while_an_ingest_holds_the_write_lock(tmp_path: Path) -> None:
    """Opening a store may refresh SQLite's planner statistics (a write): while an ingest holds the write
    lock it waits a little, then goes without them, instead of failing with "database is locked"."""
    import sqlite3

    from eventwire.store.database import refresh_sqlite_statistics

    db = tmp_path / "busy.db"
    Store(db).dispose()
    writer = sqlite3.connect(db, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO schema_info (key, value) VALUES ('held', 'by a writer')")
    store = Store(db)
    started = time.monotonic()
    refresh_sqlite_statistics(store.engine, min_rows=0)  # the statistics are missing: it tries
    assert time.monotonic() - started < 10
    writer.execute("COMMIT")
    refresh_sqlite_statistics(store.engine, min_rows=0)
    with store.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").scalar()
    store.dispose()
    writer.close()
