"""The story-key read with a bound per key (store.key_reads): at most ``per_key`` earlier articles per
key, event keys read only up to the latest compatible date (and their undated rows), each part a range
read of the covering index that stops at the bound; the rows in the order of the unbounded read."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from eventwire.records import Article
from eventwire.store import Store

KEY = "ev:ACCUSE:P1|NOR"


@pytest.fixture
def sqlite_store(tmp_path) -> Store:
    opened = Store(tmp_path / "bounded.db")
    yield opened
    opened.dispose()


def _store(store: Store, rows: list[tuple[str, str | None]]) -> None:
    """Articles ``aid`` with one event key dated ``day`` and a shared near-duplicate band, one story each."""
    with store.transaction() as writer:
        for aid, day in rows:
            writer.upsert_story("s" + aid, None)
            text = f"The minister spoke about Norway ({aid})."
            writer.add_article(
                Article(article_id=aid, source_path=f"/in/{aid}", text=text, published=day), "s" + aid
            )
            writer.add_story_keys(aid, {KEY: day, "lsh:0:band": None, "text:" + aid: None})


ROWS = [
    ("a1", "2024-03-01"),
    ("a2", "2024-03-09"),
    ("a3", "2024-03-05"),
    ("a4", None),
    ("a5", "2024-03-06"),
    ("a6", "2024-03"),
    ("a7", None),
]


def _row(c) -> tuple[str, str]:
    return (c.key, c.article_id)


def test_without_a_binding_bound_the_rows_are_those_of_the_unbounded_read(store, backend):
    _store(store, ROWS)
    with store.transaction() as writer:
        keys = [KEY, "lsh:0:band", "text:a3", "text:none"]
        unbounded = writer.candidates(keys)
        bounded = writer.candidates(keys, per_key=10)
    if backend == "sqlite":  # the same rows in the same order (PostgreSQL's unbounded read has none)
        assert bounded == unbounded
    assert sorted(bounded, key=_row) == sorted(unbounded, key=_row) and len(bounded) == 15


def test_an_event_key_is_read_up_to_its_latest_date_the_latest_first_with_its_undated_rows(store):
    _store(store, ROWS)
    with store.transaction() as writer:
        up_to = writer.candidates([KEY], per_key=10, latest={KEY: "2024-03-07"})
        two = writer.candidates([KEY], per_key=2, latest={KEY: "2024-03-07"})
    # a2 (9 March) is later than the bound; the month "2024-03" sorts before its first day
    assert [c.article_id for c in up_to] == ["a4", "a7", "a6", "a1", "a3", "a5"]
    assert [c.article_id for c in two] == ["a4", "a7", "a3", "a5"]  # the 2 latest dated, 2 undated
    assert [c.date for c in two] == [None, None, "2024-03-05", "2024-03-06"]
    assert {c.story_id for c in two} == {"sa4", "sa7", "sa3", "sa5"}


def test_a_shared_band_is_read_up_to_the_bound_the_same_articles_for_every_key(store):
    _store(store, [(f"b{i:02d}", "2024-03-01") for i in range(30)])
    with store.transaction() as writer:
        found = writer.candidates(["lsh:0:band", KEY], per_key=5)
    band = [c.article_id for c in found if c.key == "lsh:0:band"]
    dated = [c.article_id for c in found if c.key == KEY]
    assert len(band) == len(dated) == 5
    assert set(band) == set(dated) == {"b25", "b26", "b27", "b28", "b29"}  # the index's last, by id


def test_each_part_stops_at_the_bound_in_the_covering_index(sqlite_store):
    store = sqlite_store
    _store(store, ROWS)
    executed: list[tuple[str, dict]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if "UNION ALL" in statement:
            executed.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", remember)
    with store.transaction() as writer:
        writer.candidates([KEY, "lsh:0:band"], per_key=3, latest={KEY: "2024-03-07"})
    event.remove(store.engine, "before_cursor_execute", remember)
    assert len(executed) == 1
    statement, parameters = executed[0]
    with store.reading() as conn:
        plan = [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
    searches = [step for step in plan if "story_keys" in step]
    assert len(searches) == 3 and all("COVERING INDEX ix_story_keys_key_date_article" in s for s in searches)
    assert any("date<?" in s for s in searches) and any("date=?" in s for s in searches)
    # only the final order of at most 3 rows a key is sorted, never a key's rows before their limit
    assert sum("TEMP B-TREE" in step for step in plan) == 1, plan


TERM_ROWS = [("m2", "2024-03-05"), ("b7", "2024-03-05"), ("z1", "2024-03-05"), ("a9", None)]
TERM_ROWS += [("k4", "2024-03-04"), ("c3", None), ("q8", "2024-01-02")]


def test_term_reads_keep_the_same_articles_in_the_same_order_on_both_backends(store, backend):
    """Round 14: a term read is the latest dated in the window (ties by article id), then the undated, at
    most ``per_key``; PostgreSQL reads what SQLite reads."""
    with store.transaction() as writer:
        for aid, day in TERM_ROWS:
            writer.upsert_story("s" + aid, None)
            writer.add_article(
                Article(article_id=aid, source_path=f"/in/{aid}", text=aid, published=day), "s" + aid
            )
            writer.add_story_keys(aid, {"term:harbour": day})
    with store.transaction() as writer:
        window = writer.term_articles(["term:harbour"], "2024-03-05", window_days=3, per_key=10)
        bounded = writer.term_articles(["term:harbour"], "2024-03-05", window_days=3, per_key=3)
        anywhere = writer.term_articles(["term:harbour"], None, window_days=3, per_key=6)
    assert window == ["z1", "m2", "b7", "k4", "c3", "a9"]  # q8 is outside the window
    assert bounded == ["z1", "m2", "b7"]
    assert anywhere == ["z1", "m2", "b7", "k4", "q8", "c3"]
