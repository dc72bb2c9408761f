"""Merge extension files (curated or the user's) into the KB, and close open spells at a successor.

Merging: an extension entity with a known ``id`` extends that entity; a person without an id extends
the person of the same name (transliteration-tolerant keys) and a compatible country; anything else
is a new entity. A role from an extension replaces an overlapping role of the same office: the later
layer (curated over built, user over both) wins.

Reconciliation: sources frozen at some date leave spells open ("no end recorded"). For offices with
one holder at a time (offices.yaml), a spell still open when another person takes the office ends at
that person's start, unless a source confirmed it after that start (then the other spell is an
interlude, such as an acting holder's, and the open spell stays).
"""

from __future__ import annotations

import re
from collections import defaultdict

from eventwire.actors.model import KBEntity, Role, end_bound, start_bound
from eventwire.actors.names import alias_key, name_keys, same_name


class PersonFinder:
    """Finds an existing person by the key of a whole name and a country."""

    def __init__(self, entities: dict[str, KBEntity]) -> None:
        self.entities = entities
        self.by_key: dict[str, set[str]] = defaultdict(set)
        for entity in entities.values():
            if entity.kind == "person":
                self.add(entity)

    def add(self, entity: KBEntity) -> None:
        for name in (entity.name, *entity.aliases):
            full = name_keys(name)[0]
            if full:
                self.by_key[full].add(entity.kb_id)

    def find(self, entity: KBEntity) -> str | None:
        """The person an extension entity restates: the whole name (or an alias) agreeing, up to
        spelling, and a country in common ("Pedro Sánchez" is not "Pedro Antonio Sánchez"; give
        the longer name as an alias to merge into it)."""
        countries = {entity.country, *(r.country for r in entity.roles)} - {None}
        for name in (entity.name, *entity.aliases):
            for kb_id in sorted(self.by_key.get(name_keys(name)[0], ())):
                other = self.entities[kb_id]
                other_countries = {other.country, *(r.country for r in other.roles)} - {None}
                if (not countries or countries & other_countries) and _named_alike(name, other):
                    return kb_id
        return None


def _named_alike(name: str, entity: KBEntity) -> bool:
    return any(same_name(name, other) for other in (entity.name, *entity.aliases))


def merge_extension(entities: dict[str, KBEntity], finder: PersonFinder, ext: KBEntity, origin: str) -> str:
    """Add or merge one extension entity; returns the kb_id it ended up under."""
    target_id = ext.kb_id if ext.kb_id in entities else None
    if target_id is None and not ext.kb_id and ext.kind == "person":
        target_id = finder.find(ext)
    if target_id is None:
        new_id = ext.kb_id or _new_id(entities, origin, ext.name)
        ext.kb_id = new_id
        entities[new_id] = ext
        if ext.kind == "person":
            finder.add(ext)
        return new_id
    target = entities[target_id]
    if ext.name and alias_key(ext.name) != alias_key(target.name) and ext.name not in target.aliases:
        target.aliases.append(ext.name)
    target.aliases.extend(a for a in ext.aliases if a not in target.aliases and a != target.name)
    # An extension naming the entity by its id restates its country ("Elizabeth II": GBR, not the last of
    # the realms the built data lists her roles in); one merged by name only fills a missing country.
    target.country = (ext.country if ext.kb_id == target_id else None) or target.country or ext.country
    target.sectors = ext.sectors or target.sectors
    target.part_of = ext.part_of or target.part_of
    target.refs = tuple(dict.fromkeys((*target.refs, *ext.refs)))
    for role in ext.roles:
        target.roles = [r for r in target.roles if not _same_spell(r, role)]
        target.roles.append(role)
    if target.kind == "person":
        finder.add(target)
    return target_id


def _new_id(entities: dict[str, KBEntity], origin: str, name: str) -> str:
    base = f"{origin}:{re.sub(r'[^a-z0-9]+', '-', alias_key(name)).strip('-')}"
    candidate, n = base, 1
    while candidate in entities:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def _same_spell(old: Role, new: Role) -> bool:
    """True when ``new`` restates ``old``: same office (or title) of the same body, overlapping dates."""
    same_office = (old.office and old.office == new.office) or alias_key(old.title) == alias_key(new.title)
    if not same_office or (old.of or old.country) != (new.of or new.country):
        return False
    return start_bound(old.start) <= end_bound(new.end) and start_bound(new.start) <= end_bound(old.end)


def close_open_spells(entities: dict[str, KBEntity], single_offices: frozenset[str]) -> int:
    """End spells of single-holder offices at the next holder's start; returns how many changed."""
    by_office: dict[tuple[str, str], list[tuple[Role, str]]] = defaultdict(list)
    for entity in entities.values():
        for role in entity.roles:
            if role.office in single_offices and role.of and role.start:
                by_office[(role.of, role.office)].append((role, entity.kb_id))
    changed = 0
    for spells in by_office.values():
        spells.sort(key=lambda item: start_bound(item[0].start))
        for i, (role, holder) in enumerate(spells):
            successor = next(
                (
                    s
                    for s, h in spells[i + 1 :]
                    if h != holder and start_bound(s.start) > start_bound(role.start)
                ),
                None,
            )
            if successor is None or end_bound(role.end) <= start_bound(successor.start):
                continue
            unconfirmed = role.end is None and (role.checked or "") <= start_bound(successor.start)
            if unconfirmed or end_bound(successor.end) >= end_bound(role.end):
                role.end, role.checked = successor.start, None
                changed += 1
    return changed
