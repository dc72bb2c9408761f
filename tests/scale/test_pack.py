"""KB entities packed one bytes object each: read back equal, and the actors found unchanged."""

from __future__ import annotations

import pytest

from eventwire.actors.model import KBEntity, Role
from eventwire.pipeline import Stages
from eventwire.records import Article
from eventwire.scale.pack import PackedEntities, pack_entity, pack_knowledge_base, unpack_entity


def _minister() -> KBEntity:
    return KBEntity(
        kb_id="person:q1",
        kind="person",
        name="Ana Example",
        country="XXA",
        sectors=("GOV",),
        aliases=["A. Example", "Ana Ex"],
        roles=[
            Role(
                "Foreign Minister",
                "XXA",
                ("GOV", "DIP"),
                "foreign_minister",
                "XXA",
                "2019-05",
                None,
                "2024-01-02",
            ),
            Role("Senator", "XXA", (), start="2010", end="2019-04-30", source="wikidata"),
        ],
        source="curated",
        part_of=None,
        refs=("minister",),
    )


def test_an_entity_reads_back_equal_with_the_same_types() -> None:
    entity = _minister()
    again = unpack_entity(pack_entity(entity))
    assert again == entity
    assert isinstance(again.aliases, list) and isinstance(again.sectors, tuple)
    assert all(isinstance(r, Role) and isinstance(r.sectors, tuple) for r in again.roles)
    assert again.roles[0].active_on("2020-01-01") and not again.roles[1].active_on("2020-01-01")


def test_packed_entities_behave_as_the_dict_they_replace() -> None:
    plain = {e.kb_id: e for e in (_minister(), KBEntity("org:x", "org", "Example Union"))}
    packed = PackedEntities(plain, cache_size=1)
    assert list(packed) == list(plain) and len(packed) == 2
    assert "org:x" in packed and "org:y" not in packed
    assert packed["person:q1"] == plain["person:q1"]
    assert packed["org:x"] == plain["org:x"]  # evicted from the cache of one: read again, still equal
    assert dict(packed.items()) == plain
    with pytest.raises(KeyError):
        packed["org:y"]


def test_actors_found_are_the_same_once_the_knowledge_base_is_packed(stages: Stages) -> None:
    texts = [
        "The prime minister of India met the President of France in New Delhi on Monday.",
        "NATO accused Russia of moving troops, the alliance's secretary general said in Brussels.",
        "Angela Merkel and Emmanuel Macron discussed sanctions with Chinese officials.",
    ]
    articles = [
        Article(f"pk{i}", f"/in/pk{i}.txt", text, published="2019-06-03") for i, text in enumerate(texts)
    ]
    kb = stages.resolver.kb
    plain = kb.entities
    before = [(an.mentions, an.events) for an in stages.analyse(articles)]
    packed = pack_knowledge_base(kb)
    try:
        assert isinstance(kb.entities, PackedEntities)
        after = [(an.mentions, an.events) for an in stages.analyse(articles)]
        assert not pack_knowledge_base(kb)  # packed once
    finally:
        if packed:
            kb.entities = plain
    assert sum(len(m) for m, _ in before) >= 6
    assert after == before
