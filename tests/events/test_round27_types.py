"""Round 27: type precision on real news, fourteenth pass. Each rule has short sentences written for it and a
twin that keeps its event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import types

from eventwire.events.patterns import load_lexicon
from eventwire.events.scope import own_document_backed
from eventwire.records import Entity, Event


def assert_types(code, text: str, expected: str | None, lost: str | None) -> None:
    """The text codes `expected` (when given) and never `lost` (when given)."""
    events, _ = code(text)
    found = types(events)
    assert expected is None or expected in found, sorted(found)
    assert lost is None or lost not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a rebuttal of talk, a perception or a verbal attack is no refusal (triggers.yaml)
        ("Mr Green dismissed the talk of splits in the party.", None, "REJECT"),
        ("Mr Green dismissed the latest Tory attack.", None, "REJECT"),
        ("The minister rejected the perception that the party was divided.", None, "REJECT"),
        ("Mr Green dismissed the proposal as desperate.", "REJECT", None),
        ("Iran rejected the proposal for talks.", "REJECT", None),
    ],
)
def test_a_rebuttal_is_no_refusal(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a warning whose clause only forecasts, also with a quoted participle (forecasts.clause_head)
        ('The union leader warned that many small firms could be "crippled" by the move.', None, "THREATEN"),
        ("The union leader warned that many small firms could be crippled by the move.", None, "THREATEN"),
        ("Iran warned that it would retaliate against any attack.", "THREATEN", None),
    ],
)
def test_a_warning_of_a_risk_is_no_threat(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # an obligation on a thing no party owns asks no one (constructions.thing_obliged)
        ("Mr Green said the tax system must provide the right incentives to people.", None, "REQUEST"),
        ("Mr Green said the government must provide the right incentives to people.", "REQUEST", None),
        # a demand that something end asks whoever does it
        ('"This scandal must stop," Mr Green said.', "REQUEST", None),
    ],
)
def test_an_obligation_on_a_thing_asks_no_one(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a report demanding something asks no party (scope.document_request, policy_document_nouns)
        ("His report demands a major overhaul of world rules on nuclear technology.", None, "REQUEST"),
        ("The Senate committee's report demands that Israel withdraw its troops.", "REQUEST", None),
    ],
)
def test_a_report_demanding_asks_no_party(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a cabinet meeting by itself is domestic (scope.own_body_meeting, own_body_nouns)
        ("Cabinet members held their last meeting at No 10 before the election.", None, "CONSULT"),
        ("The cabinet met on Tuesday to discuss the budget.", None, "CONSULT"),
        ("The cabinet met with the Iranian envoy on Tuesday.", "CONSULT", None),
        ("Cabinet ministers met Russian officials in Moscow.", "CONSULT", None),
    ],
)
def test_a_cabinet_meeting_by_itself_is_domestic(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # "round" arrests only "up" (triggers.yaml)
        ("A recent poll by a college rounded his number to zero percent.", None, "COERCE"),
        ("Police rounded up dozens of protesters on Sunday.", "COERCE", None),
    ],
)
def test_round_arrests_only_up(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a request for care or caution is advice (scope.caution_advice); an act asked stays a request
        ("The Dutch foreign ministry has urged citizens in Turkey to take care.", None, "REQUEST"),
        ("Police urged residents to remain calm and be vigilant.", None, "REQUEST"),
        ("The governor urged residents to evacuate the coastal towns.", "REQUEST", None),
        ("The ministry urged Israel to exercise caution.", "REQUEST", None),
    ],
)
def test_a_call_for_caution_is_advice(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # voters asked to act are canvassed (scope.addressed_to_electorate)
        ("The senator urged voters to hold him to account.", None, "REQUEST"),
        ("The ministry urged Turkey to release the journalists.", "REQUEST", None),
    ],
)
def test_voters_asked_are_canvassed(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # clashing with a view is criticism, fighting an election is contesting it (triggers.yaml)
        ("The MP had clashed with the president's assessment of the war.", "ACCUSE", "ASSAULT"),
        ("Protesters clashed with police in the capital on Sunday.", "PROTEST", "ACCUSE"),
        ("The party is fighting the election on the economy.", None, "ASSAULT"),
        ("The rebels are fighting the army in the north.", "ASSAULT", None),
        ("The rebels waged a bombing campaign against the government.", "ASSAULT", None),
    ],
)
def test_a_clash_of_views_and_a_fought_election_are_no_fights(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # looting by an armed force is seizure (triggers.yaml), also under "admitted"
        # (triggers.controlling_subjects)
        ("Opposition fighters have also admitted looting the antiquities for funds.", "COERCE", "PROTEST"),
        ("Soldiers looted shops in the town after the battle.", "COERCE", "PROTEST"),
        ("Rioters looted shops in the town after the match.", "PROTEST", "COERCE"),
        ("In addition, rioters started to tear down the statues.", "PROTEST", None),
    ],
)
def test_looting_by_armed_men_is_seizure(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a rescue by no named party in a report on a natural hazard is disaster relief (scope.hazard_rescue)
        ("The earthquake hit at night. After the earthquake, a boy was rescued.", None, "AID"),
        ("Dozens of people were rescued from the rubble after the quake.", None, "AID"),
        ("Civilians were evacuated from the besieged town after the shelling.", "AID", None),
    ],
)
def test_a_rescue_after_a_natural_hazard_is_disaster_relief(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


def backing(actor_sectors: list[str], recipient_sectors: list[str], recipient_country: str = "GBR") -> Event:
    """A SUPPORT record between a British party and another one (for scope.own_document_backed)."""
    actor = Entity(name="prime minister", mention="prime minister", country="GBR", sectors=actor_sectors)
    recipient = Entity(
        name="chancellor", mention="chancellor", country=recipient_country, sectors=recipient_sectors
    )
    return Event(event_id="e1", event_type="SUPPORT", actor=[actor], recipient=[recipient], reports=[])


@pytest.mark.parametrize(
    ("text", "event", "domestic"),
    [
        # one government backing its own report is domestic policy (scope.own_document_backed)
        ("The prime minister has backed the chancellor's budget report.", backing(["GOV"], ["GOV"]), True),
        # a legislator welcoming the government's report, or a state backing another's, keeps its SUPPORT
        ("The senator has backed the chancellor's budget report.", backing(["LEG"], ["GOV"]), False),
        (
            "The prime minister has backed the chancellor's budget report.",
            backing(["GOV"], ["GOV"], "FRA"),
            False,
        ),
        # a colleague backed in a row is no document
        ("The prime minister has backed the chancellor in the row.", backing(["GOV"], ["GOV"]), False),
    ],
)
def test_a_government_backing_its_own_report_is_domestic(nlp, text, event, domestic) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.lemma_ == "back")
    assert own_document_backed(event, word, load_lexicon()) is domestic
