"""Round 22: type precision on real news, ninth pass. The manual's types for concessions offered (CONCEDE),
concerns raised over something (ACCUSE), restrictions on flights or trade (SANCTION), asylum granted and
refugees welcomed (AID) and a ban on people leaving (COERCE); failing to reassure is no failed agreement; a
warning "about the dangers" hung on the warned party forecasts; documents destroyed, reassurances received,
services called to a building, campaigning for an election, a campaign rally, workers quitting, an appeal to
witnesses and defending measures with no owner are no events of their verbs' types; a ban in the simple
present passive is a standing status, no occasion; a stance a poll reports or a fraction holds is a poll
result; a plan sent is no force moved, a visit to the wounded no meeting, civilians massing no mobilisation,
suspending one's own plan no expulsion, people who evacuated no aid; a government pulling out with no place
named leaves a deal (SANCTION). Sentences written for these tests; each probe has a twin that must keep its
event."""

from __future__ import annotations

import pytest
from event_helpers import first_of, types

from eventwire.events.forecasts import topic_objects
from eventwire.events.modality import failed_agreement, load_rules
from eventwire.events.senses import own_deed, worry_raised
from eventwire.events.triggers import Trigger, best_pattern


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        ("The government offered concessions to the striking unions on Monday.", "CONCEDE", "AGREE"),
        (
            "The opposition leader said concessions had been offered by the government during the talks.",
            "CONCEDE",
            "AGREE",
        ),
        (
            "The rights group has raised serious concerns over the country's detention of migrants.",
            "ACCUSE",
            "CONSULT",
        ),
        ("The refugee's asylum request was granted last month.", "AID", "CONCEDE"),
        ("The ministry announced new restrictions on flights to Venezuela on Friday.", "SANCTION", "COERCE"),
        ("The government imposed a ban on imports from Iran last week.", "SANCTION", "COERCE"),
        ("Jordan imposed a travel ban on Syrian nationals leaving the country.", "COERCE", "REJECT"),
        ("Jordan is welcoming thousands of refugees from the war this year.", "AID", "SUPPORT"),
        (
            "The Canadian government pulled out at the last minute, after British pressure.",
            "SANCTION",
            "RETREAT",
        ),
    ],
)
def test_the_manuals_type_for_the_construction(
    resolved_code, text: str, expected: str, not_expected: str
) -> None:
    found = types(resolved_code(text)[0])
    assert expected in found and not_expected not in found, (text, found)


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("The spokesman said ministers had so far failed to reassure the aid agencies.", "REJECT"),
        ("Angry MPs this week warned the prime minister about the dangers of disunity.", "THREATEN"),
        ("The number of files destroyed by the defence ministry has risen sharply.", "ASSAULT"),
        (
            "The ministry said it had sought and received reassurances that the claims would stop.",
            "CONSULT",
        ),
        ("Fire crews were called to the building at nine on Sunday morning.", "CONSULT"),
        ("All the parties are campaigning hard for the election in May.", "REQUEST"),
        ("The prime minister has defended measures to allow house arrest without trial.", "SUPPORT"),
        ("The pullout is raising concerns that the truce may collapse.", "ACCUSE"),
        ("Police are appealing to witnesses or to anyone who can help to contact the station.", "REQUEST"),
        ("The opposition candidate held a campaign rally in the capital on Thursday.", "PROTEST"),
        ("A number of poll workers quit ahead of the election.", "RETREAT"),
        ("The brotherhood is banned in Egypt.", "COERCE"),
        ("The republic is barred under the treaty from building long-range missiles.", "COERCE"),
        (
            "A poll of 1,200 people suggests two-thirds of voters support the decision of the court.",
            "SUPPORT",
        ),
        ("A newspaper poll suggests most voters support the minister.", "SUPPORT"),
        ("The organisers had sent the police a plan for the march on Sunday.", "MOBILIZE"),
        ("The president flew to the city on Monday, visiting the wounded in hospital.", "CONSULT"),
        (
            "Hundreds of defectors from the militia have massed in the northern province near the border.",
            "MOBILIZE",
        ),
    ],
)
def test_another_sense_codes_no_event_of_the_type(resolved_code, text: str, lost: str) -> None:
    assert lost not in types(resolved_code(text)[0]), text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The two sides failed to reach an agreement on the border on Monday.", "REJECT"),
        ("The general warned the rebels on Sunday that he would attack.", "THREATEN"),
        ("The rebels destroyed three army tanks near the bridge.", "ASSAULT"),
        ("The president received the Chinese delegation in the capital on Monday.", "CONSULT"),
        ("The president called the Turkish leader on Monday.", "CONSULT"),
        ("Activists are campaigning for the release of the jailed journalists.", "REQUEST"),
        ("The president defended Russia's involvement in the energy sector.", "SUPPORT"),
        ("The minister defended the government's decision to close the border.", "SUPPORT"),
        ("The ministry announced new restrictions on protests in the capital on Friday.", "COERCE"),
        ("The president pledged to send aid to the flood victims.", "AGREE"),
        ("The court granted the prosecutors' request for a delay.", "CONCEDE"),
        ("The minister appealed to the rebels to lay down their arms.", "REQUEST"),
        ("Thousands held a rally in the capital against the new law on Thursday.", "PROTEST"),
        ("The defence minister resigned on Tuesday.", "RETREAT"),
        ("The brotherhood was banned by the court in March.", "COERCE"),
        ("The government banned the opposition party on Monday.", "COERCE"),
        ("The government welcomed the French foreign minister in the capital.", "SUPPORT"),
        ("The prime minister supported the decision of the court.", "SUPPORT"),
        ("The government sent hundreds of police to the border town on Sunday.", "MOBILIZE"),
        ("The president visited the Chinese premier in Beijing on Monday.", "CONSULT"),
        ("Thousands of troops have massed in the northern province near the border.", "MOBILIZE"),
        ("The rebels pulled out at the last minute.", "RETREAT"),
        ("The Canadian army pulled out at the last minute.", "RETREAT"),
        ("The Canadian government pulled out of the town on Monday.", "RETREAT"),
    ],
)
def test_the_twins_keep_their_event(resolved_code, text: str, kept: str) -> None:
    assert kept in types(resolved_code(text)[0]), text


def test_restrictions_on_flights_are_a_discontinued_exchange(resolved_code) -> None:
    event = first_of(
        resolved_code, "The ministry announced new restrictions on flights to Venezuela.", "SANCTION"
    )
    assert event.mode == "discontinue" and "economic" in event.context


def test_only_a_verb_of_reaching_agreement_fails_as_a_rejection(nlp, coder) -> None:
    rules = load_rules()
    for text, word, expected in (
        ("Ministers failed to reassure the agencies.", "reassure", False),
        ("The two sides failed to reach an agreement.", "reach", True),
    ):
        token = next(t for t in nlp(text) if t.lower_ == word)
        pattern = best_pattern(token, coder.lexicon, "verb")
        assert pattern is not None and pattern.event_type == "AGREE"
        assert failed_agreement(Trigger(token, pattern), rules) is expected, text


def test_a_topic_hung_on_the_warned_party_is_the_warnings(nlp) -> None:
    doc = nlp("Angry MPs warned the prime minister about the dangers of disunity.")
    warned = next(t for t in doc if t.lower_ == "warned")
    assert [t.lower_ for t in topic_objects(warned)] == ["dangers"]


def test_unowned_measures_are_ones_own_and_a_partys_are_not(nlp, coder) -> None:
    for text, own in (
        ("The prime minister defended measures to allow house arrest.", True),
        ("The prime minister defended his decision.", True),
        ("The minister defended the government's decision.", False),
        ("The minister defended government plans to build a wall.", False),
    ):
        defended = next(t for t in nlp(text) if t.lower_ == "defended")
        assert own_deed(defended, "SUPPORT", coder.lexicon) is own, text


def test_concerns_raised_over_something_are_a_grievance(nlp, coder) -> None:
    for text, worry in (
        ("The pullout is raising concerns that the truce may collapse.", True),
        ("The group raised concerns over the detention of migrants.", False),
    ):
        raised = next(t for t in nlp(text) if t.lower_ in ("raised", "raising"))
        assert worry_raised(raised, "ACCUSE", coder.lexicon) is worry, text


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The government suspended its plan to close the border crossing on Monday.", "suspended", ""),
        ("The Labour party suspended two of its councillors on Monday.", "suspended", "SANCTION"),
        (
            "The United States suspended part of its military aid programme for the army.",
            "suspended",
            "SANCTION",
        ),
        ("Hundreds of wounded people evacuated to the hospital after the quake.", "evacuated", None),
        ("Rescue teams evacuated hundreds of villagers from the flooded town.", "evacuated", "AID"),
    ],
)
def test_suspending_ones_plan_and_evacuating_oneself_are_no_sanction_or_aid(
    nlp, coder, text: str, word: str, expected: str | None
) -> None:
    token = next(t for t in nlp(text) if t.lower_ == word)
    pattern = best_pattern(token, coder.lexicon, "verb")
    assert (pattern.event_type if pattern is not None else None) == expected, text
