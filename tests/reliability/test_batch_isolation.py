"""One bad article never stops a batch: an article that breaks a stage, or holds text the database refuses,
becomes one line in the errors (output and `ingest_errors`), and the rest of its batch is stored."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from reliab_fingerprint import counts

from eventwire.pipeline import Ingest, Stages
from eventwire.records import Article
from eventwire.store import Store, queries


def _article(text: str, source: str) -> Article:
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Article(digest, source, text, published="2023-05-02", offsets=[(0, 0, len(text))])


GOOD = [
    _article("Norway sent food aid to Kenya on Monday after the floods, officials said.", "good-1"),
    _article("Chile accused Peru on Sunday of violating its airspace with military aircraft.", "good-2"),
]


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path):
    url = request.getfixturevalue("postgres").new_database() if request.param == "postgresql" else None
    s = Store(url or tmp_path / "isolation.db")
    yield s
    s.dispose()


def test_an_article_that_breaks_a_stage_becomes_an_error(stages: Stages, store: Store, monkeypatch) -> None:
    coder = stages.coder

    def breaks_on_marker(doc, mentions, article, whole_text=None):
        if "Ghana" in article.text:
            raise RuntimeError("coder broke\non this\tarticle")
        return coder(doc, mentions, article, whole_text=whole_text)

    monkeypatch.setattr(stages, "coder", breaks_on_marker)
    bad = _article("Ghana signed a trade agreement with Senegal in Dakar on Friday.", "bad-1")
    summary = Ingest(store, stages).run([GOOD[0], bad, GOOD[1]])
    assert summary.stored == 2
    assert [str(e) for e in summary.skipped] == [
        "bad-1: analysis failed (RuntimeError): coder broke on this article"
    ]
    with store.reading() as conn:
        assert [e["source_path"] for e in queries.list_errors(conn)] == ["bad-1"]
    assert counts(store)["articles"] == 2


def test_text_the_database_refuses_becomes_an_error(stages: Stages, store: Store) -> None:
    """Articles made outside ingest (a Spark row, an API caller) may hold a NUL character (PostgreSQL
    refuses it) or a lone surrogate (no UTF-8 encoder takes it)."""
    bad = _article("Finland met Estonia in Tallinn on Tuesday \x00 to discuss energy.", "bad-2")
    if store.dialect == "sqlite":  # SQLite keeps NUL; a lone surrogate in the title it cannot encode
        bad.title = "Talks \ud800 in Tallinn"
    summary = Ingest(store, stages).run([GOOD[0], bad, GOOD[1]])
    assert summary.stored == 2
    assert len(summary.skipped) == 1 and summary.skipped[0].source_path == "bad-2"
    assert summary.skipped[0].reason.startswith("cannot store (")
    assert "\n" not in str(summary.skipped[0])
    found = counts(store)
    assert found["articles"] == 2 and found["ingest_errors"] == 1 and found["events"] > 0


def test_articles_another_writer_stored_meanwhile_are_not_written_twice(
    stages: Stages, store: Store, monkeypatch
) -> None:
    """Two ingests of overlapping inputs (say the CLI and an upload): the second finds in its own
    transaction that an article was committed since it checked, and leaves it."""
    Ingest(store, stages).run([GOOD[0]])
    monkeypatch.setattr(store, "known_articles", lambda ids: set())  # the check before analysis missed it
    summary = Ingest(store, stages).run(GOOD)
    assert (summary.stored, summary.unchanged) == (1, 1)
    assert counts(store)["articles"] == 2
