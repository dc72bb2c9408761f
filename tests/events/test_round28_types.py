"""Round 28: type precision on real news, fifteenth pass. Each rule has short sentences written for it and a
twin that keeps its event. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import types


def assert_types(code, text: str, expected: str | None, lost: str | None) -> None:
    """The text codes `expected` (when given) and never `lost` (when given)."""
    events, _ = code(text)
    found = types(events)
    assert expected is None or expected in found, sorted(found)
    assert lost is None or lost not in found, sorted(found)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a row over a policy with no other side named is criticism, no fight (triggers.yaml: clash over)
        ("Labour and the Tories have clashed over tax and spending plans.", "ACCUSE", "ASSAULT"),
        ("The two parties clashed over the budget on Monday.", None, "ASSAULT"),
        # twins: a clash with police keeps its riot, a clash with fighters its fight
        ("Protesters clashed with police over the new law.", "PROTEST", None),
        ("Iraqi troops clashed with the militants near the border.", "ASSAULT", None),
    ],
)
def test_a_row_over_a_policy_is_no_fight(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # assuring a party of a fact is a statement (triggers.yaml: assure, excludes_opinion)
        ("Mr Green assured Parliament that most of the bill was about regulation.", None, "AGREE"),
        # twin: an assurance of what will be done stays
        ("Mr Green assured Iran that the troops would leave.", "AGREE", None),
    ],
)
def test_an_assurance_of_a_fact_is_no_agreement(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # private advice, feelings understood and views shared are no consultation or support (triggers.yaml)
        ("The MP, who is consulting his lawyers, said he would fight on.", None, "CONSULT"),
        ("Mr Green said he appreciated people's concerns.", None, "SUPPORT"),
        ("Mr Brown backed that view on Tuesday.", None, "SUPPORT"),
        ("The minister's assessment was backed by his predecessor.", None, "SUPPORT"),
        # twins: consulting a party, backing a party's plan
        ("Iran consulted Russia on the plan.", "CONSULT", None),
        ("Mr Brown backed the government's plan on Tuesday.", "SUPPORT", None),
    ],
)
def test_private_advice_and_shared_views_are_no_events(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # backing, a blessing or tacit support given is verbal support, no aid (triggers.yaml)
        ("Russia gave tacit support to Turkey's incursion.", "SUPPORT", "AID"),
        ("Iran gave its backing to the plan.", "SUPPORT", "AID"),
        # twin: military support given stays aid
        ("Russia gave military support to the Syrian government.", "AID", None),
    ],
)
def test_backing_given_is_support(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # weather and hazard warnings threaten no one (triggers.yaml)
        ("Yellow warnings were issued nationwide.", None, "THREATEN"),
        ("The forecasters issued a hurricane warning for the islands.", None, "THREATEN"),
        # twin: a state's warning to another stays
        ("Iran issued a warning to Israel.", "THREATEN", None),
    ],
)
def test_a_weather_warning_is_no_threat(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a tour with one's regiment is a posting; a bare "that" rejected is a rebuttal (triggers.yaml)
        ("Mr Green toured Afghanistan with the regiment in 2012.", None, "CONSULT"),
        ('"I reject that entirely," Mr Green said.', None, "REJECT"),
        # twins: a tour of a country, an offer rejected
        ("The minister toured Kenya last week.", "CONSULT", None),
        ("Iran rejected that offer.", "REJECT", None),
    ],
)
def test_a_posting_and_a_rebuttal_are_no_events(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # recognition in the simple present, passive or with "does not", is a standing stance
        # (modality.standing_recognition)
        ("Turkey does not recognize Iran's new government.", None, "REJECT"),
        ("Kenya is recognised only by Turkey.", None, "SUPPORT"),
        # twins: recognition granted, or refused, on an occasion
        ("Kenya was recognised by Turkey in 1983.", "SUPPORT", None),
        ("Turkey did not recognize Iran's new government.", "REJECT", None),
    ],
)
def test_a_standing_recognition_is_no_event(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a passive act told with a frequency is a practice (modality.practice_told)
        ("The injured were often murdered in the state hospitals.", None, "ASSAULT"),
        ("Detainees are routinely beaten and tortured in the prison.", None, "ASSAULT"),
        # twins: a named party's acts told with a frequency, and an occasion
        ("Iran and Iraq have often accused each other of lying.", "ACCUSE", None),
        ("The injured were murdered in the hospital on Monday.", "ASSAULT", None),
    ],
)
def test_a_practice_is_no_event(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a ban or a crackdown on a practice or a social ill is domestic policy (scope.practice_restricted)
        ("The minister has banned such cash transfers.", None, "COERCE"),
        ("For a time, the state outlawed the death penalty.", None, "COERCE"),
        ("He was able to crack down on migration in a number of ways.", None, "COERCE"),
        ("A fresh crackdown on persistent truants has been launched by the minister.", None, "COERCE"),
        # twins: a ban on a party or on protests, a crackdown on protesters or dissidents
        ("The government banned the opposition party.", "COERCE", None),
        ("The government banned protests in the capital.", "COERCE", None),
        ("The army cracked down on protesters.", "COERCE", None),
        ("A crackdown on dissidents was launched by the police.", "COERCE", None),
    ],
)
def test_a_ban_on_a_practice_is_domestic_policy(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a recurring occasion makes a habit (modality.yaml: recurring_time_nouns)
        ("After every round of talks, the army mobilises its forces.", None, "MOBILIZE"),
        # twin: one occasion
        ("The army mobilised its forces after the last round of talks.", "MOBILIZE", None),
    ],
)
def test_a_recurring_occasion_is_a_habit(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # what a law allows is a standing provision, no concession (triggers.yaml: allow, subj_mods)
        ("The new law allows residents to carry weapons.", None, "CONCEDE"),
        # twin: a party that allows people held to act concedes
        ("The governor allowed the detainees to meet their lawyers.", "CONCEDE", None),
    ],
)
def test_what_a_law_allows_is_no_concession(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # what is imagined or dreamt of did not happen (modality.yaml: plan governors)
        ("I imagined fighter jets bombing the camp.", None, "ASSAULT"),
        # twin: what was seen happened
        ("She saw fighter jets bombing the camp.", "ASSAULT", None),
    ],
)
def test_what_is_imagined_did_not_happen(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)
