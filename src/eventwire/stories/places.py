"""Every place a report's lede names, resolved to a country and coordinates by the timeline stage's
gazetteer (not only the places of located events): "where" evidence for reports whose events the
political coder leaves unlocated (an earthquake, a coach's firing). A place the NLP reads as part of a
person's or an organisation's name ("Jordan" in a name) is left out.
"""

from __future__ import annotations

from eventwire.records import Mention, Place
from eventwire.timeline import Gazetteer, find_places

NAME_KINDS = frozenset({"PERSON", "ORG", "NORP", "DESC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
POINT_FEATURES = frozenset({"city", "venue"})  # places small enough for a distance to tell


def _inside_a_name(place: Place, mentions: list[Mention]) -> bool:
    if place.span is None:
        return False
    start, end = place.span
    return any(m.kind in NAME_KINDS and m.span[0] < end and start < m.span[1] for m in mentions)


def lede_places(lede: str, mentions: list[Mention]) -> list[Place]:
    """The places of the lede in text order, each resolved offline (``mentions``: the article's, whose
    spans in the lede tell names from places)."""
    if not lede.strip():
        return []
    found = find_places(Gazetteer.load(), lede)
    return [p for p in found if not _inside_a_name(p, mentions)]


def place_countries(places: list[Place]) -> list[str]:
    """The countries of resolved places, sorted, once each."""
    return sorted({p.country for p in places if p.country})


def place_points(places: list[Place]) -> list[tuple[float, float]]:
    """Coordinates of the cities and venues among the places, in text order."""
    return [(p.lat, p.lon) for p in places if p.feature in POINT_FEATURES and None not in (p.lat, p.lon)]
