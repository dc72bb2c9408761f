"""Round 7: a repelled attack and its repelling are two events with their own actors (sentences
written for these tests)."""

from __future__ import annotations

import pytest


def assaults(events):
    return [e for e in events if e.event_type == "ASSAULT"]


def names(entities) -> set[str]:
    return {e.mention for e in entities}


@pytest.mark.parametrize(
    ("text", "attackers", "defenders"),
    [
        ("The army repelled an offensive launched by the militants.", "militants", "army"),
        ("Government troops repulsed an attack by the rebels on the town.", "rebels", "Government troops"),
    ],
)
def test_a_repelled_attack_and_its_repelling_are_two_events(code, text, attackers, defenders) -> None:
    events, _ = code(text)
    found = assaults(events)
    attack = [e for e in found if attackers in names(e.actor)]
    defence = [e for e in found if defenders in names(e.actor)]
    assert attack and defence and attack[0] is not defence[0]
    assert defenders not in names(attack[0].actor) and attackers not in names(defence[0].actor)
    assert defenders in names(attack[0].recipient) and attackers in names(defence[0].recipient)


def test_a_repelled_attack_without_attackers_still_happened(code) -> None:
    events, _ = code("The army repelled the offensive.")
    assert any(not e.actor and "army" in names(e.recipient) for e in assaults(events))


def test_beating_back_an_attack_targets_the_attackers(code) -> None:
    events, _ = code("The police beat back an attack by the mob on the station.")
    assert any("police" in names(e.actor) and "mob" in names(e.recipient) for e in assaults(events))


def test_two_attacks_by_one_side_still_merge(code) -> None:
    events, _ = code("The militants attacked the village and shelled the town.")
    found = assaults(events)
    assert len(found) == 1 and "militants" in names(found[0].actor)


def test_a_passive_repelled_attack_keeps_both_sides(code) -> None:
    events, _ = code("The Taliban attack was repelled by the army.")
    found = assaults(events)
    assert any("Taliban" in names(e.actor) and "army" in names(e.recipient) for e in found)
    assert any("army" in names(e.actor) and "Taliban" in names(e.recipient) for e in found)
    assert not any({"Taliban", "army"} <= names(e.actor) for e in found)


def test_a_named_modifier_lifts_its_own_sanctions(code) -> None:
    events, _ = code("UN sanctions against Iran were lifted in January.")
    concede = [e for e in events if e.event_type == "CONCEDE"]
    assert concede and "UN" in names(concede[0].actor) and "Iran" in names(concede[0].recipient)
