"""Round 24: type precision on real news, eleventh pass. Each rule has short sentences written for it and a
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
        # a month's name in a date is no march (triggers.a_date_name)
        ("The forum will take place in the capital on March 29.", None, "THREATEN"),
        ("The minister joined the trilateral meeting on March 20 last year.", "CONSULT", "PROTEST"),
        ("Thousands of students joined the march on parliament on Sunday.", "PROTEST", None),
    ],
)
def test_a_month_is_no_march(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # pictures captured are taken, no one is captured (idea_nouns)
        ("Tourists captured pictures and videos of the incident.", None, "ASSAULT"),
        ("Rebels captured the town after heavy fighting.", "ASSAULT", None),
        # censoring videos acts on content by nature (content_verbs)
        ("The authorities censored the videos of the protest.", "COERCE", None),
    ],
)
def test_pictures_captured_are_no_capture(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # an attack verb whose "as" phrase judges its object (constructions.attack_characterised)
        ("The measures were attacked by Labour as too little, too late.", "ACCUSE", "ASSAULT"),
        ("The senator attacked the new pledges as vacuous.", "ACCUSE", "ASSAULT"),
        ("Gunmen attacked the convoy as part of the offensive.", "ASSAULT", "ACCUSE"),
        ("Rebels attacked the army base on Monday.", "ASSAULT", "ACCUSE"),
    ],
)
def test_an_attack_as_a_judgement_is_criticism(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # backing down from a goal is no RETREAT (triggers.yaml)
        ("The United States has retreated from a previous goal of ousting the president.", None, "RETREAT"),
        ("The Labour Party retreated from its pledge to cut taxes.", None, "RETREAT"),
        ("Government troops retreated from the town after heavy shelling.", "RETREAT", None),
    ],
)
def test_a_retreat_from_a_goal_is_no_retreat(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # sparking a conflict or a crisis is no disapproval (cameo_overrides.yaml)
        ("The latest conflict was sparked by an announcement from Washington.", None, "ACCUSE"),
        ("Washington sparked a dispute with Moscow.", None, "ACCUSE"),
        ("The opposition sharply criticised the minister's remarks.", "ACCUSE", None),
    ],
)
def test_sparking_a_conflict_is_no_disapproval(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # forces that remain somewhere mobilise nothing; forces kept on alert do (cameo_overrides.yaml,
        # triggers.yaml)
        ("American troops have remained in Iraq to prevent the group from gaining ground.", None, "MOBILIZE"),
        ("Israeli troops remained on alert in the West Bank to forestall more violence.", "MOBILIZE", None),
        ("The residents remained on alert after the storm.", None, "MOBILIZE"),
    ],
)
def test_forces_that_remain_mobilise_nothing(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a sum received is no visit: a currency word before a number (object_senses.an_amount)
        ("This is half of the pounds 11,724,929 received by the political parties.", None, "CONSULT"),
        ("The president received the Iraqi delegation in Cairo.", "CONSULT", None),
    ],
)
def test_a_sum_received_is_no_visit(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a law imposed is martial law only when called so (triggers.yaml)
        ("The church leader imposed a law mandating priests to report abuse.", None, "COERCE"),
        ("The army imposed martial law in the capital on Sunday.", "COERCE", None),
    ],
)
def test_a_law_imposed_is_no_martial_law(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # backing a military operation is no diplomatic SUPPORT (triggers.yaml)
        ("The town was retaken by the army in an operation supported by Russia.", None, "SUPPORT"),
        ("Russia supported the resolution in the Security Council.", "SUPPORT", None),
    ],
)
def test_backing_an_operation_is_no_support(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a programme or an agenda offered is a party's own pitch (cameo_overrides.yaml: "offer &PROGRAM")
        ('Labour said the Conservatives offered a "hard right agenda".', None, "AGREE"),
        ("Germany offered help to Greece on Monday.", "AGREE", None),
    ],
)
def test_an_agenda_offered_is_no_agreement(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # a desire expressed is a willingness to cooperate only with someone (triggers.yaml: needs_recipient)
        ("He left a will in which he expressed his desire to be buried at sea.", None, "AGREE"),
        ("She had expressed a desire to continue with her studies.", None, "AGREE"),
        ("Iran expressed a desire to improve ties with Russia.", "AGREE", None),
    ],
)
def test_a_private_wish_is_no_agreement(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)


@pytest.mark.parametrize(
    ("text", "expected", "lost"),
    [
        # an arrest ordered, or one a warrant is for, is not told as made (modality.arrest_ordered)
        ("A court in Manila has ordered her arrest, but she is not yet in custody.", None, "COERCE"),
        ("A court in Seoul has approved a warrant to arrest the former president.", None, "COERCE"),
        ("Police in Seoul arrested the former president on Monday.", "COERCE", None),
    ],
)
def test_an_arrest_ordered_is_not_made(code, text, expected, lost) -> None:
    assert_types(code, text, expected, lost)
