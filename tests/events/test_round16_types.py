"""Round 16: event types on real news, third pass — verbal attacks, ideas and prizes as the patients of force,
the alternative not taken, pledges taken back, warnings to the general public, press conferences, poll shares
through "they", agreeing "about", consultations with the media, other senses of an object or a complement.
Sentences written for these tests; each probe has a twin that must keep its event."""

from __future__ import annotations

import pytest
from event_helpers import types

from eventwire.events import mentions_from_entities
from eventwire.records import Article, Entity


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader attacked the prime minister for failing to mention the floods.",
        "The senator attacked the president for his remarks about the veterans.",
        "The Labour MP hit out at the chancellor over the pension plans.",
        "The minister lashed out at the newspaper for its coverage.",
    ],
)
def test_a_verbal_attack_is_an_accusation(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "ACCUSE" in types(events) and "ASSAULT" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked the police station for the second time this month.",
        "Rebels attacked the army convoy near the border.",
        "A mob attacked two men for allegedly stealing cattle.",
    ],
)
def test_a_physical_attack_keeps_its_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert types(events) & {"ASSAULT", "PROTEST"} and "ACCUSE" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The two candidates are battling allegations of corruption.",
        "The awards night continued to capture this debate over politics.",
        "The opposition party captured two seats in the by-election.",
    ],
)
def test_ideas_and_prizes_acted_on_are_no_violence(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"ASSAULT", "COERCE"}, text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Troops fought off the attackers near the border.", "ASSAULT"),
        ("The army captured the rebel commander on Monday.", "ASSAULT"),
        ("The two armies are battling the insurgents in the north.", "ASSAULT"),
    ],
)
def test_people_acted_on_keep_the_violence(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Instead of praising the rebels, he says the army deserves the credit.", "SUPPORT"),
        ("Rather than meeting the envoy, the president flew to Paris.", "CONSULT"),
    ],
)
def test_the_alternative_not_taken_is_no_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type not in types(events), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The army attacked the town instead.", "ASSAULT"),
        ("The president met the envoy rather than the minister.", "CONSULT"),
    ],
)
def test_the_choice_made_keeps_its_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The agency warned residents to avoid the flooded area and stay calm.",
        "Police warned local residents to stay indoors.",
    ],
)
def test_a_warning_to_the_general_public_is_no_threat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "THREATEN" not in types(events), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iran warned Israel to stop the strikes.", "THREATEN"),
        ("The rebels warned the Syrian people to leave the city.", "THREATEN"),
        ("Police asked local residents to stay indoors.", "REQUEST"),  # a request to the public stays one
        ("The president urged Congress to pass the bill.", "REQUEST"),
    ],
)
def test_a_warning_to_a_party_and_a_request_keep_their_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The mayor decided to hold her weekly press conference on Monday.",
        "The news conference hosted by the campaign chief ran late.",
        "The senator held his first press conference since the election.",
    ],
)
def test_a_press_conference_is_no_meeting(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"CONSULT", "AGREE"}, text


def test_talks_held_are_a_meeting(rules_code) -> None:
    events, _ = rules_code("The two leaders held talks in Geneva.")
    assert "CONSULT" in types(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The island's government withdrew its flood alerts on Sunday.", "RETREAT"),
        ("The minister conceded that the figures were wrong.", "CONCEDE"),
        ("Since taking the minister's post last year, Mr Smith has met the chancellor twice.", "CONCEDE"),
    ],
)
def test_another_sense_of_the_object_is_no_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type not in types(events), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia withdrew its troops from the border.", "RETREAT"),
        ("Iran issued a warning to Israel.", "THREATEN"),
        ("The government conceded to the strikers' demands.", "CONCEDE"),
        ("The regime imprisoned critics and journalists.", "COERCE"),
    ],
)
def test_the_event_senses_of_those_verbs_are_kept(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


def test_a_poll_share_said_they_disapproved(rules_code) -> None:
    events, _ = rules_code("About 30% of voters polled said they disapproved.")
    assert "ACCUSE" not in types(events)


def test_ministers_who_said_they_disapproved_accuse(rules_code) -> None:
    events, _ = rules_code("The ministers said they disapproved of the decision.")
    assert "ACCUSE" in types(events)


def test_agreeing_about_what_happened_is_a_view(rules_code) -> None:
    events, _ = rules_code("The two judges agreed about what had gone wrong at the hearing.")
    assert "AGREE" not in types(events)


def test_agreeing_on_a_crossing_is_an_agreement(rules_code) -> None:
    events, _ = rules_code("Iran and Iraq agreed on a new border crossing.")
    assert "AGREE" in types(events)


def media_coded(nlp, coder, text: str, name: str, sectors: list[str]):
    """Code a text whose mention of ``name`` the actors stage resolved with these sectors."""
    doc = nlp(text)
    mentions = []
    for mention in mentions_from_entities(doc):
        if mention.text.endswith(name):
            mention.candidates = [Entity(name=name, mention=mention.text, country="GBR", sectors=sectors)]
        mentions.append(mention)
    events, _ = coder(doc, mentions, Article(article_id="t", source_path="t", text=text))
    return events


TRIBUNE = "A militia commander contacted by the Tribune said the border posts would be closed."


def test_a_leader_contacted_by_an_outlet_is_reporting(nlp, coder) -> None:
    assert "CONSULT" not in types(media_coded(nlp, coder, TRIBUNE, "Tribune", ["JRN"]))


def test_a_leader_contacted_by_a_ministry_consults(nlp, coder) -> None:
    assert "CONSULT" in types(media_coded(nlp, coder, TRIBUNE, "Tribune", ["GOV"]))


@pytest.mark.parametrize(
    "text",
    [
        "The government reneged on its pledge to release the prisoners.",
        "The government broke its promise to withdraw the troops.",
        "Japan withdrew its offer to send troops to help the army.",
    ],
)
def test_a_pledge_taken_back_states_no_intent(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "AGREE" not in types(events), text


def test_a_pledge_renewed_states_an_intent(rules_code) -> None:
    events, _ = rules_code("Japan renewed its offer to send troops to help the army.")
    assert "AGREE" in types(events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Army units pressed their offensive on the rebel towns near the coast.", "REQUEST"),
        ("The senator, who has always rejected that nickname, smiled.", "REJECT"),
        ("Omar, a shopkeeper in the old town, concurs.", "AGREE"),
        ("The Tories will be gunning for the former spin doctor because they fear him.", "THREATEN"),
        ("The station has rounded up the week's best content for its viewers.", "COERCE"),
        ("The governor will fight to ensure that the school closures never go ahead.", "THREATEN"),
        ("The party vowed to fight to protect the hospital from the cuts.", "THREATEN"),
    ],
)
def test_a_verb_read_in_another_sense_is_not_that_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type not in types(events), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Army units pressed their offensive on the rebel towns near the coast.", "ASSAULT"),
        ("The president pressed Iran to release the prisoners.", "REQUEST"),
        ("Iran rejected the proposal.", "REJECT"),
        ("The two sides agreed to a ceasefire.", "AGREE"),
        ("The rebels will fight the army in the north.", "THREATEN"),
        ("Japan lent the government 20 million dollars.", "AID"),
        ("Police rounded up 30 protesters.", "COERCE"),
    ],
)
def test_the_event_sense_of_the_verb_is_kept(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov said Washington should expect a firm response.",
        "The Russian minister said Britain must know that its sanctions will fail.",
        "Lavrov said Washington should think carefully before it acts.",
    ],
)
def test_an_obligation_to_know_or_expect_is_no_request(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "REQUEST" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Lavrov said Washington should lift the sanctions.",
        "The Russian minister said Britain must withdraw its diplomats.",
    ],
)
def test_an_obligation_to_act_is_a_request(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "REQUEST" in types(events), text


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("Opposition lawmakers attacked the corruption inquiry on Tuesday.", "ASSAULT", "ACCUSE"),
        ("The new commissioner is charged with overseeing the police reforms.", "ACCUSE", None),
    ],
)
def test_an_object_of_another_kind_changes_the_event(rules_code, text: str, absent: str, present) -> None:
    events, _ = rules_code(text)
    assert absent not in types(events) and (present is None or present in types(events)), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Rebels attacked the army base on Tuesday.", "ASSAULT"),
        ("Prosecutors charged him with murder.", "ACCUSE"),
        ("The rebels captured the governor and his aides.", "ASSAULT"),
    ],
)
def test_a_party_or_a_place_acted_on_keeps_the_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text
