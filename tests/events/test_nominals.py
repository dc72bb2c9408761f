"""Event nominalisations read as their verb, anchored by a light predicate (sentences written for
these tests)."""

from __future__ import annotations

import pytest


def top(events):
    return max(events, key=lambda e: e.confidence) if events else None


def names(entities):
    return {e.name for e in entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The signing of the accord between Chile and Peru took place in Lima.", "AGREE"),
        ("The delivery of food aid to the flood victims began on Monday.", "AID"),
        ("The release of 20 prisoners by Egypt came after a long campaign.", "RETREAT"),
        ("The invasion of Ukraine by Russia began before dawn.", "ASSAULT"),
        ("The imposition of sanctions on Iran by Japan followed the talks.", "SANCTION"),
        ("The resumption of talks between Israel and Egypt came after a pause.", "CONSULT"),
    ],
)
def test_nominalisation_under_a_light_predicate_is_coded(code, text, expected):
    events, _ = code(text)
    assert top(events) is not None and top(events).event_type == expected


def test_of_and_by_phrases_are_the_verbs_object_and_subject(code):
    events, _ = code("The invasion of Ukraine by Russia began before dawn.")
    event = top(events)
    assert names(event.actor) == {"Russia"}
    assert names(event.recipient) == {"Ukraine"}


def test_parties_of_a_signed_accord_are_its_actors(code):
    events, _ = code("The signing of the accord between Chile and Peru took place in Lima.")
    assert names(top(events).actor) == {"Chile", "Peru"}


def test_agent_of_a_nominalised_support_verb_acts_for_its_event_noun(code):
    events, _ = code("The imposition of sanctions on Iran by Japan followed the talks.")
    event = top(events)
    assert names(event.actor) == {"Japan"} and names(event.recipient) == {"Iran"}


def test_passive_meeting_lists_all_participants_as_actors(code):
    events, _ = code("Talks between Iran and Iraq were held in Baghdad.")
    assert names(top(events).actor) == {"Iran", "Iraq"}


@pytest.mark.parametrize(
    "text",
    [
        # an evaluative or causal verb does not say that the action happened
        "The expulsion of the envoy angered the government of Kenya.",
        "The release of the prisoners angered the families of the victims.",
        # the "of" phrase is not something the verb acts on in its event sense
        "The release of the new album took place in London.",
        "The capture of the moment came after hours of waiting.",
        "The launch of the new phone took place in California.",
        "The transfer of the player was completed on Friday.",
    ],
)
def test_mentioned_or_other_sense_nominalisation_is_no_event(code, text):
    events, _ = code(text)
    assert events == []


def test_demanded_nominalisation_is_the_topic_not_the_recipient(code):
    events, _ = code("The protesters demanded the release of the hostages.")
    event = top(events)
    assert event.event_type == "REQUEST"
    assert not any("release" in e.name for e in event.recipient)


def test_ordered_expulsion_of_an_envoy_is_a_sanction(code):
    events, _ = code("The expulsion of the envoy of Chile was ordered by the government of Peru.")
    event = top(events)
    assert event.event_type == "SANCTION"
    assert names(event.actor) == {"Peru"}
