"""Round 15: event types on real news, second pass — animals as victims or agents, a kind of people in the
simple present, recurring times, dismissing "as", warplanes let in, journalism, warnings of a risk, texts
that address no party, convictions, "would welcome". Sentences written for these tests; each probe has a
twin that must keep its event (the bill convention is in test_round11_precision.py)."""

from __future__ import annotations

import pytest
from event_helpers import types


@pytest.mark.parametrize(
    "text",
    [
        "The villagers killed two foxes on Saturday.",
        "Only four of the hares were killed by hounds.",
        "The ministry ordered the killing of 20,000 pigs.",
        "The hunters captured two wolves near the farm.",
        "Foxes and other animals had been killed on the estate.",
        "The hunt met at dawn, killing a total of 12 foxes.",
    ],
)
def test_violence_against_animals_or_by_animals_is_no_assault(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"ASSAULT", "COERCE"}, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The villagers killed two soldiers on Saturday.", "ASSAULT"),
        ("Police dogs attacked the protesters outside the court.", "ASSAULT"),  # the owner acts through them
        ("The ministry ordered the arrest of 20 smugglers.", "COERCE"),
        ("Three Navy SEALs were wounded in the raid.", "ASSAULT"),  # an acronym, not an animal
    ],
)
def test_violence_against_people_keeps_its_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Young activists exchange books in the poorer districts and give each other advice on their exams.",
        "In the small towns of the valley, farmers meet officials in the market to sell their grain.",
        "In the old city centre, volunteers provide food and blankets to the homeless who sleep outside.",
        "Every week she visits the minister at his office.",
        "Historically, the United States has backed Israel at the United Nations.",
    ],
)
def test_a_habit_or_a_kind_of_people_is_no_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not events, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Protesters march through the capital in a show of defiance.", "PROTEST"),  # a caption
        ("The rebels attack the town from the hills.", "ASSAULT"),  # particular subjects
        ("Two gunmen attack a guard at the embassy.", "ASSAULT"),
        ("Kurdish fighters attack the town.", "ASSAULT"),
        ("Critics accuse the minister of lying to parliament.", "ACCUSE"),  # a current stance
        ("Every day last week, troops shelled the town.", "ASSAULT"),  # past: done, repeatedly
        ("Police arrest five protesters in the capital.", "COERCE"),  # an institution
    ],
)
def test_particular_subjects_and_stances_keep_their_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


def test_the_outbreak_that_killed_is_a_disease(rules_code) -> None:
    text = "The measles outbreak that had infected 4,000 people and killed at least 60 was declared over."
    events, _ = rules_code(text)
    assert "ASSAULT" not in types(events)


def test_the_militia_that_killed_is_an_assault(rules_code) -> None:
    text = "The militia that had captured the town and killed at least 60 villagers withdrew on Friday."
    events, _ = rules_code(text)
    assert "ASSAULT" in types(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Critics dismissed the senator as a lightweight.", "ACCUSE"),
        ("The new party leader was dismissed by his rivals as a novice.", "ACCUSE"),
        ("The opposition dismissed the pension plan as desperate.", "REJECT"),
    ],
)
def test_dismissing_a_party_as_something_belittles_it(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The minister dismissed them as a load of nonsense.",
        "Two aides dismissed the notion that the governor would resign.",
    ],
)
def test_dismissing_a_claim_or_a_notion_is_a_statement(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "REJECT" not in types(events), text


def test_the_rebels_rejecting_a_proposal_still_reject(rules_code) -> None:
    events, _ = rules_code("The rebels rejected the proposal on Monday.")
    assert "REJECT" in types(events)


def test_warplanes_let_in_are_military_cooperation(rules_code) -> None:
    events, _ = rules_code("Moscow allowed Turkish jets into the airspace over the north.")
    assert "COOPERATE" in types(events) and "CONCEDE" not in types(events)


def test_inspectors_let_in_are_still_a_retreat(rules_code) -> None:
    events, _ = rules_code("The government allowed inspectors to visit the site.")
    assert "RETREAT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Wikinews has contacted the coast guard to clarify the date of the disappearance.",
        "The station manager discussed this initiative with Wikinews.",
        "Two reporters met the mayor at the town hall.",
    ],
)
def test_journalists_contacting_or_meeting_someone_are_reporting(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "CONSULT" not in types(events), text


def test_ministers_meeting_still_consult(rules_code) -> None:
    events, _ = rules_code("The foreign minister met his Iranian counterpart in Geneva on Monday.")
    assert "CONSULT" in types(events)


def test_reporters_arrested_are_still_coerced(rules_code) -> None:
    events, _ = rules_code("Two reporters were arrested by the police in the capital.")
    assert "COERCE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The charities warned of the risk that thousands could be forced to return.",
        "Lawyers had warned bringing back flogging would violate international conventions.",
    ],
)
def test_a_warning_of_a_risk_is_no_threat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "THREATEN" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The army warned that it would retaliate.",
        "The general warned of reprisals if the attacks continued.",
    ],
)
def test_a_warning_of_ones_own_action_still_threatens(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "THREATEN" in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The alliance's guidelines call for two percent of output.",
        "The Constitution demands a trial.",
        "The ban threatens the rights of millions of people.",
    ],
)
def test_a_text_that_addresses_no_party_makes_no_request_or_threat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"REQUEST", "THREATEN"}, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The UN resolution calls on Iran to halt enrichment.", "REQUEST"),
        ("The rebels call for a ceasefire.", "REQUEST"),
    ],
)
def test_a_text_addressing_a_party_or_a_party_still_requests(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


def test_found_guilty_is_a_conviction(rules_code) -> None:
    events, _ = rules_code("The former mayor was found guilty on all counts.")
    assert "SANCTION" in types(events) and "ACCUSE" not in types(events)


def test_held_responsible_is_still_an_accusation(rules_code) -> None:
    events, _ = rules_code("The army was held responsible for the massacre.")
    assert "ACCUSE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        'The union said: "Nurses would welcome any extra holiday pay."',
        "Officials said they would welcome a takeover of the area if that removed the militia.",
    ],
)
def test_would_welcome_is_a_hypothetical_liking(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"AGREE", "SUPPORT"}, text


def test_would_support_the_resolution_is_still_an_intent(rules_code) -> None:
    events, _ = rules_code("The minister said his party would support the resolution.")
    assert "AGREE" in types(events)
