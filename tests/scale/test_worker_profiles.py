"""Story profiles built on the workers: the parent only assigns, and stores what it stored before."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
import wordfreq
from scale_texts import STORY, WIRE, article

from eventwire import stories
from eventwire.pipeline import Analysis, Ingest, Stages, Summary
from eventwire.scale import workers
from eventwire.scale.preload import warm_story_profiles
from eventwire.scale.workers import WorkerPool
from eventwire.store import Store
from eventwire.stories import organisations


def articles():
    return [article(STORY, "2024-03-04", "story")] + [
        article(d["text"], d["date"], f"wire{n}") for n, d in enumerate(WIRE) if d["text"]
    ]


def stored_stories(db: Path) -> list[tuple]:
    """Each article's story, copy and stored profile, in article order."""
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "SELECT a.article_id, a.story_id, a.copy_of, p.profile, p.embedding FROM articles a "
            "JOIN story_profiles p ON p.article_id = a.article_id ORDER BY a.article_id"
        ).fetchall()


@pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")
def test_workers_send_the_profile_the_parent_would_build(stages: Stages, selector) -> None:
    fast = replace(stages, selector=selector)
    with WorkerPool(2, "events", stages=fast) as pool:
        analysed = list(pool.analyse(articles()))
    assert len(analysed) == len(articles())
    for an in analysed:
        assert an.profile is not None and an.profile.embedding is None  # the parent adds it, if any
        built = stories.profile_article(an.article, an.mentions, an.events, embedding=False)
        assert an.profile.to_json() == built.to_json()
    assert any(an.profile.events for an in analysed)  # profiles of coded articles, not empty ones
    assert all(an.profile.terms for an in analysed)


@pytest.mark.skipif(not workers.can_fork(), reason="this system cannot fork")
def test_a_pool_ingest_stores_the_stories_and_profiles_of_one_process(
    stages: Stages, selector, tmp_path: Path
) -> None:
    fast = replace(stages, selector=selector)
    Ingest(Store(str(tmp_path / "one.db")), fast).run(articles())
    with WorkerPool(2, "events", stages=fast) as pool:
        Ingest(Store(str(tmp_path / "pool.db")), pool).run(articles())
    expected = stored_stories(tmp_path / "one.db")
    assert len(expected) == len(articles())
    assert len({row[1] for row in expected}) < len(expected)  # some articles share a story
    assert stored_stories(tmp_path / "pool.db") == expected


def test_assign_story_takes_the_given_profile_and_adds_the_embedding(monkeypatch, tmp_path: Path) -> None:
    first, second = articles()[1], articles()[3]  # two reports of the Lima meeting
    monkeypatch.setattr("eventwire.stories.assign.embed", lambda text: [1.0, 0.0])
    store = Store(str(tmp_path / "x.db"))
    with store.transaction() as writer:
        given = stories.profile_article(first, [], [], embedding=False)
        assert given.embedding is None
        found = stories.assign_story(first, [], [], writer, given)
        assert found.profile is given and given.embedding == [1.0, 0.0]
        writer.upsert_story("s1", first.title)
        writer.add_article(first, "s1", None)
        writer.add_story_profile(first.article_id, found.profile)
        built_here = stories.assign_story(second, [], [], writer)
        passed = stories.assign_story(second, [], [], writer, stories.profile_article(second, [], []))
    assert passed.profile.to_json() == built_here.profile.to_json()
    assert (passed.story_ids, passed.copy_of, passed.keys) == (
        built_here.story_ids,
        built_here.copy_of,
        built_here.keys,
    )


def test_an_analysis_without_a_profile_is_profiled_by_the_parent(stages: Stages, tmp_path: Path) -> None:
    analysed = list(stages.analyse(articles()[:3]))
    assert all(an.profile is None for an in analysed)  # in one process nothing is built ahead
    with_profiles = [
        Analysis(an.article, an.mentions, an.events, an.quotes, workers.story_profile(an)) for an in analysed
    ]
    for name, batch in (("none.db", analysed), ("given.db", with_profiles)):
        Ingest(Store(str(tmp_path / name)), stages).add_analysed(batch, [], Summary())
    assert stored_stories(tmp_path / "given.db") == stored_stories(tmp_path / "none.db")


def test_the_warm_up_loads_what_a_profile_reads_before_the_fork() -> None:
    organisations.knowledge.cache_clear()
    wordfreq.get_frequency_dict.cache_clear()
    warm_story_profiles()
    assert wordfreq.get_frequency_dict.cache_info().currsize == 1  # the word frequencies, once
    assert organisations.knowledge.cache_info().currsize == 1  # a table read only for a headline
