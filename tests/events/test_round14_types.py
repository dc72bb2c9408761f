"""Round 14: event types on real news — verbs whose subject acts on no one (markets, figures, quarrels),
and "ask" as a question rather than a request. Sentences written for these tests; each probe has a twin
that must keep its event."""

from __future__ import annotations

import pytest
from event_helpers import of_type, types


@pytest.mark.parametrize(
    "text",
    [
        "Brent crude futures declined 2.3% in London on Tuesday.",
        "Elephant numbers are declining across the whole region.",
        "The row blew up after the minister was questioned by a reporter.",
        "The public hearings gravely wounded the governor's administration.",
        "Rising water levels threatened the village on Monday.",
        "The families in the camp are besieged by hunger.",
        "Cigarette smoking kills thousands of people every year.",
    ],
)
def test_a_verb_whose_subject_is_a_quantity_or_a_quarrel_codes_no_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not events, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The rebels blew up a bridge near the town on Monday.", "ASSAULT"),
        ("The militia besieged the town for three months.", "COERCE"),
        ("The fighting killed hundreds of civilians in the north.", "ASSAULT"),
        ("Large numbers of protesters attacked the police station.", "PROTEST"),  # what the number counts
        ("The army wounded four protesters in the capital.", "ASSAULT"),
    ],
)
def test_a_party_or_a_violent_happening_as_subject_keeps_its_event(
    rules_code, text: str, event_type: str
) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        '"Why do you not pay us for the work?" Maria asked.',
        '"Should the union move as one bloc?" he asked a conference in the capital.',
        "The senator, asked about the remark by reporters, said politicians should choose their words.",
    ],
)
def test_ask_without_what_is_asked_for_is_a_question(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "REQUEST" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Germany asked Russia to free the journalist.",
        "Kenya asked the United Nations for help after the floods.",
    ],
)
def test_ask_for_an_act_or_for_help_is_a_request(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert of_type(events, "REQUEST"), text


@pytest.mark.parametrize(
    "text",
    [
        "Ahead of Saturday's game, the two cup holders clash at the national arena.",
        "The league suspended the captain for the first three games of the season.",
        "The city has hosted two Olympics and a world championship in the past.",
    ],
)
def test_a_sentence_set_in_sport_codes_no_political_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not events, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # real violence around a match stays in scope
        (
            "Home fans pelted visiting supporters with stones before the cup game, and two police officers"
            " were injured.",
            "ASSAULT",
        ),
        # one word of sport's setting is common in politics
        ("The Arab League suspended Syria's membership over the crackdown.", "SANCTION"),
        ("Russia and China held joint war games in the Pacific on Monday.", "COOPERATE"),
    ],
)
def test_violence_at_a_match_or_one_sport_word_keeps_the_event(
    rules_code, text: str, event_type: str
) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("The senator said the minister broke the law.", "senator", "minister"),
        ("The opposition leader said the government is violating the constitution.", "leader", "government"),
    ],
)
def test_breaking_the_law_is_what_the_speaker_charges_the_subject_with(
    rules_code, text: str, accuser: str, accused: str
) -> None:
    events, _ = rules_code(text)
    assert "REJECT" not in types(events), text
    accusations = of_type(events, "ACCUSE")
    assert accusations, text
    assert any(accuser in (a.mention or a.name) for a in accusations[0].actor)
    assert any(accused in (r.mention or r.name) for r in accusations[0].recipient)


def test_breaking_the_law_said_by_no_one_is_not_coded(rules_code) -> None:
    events, _ = rules_code("The firm broke the law by hiding its losses from investors.")
    assert not {"REJECT", "ACCUSE"} & types(events)


def test_violating_an_agreement_between_parties_stays_a_rejection(rules_code) -> None:
    events, _ = rules_code(
        "Israel violated the agreement by building new settlements, the Palestinian Authority said."
    )
    assert of_type(events, "REJECT")


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader is receiving security briefings on the crisis today.",
        "The detained man has received basic assistance from consular officials.",
        "The police were called but the gunman had already fled.",
        "Parliament approved the budget for next year on Friday.",
        "The Senate approved Maria Lopez as attorney general.",
    ],
)
def test_receiving_help_an_emergency_call_and_a_state_approving_its_own_laws_are_no_events(
    rules_code, text: str
) -> None:
    events, _ = rules_code(text)
    assert not {"CONSULT", "SUPPORT", "AID"} & types(events), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The president received the Chinese delegation in Beijing.", "CONSULT"),
        ("The president called the Turkish leader on Monday.", "CONSULT"),
        ("The IMF approved a loan to Kenya on Monday.", "AID"),
    ],
)
def test_receiving_a_delegation_a_call_between_leaders_and_a_loan_keep_their_events(
    rules_code, text: str, event_type: str
) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Four men died in a fire that broke out at a hostel on Sunday.",
        "A mother and her two sons died in the apartment fire last week.",
    ],
)
def test_a_death_in_a_blaze_is_no_assault(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "ASSAULT" not in types(events), text


def test_a_death_in_police_fire_stays_an_assault(rules_code) -> None:
    events, _ = rules_code("Two protesters died in police fire on Monday.")
    assert of_type(events, "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        'The opposition called the new measures "feeble beyond belief".',
        'The ambassador called the decision to send a junior envoy "unacceptable".',
    ],
)
def test_calling_a_thing_something_is_no_phone_call(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "CONSULT" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Merkel called Putin to discuss the ceasefire.",
        "President Macron called me on Monday to discuss the crisis.",
    ],
)
def test_a_call_to_a_party_or_a_person_stays_a_consultation(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "CONSULT" in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The EU directive provides liability protections for hosting sites.",
        "The organisation's constitution prohibits any intervention of a political character.",
    ],
)
def test_a_law_in_the_simple_present_states_a_rule_not_an_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not events, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The government prohibits public gatherings of more than five people.", "COERCE"),
        ("The UN resolution calls on Iran to halt enrichment.", "REQUEST"),
    ],
)
def test_a_party_that_prohibits_or_a_text_that_calls_on_a_party_keeps_its_event(
    rules_code, text: str, event_type: str
) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The adviser later withdrew her comments, saying she had misspoken.",
        "The singer has released perfumes and clothes under her own name.",
    ],
)
def test_withdrawing_a_statement_or_releasing_products_is_no_retreat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "RETREAT" not in types(events), text


@pytest.mark.parametrize(
    "text", ["The rebels released twenty prisoners on Monday.", "Russia withdrew its troops from the border."]
)
def test_releasing_prisoners_and_withdrawing_troops_stay_retreats(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "RETREAT" in types(events), text
