"""A mode is told by the event's own words: nouns and adjectives of its sentence, its own verb and the
verbs coordinated with it, not another verb's act (sentences written for these tests)."""

from __future__ import annotations

import pytest


def assault_modes(code, text: str) -> list[str | None]:
    events, _ = code(text)
    return [e.mode for e in events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text, mode",
    [
        ("A suicide bomber killed nine soldiers at a checkpoint in Kandahar on Monday.", "suicide-attack"),
        ("Rebels killed four villagers in air strikes near Idlib on Sunday.", "aerial"),
        ("A teenager stabbed and seriously wounded a police officer in Hanover on Friday.", "primitive"),
        ("Gunmen killed three guards outside the ministry on Tuesday.", "firearms"),
        ("Two guards were killed in shooting near the border post on Tuesday.", "firearms"),
        ("Three officers were wounded in a stabbing attack in Lyon on Friday.", "primitive"),
        ("Two officers were killed in a shooting spree in Lyon on Friday.", "firearms"),
    ],
)
def test_the_event_s_own_words_tell_its_mode(code, text, mode) -> None:
    assert mode in assault_modes(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "Youths attacked two guards, and the council voted to fire the police chief.",
        "Militants killed two farmers in a region rocked by years of war.",
    ],
)
def test_another_verb_tells_no_mode(code, text) -> None:
    modes = assault_modes(code, text)
    assert modes and not {"firearms", "primitive"} & set(modes)
