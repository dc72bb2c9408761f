"""The schema comes from Alembic migrations, applied on open, the same on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

import pytest
from alembic.autogenerate import compare_metadata
from alembic.command import upgrade
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text
from world import build_world

from eventwire.store import Store
from eventwire.store import schema as t
from eventwire.store.database import database_url
from eventwire.store.migrate import alembic_config, head_revision
from eventwire.store.tallies import tally_deltas


def test_a_new_database_is_at_the_newest_revision_and_matches_schema_py(store):
    assert store.revision == head_revision()
    with store.engine.connect() as conn:
        include = lambda obj, name, type_, reflected, other: t.in_dialect(conn.dialect.name, name, type_)  # noqa: E731
        context = MigrationContext.configure(conn, opts={"include_object": include})
        diffs = compare_metadata(context, t.metadata)
    assert diffs == []


def _at_baseline(url: str) -> None:
    """A database as eventwire made it before migrations existed: the first schema, no alembic_version."""
    engine = create_engine(database_url(url))
    with engine.begin() as conn:
        upgrade(alembic_config(conn), "0001")
        conn.execute(text("DROP TABLE alembic_version"))
        conn.execute(
            text(
                "INSERT INTO articles (article_id, source_path, text, ingested_at, story_id) "
                "VALUES ('a1', '/in/a1.txt', 'Norway met Estonia.', 'now', 's1')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO events (event_id, story_id, event_type, date, date_precision, confidence, "
                "actor, recipient, n_reports, n_articles, n_outlets) VALUES ('e1', 's1', 'CONSULT', "
                "'2020-01-02', 'day', 0.5, '[]', '[]', 1, 1, 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO event_actors (event_id, side, position, name, kb_id, country, sectors, mention) "
                "VALUES ('e1', 'actor', 0, 'Norway', 'NOR', 'NOR', 'GOV', 'Norway'), "
                "('e1', 'recipient', 0, 'Estonia', NULL, 'EST', 'GOV', 'Estonia')"
            )
        )
    engine.dispose()


def test_a_database_from_before_migrations_is_stamped_and_upgraded(backend, request, tmp_path):
    from serving_fixtures import database_url as make_url

    url = make_url(backend, request, tmp_path)
    _at_baseline(url)
    store = Store(url)
    try:
        assert store.revision == head_revision()
        with store.reading() as conn:
            keys = conn.execute(text("SELECT side, actor_key FROM event_actors ORDER BY side")).all()
            actors = dict(conn.execute(text("SELECT actor_key, n_events FROM actors")).all())
            dyads = conn.execute(text("SELECT source_key, target_key, n_events FROM dyads")).all()
            terms = set(conn.execute(text("SELECT term, kind FROM actor_terms")).all())
        assert keys == [("actor", "NOR"), ("recipient", "Estonia")]
        assert actors == {"NOR": 1, "Estonia": 1}
        assert dyads == [("NOR", "Estonia", 1)]
        assert {("nor", "id"), ("norway", "name"), ("estonia", "name")} <= terms
    finally:
        store.dispose()


def test_a_database_from_a_newer_eventwire_is_refused(tmp_path):
    path = tmp_path / "newer.db"
    Store(path).dispose()
    engine = create_engine(database_url(path))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(RuntimeError, match="revision 9999 is newer than this eventwire"):
        Store(path)


def test_opening_a_new_database_from_many_threads_at_once_migrates_it_once(tmp_path):
    path = tmp_path / "race.db"
    errors: list[BaseException] = []

    def open_store() -> None:
        try:
            Store(path).dispose()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_store) for _ in range(6)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert errors == []
    engine = create_engine(database_url(path))
    assert inspect(engine).has_table("actor_terms")
    engine.dispose()


def test_downgrade_and_upgrade_round_trip_keeps_the_data(tmp_path):
    from alembic.command import downgrade

    store = Store(tmp_path / "round.db")
    build_world(store)
    with store.engine.begin() as conn:
        downgrade(alembic_config(conn), "0001")
    with store.engine.begin() as conn:
        upgrade(alembic_config(conn), "head")
    with store.reading() as conn:
        n_events = conn.scalar(text("SELECT count(*) FROM events"))
        rows = conn.execute(text("SELECT event_id, side, actor_key FROM event_actors")).mappings().all()
        tallied = dict(conn.execute(text("SELECT actor_key, n_events FROM actors WHERE n_events > 0")).all())
    actors, _ = tally_deltas(rows, 1)
    assert n_events == 6
    assert tallied == {key: n for (key, field), n in actors.items() if field == "n_events"}
    store.dispose()
