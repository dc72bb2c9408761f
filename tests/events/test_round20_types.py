"""Round 20: type precision on real news, seventh pass — one-off senses sorted by frame: a trigger codes only
with a patient of the kind its sense needs (``object_senses``: places toured, events hosted, amounts received,
weapons pressed, currency words misparsed as verbs); what a party was kept from doing, or is described as
doing, did not happen; an object predicate makes "called the agreement void" naming; a present-tense
"I agree" is an opinion; an election result is no assault; the manual's types for an arms ban (SANCTION) and
barred entry (REJECT); a verbal attack "for wanting" is criticism. Sentences written for these tests; each
probe has a twin that must keep its event."""

from __future__ import annotations

import pytest
from event_helpers import types

from eventwire.events.object_senses import an_amount, object_kind, wrong_object_kind


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("The minister visited slums on the edge of the capital on Tuesday.", "CONSULT"),
        ('The governor hosted a "Harvest Supper Night" for the members of the club.', "CONSULT"),
        ("The senator received 12% of the vote in the primary.", "CONSULT"),
        ("Knives were pressed against the hostages' throats by the kidnappers.", "REQUEST"),
    ],
)
def test_a_patient_of_the_wrong_kind_makes_another_sense(code, text: str, lost: str) -> None:
    events, _ = code(text)
    assert lost not in types(events), text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The minister visited Kenya on Tuesday for talks with its president.", "CONSULT"),
        ("The governor hosted the Chinese ambassador at his residence on Friday.", "CONSULT"),
        ("The senator received the Iraqi delegation in Washington on Monday.", "CONSULT"),
        ("The opposition pressed the government to release the detainees.", "REQUEST"),
        ("The president hosted a summit of African leaders on Monday.", "CONSULT"),
    ],
)
def test_a_party_as_patient_keeps_the_event(code, text: str, kept: str) -> None:
    events, _ = code(text)
    assert kept in types(events), text


def test_object_kinds_come_from_labels_and_noun_lists(nlp) -> None:
    doc = nlp("The senator received 12% of the vote and visited slums with knives.")
    kinds = {t.text: object_kind(t) for t in doc}
    assert kinds["%"] == "amount" and kinds["slums"] == "place" and kinds["knives"] == "weapon"
    assert kinds["senator"] is None


def test_the_sense_table_reads_the_patient_of_a_participle(nlp) -> None:
    doc = nlp("The debate, hosted by a television anchor, lasted two hours.")
    hosted = next(t for t in doc if t.lower_ == "hosted")
    assert not wrong_object_kind(hosted, "CONSULT")  # "debate" is listed as abstract: CONSULT keeps it
    doc = nlp("The concert, hosted by the mayor, lasted two hours.")
    hosted = next(t for t in doc if t.lower_ == "hosted")
    assert not wrong_object_kind(hosted, "ASSAULT")  # no entry for this type


def test_a_currency_word_before_a_number_is_an_amount(code, nlp) -> None:
    events, _ = code("The ministry saved pounds 40m and the agency pounds 12m last year.")
    assert "ASSAULT" not in types(events)
    doc = nlp("The agency saved pounds 12m.")
    assert an_amount(next(t for t in doc if t.lower_ == "pounds"))


def test_shelling_that_pounds_a_town_stays_an_assault(code) -> None:
    events, _ = code("The artillery pounded rebel positions near the town on Monday.")
    assert "ASSAULT" in types(events)


def test_what_a_party_was_prevented_from_doing_did_not_happen(code) -> None:
    events, _ = code(
        "The authorities prevented Kenyan politicians, including the minister, from campaigning for a "
        "referendum in April."
    )
    assert "REQUEST" not in types(events)


def test_a_ban_itself_stays_coded(code) -> None:
    events, _ = code("The judge banned him from contacting the witness.")
    assert "COERCE" in types(events)


def test_what_someone_is_described_as_doing_did_not_happen(code) -> None:
    events, _ = code(
        "The newspaper described Somalis living in the city as complaining about their benefits."
    )
    assert "ACCUSE" not in types(events)


def test_a_complaint_made_stays_an_accusation(code) -> None:
    events, _ = code("The opposition complained about the government's handling of the floods.")
    assert "ACCUSE" in types(events)


def test_calling_an_agreement_void_is_naming(code) -> None:
    events, _ = code(
        'On Tuesday, the Greek prime minister called the maritime agreement "null and void" and "absurd".'
    )
    assert "AGREE" not in types(events)


def test_signing_an_agreement_stays_an_agreement(code) -> None:
    events, _ = code("The two countries reached a border agreement on Tuesday.")
    assert "AGREE" in types(events)


def test_i_agree_is_an_opinion(code) -> None:
    events, _ = code('Lord Smith told the programme: "I agree ...')
    assert "AGREE" not in types(events)


def test_agreeing_to_resume_talks_stays_an_agreement(code) -> None:
    events, _ = code("The two leaders agreed to resume talks next month.")
    assert "AGREE" in types(events)


def test_beating_a_rival_in_an_election_is_no_assault(code) -> None:
    events, _ = code(
        "The senator won by 23 points, though the challenger very nearly beat the governor there."
    )
    assert "ASSAULT" not in types(events)


def test_soldiers_beating_protesters_stays_an_assault(code) -> None:
    events, _ = code("Soldiers beat the protesters with sticks on Monday.")
    assert "ASSAULT" in types(events)


def test_an_arms_ban_is_a_sanction(code) -> None:
    events, _ = code("The EU imposed its arms ban on Belarus last year.")
    assert "SANCTION" in types(events) and "COERCE" not in types(events)


def test_banning_a_party_stays_coercion(code) -> None:
    events, _ = code("The government banned the opposition party last year.")
    assert "COERCE" in types(events)


def test_barring_entry_to_a_group_is_a_rejection(code) -> None:
    events, _ = code("Parliament adopted a law barring entry to foreigners who support the boycott.")
    assert "REJECT" in types(events) and "COERCE" not in types(events)


def test_an_attack_for_wanting_something_is_criticism(code) -> None:
    events, _ = code("The opposition leader attacked the government for wanting to raise taxes.")
    assert "ACCUSE" in types(events) and "ASSAULT" not in types(events)


def test_an_attack_on_a_town_stays_an_assault(code) -> None:
    events, _ = code("The rebels attacked the town for the second time on Monday.")
    assert "ASSAULT" in types(events)


def test_agreeing_to_answer_questions_is_an_interview(code) -> None:
    events, _ = code("The professor agreed to answer some questions for the newspaper's correspondent.")
    assert "AGREE" not in types(events)


def test_a_disease_kills_no_one_by_violence(code) -> None:
    events, _ = code('"HIV is decimating African countries, killing the most productive adults," she said.')
    assert "ASSAULT" not in types(events)


def test_a_lack_of_funding_condemns_no_one(code) -> None:
    events, _ = code('"The lack of funding for treatment condemns a generation of people to death," he said.')
    assert "ACCUSE" not in types(events)


def test_a_minister_condemning_an_attack_stays_an_accusation(code) -> None:
    events, _ = code("The foreign minister condemned the attack on the embassy on Monday.")
    assert "ACCUSE" in types(events)


def test_a_quantity_is_read_for_what_it_counts(code) -> None:
    events, _ = code("Venezuela releases dozens of political activists.")
    assert "RETREAT" in types(events)


def test_a_claimed_attack_is_an_assault_not_a_threat(code) -> None:
    events, _ = code("The rebels said in a statement that they attacked the army post on Sunday.")
    assert "ASSAULT" in types(events) and "THREATEN" not in types(events)
