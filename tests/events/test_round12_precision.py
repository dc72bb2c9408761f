"""Round 12: precision on real news, third pass — court rulings and obligations on one's own state are
no requests, removals from office are no expulsions, an operation's aim is not its result, and other
senses of trigger words (releasing names, meeting a standard, naming, taking over as, refusing to deny).
Sentences written for these tests; each false-positive probe has a positive twin."""

from __future__ import annotations

import pytest
from event_helpers import types

from eventwire.events.constructions import own_state_obligation
from eventwire.events.modality import DEMAND, Frame
from eventwire.records import Entity, Event


@pytest.mark.parametrize(
    "text",
    [
        "The court in Ankara said the journalist must stay in custody until the trial.",
        "The judge said the two men should be released on bail.",
    ],
)
def test_a_courts_obligation_is_a_ruling_not_a_request(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "REQUEST" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The opposition said the government must release the prisoners.",
        "The union said the judges should be released from custody.",
    ],
)
def test_a_partys_obligation_on_another_is_a_request(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "REQUEST" in types(events)


FRANCE = Entity(name="France", mention="France", kb_id="FRA", country="FRA")
GERMANY = Entity(name="Germany", mention="Germany", kb_id="DEU", country="DEU")
FRENCH_MINISTER = Entity(
    name="Jean Dupont", mention="the foreign minister", kb_id="Q1", country="FRA", sectors=["GOV"]
)
FRENCH_GOVERNMENT = Entity(
    name="France", mention="the government", kb_id="FRA", country="FRA", sectors=["GOV"]
)


def demand(actor: list[Entity], recipient: list[Entity]) -> Event:
    """A REQUEST built from a reported obligation: the speaker as actor, the obliged party as recipient."""
    return Event(event_id="e", event_type="REQUEST", actor=actor, recipient=recipient, reports=[])


def test_an_obligation_on_the_speakers_own_state_is_no_request(coder) -> None:
    assert own_state_obligation(demand([FRENCH_MINISTER], [FRANCE]), Frame(status=DEMAND), coder.lexicon)


@pytest.mark.parametrize(
    ("actor", "recipient"),
    [
        ([FRENCH_MINISTER], [GERMANY]),  # another state is asked
        ([FRENCH_MINISTER], [FRENCH_GOVERNMENT]),  # a body of one's own state is asked
        ([FRANCE], [FRANCE]),  # the state "speaking" of itself is the parse's slip
    ],
)
def test_an_obligation_on_another_party_stays_a_request(coder, actor, recipient) -> None:
    assert not own_state_obligation(demand(actor, recipient), Frame(status=DEMAND), coder.lexicon)


def test_own_state_rule_keeps_the_coded_request_on_another_state(code) -> None:
    events, _ = code("France's foreign minister said Germany must do more to protect its borders.")
    assert "REQUEST" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Coalition forces ousted the dictator in the spring of that year.",
        "Protesters toppled the prime minister after weeks of demonstrations.",
        "The generals deposed the president and suspended the constitution.",
        "The governor was ousted from power by a vote of the assembly.",
    ],
)
def test_a_removal_from_power_is_no_expulsion(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "SANCTION" not in types(events)


def test_ousting_a_member_from_a_party_is_an_expulsion(rules_code) -> None:
    events, _ = rules_code("The party ousted the councillor from its ranks over the remarks.")
    assert "SANCTION" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The operation to free the town lasted two weeks.",
        "A raid to free the hostages ended in failure.",
    ],
)
def test_an_operations_aim_is_not_its_result(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "RETREAT" not in types(events)


def test_freeing_hostages_is_a_release(rules_code) -> None:
    events, _ = rules_code("The kidnappers freed the two hostages on Monday.")
    assert "RETREAT" in types(events)


def test_releasing_names_is_no_release_of_people(rules_code) -> None:
    events, _ = rules_code("After the names of the victims were released, the mayor spoke to reporters.")
    assert "RETREAT" not in types(events)


def test_releasing_detained_reporters_is_a_release(rules_code) -> None:
    events, _ = rules_code("The authorities released the two detained reporters after a week.")
    assert "RETREAT" in types(events)


def test_meeting_a_standard_is_no_meeting(rules_code) -> None:
    events, _ = rules_code("The new scanner meets federal standards and costs less.")
    assert "CONSULT" not in types(events)


def test_meeting_a_minister_is_a_meeting(rules_code) -> None:
    events, _ = rules_code("The envoy met the foreign minister in the capital.")
    assert "CONSULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Campaigners welcomed what they called a historic ruling.",
        "The senator called the decision a disgrace.",
    ],
)
def test_naming_is_no_call(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "CONSULT" not in types(events)


def test_calling_an_ambassador_is_a_call(code) -> None:
    events, _ = code("Russia's foreign minister called the ambassador of Turkey on Monday evening.")
    assert "CONSULT" in types(events)


def test_taking_over_as_director_is_no_seizure(rules_code) -> None:
    events, _ = rules_code("Last year the activist took over from her colleague as head of the centre.")
    assert "COERCE" not in types(events)


def test_taking_over_an_airport_is_a_seizure(rules_code) -> None:
    events, _ = rules_code("The militia took over the airport on Sunday.")
    assert "COERCE" in types(events)


def test_refusing_to_deny_is_no_rejection(rules_code) -> None:
    events, _ = rules_code("The commander refused to deny that his men had crossed the border.")
    assert "REJECT" not in types(events)


def test_refusing_to_meet_is_a_rejection(rules_code) -> None:
    events, _ = rules_code("The commander refused to meet the mediators.")
    assert "REJECT" in types(events)


@pytest.mark.parametrize(
    "text",
    ["The budget calls for deep cuts to the army.", "The proposal calls on Israel to withdraw its settlers."],
)
def test_a_document_calling_for_what_it_contains_is_no_request(code, text: str) -> None:
    events, _ = code(text)
    assert "REQUEST" not in types(events)


@pytest.mark.parametrize(
    "text",
    ["The minister called for deep cuts to the army.", "The UN resolution calls on Iran to halt enrichment."],
)
def test_a_request_by_a_person_or_a_named_body_stays(code, text: str) -> None:
    events, _ = code(text)
    assert "REQUEST" in types(events)
