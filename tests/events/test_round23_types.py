"""Round 23: type precision on real news, tenth pass. A bare "agreed" joined to a verb of speech states a
view; declining the opportunity to comment or to speak with reporters is silence; a promise that draws a
red line warns (THREATEN); a gerund or a bare infinitive under a verb of proposing is a proposal; an
accident investigated accuses no one; people pulled from rubble are rescued; constituencies and polling
places visited meet no party; a quoted question before its speech tag asks; regular meetings held in the
present and a rate are habits; a commitment reaffirmed to an act of one's own that names no party is one's
own policy; a crash before the blow or in a "when" clause on its time is an accident; a promise to no one
in a sentence about an election campaign is canvassing; a civil suit against an employer between private
parties is a private affair. Sentences written for these tests; each probe has a twin that must keep its
event."""

from __future__ import annotations

import pytest
from event_helpers import first_of, types

from eventwire.events.modality import load_rules, proposed


@pytest.mark.parametrize(
    ("text", "lost"),
    [
        ("Mr Brown agreed and said the figures had to be looked at in context.", "AGREE"),
        ("The minister declined the opportunity to speak with reporters on the plane.", "REJECT"),
        ("The minister declined the chance to comment on the letter.", "REJECT"),
        ("The envoy declined to speak to journalists after the meeting.", "REJECT"),
        (
            '"We suggested holding the meeting with Russian experts in March," the spokeswoman said.',
            "CONSULT",
        ),
        ("He suggested supporters fill out their ballots and then visit the minister.", "CONSULT"),
        ("The ambassador proposed meeting the rebel leaders in Geneva.", "CONSULT"),
        ("Police are investigating the crash that occurred on the motorway at 7pm.", "ACCUSE"),
        ("Investigators are probing the cause of the fire at the depot.", "ACCUSE"),
        ("Rescue workers were still trying to pull more people from the rubble.", "RETREAT"),
        ("The party leader is visiting constituencies in the south on Monday.", "CONSULT"),
        ("The senator told supporters to visit their polling places early.", "CONSULT"),
        ("The managing director declined the invitation to comment on the letter.", "REJECT"),
        ('"Why did the army attack the village on Monday?," the minister asked.', "ASSAULT"),
        ('"Isn\'t the reason that the minister wants to meet the rebels?," he asked.', "REQUEST"),
        ("The prime minister has regular meetings with both of them.", "CONSULT"),
        ("The two leaders hold weekly talks on the border.", "CONSULT"),
        ("The army has averaged one strike or raid every two days.", "COERCE"),
        (
            "Seven people were killed in the region yesterday, when an old bomber crashed at the airport.",
            "ASSAULT",
        ),
        ("The plane crashed near the end of the runway and struck a hangar at the airport.", "ASSAULT"),
        (
            "She sued her former employer, a supermarket chain, for negligence and breach of contract.",
            "ACCUSE",
        ),
        ("The candidate promised to hold fair elections and a referendum on the constitution.", "AGREE"),
        ("In the foreword to the party's manifesto, he promises to restore order and lower taxes.", "AGREE"),
        (
            "A spokesperson for the British energy department reaffirmed Britain's commitment to tackling "
            "climate change.",
            "SUPPORT",
        ),
    ],
)
def test_another_sense_codes_no_event_of_the_type(resolved_code, text: str, lost: str) -> None:
    assert lost not in types(resolved_code(text)[0]), text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The two ministers agreed and signed the accord on Friday.", "AGREE"),
        ("The minister declined the offer to join the coalition.", "REJECT"),
        ("The minister refused to talk to the rebels.", "REJECT"),
        ("The minister suggested that the two sides had met in secret.", "CONSULT"),
        ("Police are investigating the killing of a student.", "ACCUSE"),
        ("The army began to pull its troops out of the town.", "RETREAT"),
        ("The president visited the Chinese premier in Beijing on Monday.", "CONSULT"),
        ("The president vowed that his government would support the opposition.", "AGREE"),
        ("The minister declined the invitation to attend the talks in Geneva.", "REJECT"),
        ('"The army attacked the village on Monday," the minister said.', "ASSAULT"),
        ("The minister asked for calm after the army attacked the village on Monday.", "ASSAULT"),
        ("The prime minister held regular meetings with the rebel leaders last year.", "CONSULT"),
        ("The two leaders held talks on the border on Monday.", "CONSULT"),
        ("The army conducted one strike on the town on Monday.", "ASSAULT"),
        ("Seven people were killed when a bomb exploded at the airport yesterday.", "ASSAULT"),
        ("Rebels shot down a helicopter, and three soldiers were injured when it crashed.", "ASSAULT"),
        ("She sued the health ministry for negligence and breach of contract.", "ACCUSE"),
        ("The candidate promised the striking miners to hold talks after the election.", "AGREE"),
        ("The president pledged to send aid to the flood victims in the south.", "AGREE"),
        ("The minister reaffirmed the government's commitment to working with Iran.", "SUPPORT"),
        ("The minister expressed the government's commitment to hold talks with the rebels.", "AGREE"),
        ("The minister reaffirmed his support for the president.", "SUPPORT"),
    ],
)
def test_the_twins_keep_their_event(resolved_code, text: str, kept: str) -> None:
    assert kept in types(resolved_code(text)[0]), text


def test_a_vow_that_draws_a_red_line_is_a_threat(resolved_code) -> None:
    text = "The president vowed that any use of chemical weapons by Syria would cross a red line."
    assert "AGREE" not in types(resolved_code(text)[0])
    assert first_of(resolved_code, text, "THREATEN").actor


def test_only_a_gerund_or_a_bare_infinitive_is_proposed(nlp) -> None:
    rules = load_rules()
    for text, word, expected in (
        ("They suggested holding the talks in March.", "holding", True),
        ("He suggested supporters visit the minister.", "visit", True),
        ("He suggested that the ministers had met in secret.", "met", False),
        ("The envoys met the rebels, officials suggested.", "met", False),
    ):
        token = next(t for t in nlp(text) if t.lower_ == word)
        assert proposed(token, rules) is expected, text
