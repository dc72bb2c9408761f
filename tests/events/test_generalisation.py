"""Round-4 coverage: general constructions (light verbs, quantity subjects, cause frames, reported
refusals, bare infinitives) rather than single trigger words (sentences written for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import top_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # light verbs with a fixed object
        ("The parliament of Chile voted in favour of the resolution on Ukraine.", "SUPPORT"),
        ("The president of France paid tribute to the soldiers of Kenya.", "SUPPORT"),
        ("The two presidents had a telephone conversation about the border dispute.", "CONSULT"),
        # money handed over, not only promised
        ("The World Bank disbursed a loan of $200 million to Kenya.", "AID"),
        # ending an occupation is a withdrawal
        ("The army of Russia ended its occupation of the northern town.", "RETREAT"),
        # pressing an actor to act is a request
        ("Human rights groups pressed the government of Egypt to release the detainees.", "REQUEST"),
        # cutting off aid is a sanction, whatever particle the verb takes
        ("The United States cut off military aid to Egypt.", "SANCTION"),
        # raising the alert of units
        ("The navy of Japan put its ships on alert.", "MOBILIZE"),
        # military strikes are no labour strikes
        ("The army launched air strikes against rebel bases.", "ASSAULT"),
        ("Rebels shot down a military helicopter near the border.", "ASSAULT"),
    ],
)
def test_general_construction(code, text, expected):
    events, _ = code(text)
    assert top_type(events) == expected


def test_labour_strike_is_still_a_protest(code):
    events, _ = code("Dock workers in Chile launched a strike over unpaid wages.")
    assert top_type(events) == "PROTEST"


def test_quantity_subject_counts_what_it_counts(code):
    marched, _ = code("Thousands of demonstrators marched through the capital of Kenya.")
    walked, _ = code("Thousands of tourists marched through the capital of Kenya.")
    assert top_type(marched) == "PROTEST"
    assert walked == []


def test_death_as_a_result_of_violence_is_an_assault_without_a_named_actor(code):
    events, _ = code("A prisoner died as a result of torture in a jail in Egypt.")
    assert top_type(events) == "ASSAULT"
    assert events[0].actor == []


def test_death_as_a_result_of_illness_is_no_event(code):
    events, _ = code("A prisoner died as a result of a heart attack in a jail in Egypt.")
    assert "ASSAULT" not in {e.event_type for e in events}


def test_reported_refusal_to_negotiate_is_a_rejection(code):
    refused, _ = code("The government of Peru said it would not negotiate with the kidnappers.")
    assert top_type(refused) == "REJECT"


def test_unreported_would_not_is_still_no_event(code):
    events, _ = code("The government of Peru would not negotiate with the kidnappers.")
    assert events == []


def test_bare_infinitive_of_a_permissive_verb(code):
    events, _ = code("Iraq let the inspectors enter the presidential palaces.")
    assert top_type(events) == "RETREAT"
    assert events[0].mode == "access"


@pytest.mark.parametrize(
    "text",
    [
        "Peru plans to impose tariffs on imports from Chile.",
        "Russia intends to deploy more troops along the border with Ukraine.",
    ],
)
def test_stated_plan_of_a_hostile_act_is_a_threat(code, text):
    events, _ = code(text)
    assert top_type(events) == "THREATEN"


def test_planned_cooperation_is_not_coded(code):
    events, _ = code("Japan plans to send food aid to Kenya.")
    assert events == []


def test_preparing_an_attack_is_a_show_of_force(code):
    prepared, _ = code("The army of Russia prepared to attack the town.")
    cooperation, _ = code("Kenya prepared to send food aid to its neighbours.")
    assert top_type(prepared) == "MOBILIZE"
    assert cooperation == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police officers of Peru and Chile worked together to catch the smugglers.", "COOPERATE"),
        ("Relief agencies distributed food and blankets to the refugees in Kenya.", "AID"),
        ("Volunteers handed out food to the flood victims of Kenya.", "AID"),
        ("The European Union approved 50 million euros in aid for Ukraine.", "AID"),
        ("Egypt expelled a correspondent of a newspaper from Canada.", "COERCE"),
        ("Egypt expelled two diplomats of Canada.", "SANCTION"),
        ("The rebels gave up their weapons on Friday.", "RETREAT"),
    ],
)
def test_cooperation_aid_and_expulsion(code, text, expected):
    events, _ = code(text)
    assert top_type(events) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran assailed Canada for its support of the sanctions.", "ACCUSE"),
        ("The opposition of Kenya took issue with the handling of the crisis.", "ACCUSE"),
        ("Chile protested to Peru over the detention of its fishermen.", "ACCUSE"),
        ("Kenya sought international assistance after the floods.", "REQUEST"),
        ("Iran brushed aside the demands of Canada.", "REJECT"),
        ("Russia sided with Iran in the dispute over the islands.", "SUPPORT"),
        ("Japan rushed relief supplies to Kenya after the floods.", "AID"),
        ("The president of Peru granted amnesty to the rebels.", "CONCEDE"),
        ("The army of Russia reinforced its positions along the border.", "MOBILIZE"),
    ],
)
def test_news_verbs_beyond_the_core_lexicon(code, text, expected):
    events, _ = code(text)
    assert top_type(events) == expected


def test_students_protesting_is_still_a_protest(code):
    events, _ = code("Thousands of students protested in the capital of Chile against the new fees.")
    assert top_type(events) == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "The minister of Peru rejected the accusations of corruption.",
        "Iran dismissed the allegations as baseless.",
        "Germany voiced concern over the arrest of the journalists in Egypt.",
    ],
)
def test_denials_and_pessimistic_comments_are_statements(code, text):
    events, _ = code(text)
    assert {e.event_type for e in events} & {"REJECT", "ACCUSE"} == set()


def test_rejecting_a_proposal_is_still_a_rejection(code):
    events, _ = code("Iran rejected the proposal of Canada.")
    assert top_type(events) == "REJECT"


def test_a_time_is_no_preposition_of_the_trigger(code):
    events, _ = code("The president of France called the leader of Kenya on Friday to congratulate him.")
    assert "REQUEST" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in a plane crash in the north of Peru.",
        "A gas leak at a factory in Kenya killed ten workers.",
        "Nineteen passengers were killed when their bus plunged off a bridge in Peru.",
        "The villages of Peru were hit by an earthquake on Sunday.",
    ],
)
def test_accidents_and_disasters_are_no_assault(code, text):
    events, _ = code(text)
    assert "ASSAULT" not in {e.event_type for e in events}


def test_killing_in_an_attack_is_still_an_assault(code):
    events, _ = code("Twelve soldiers of Kenya were killed in an attack by the rebels.")
    assert top_type(events) == "ASSAULT"


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people took to the streets of Lima on Friday.",
        "Protesters poured into the streets of Nairobi after the verdict.",
        "Around 20,000 people gathered in the capital of Chile in a peaceful protest.",
        "Protesters pelted the police of Kenya with stones.",
    ],
)
def test_street_protests_and_riots(code, text):
    events, _ = code(text)
    assert top_type(events) == "PROTEST"


def test_riot_by_protesters_has_mode_riot(code):
    events, _ = code("Demonstrators in Chile smashed shop windows and hurled stones at the police.")
    assert events and events[0].event_type == "PROTEST" and events[0].mode == "riot"


def test_violence_by_soldiers_is_no_riot(code):
    events, _ = code("Soldiers of Peru burned the village.")
    assert "PROTEST" not in {e.event_type for e in events}


def test_reduced_passive_takes_the_noun_as_victim_and_the_firing_as_actor(code):
    events, _ = code("One person killed in police firing in the old city of Lima.")
    assert top_type(events) == "ASSAULT"
    assert any("police" in (a.mention or a.name).lower() for a in events[0].actor)
    assert not any("person" in (a.mention or a.name).lower() for a in events[0].actor)


def test_participle_of_an_intransitive_verb_is_the_nouns_own_act(code):
    events, _ = code("Thousands of teachers protested outside the education ministry of Peru.")
    assert top_type(events) == "PROTEST"


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader of Kenya was picked up by the police from his home.",
        "Two activists were caught by the police of Kenya while crossing the border.",
        "The court of Kenya remanded the suspect to police custody.",
        "The magistrate sent the three men to jail.",
        "The government of Kenya put the journalists behind bars.",
    ],
)
def test_arrest_constructions(code, text):
    events, _ = code(text)
    assert top_type(events) == "COERCE"


def test_people_caught_in_a_flood_are_not_arrested(code):
    events, _ = code("Hundreds of villagers in Kenya were caught in the floods.")
    assert "COERCE" not in {e.event_type for e in events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deportation of migrants from Kenya began on Monday.", "COERCE"),
        ("The summit of the African Union opened in Addis Ababa on Sunday.", "CONSULT"),
    ],
)
def test_event_nouns_that_began_or_opened(code, text, expected):
    events, _ = code(text)
    assert top_type(events) == expected


def test_an_event_noun_that_is_only_mentioned_is_no_event(code):
    events, _ = code("The history of deportations from Kenya is long.")
    assert events == []


def test_of_phrase_of_a_transitive_event_noun_is_the_recipient(code):
    events, _ = code("The deportation of migrants from Kenya began on Monday.")
    assert events and events[0].actor == []
    assert any("Kenya" in (r.mention or r.name) for r in events[0].recipient)


def test_completed_withdrawal_takes_the_troops_as_actor(code):
    events, _ = code("The withdrawal of the troops of Russia from the border was completed on Monday.")
    assert top_type(events) == "RETREAT"
    assert {e.country for e in events[0].actor} == {"RUS"}


def test_handing_suspects_to_another_state_is_judicial_cooperation(code):
    events, _ = code("Kenya handed over three suspected militants to the United States.")
    assert top_type(events) == "COOPERATE"


def test_main_clause_leads_a_background_clause_of_accusation(code):
    events, _ = code("Iran recalled its ambassador from Germany after a court accused its leaders of murder.")
    assert top_type(events) == "SANCTION"
