"""Round 18: whole records. An event's "said by" comes from the statement speaker rules (a description that
refers back to the person named before, a person named in the speaker's phrase); parties that are no parties —
a bare word prefix, an act, a named military operation — are dropped. Sentences written for these tests; each
rule with a twin where it must not fire."""

from __future__ import annotations

from event_helpers import of_type

DIPLOMAT = (
    "Deputy Foreign Minister Ivan Petrov spoke to reporters in Oslo on Tuesday. "
    "Norway expelled two Russian journalists last week, the diplomat said."
)


def said_by(code, text: str, event_type: str):
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return found[0].attributed_to


def parties(code, text: str, event_type: str) -> tuple[list[str], list[str]]:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return [e.mention for e in found[0].actor], [e.mention for e in found[0].recipient]


# "said by" through the speaker rules


def test_an_event_said_by_the_diplomat_is_said_by_the_minister_named_before(code) -> None:
    speaker = said_by(code, DIPLOMAT, "COERCE")
    assert speaker is not None and speaker.name == "Ivan Petrov"
    assert speaker.mention == "diplomat"


def test_twin_the_diplomat_is_not_a_named_person_of_another_role(code) -> None:
    speaker = said_by(code, DIPLOMAT.replace("Deputy Foreign Minister", "Opposition leader"), "COERCE")
    assert speaker is None or speaker.name != "Ivan Petrov"


def test_twin_a_named_speaker_is_still_the_speaker(code) -> None:
    text = "Norway expelled two Russian journalists last week, Ivan Petrov said."
    speaker = said_by(code, text, "COERCE")
    assert speaker is not None and speaker.name == "Ivan Petrov"


# parties that are no parties


def test_a_prefix_cut_from_its_word_is_no_recipient(code) -> None:
    text = "The mayor condemned anti-semitism after an attack on a synagogue."
    _, recipients = parties(code, text, "ACCUSE")
    assert recipients == []


def test_twin_a_hyphenated_modifier_keeps_its_head_as_recipient(code) -> None:
    _, recipients = parties(code, "The mayor condemned the anti-government rioters on Sunday.", "ACCUSE")
    assert recipients == ["anti-government rioters"]


def test_revelations_are_no_recipient(code) -> None:
    text = "The Democrats have reacted with anger at the latest revelations."
    _, recipients = parties(code, text, "ACCUSE")
    assert recipients == []


def test_a_screwdriver_is_no_actor(code) -> None:
    events, _ = code("The guard was wounded by a screwdriver.")
    assert not [p for e in events for p in e.actor + e.recipient if "screwdriver" in p.mention]


def test_a_beach_named_after_a_country_is_no_recipient(code) -> None:
    _, recipients = parties(code, "Warplanes bombed a Lebanese beach on Sunday.", "ASSAULT")
    assert recipients == []


def test_twin_a_town_shelled_stays_the_recipient(code) -> None:
    _, recipients = parties(code, "Rebels shelled the town on Sunday.", "ASSAULT")
    assert recipients == ["town"]
