"""Constructions of real news that the coder must get right (sentences written for these tests)."""

from __future__ import annotations

import pytest


def mentions(entities):
    return {e.mention for e in entities}


def test_lede_whose_full_stop_was_lost_is_still_a_sentence(code):
    text = (
        "Peru and Chile review border\n\n"
        "The foreign minister of Peru and the head of the Chilean trade mission in Lima discussed on "
        "Monday the fishing dispute between the two countries and ways to calm the border\n\n"
        "Officials gave no further details."
    )
    events, _ = code(text)
    assert [e.event_type for e in events] == ["CONSULT"]
    assert events[0].reports[0].sentence.startswith("The foreign minister of Peru")
    assert len(events[0].actor) == 2 and events[0].recipient == []


def test_short_unpunctuated_headline_is_still_furniture(code):
    events, _ = code("Peru and Chile discuss fishing dispute in Lima\n\nThe weather was mild.")
    assert events == []


def test_tear_gas_is_the_weapon_and_the_demonstrators_the_recipient(code):
    events, _ = code("Kenyan police fired tear gas at demonstrators in Nairobi on Tuesday.")
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "crowd-control")]
    assert mentions(events[0].recipient) == {"demonstrators"}


def test_visit_to_an_organisations_seat_is_a_meeting_with_its_officials(code):
    events, _ = code(
        "A delegation of senior Kenyan officials visited the alliance headquarters in Brussels "
        "for talks with senior NATO officials."
    )
    assert [(e.event_type, e.mode) for e in events] == [("CONSULT", "visit")]
    recipients = mentions(events[0].recipient)
    assert "NATO" in recipients
    assert not any("headquarters" in r for r in recipients)


def test_the_leader_of_a_coalition_is_an_actor(code):
    events, _ = code("Coalition forces led by the United States withdrew from the northern province.")
    assert [e.event_type for e in events] == ["RETREAT"]
    assert "USA" in {e.country for e in events[0].actor}


def test_participants_joined_by_and_who_discuss_are_all_actors(code):
    events, _ = code(
        "The Kenyan foreign minister and the head of the UN mission in Nairobi discussed the "
        "security situation on Monday."
    )
    assert [e.event_type for e in events] == ["CONSULT"]
    assert mentions(events[0].actor) == {"Kenyan", "UN"}
    assert events[0].recipient == []


def test_a_single_body_discussing_a_topic_is_not_a_meeting(code):
    events, _ = code("The cabinet discussed the budget on Monday.")
    assert events == []


def test_meeting_keeps_a_named_participant_given_in_apposition(code):
    events, _ = code("Peru's president, Pedro Castillo, met the Chilean foreign minister in Lima on Monday.")
    assert [e.event_type for e in events] == ["CONSULT"]
    assert {"Pedro Castillo", "Chilean"} <= mentions(events[0].actor)


def test_an_achievement_in_fighting_is_not_a_new_assault(code):
    events, _ = code(
        "While congratulating the Kenyan government on making progress in fighting the militants, "
        "the envoy praised its troops."
    )
    assert "ASSAULT" not in {e.event_type for e in events}


def test_a_happening_that_kills_is_no_actor_and_the_victims_stay_recipients(code):
    events, _ = code("The fighting in the north has killed hundreds of civilians since March.")
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert events[0].actor == []
    assert any("civilians" in r.mention for r in events[0].recipient)


def test_praise_for_a_deed_goes_to_whoever_did_it(code):
    events, _ = code("The minister praised Kenya's efforts to stabilise the region.")
    assert [e.event_type for e in events] == ["SUPPORT"]
    assert mentions(events[0].recipient) == {"Kenya"}


def test_tear_gas_fired_to_disperse_protesters(code):
    events, _ = code("Police used tear gas to disperse the protesters outside parliament.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and assault[0].mode == "crowd-control"


def test_death_in_police_firing_has_the_police_as_actor_and_the_dead_as_recipients(code):
    events, _ = code("Two protesters died in police firing in the old city on Monday.")
    assert [e.event_type for e in events] == ["ASSAULT"]
    assert mentions(events[0].actor) == {"police"}
    assert mentions(events[0].recipient) == {"Two protesters"}


def test_a_past_necessity_was_acted_on(code):
    events, _ = code("The police had to fire ten rounds to disperse the mob.")
    assert "ASSAULT" in {e.event_type for e in events}


def test_lobbing_tear_gas_shells_is_crowd_control(code):
    events, _ = code("Police lobbed tear gas shells at the crowd near the station.")
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "crowd-control")]


def test_taken_into_custody_is_an_arrest(code):
    events, _ = code("The suspect was taken into custody by the police on Friday.")
    assert [(e.event_type, e.mode) for e in events] == [("COERCE", "arrest")]
    assert mentions(events[0].actor) == {"police"}


def test_refusing_to_lift_an_embargo_is_a_rejection(code):
    events, _ = code("Egypt said it will not lift the embargo until the talks resume.")
    assert [(e.event_type, e.mode) for e in events] == [("REJECT", "yield")]


def test_declining_to_comment_is_not_a_rejection(code):
    events, _ = code("The ministry declined to comment on the report.")
    assert events == []


def test_unattributed_will_is_a_statement_of_intent(code):
    events, _ = code("Japan will send medical teams to Kenya.")
    assert [e.event_type for e in events] == ["AGREE"]


def test_we_inside_a_quotation_is_the_quoted_speaker(code):
    text = (
        "Peru's foreign minister Ana Diaz spoke to reporters in Lima.\n\n"
        "“We held talks with the Kenyan delegation today. The talks went well,” Diaz said."
    )
    events, _ = code(text)
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert consult and "Kenyan" in mentions(consult[0].actor)
    assert any(e.name.endswith("Diaz") and e.mention == "We" for e in consult[0].actor)


@pytest.mark.parametrize(
    "text",
    [
        "No further details about the victims have been released.",
        "A summit between Peru and Chile to be held in Lima on Friday was described as crucial.",
        "The teachers seized on the idea as a learning experience.",
    ],
)
def test_negated_objects_future_infinitives_and_figurative_uses_are_not_events(code, text):
    events, _ = code(text)
    assert events == []


@pytest.mark.parametrize(
    "text",
    [
        "Kenya hosts thousands of Somali refugees in the north.",
        "Kenya is hosting thousands of IDPs near the border.",
        "Kenya is sheltering the displaced in schools.",
    ],
)
def test_hosting_refugees_is_aid_not_a_visit(code, text):
    events, _ = code(text)
    assert [e.event_type for e in events] == ["AID"]


def test_up_to_a_number_is_not_a_particle(code):
    events, _ = code("Rebels kidnapped up to 16 foreign engineers from the camp.")
    assert [(e.event_type, e.mode) for e in events] == [("ASSAULT", "abduct")]


def test_launching_a_mediation_effort_is_third_party_consultation(code):
    events, _ = code("Kenya launched a mediation effort between Peru and Chile on Saturday.")
    assert [(e.event_type, e.mode) for e in events] == [("CONSULT", "third-party")]


def test_a_newspaper_can_make_a_request(code):
    events, _ = code("An official Kenyan newspaper called on the government to release the reporters.")
    assert [e.event_type for e in events] == ["REQUEST"]
    assert mentions(events[0].actor) == {"Kenyan"}
    assert mentions(events[0].recipient) == {"government"}


@pytest.mark.parametrize("what", ["views", "messages", "greetings", "letters"])
def test_what_was_exchanged_is_the_topic_not_a_participant(code, what):
    events, _ = code(f"President Ruto and President Museveni exchanged {what} on trade in Nairobi.")
    assert [e.event_type for e in events] == ["CONSULT"]
    assert len(events[0].actor) == 2
    assert what not in mentions(events[0].actor) | mentions(events[0].recipient)
