"""Story profiles parsed once (store.profile_cache, round 23): a profile read again is the one parsed before
only while its stored text and embedding are the same; what the writer returns equals a fresh parse."""

from __future__ import annotations

import json
from array import array

import pytest
from sqlalchemy import text

from eventwire.records import Article
from eventwire.store import Store
from eventwire.store.profile_cache import ProfileCache, parse_profile
from eventwire.stories.evidence import Evidence
from eventwire.stories.profile import Profile

HARBOUR = Profile(
    terms={"harbour": 2.0, "envoys": 1.0},
    names={"Tallinn": 1.0},
    events=[("CONSULT", "2024-03-05")],
    published="2024-03-05",
    evidence=Evidence(countries=["EST"], main_place=("Tallinn", "EST", "city"), years=[2024]),
)


def _stored_text(profile: Profile) -> str:
    return json.dumps(profile.to_json())


def test_the_same_text_gives_the_profile_parsed_before():
    cache = ProfileCache()
    stored = _stored_text(HARBOUR)
    first = cache.profile("a1", stored, None)
    again = cache.profile("a1", "" + stored[:10] + stored[10:], None)  # equal text, another string
    assert again is first
    assert first == parse_profile(stored, None) == Profile.from_json(HARBOUR.to_json())


def test_a_rewritten_profile_or_embedding_is_parsed_afresh():
    cache = ProfileCache()
    first = cache.profile("a1", _stored_text(HARBOUR), None)
    other = Profile(terms={"quay": 1.0}, names={}, published="2024-03-06")
    rewritten = cache.profile("a1", _stored_text(other), None)
    assert rewritten is not first and rewritten.terms == {"quay": 1.0}
    blob = array("f", [0.5, 0.25]).tobytes()
    with_embedding = cache.profile("a1", _stored_text(other), blob)
    assert with_embedding.embedding == [0.5, 0.25] and rewritten.embedding is None


def test_the_least_recently_read_profile_leaves_first():
    cache = ProfileCache(size=2)
    stored = _stored_text(HARBOUR)
    a1 = cache.profile("a1", stored, None)
    cache.profile("a2", stored, None)
    assert cache.profile("a1", stored, None) is a1  # a1 read again: a2 is now the oldest
    cache.profile("a3", stored, None)
    assert len(cache) == 2
    assert cache.profile("a1", stored, None) is a1
    assert cache.profile("a2", stored, None) is not None  # parsed again (it had left)


@pytest.fixture
def store(tmp_path) -> Store:
    opened = Store(tmp_path / "profiles.db")
    yield opened
    opened.dispose()


def _add(writer, aid: str, story: str, profile: Profile) -> None:
    writer.upsert_story(story, f"Story {story}")
    published = profile.published
    article = Article(article_id=aid, source_path=f"/in/{aid}", text="Envoys met.", published=published)
    writer.add_article(article, story)
    writer.add_story_profile(aid, profile)


def test_the_writer_reuses_parsed_profiles_across_transactions_and_sees_a_rewrite(store):
    with store.transaction() as writer:
        _add(writer, "a1", "s1", HARBOUR)
        _add(writer, "a2", "s2", Profile(terms={"pier": 1.0}, names={}, published="2024-03-04"))
    with store.transaction() as writer:
        first = {x.article_id: x for x in writer.story_profiles(["a1", "a2", "missing"])}
    with store.transaction() as writer:
        second = {x.article_id: x for x in writer.story_profiles(["a2", "a1"])}
    assert sorted(first) == ["a1", "a2"] and first["a1"].story_id == "s1"
    assert second["a1"].profile is first["a1"].profile  # parsed once
    assert first["a1"].profile == Profile.from_json(HARBOUR.to_json())
    assert first["a1"].story_span == ("2024-03-05", "2024-03-05")
    changed = Profile(terms={"quay": 3.0}, names={}, published="2024-03-05")
    with store.transaction() as writer:
        rewrite = text("UPDATE story_profiles SET profile = :p WHERE article_id = 'a1'")
        writer.conn.execute(rewrite, {"p": _stored_text(changed)})
        reread = writer.story_profiles(["a1"])[0]
    assert reread.profile.terms == {"quay": 3.0}


def test_a_profile_read_in_a_rolled_back_transaction_is_not_served_after(store):
    with pytest.raises(RuntimeError), store.transaction() as writer:
        _add(writer, "a1", "s1", HARBOUR)
        assert writer.story_profiles(["a1"])[0].profile.terms == HARBOUR.terms
        raise RuntimeError("refused")
    with store.transaction() as writer:
        assert writer.story_profiles(["a1"]) == []
        _add(writer, "a1", "s1", Profile(terms={"pier": 1.0}, names={}, published="2024-03-04"))
        assert writer.story_profiles(["a1"])[0].profile.terms == {"pier": 1.0}
