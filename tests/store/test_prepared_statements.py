"""The writer's statements built once (store.statements) read and write what a statement built per call
did: candidates by key, the most recent term candidates within a window, frequencies, profiles with their
story's span, and the actor counts added in one executemany."""

from __future__ import annotations

from collections import Counter

import pytest

from eventwire.records import Article
from eventwire.store import Store, tallies
from eventwire.store import schema as t
from eventwire.stories.profile import Profile


@pytest.fixture
def writer_store(tmp_path) -> Store:
    store = Store(tmp_path / "prepared.db")
    yield store
    store.dispose()


def _article(aid: str, published: str | None) -> Article:
    return Article(
        article_id=aid,
        source_path=f"/in/{aid}.txt",
        text=f"Ministers met in the capital ({aid}).",
        published=published,
    )


def _store_articles(store: Store, dated: dict[str, str | None], story_of: dict[str, str]) -> None:
    with store.transaction() as writer:
        for aid, published in dated.items():
            story = story_of[aid]
            writer.upsert_story(story, f"Story {story}")
            writer.add_article(_article(aid, published), story)
            writer.add_story_keys(aid, {"term:talks": published, f"event:{aid}": published})
            profile = Profile(terms={"talks": 1.0, aid: 2.0}, names={}, published=published)
            writer.add_story_profile(aid, profile)


DATED = {"a1": "2023-05-01", "a2": "2023-05-03", "a3": "2023-05-20", "a4": None, "a5": "2023-05-04"}
STORIES = {"a1": "s1", "a2": "s1", "a3": "s2", "a4": "s3", "a5": "s2"}


def test_term_articles_are_the_most_recent_in_the_window_and_undated(writer_store):
    _store_articles(writer_store, DATED, STORIES)
    with writer_store.transaction() as writer:
        near = writer.term_articles(["term:talks"], "2023-05-03", window_days=2, per_key=10)
        limited = writer.term_articles(["term:talks"], "2023-05-03", window_days=2, per_key=2)
        anywhere = writer.term_articles(["term:talks", "term:none"], None, window_days=2, per_key=10)
    assert near == ["a5", "a2", "a1", "a4"]  # newest first, undated last
    assert limited == ["a5", "a2"]
    assert anywhere == ["a3", "a5", "a2", "a1", "a4"]


def test_candidates_term_weights_and_profiles_read_back(writer_store):
    _store_articles(writer_store, DATED, STORIES)
    with writer_store.transaction() as writer:
        found = writer.candidates(["event:a1", "event:a3", "event:missing"])
        weights = writer.term_weights(["talks", "a2", "unknown"])
        profiles = writer.story_profiles(["a1", "a3", "missing"])
        known = writer.known_articles([f"x{i}" for i in range(600)] + ["a4"])
    assert sorted((c.article_id, c.key, c.story_id) for c in found) == [
        ("a1", "event:a1", "s1"),
        ("a3", "event:a3", "s2"),
    ]
    assert weights.n_docs == 5 and weights.df == {"talks": 5, "a2": 1}
    spans = {p.article_id: (p.story_id, p.story_span) for p in profiles}
    assert spans == {"a1": ("s1", ("2023-05-01", "2023-05-03")), "a3": ("s2", ("2023-05-04", "2023-05-20"))}
    assert known == {"a4"} and writer_store.known_articles(["a1", "zz"]) == {"a1"}


def test_a_story_is_inserted_once(writer_store):
    with writer_store.transaction() as writer:
        writer.upsert_story("s1", "First title")
        writer.upsert_story("s1", "Second title")
    with writer_store.reading() as conn:
        rows = conn.execute(t.stories.select()).all()
    assert [(r.story_id, r.title, r.date_precision) for r in rows] == [("s1", "First title", "unknown")]


def test_actor_counts_add_only_their_deltas(writer_store):
    with writer_store.transaction() as writer:
        conn = writer.conn
        conn.execute(
            t.actors.insert(),
            [{"actor_key": k, "name": k, "n_events": 5, "n_as_actor": 3, "n_as_recipient": 2} for k in "ab"],
        )
        actors = Counter({("a", "n_events"): 2, ("a", "n_as_actor"): -1, ("b", "n_as_recipient"): 0})
        tallies.apply_deltas(conn, actors, Counter({("a", "b"): 2}))
        tallies.apply_deltas(conn, Counter(), Counter({("a", "b"): 1, ("b", "a"): 1}))
        counts = {
            r.actor_key: (r.n_events, r.n_as_actor, r.n_as_recipient) for r in conn.execute(t.actors.select())
        }
        dyads = {(r.source_key, r.target_key): r.n_events for r in conn.execute(t.dyads.select())}
    assert counts == {"a": (7, 2, 2), "b": (5, 3, 2)}
    assert dyads == {("a", "b"): 3, ("b", "a"): 1}
