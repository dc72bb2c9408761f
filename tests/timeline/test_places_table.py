"""Table-driven checks of find_places on short texts written for these tests (place_cases.py)."""

from __future__ import annotations

import pytest
from place_cases import CASES

from eventwire.timeline import find_places


@pytest.mark.parametrize("case", CASES, ids=[f"{c[1]}|{c[0][:30]}" for c in CASES])
def test_place_mention(case: tuple, gazetteer) -> None:
    text, mention, name, country, feature, extra = case
    places = find_places(gazetteer, text)
    matching = [p for p in places if p.mention == mention]
    if name is None:
        assert not matching, f"{mention!r} should not be a place in {text!r}: {matching}"
        return
    assert matching, f"{mention!r} not found in {text!r}; found {[p.mention for p in places]}"
    place = matching[0]
    assert (place.name, place.country, place.feature) == (name, country, feature)
    assert text[place.span[0] : place.span[1]] == mention
    assert place.lat is not None and place.lon is not None
    if "admin1" in extra:
        assert place.admin1 == extra["admin1"]
    if "lat" in extra:
        assert abs(place.lat - extra["lat"]) < 0.5 and abs(place.lon - extra["lon"]) < 0.5
