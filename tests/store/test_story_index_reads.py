"""The ingest's story reads through covering indexes (migration 0007) and the transaction's document
frequencies (store.term_counts) return what the reads before them did: the same rows, in the same order,
ties by the order of storing; frequencies as a fresh read finds them, also after a savepoint rolled back."""

from __future__ import annotations

import pytest
from alembic.command import downgrade, upgrade
from sqlalchemy import event, text

from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.migrate import alembic_config
from eventwire.stories.profile import Profile


@pytest.fixture
def store(tmp_path) -> Store:
    opened = Store(tmp_path / "reads.db")
    yield opened
    opened.dispose()


def _add(writer, aid: str, published: str | None, story: str, terms: dict[str, float]) -> None:
    writer.upsert_story(story, f"Story {story}")
    text_ = f"Envoys met in Tallinn about the harbour ({aid})."
    writer.add_article(
        Article(article_id=aid, source_path=f"/in/{aid}", text=text_, published=published), story
    )
    writer.add_story_keys(aid, {"term:harbour": published, f"lsh:{aid[0]}": published})
    writer.add_story_profile(aid, Profile(terms=terms, names={"Tallinn": 1.0}, published=published))


# Stored in this order; article ids deliberately not in the order of storing.
STORED = [
    ("m2", "2024-03-05", "s1"),
    ("b7", "2024-03-05", "s2"),
    ("z1", "2024-03-05", "s1"),
    ("a9", None, "s3"),
    ("k4", "2024-03-04", "s2"),
    ("c3", None, "s3"),
]


def _store_all(store: Store) -> None:
    with store.transaction() as writer:
        for aid, published, story in STORED:
            _add(writer, aid, published, story, {"harbour": 2.0, "envoys": 1.0, aid: 1.0})


def test_term_articles_keep_the_newest_with_ties_by_article_id(store):
    _store_all(store)
    with store.transaction() as writer:
        two = writer.term_articles(["term:harbour"], "2024-03-05", window_days=3, per_key=2)
        all_ = writer.term_articles(["term:harbour"], "2024-03-05", window_days=3, per_key=10)
        undated = writer.term_articles(["term:harbour"], None, window_days=3, per_key=4)
        outside = writer.term_articles(["term:harbour"], "2024-04-20", window_days=3, per_key=10)
    # same day: the highest article id first (z1, m2, b7: the index's own order, not the order of storing),
    # then the earlier day, then the undated (highest id first)
    assert two == ["z1", "m2"]
    assert all_ == ["z1", "m2", "b7", "k4", "c3", "a9"]
    assert undated == ["z1", "m2", "b7", "k4"]
    assert outside == ["c3", "a9"]  # no dated row in the window: the undated ones only


def test_term_reads_are_range_reads_that_stop_at_their_limit(store):
    """Round 14: a hot term's rows of one day are not sorted before the LIMIT; each part of the read walks
    the covering index in its own order, and only the at most 2 x per_key rows kept are put in order."""
    _store_all(store)
    window, any_date = term_reads(store)
    with store.reading() as conn:
        plans = [
            [r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)]
            for statement, parameters in (window, any_date)
        ]
    searches = [row for row in plans[0] if row.startswith("SEARCH")]
    assert searches == [
        "SEARCH k USING COVERING INDEX ix_story_keys_key_date_article (key=? AND date>? AND date<?)",
        "SEARCH k USING COVERING INDEX ix_story_keys_key_date_article (key=? AND date=?)",
    ], plans[0]
    assert [row for row in plans[0] if "TEMP B-TREE" in row] == ["USE TEMP B-TREE FOR ORDER BY"]
    assert plans[0][-1] == "USE TEMP B-TREE FOR ORDER BY"  # the outer order of the kept rows only
    assert plans[1] == ["SEARCH k USING COVERING INDEX ix_story_keys_key_date_article (key=?)"], plans[1]


def profile_read(store: Store) -> tuple[str, tuple[str, str]]:
    """The profile read the writer runs on SQLite's own cursor (round 23), two articles, and its values."""
    with store.transaction() as writer:
        sql = writer.reads["story_profiles"].format(ids="?, ?")
        assert [x.article_id for x in writer.story_profiles(["m2", "k4"])] == ["k4", "m2"]
    return sql, ("k4", "m2")


def term_reads(store: Store) -> list[tuple[str, dict]]:
    """The two term reads the writer runs on SQLite's own cursor (round 19), with the values it binds for
    "term:harbour" around 2024-03-05 (window 3 days) and undated, checked against what it returns."""
    with store.transaction() as writer:
        reads = writer.reads
        assert writer.term_articles(["term:harbour"], "2024-03-05", window_days=3, per_key=2) == ["z1", "m2"]
        assert writer.term_articles(["term:harbour"], None, window_days=3, per_key=2) == ["z1", "m2"]
    window = {"key": "term:harbour", "per_key": 2, "first": "2024-03-02", "last": "2024-03-08"}
    any_date = {"key": "term:harbour", "per_key": 2}
    with store.reading() as conn:
        assert [r[0] for r in conn.exec_driver_sql(reads["term_articles_in_window"], window)] == ["z1", "m2"]
        assert [r[0] for r in conn.exec_driver_sql(reads["term_articles_any_date"], any_date)] == ["z1", "m2"]
    return [(reads["term_articles_in_window"], window), (reads["term_articles_any_date"], any_date)]


def test_candidates_come_by_key_then_date_then_order_of_storing(store):
    _store_all(store)
    with store.transaction() as writer:
        found = writer.candidates(["lsh:z", "lsh:b", "lsh:m", "lsh:a", "lsh:k", "lsh:c", "term:harbour"])
    keys = [(c.key, c.article_id) for c in found]
    assert keys[:6] == [
        ("lsh:a", "a9"),
        ("lsh:b", "b7"),
        ("lsh:c", "c3"),
        ("lsh:k", "k4"),
        ("lsh:m", "m2"),
        ("lsh:z", "z1"),
    ]
    assert [aid for key, aid in keys[6:]] == ["a9", "c3", "k4", "m2", "b7", "z1"]  # undated, then by date


def test_the_sqlite_reads_are_answered_from_covering_indexes(store):
    _store_all(store)
    executed: list[tuple[str, tuple]] = []

    def remember(conn, cursor, statement, parameters, context, executemany):
        if "story_keys" in statement or statement.startswith("SELECT p."):
            executed.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", remember)
    with store.transaction() as writer:
        writer.candidates(["term:harbour"])
        writer.term_articles(["term:harbour"], "2024-03-05", window_days=3, per_key=2)
        writer.term_articles(["term:harbour"], None, window_days=3, per_key=2)
        writer.story_profiles(["m2", "k4"])
    event.remove(store.engine, "before_cursor_execute", remember)
    assert len(executed) == 1  # the term and profile reads run on the driver's cursor, without its events
    executed += term_reads(store)
    executed.append(profile_read(store))
    with store.reading() as conn:
        for statement, parameters in executed:
            plan = " | ".join(
                r[-1] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters)
            )
            if "JOIN articles" in statement:
                assert "COVERING INDEX ix_articles_id_story" in plan, plan
            else:
                assert "articles" not in plan.replace("story_keys", ""), plan  # story keys alone
            if "story_keys" in statement:
                assert "COVERING INDEX ix_story_keys_key_date_article" in plan, plan


def test_frequencies_read_once_are_counted_as_a_fresh_read_finds_them(store):
    _store_all(store)
    with store.transaction() as writer:
        before = writer.term_weights(["harbour", "envoys", "quay", "@Tallinn"])
        _add(writer, "q1", "2024-03-06", "s4", {"harbour": 1.0, "quay": 3.0})
        counted = writer.term_weights(["harbour", "envoys", "quay", "@Tallinn", "pier"])
    with store.transaction() as writer:
        fresh = writer.term_weights(["harbour", "envoys", "quay", "@Tallinn", "pier"])
    assert before.n_docs == 6 and before.df == {"harbour": 6, "envoys": 6, "@Tallinn": 6}
    assert (counted.n_docs, dict(counted.df)) == (fresh.n_docs, dict(fresh.df))
    assert fresh.n_docs == 7 and fresh.df["quay"] == 1 and fresh.df["@Tallinn"] == 7


def test_reads_on_the_driver_s_cursor_see_the_transaction_s_own_writes(store):
    """Round 19: the term reads run on the driver's cursor of the transaction's own connection, so they see
    what it wrote before committing, and a rolled-back transaction leaves them nothing."""
    _store_all(store)
    with pytest.raises(RuntimeError), store.transaction() as writer:
        _add(writer, "zz", "2024-03-06", "s4", {"harbour": 1.0, "pier": 2.0})
        assert writer.term_articles(["term:harbour"], "2024-03-06", window_days=3, per_key=2) == ["zz", "z1"]
        assert writer.term_weights(["pier", "quay"]).df == {"pier": 1}  # read after the write
        raise RuntimeError("refused")
    with store.transaction() as writer:
        assert writer.term_articles(["term:harbour"], "2024-03-06", window_days=3, per_key=2) == ["z1", "m2"]
        assert writer.term_weights(["pier", "quay"]).df == {}


def test_a_rolled_back_savepoint_leaves_no_counted_frequencies(store):
    _store_all(store)
    with store.transaction() as writer:
        writer.term_weights(["harbour", "quay"])
        with pytest.raises(RuntimeError), writer.savepoint():
            _add(writer, "q1", "2024-03-06", "s4", {"harbour": 1.0, "quay": 3.0})
            raise RuntimeError("refused")
        after = writer.term_weights(["harbour", "quay"])
    assert after.n_docs == 6 and after.df == {"harbour": 6}


def test_an_existing_database_gets_the_indexes_and_keeps_its_term_counts(store):
    _store_all(store)
    with store.engine.begin() as conn:
        downgrade(alembic_config(conn), "0006")
    with store.engine.begin() as conn:
        assert "WITHOUT ROWID" not in conn.scalar(
            text("SELECT sql FROM sqlite_master WHERE name = 'story_terms'")
        )
        upgrade(alembic_config(conn), "head")
    with store.reading() as conn:
        table_sql = conn.scalar(text("SELECT sql FROM sqlite_master WHERE name = 'story_terms'"))
        indexes = set(conn.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))
        counts = dict(conn.execute(text("SELECT term, n_docs FROM story_terms")).all())
    assert "WITHOUT ROWID" in table_sql
    assert {
        "ix_articles_id_story",
        "ix_articles_story_published",
        "ix_story_keys_key_date_article",
    } <= indexes
    assert not {"ix_articles_story_id", "ix_story_keys_key_date"} & indexes
    assert counts[""] == 6 and counts["harbour"] == 6 and counts["m2"] == 1


def test_span_and_frequency_reads_on_the_driver_return_what_the_sqlalchemy_statements_do(store):
    """Round 23: the story spans and document frequencies run on SQLite's own cursor, no SQLAlchemy event."""
    from eventwire.store import statements as prepared

    _store_all(store)
    executed: list[str] = []

    def remember(conn, cursor, statement, *rest):
        executed.append(statement)

    event.listen(store.engine, "before_cursor_execute", remember)
    with store.transaction() as writer:
        spans = writer._story_spans({"s1", "s2", "s3", "nothing"})
        counts = writer.term_counts._read(["envoys", "harbour", "m2", "quay"])
    event.remove(store.engine, "before_cursor_execute", remember)
    assert not [s for s in executed if "story_terms" in s or "min(" in s]
    with store.reading() as conn:
        ids = ["nothing", "s1", "s2", "s3"]
        assert spans == {sid: (a, b) for sid, a, b in conn.execute(prepared.STORY_SPANS, {"ids": ids})}
        terms = ["envoys", "harbour", "m2", "quay"]
        assert counts == dict(conn.execute(prepared.TERM_FREQUENCIES, {"terms": terms}).all())
    assert spans == {"s1": ("2024-03-05", "2024-03-05"), "s2": ("2024-03-04", "2024-03-05")}
    assert counts == {"envoys": 6, "harbour": 6, "m2": 1}


def test_the_story_index_writes_on_the_driver_store_the_rows_sqlalchemy_s_statements_do(tmp_path):
    """Round 23: an article's story keys and its terms' counts are written on SQLite's own cursor."""
    tables = []
    for name, on_driver in (("driver.db", True), ("sqlalchemy.db", False)):
        opened = Store(tmp_path / name)
        for aid, published, story in STORED:
            with opened.transaction() as writer:
                writer.sqlite = on_driver
                _add(writer, aid, published, story, {"harbour": 2.0, "envoys": 1.0, aid: 1.0})
        with opened.reading() as conn:
            keys = sorted(conn.execute(text("SELECT key, article_id, date FROM story_keys")).all())
            terms = sorted(conn.execute(text("SELECT term, n_docs FROM story_terms")).all())
        opened.dispose()
        tables.append((keys, terms))
    assert tables[0] == tables[1]
    keys, terms = tables[0]
    assert ("term:harbour", "k4", "2024-03-04") in keys and ("lsh:a", "a9", None) in keys
    assert ("harbour", 6) in terms and ("", 6) in terms and ("@Tallinn", 6) in terms
