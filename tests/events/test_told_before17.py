"""Round 17: a record with an actor and no recipient takes the one partner the sentence just before names
for the same actor (``events/told_before.py``). Each rule with a text written for it and a twin."""

from __future__ import annotations

from event_helpers import of_type


def recipients(events, event_type: str, actor_word: str) -> list[str]:
    found = [e for e in of_type(events, event_type) if any(actor_word in a.name for a in e.actor)]
    return [r.name for e in found for r in e.recipient]


def test_an_accusation_after_a_summons_is_aimed_at_the_summoned(code):
    events, _ = code(
        "The Kenyan foreign ministry summoned the Russian ambassador on Monday. "
        "It complained about the detention of two Kenyan students."
    )
    accusations = of_type(events, "ACCUSE")
    assert len(accusations) == 2
    assert all(e.recipient for e in accusations)


def test_talks_after_a_meeting_are_with_the_one_partner(code):
    events, _ = code(
        "Foreign Minister Jane Wanjiru met Peter Otieno in Nairobi on Monday. "
        "Wanjiru held talks on trade and security."
    )
    talks = [e for e in of_type(events, "CONSULT") if [a.name for a in e.actor] == ["Wanjiru"]]
    assert talks and [r.name for r in talks[0].recipient] == ["Peter Otieno"]


def test_talks_after_a_meeting_with_two_partners_stay_without_recipient(code):
    events, _ = code(
        "Foreign Minister Jane Wanjiru met Peter Otieno and Paul Kamau in Nairobi on Monday. "
        "Wanjiru held talks on trade and security."
    )
    talks = [e for e in of_type(events, "CONSULT") if [a.name for a in e.actor] == ["Wanjiru"]]
    assert talks and not talks[0].recipient


def test_an_accusation_by_someone_else_takes_no_partner(code):
    events, _ = code("Police arrested five men in Mombasa. The mayor criticised the decision.")
    assert recipients(events, "ACCUSE", "mayor") == []


def test_a_sentence_apart_passes_no_partner(code):
    events, _ = code(
        "Foreign Minister Jane Wanjiru met Peter Otieno in Nairobi on Monday. "
        "The weather in the capital was warm and dry all week. "
        "Wanjiru held talks on trade and security."
    )
    talks = [e for e in of_type(events, "CONSULT") if [a.name for a in e.actor] == ["Wanjiru"]]
    assert talks and not talks[0].recipient
