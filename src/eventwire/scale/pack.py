"""The knowledge base's entities kept packed, one bytes object each, for workers forked to share them.

A KB entity is a dozen Python objects or more (the entity, its lists of aliases and roles, each role
and their strings), scattered over as many memory pages. A forked worker that reads an entity writes the
reference count of every object it touches, so the kernel copies each of those pages into the worker:
reading a few hundred entities an article, a worker ends up with its own copy of most of them (about
30 MB, docs/performance.md, round 4). ``PackedEntities`` holds each entity as one ``marshal``-ed bytes
object instead and rebuilds the entity when it is read (into a small per-process cache), so a worker
copies one object's page per entity it reads. What is read is equal to what was packed: the same
values, the same types (lists stay lists, tuples stay tuples).
"""

from __future__ import annotations

import marshal
from collections.abc import Iterator, Mapping
from dataclasses import fields
from functools import lru_cache
from typing import Any

from eventwire.actors import KnowledgeBase
from eventwire.actors.model import KBEntity, Role

CACHE_SIZE = 4096  # entities kept unpacked per process (those an article's mentions keep asking for)
ENTITY_FIELDS = tuple(f.name for f in fields(KBEntity))
ROLE_FIELDS = tuple(f.name for f in fields(Role))
ROLES = ENTITY_FIELDS.index("roles")


def pack_entity(entity: KBEntity) -> bytes:
    """One entity, its roles included, as one bytes object (``unpack_entity`` reads it back)."""
    values: list[Any] = [getattr(entity, name) for name in ENTITY_FIELDS]
    values[ROLES] = [tuple(getattr(role, name) for name in ROLE_FIELDS) for role in entity.roles]
    return marshal.dumps(tuple(values))


def unpack_entity(packed: bytes) -> KBEntity:
    """The entity ``pack_entity`` packed."""
    values = list(marshal.loads(packed))
    values[ROLES] = [Role(*role) for role in values[ROLES]]
    return KBEntity(*values)


class PackedEntities(Mapping[str, KBEntity]):
    """KB id -> entity, as ``KnowledgeBase.entities``, each entity packed until it is read."""

    def __init__(self, entities: Mapping[str, KBEntity], cache_size: int = CACHE_SIZE) -> None:
        self.packed: dict[str, bytes] = {kb_id: pack_entity(e) for kb_id, e in entities.items()}
        self._read = lru_cache(maxsize=cache_size)(self._unpack)

    def _unpack(self, kb_id: str) -> KBEntity:
        return unpack_entity(self.packed[kb_id])

    def __getitem__(self, kb_id: str) -> KBEntity:
        return self._read(kb_id)

    def __contains__(self, kb_id: object) -> bool:
        return kb_id in self.packed

    def __iter__(self) -> Iterator[str]:
        return iter(self.packed)

    def __len__(self) -> int:
        return len(self.packed)


def pack_knowledge_base(kb: KnowledgeBase) -> bool:
    """Replace the KB's entities by their packed form, in place; False when they already are packed.
    The indexes built from the entities (names, surfaces, office holders) are left as they are."""
    if isinstance(kb.entities, PackedEntities):
        return False
    kb.entities = PackedEntities(kb.entities)  # type: ignore[assignment]
    return True
