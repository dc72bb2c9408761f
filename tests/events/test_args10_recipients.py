"""Round 10: recipients the parser hung inside the trigger's object phrase, in an action an event
noun names, behind a count or a part, and names that end in an event word (sentences written for
these tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def recipient_words(event) -> str:
    return " ".join(e.mention for e in event.recipient)


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        # "to" hung on the object's "by" complement
        ("The museum returned a painting by a Dutch artist to the Embassy of Peru.", "RETREAT", "Peru"),
        # "with" hung on the object
        ("France established diplomatic ties with Norway.", "SUPPORT", "Norway"),
        # a count before the people ("thousands of students")
        ("Japan eased restrictions on thousands of foreign students.", "CONCEDE", "students"),
        # an action inside the event noun's phrase, its "on" phrase hung on the verb
        ("Canada lifted the ban on doing business with the Kenyan bank.", "CONCEDE", "Kenyan"),
        # a name that ends in an event word is a party ("Fund")
        ("Germany contributed $46 million to the Yemen Relief Fund.", "AID", "Fund"),
        # the owner of the event noun is the actor's own country: the noun's "to" phrase names whom
        ("The minister pledged his country's support to the Kenyan people.", "SUPPORT", "Kenyan"),
    ],
)
def test_the_recipient_phrase_inside_the_object_is_found(code, text, event_type, recipient) -> None:
    events, _ = code(text)
    coded = of_type(events, event_type)
    assert coded, [e.event_type for e in events]
    assert recipient in recipient_words(coded[0])


def test_a_measure_in_a_part_of_a_place_names_the_place(code) -> None:
    events, _ = code("Kenya lifted the state of emergency in four of the country's provinces.")
    concede = of_type(events, "CONCEDE")
    assert concede and "provinces" in recipient_words(concede[0])


@pytest.mark.parametrize(
    "text",
    [
        # the object's "with" phrase names a thing, not a party
        "Russia shipped crates of grain with a new label.",
        # a phrase after a non-recipient preposition of the noun is no party of the event
        "The United States imposed a ban after meeting with Iranian officials.",
    ],
)
def test_things_and_other_actions_are_no_recipients(code, text) -> None:
    events, _ = code(text)
    for event in events:
        if event.event_type in ("CONSULT",):
            continue
        assert "label" not in recipient_words(event)
        assert "officials" not in recipient_words(event)


def test_a_named_operation_object_stays_the_event(code) -> None:
    events, _ = code("The army launched an operation, Operation Falcon, against militants in the north.")
    assault = of_type(events, "ASSAULT")
    assert assault and "Falcon" not in recipient_words(assault[0])
    assert "militants" in recipient_words(assault[0])


def test_a_reason_phrase_is_no_recipient(code) -> None:
    events, _ = code("France must provide a visa on humanitarian grounds.")
    assert all("grounds" not in recipient_words(e) for e in events)


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        (
            "Rebel militias have seized the province, and their attacks often target aid convoys.",
            "ASSAULT",
            "militias",
        ),
        ("Rebel fighters entered the town in May. Their offensive lasted two weeks.", "ASSAULT", "fighters"),
    ],
)
def test_a_possessive_pronoun_names_the_event_nouns_actor(code, text, event_type, actor) -> None:
    events, _ = code(text)
    coded = of_type(events, event_type)
    assert coded, [e.event_type for e in events]
    assert any(actor in e.name for e in coded[0].actor)
    assert all(e.mention.lower() == "their" for e in coded[0].actor)


@pytest.mark.parametrize(
    ("text", "event_type", "recipient"),
    [
        # the owner of the thing handed back
        ("Kenya returned Egypt's ancient statues last week.", "RETREAT", "Egypt"),
        # the named modifier of the thing released
        ("The navy released a Turkish ship it had seized in May.", "RETREAT", "Turkish"),
        # an event noun in the verb's own "for" phrase names its party
        ("The minister called for sanctions against the Iranian bank.", "REQUEST", "Iranian"),
    ],
)
def test_owners_and_event_nouns_of_prepositions_name_the_recipient(code, text, event_type, recipient) -> None:
    events, _ = code(text)
    coded = of_type(events, event_type)
    assert coded, [e.event_type for e in events]
    assert recipient in recipient_words(coded[0])


def test_the_named_modifier_of_a_plan_is_no_recipient(code) -> None:
    events, _ = code("Officials told Reuters plans for the visit were ready.")
    assert all("Reuters" not in recipient_words(e) for e in events)


def test_a_demands_that_clause_names_whom_it_addresses(code) -> None:
    events, _ = code("Iran has reiterated its demand that Germany lift the sanctions.")
    request = of_type(events, "REQUEST")
    assert request and "Germany" in recipient_words(request[0])


def test_a_purpose_clause_names_the_aided_party_deeper_in(code) -> None:
    events, _ = code("Norway provided 6 million euros to support projects which benefit Kenyan farmers.")
    aid = of_type(events, "AID")
    assert aid and "Kenyan" in recipient_words(aid[0])


def test_an_event_nouns_infinitive_names_its_party(code) -> None:
    events, _ = code("The president has accepted an invitation to meet with the Iranian leader.")
    agree = of_type(events, "AGREE")
    assert agree and "Iranian" in recipient_words(agree[0])


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a gathering where something was said is no party
        ("The government pledged to cut taxes at the Central Economic Work Conference.", "Conference"),
        # a destination of an event noun's infinitive is no party
        ("He said the threat to go to the newspapers was made in May.", "newspapers"),
        # "with" deeper in the object phrase belongs to the inner noun
        ("The king began the tour of the Vatican display with a work of the Roman school.", "Roman"),
        # a count of things is not the people a recipient would be
        ("Venezuela has provided thousands of phony passports to persons of Syrian origin.", "passports"),
    ],
)
def test_venues_destinations_and_things_are_no_recipients(code, text, word) -> None:
    events, _ = code(text)
    assert all(word not in recipient_words(e) for e in events)


def test_the_possessor_of_a_detention_is_not_its_actor(code) -> None:
    events, _ = code("The activist was arrested in May. His detention has been extended four times.")
    assert all(e.mention != "His" for ev in events for e in ev.actor)
