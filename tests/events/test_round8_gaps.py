"""Round 8, item 1: the known gaps of round 7 (sentences written for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def names(entities) -> set[str]:
    return {e.mention for e in entities}


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("Canada sent 200 troops to help people in Haiti.", "Haiti"),
        ("Japan sent aid to help flood victims in Pakistan.", "Pakistan"),
        ("Germany sent experts to train the Iraqi army.", "Iraqi"),
    ],
)
def test_whom_a_purpose_clause_of_help_serves_is_the_recipient(code, text, helped) -> None:
    events, _ = code(text)
    aid = of_type(events, "AID")
    assert aid and helped in names(aid[0].recipient)


def test_a_purpose_clause_without_anyone_named_adds_no_recipient(code) -> None:
    events, _ = code("The UN sent peacekeepers to monitor the border.")
    aid = of_type(events, "AID")
    assert aid and not aid[0].recipient


@pytest.mark.parametrize(
    ("text", "attackers", "defenders"),
    [
        ("The rebels launched an offensive, which the army repelled on Sunday.", "rebels", "army"),
        ("The militants mounted an attack that the soldiers beat back.", "militants", "soldiers"),
    ],
)
def test_a_repelling_in_a_relative_clause_targets_the_attackers(code, text, attackers, defenders) -> None:
    events, _ = code(text)
    defence = [e for e in of_type(events, "ASSAULT") if defenders in names(e.actor)]
    assert defence and attackers in names(defence[0].recipient)
    assert defenders not in names(defence[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        "The two sides ended two days of talks in Geneva on Friday.",
        "The ministers concluded three rounds of negotiations in Brussels.",
    ],
)
def test_ending_a_stretch_of_talks_means_they_were_held(code, text) -> None:
    events, _ = code(text)
    assert of_type(events, "CONSULT") and not of_type(events, "SANCTION")


def test_ending_talks_with_someone_is_still_a_halt(code) -> None:
    events, _ = code("Iran ended talks with the European Union.")
    assert of_type(events, "SANCTION")


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        (
            "The Commission announced humanitarian assistance of 60 million euros to help people in Kenya.",
            "Kenya",
        ),
        (
            "The government announced 33 million dollars in aid to families hit by the floods in Chile.",
            "Chile",
        ),
    ],
)
def test_the_place_of_the_people_an_aid_noun_serves_is_its_recipient(code, text, helped) -> None:
    events, _ = code(text)
    aid = of_type(events, "AID")
    assert aid and helped in names(aid[0].recipient)
