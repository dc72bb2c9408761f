"""Round 9, item 2: police actions in lower-cased text, control verbs and past "later" (sentences
written for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def mentions(entities) -> set[str]:
    return {e.mention for e in entities}


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("the crpf jawans detained ten youths near the bridge.", "COP"),
        ("the cops arrested four men outside the station.", "COP"),
        ("soldiers detained two farmers at the checkpoint.", "MIL"),
    ],
)
def test_a_security_force_phrase_is_a_state_actor(code, text, sector) -> None:
    events, _ = code(text)
    coerce = of_type(events, "COERCE")
    assert coerce and coerce[0].actor and coerce[0].actor[0].sectors == [sector]
    assert coerce[0].confidence >= 0.8  # as good as a named actor, not a vague phrase


def test_a_plain_phrase_gets_no_sector(code) -> None:
    events, _ = code("the villagers detained two thieves near the market.")
    coerce = of_type(events, "COERCE")
    assert coerce and coerce[0].actor and not coerce[0].actor[0].sectors


@pytest.mark.parametrize(
    "text",
    [
        "the mob hurled stones for two hours, forcing the police to open fire.",
        "the police were forced to open fire on the mob.",
    ],
)
def test_who_is_forced_to_act_is_the_actor(code, text) -> None:
    events, _ = code(text)
    assault = [e for e in of_type(events, "ASSAULT") if "fire" in e.reports[0].sentence]
    assert any("police" in mentions(e.actor) for e in assault)


def test_a_summoned_envoy_does_not_complain(code) -> None:
    events, _ = code("Kenya summoned the French ambassador on Monday to complain about the raid.")
    accuse = of_type(events, "ACCUSE")
    assert accuse and "Kenya" in mentions(accuse[0].actor)


def test_later_on_a_past_verb_is_what_followed(code) -> None:
    events, _ = code("later, the police reached the spot and arrested one person.")
    assert of_type(events, "COERCE")


def test_later_on_a_future_verb_is_still_ahead(code) -> None:
    events, _ = code("The police will arrest the suspects later.")
    assert not [e for e in of_type(events, "COERCE") if e.confidence >= 0.8]


def test_acting_to_arrest_is_the_arrest(code) -> None:
    events, _ = code("the police acted swiftly to arrest a local activist.")
    coerce = of_type(events, "COERCE")
    assert coerce and "police" in mentions(coerce[0].actor)


def test_travelling_to_arrest_is_only_a_purpose(code) -> None:
    events, _ = code("the police travelled to the village to arrest a local activist.")
    assert not of_type(events, "COERCE")


def test_a_denied_charge_is_no_event(code) -> None:
    events, _ = code("The Peruvian government denied charges by priests that it tortured a student.")
    assert not of_type(events, "ASSAULT")


def test_people_named_by_a_reduced_passive_underwent_it(code) -> None:
    events, _ = code("the others arrested in the case include a local leader.")
    coerce = of_type(events, "COERCE")
    assert coerce and not coerce[0].actor and "others" in mentions(coerce[0].recipient)


def test_a_reduced_passive_of_a_thing_keeps_its_low_confidence(code) -> None:
    events, _ = code("the weapons seized on friday were shown to reporters.")
    assert not of_type(events, "COERCE")


def test_a_coordinated_passive_shares_its_subject_as_recipient(code) -> None:
    events, _ = code("the leaders left the party office at noon and were arrested near the station.")
    coerce = of_type(events, "COERCE")
    assert coerce and not coerce[0].actor and "leaders" in mentions(coerce[0].recipient)


def test_booking_someone_under_a_law_is_a_charge(code) -> None:
    events, _ = code("the police have booked 62 people under the security act.")
    accuse = of_type(events, "ACCUSE")
    assert accuse and "police" in mentions(accuse[0].actor)


def test_booking_a_hotel_is_no_charge(code) -> None:
    events, _ = code("The delegation booked a hotel for the conference.")
    assert not of_type(events, "ACCUSE")
