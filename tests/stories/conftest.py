"""Fixtures for the stories tests: words-and-names similarity unless a test asks for embeddings."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Event
from eventwire.store import Store
from eventwire.stories import Assignment, assign_story, embedding, new_story_id


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch):
    """Run without the optional embeddings extra, whether or not it is installed."""
    monkeypatch.setenv("EVENTWIRE_EMBEDDINGS", "0")
    embedding._model.cache_clear()
    yield
    embedding._model.cache_clear()


@pytest.fixture
def hand_set_score(monkeypatch):
    """Score pairs with the hand-set combination (round 9), not the learned pair model (round 10): for
    tests of the grouping's mechanics with thresholds and factors set by hand."""
    from eventwire.stories import similarity

    monkeypatch.setattr(similarity, "USE_PAIR_MODEL", False)


@pytest.fixture
def store(tmp_path):
    """A fresh SQLite store for one test."""
    s = Store(tmp_path / "stories.db")
    yield s
    s.dispose()


def store_report(store: Store, article: Article, events: list[Event] | None = None) -> tuple[str, Assignment]:
    """What the pipeline does for one article, minus the NLP: assign it to a story (merging the stories
    it bridges), then store the article, its story keys and its profile."""
    with store.transaction() as writer:
        found = assign_story(article, [], events or [], writer)
        story_id = found.story_ids[0] if found.story_ids else new_story_id(article.article_id)
        writer.upsert_story(story_id, article.title)
        writer.merge_stories(story_id, found.story_ids[1:])
        writer.add_article(article, story_id, found.copy_of)
        writer.add_story_keys(article.article_id, found.keys)
        writer.add_story_profile(article.article_id, found.profile)
    return story_id, found


@pytest.fixture
def ingest_report(store):
    """``store_report`` on the test's store: ``ingest_report(article, events=None) -> (story_id, found)``."""
    return lambda article, events=None: store_report(store, article, events)
