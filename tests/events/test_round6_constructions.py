"""Round-6 constructions found from development-half and CASE misses (sentences written for these
tests)."""

from __future__ import annotations

import pytest


def top_type(events):
    return max(events, key=lambda e: e.confidence).event_type if events else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapons cache found is a seizure
        ("Soldiers of Kenya discovered a cache of rifles and grenades near the border.", "COERCE"),
        ("A stash of explosives was found in a warehouse near the harbour", "COERCE"),
        # a CAMEO veto on one object ("drugs") does not undo a curated seizure of another ("guns")
        ("Police in Chile seized guns and drugs in a raid on two houses.", "COERCE"),
        # chemical weapons used or dropped
        ("Chlorine was used as a weapon in the besieged town last month.", "ASSAULT"),
        ("Government helicopters dropped canisters of poison gas on the villages.", "ASSAULT"),
        # a sentence-case line without a full stop is no title-case teaser because of its names
        ("Russia expels diplomats from Germany, Poland and Sweden", "SANCTION"),
        # the "by" phrase of an event noun anchored by a passive support verb is its actor
        ("The peaceful protest by the teachers union was finally held in Nairobi", "PROTEST"),
    ],
)
def test_round6_constructions(code, text: str, expected: str) -> None:
    events, _ = code(text)
    assert top_type(events) == expected, [(e.event_type, e.confidence) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The committee found a solution to the budget problem.",
        "The researchers discovered a new species of frog in the forest.",
        "The plant uses natural gas to produce electricity.",
        "Troops Storm Rebel Stronghold As Talks Collapse",
    ],
)
def test_round6_negative_probes(code, text: str) -> None:
    events, _ = code(text)
    assert top_type(events) not in ("COERCE", "ASSAULT"), [(e.event_type, e.confidence) for e in events]


def test_protest_by_phrase_is_the_actor(code) -> None:
    events, _ = code("The peaceful protest by the teachers union was finally held in Nairobi")
    protest = [e for e in events if e.event_type == "PROTEST"]
    assert protest and any("union" in a.name for a in protest[0].actor)
