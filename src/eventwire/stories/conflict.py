"""Whether two reports tell of two different happenings, from their who / where / what / when evidence.

Two earthquakes, two celebrity arrests or two shootings are told in the same words; what tells them apart
is who was involved, where it happened, the numbers stated and the years. Each disagreement found scales
the story similarity down by its factor (``CONFLICT_FACTORS``); agreement, or evidence missing on either
side, leaves it as it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from eventwire.stories.evidence import Evidence, knowledge

# Chosen on the dev half of the ECB+ topics (docs/stories.md): how much each kind of disagreement
# lowers the similarity of two reports.
CONFLICT_FACTORS = {"who": 0.6, "where": 0.5, "what": 0.5, "when": 0.5}
FAR_KM = 300.0  # main happenings further apart than this are two happenings
EARTH_KM = 6371.0
LATER_YEARS = 2  # an undated report stating a year this much after a dated one's is a later happening


@dataclass(slots=True)
class Conflict:
    """The kinds of disagreement found, and the factor they scale the similarity by."""

    kinds: list[str]
    factor: float


def different_people(a: Evidence, b: Evidence) -> bool:
    """Both ledes name people in full, and neither's appear anywhere among the other's names."""
    if not a.lede_people or not b.lede_people:
        return False
    return not set(a.lede_people) & set(b.people) and not set(b.lede_people) & set(a.people)


def km_apart(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance of two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def different_main_places(a: Evidence, b: Evidence) -> bool:
    """The first located events of the two ledes happened in different countries, or far apart."""
    if a.main_place is None or b.main_place is None:
        return False
    (ca, lat_a, lon_a), (cb, lat_b, lon_b) = a.main_place, b.main_place
    if ca and cb and ca != cb:
        return True
    if None in (lat_a, lon_a, lat_b, lon_b):
        return False
    return km_apart((lat_a, lon_a), (lat_b, lon_b)) > FAR_KM  # type: ignore[arg-type]


def different_places(a: Evidence, b: Evidence) -> bool:
    """Neither lede's countries appear anywhere in the other report, or the main happenings differ."""
    both = bool(a.lede_countries and b.lede_countries)
    if both and not set(a.lede_countries) & set(b.countries) and not set(b.lede_countries) & set(a.countries):
        return True
    return different_main_places(a, b)


def different_quantities(a: Evidence, b: Evidence) -> bool:
    """A kind of number both state, with no value of one within tolerance of a value of the other."""
    for quantity in knowledge().quantities:
        mine, theirs = a.quantities.get(quantity.kind), b.quantities.get(quantity.kind)
        if mine and theirs and not any(abs(x - y) <= quantity.tolerance for x in mine for y in theirs):
            return True
    return False


def later_years(undated: Evidence, published: str | None) -> bool:
    """An undated report whose text states a year well after a dated report's: a later happening."""
    if not published or not undated.years:
        return False
    try:
        year = int(published[:4])
    except ValueError:
        return False
    return max(undated.years) >= year + LATER_YEARS


def different_times(a: Evidence, a_published: str | None, b: Evidence, b_published: str | None) -> bool:
    """Exactly one report is dated, and the other's text states years well after it."""
    if bool(a_published) == bool(b_published):
        return False
    return later_years(a, b_published) if b_published else later_years(b, a_published)


def conflict(a: Evidence, a_published: str | None, b: Evidence, b_published: str | None) -> Conflict:
    """The disagreements between two reports' evidence (``*_published``: their publication dates)."""
    found = {
        "who": different_people(a, b),
        "where": different_places(a, b),
        "what": different_quantities(a, b),
        "when": different_times(a, a_published, b, b_published),
    }
    kinds = [k for k, hit in found.items() if hit]
    return Conflict(kinds, math.prod(CONFLICT_FACTORS[k] for k in kinds))
