"""Round 10: precision on real news — senses of trigger words that are no events, modality cues the
audit found (sentences written for these tests; each false-positive probe has a positive twin)."""

from __future__ import annotations

import pytest
from event_helpers import types


@pytest.mark.parametrize(
    "text",
    [
        "The channel hosts hundreds of old recordings of folk songs.",
        "The mayor received harsh criticism for the new parking rules.",
        "The company received a warning letter from the regulator last week.",
        "The singer received an award for her second album.",
    ],
)
def test_receiving_or_hosting_things_is_no_visit(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "CONSULT" not in types(events)


def test_receiving_a_delegation_is_still_a_visit(rules_code) -> None:
    events, _ = rules_code("The Kenyan president received a delegation from Uganda in Nairobi.")
    assert "CONSULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Both parties are phoning thousands of voters before polling day.",
        "The campaign telephoned residents of the district about the new bus routes.",
    ],
)
def test_canvassing_by_phone_is_no_consultation(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "CONSULT" not in types(events)


def test_leaders_phoning_each_other_is_a_consultation(rules_code) -> None:
    events, _ = rules_code("The German chancellor telephoned the French president on Sunday.")
    assert "CONSULT" in types(events)


def test_a_plea_in_court_is_no_request(rules_code) -> None:
    events, _ = rules_code("The two smugglers pleaded guilty to the charges in a court in Lagos.")
    assert "REQUEST" not in types(events)


def test_pleading_with_someone_is_a_request(rules_code) -> None:
    events, _ = rules_code("The mother of the hostage pleaded with the kidnappers to release her son.")
    assert "REQUEST" in types(events)


def test_sentencing_guidelines_are_no_sentence(rules_code) -> None:
    events, _ = rules_code("The committee criticised the sentencing guidelines published in June.")
    assert "SANCTION" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The charity launched a campaign to collect winter clothes for the homeless.",
        "The party started a new advertising campaign in the capital.",
    ],
)
def test_a_campaign_that_is_not_military_is_no_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"REQUEST", "ASSAULT"}


def test_a_military_campaign_is_an_attack(rules_code) -> None:
    events, _ = rules_code("The army launched a military campaign against the rebels in the north.")
    assert "ASSAULT" in types(events)


def test_heading_an_operation_is_no_attack(rules_code) -> None:
    events, _ = rules_code("Ms Lindqvist, who heads the charity's operations in Chad, spoke to the press.")
    assert "ASSAULT" not in types(events)


def test_taking_measures_is_no_mobilisation(rules_code) -> None:
    events, _ = rules_code("Strict measures were taken by the health ministry in March.")
    assert "MOBILIZE" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The senator withdrew from the presidential race in December.",
        "The governor withdrew his candidacy after the scandal.",
    ],
)
def test_leaving_an_electoral_race_is_no_retreat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "RETREAT" not in types(events)


def test_troops_withdrawing_from_a_town_retreat(rules_code) -> None:
    events, _ = rules_code("Russian troops withdrew from the town of Kherson on Friday.")
    assert "RETREAT" in types(events)


def test_a_warning_of_a_risk_is_no_threat(rules_code) -> None:
    events, _ = rules_code("The judge warned that there is a serious risk of young people being radicalised.")
    assert "THREATEN" not in types(events)


def test_a_warning_of_retaliation_is_a_threat(rules_code) -> None:
    events, _ = rules_code("Iran warned that it would retaliate against any attack on its ships.")
    assert "THREATEN" in types(events)


def test_driving_militants_out_is_fighting_not_deportation(rules_code) -> None:
    events, _ = rules_code("Government soldiers drove the militants out of the town on Tuesday.")
    assert "ASSAULT" in types(events)
    assert "COERCE" not in types(events)


def test_driving_migrants_out_is_still_a_deportation(rules_code) -> None:
    events, _ = rules_code("Police drove the migrants out of the camp near the border.")
    assert "COERCE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The cholera outbreak has killed at least 40 people in the province.",
        "A shark attacked a swimmer off the coast of Queensland.",
    ],
)
def test_diseases_and_animals_cause_no_assault(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "ASSAULT" not in types(events)


def test_gunmen_killing_people_is_still_an_assault(rules_code) -> None:
    events, _ = rules_code("Gunmen killed at least 40 people in the province.")
    assert "ASSAULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "There is no evidence that the general ordered the killing of the protesters.",
        "No one was arrested after the rally in the capital.",
        "None of the journalists were detained by the police.",
    ],
)
def test_negated_subjects_and_negated_evidence_report_no_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"ASSAULT", "COERCE"}


def test_a_negated_subject_does_not_reach_a_coordinated_clause_with_its_own_subject(rules_code) -> None:
    events, _ = rules_code("No group claimed the bombing, but local militias had threatened the police.")
    assert "THREATEN" in types(events)


def test_a_habit_is_no_event(rules_code) -> None:
    events, _ = rules_code("Police usually arrest a few fans after the derby.")
    assert "COERCE" not in types(events)


def test_a_single_arrest_is_an_event(rules_code) -> None:
    events, _ = rules_code("Police arrested a few fans after the derby.")
    assert "COERCE" in types(events)


def test_a_passive_future_is_a_schedule_not_an_intent(rules_code) -> None:
    events, _ = rules_code("The prisoners will be released by the militia.")
    assert not events


def test_a_clause_of_time_under_a_future_is_ahead(rules_code) -> None:
    events, _ = rules_code("The dispute will be discussed when the Chinese president visits Canada.")
    assert not types(events) & {"CONSULT", "AGREE"}


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader is promising to cut income tax for nurses.",
        "Announcing the plans, the minister said the old system had failed.",
        "Two charities have announced their plans to oppose the law in court.",
    ],
)
def test_a_promise_of_no_cooperation_is_no_agreement(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "AGREE" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Norway pledged to help Ukraine rebuild its power plants.",
        "Japan promised Kenya new loans for the railway.",
        "The rebels vowed to respect the ceasefire.",
    ],
)
def test_a_promise_to_cooperate_is_an_agreement(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "AGREE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The aid agency warns of record levels of hunger in the region this winter.",
        "The auditor warned that the cuts could harm the safety of patients.",
    ],
)
def test_a_warning_that_forecasts_is_no_threat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "THREATEN" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Iran warned that it would close the strait to all tankers.",
        "Israel warned of retaliation after the rocket fire from Gaza.",
        "North Korea warned the United States against any provocation.",
    ],
)
def test_a_warning_of_what_will_be_done_is_a_threat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "THREATEN" in types(events)


def test_attacking_a_decision_is_criticism(rules_code) -> None:
    events, _ = rules_code("The former minister attacked the court's decision on detention.")
    assert types(events) == {"ACCUSE"}


def test_attacking_positions_is_still_an_assault(rules_code) -> None:
    events, _ = rules_code("Jets attacked rebel positions near the border on Tuesday.")
    assert "ASSAULT" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry released new unemployment figures on Monday.",
        "The senator asked a question about the budget.",
        "Thank God the children were safe.",
        "The mayor has promised to fight corruption in the city.",
    ],
)
def test_other_senses_of_event_verbs_are_no_events(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not types(events) & {"RETREAT", "REQUEST", "SUPPORT", "ASSAULT"}


def test_bringing_troops_back_is_a_withdrawal(rules_code) -> None:
    events, _ = rules_code("The president brought back the troops from Iraq in December.")
    assert "RETREAT" in types(events)


def test_forces_brought_in_are_no_aid_nor_withdrawal(rules_code) -> None:
    events, _ = rules_code("Additional forces were brought in to contain the situation.")
    assert not types(events) & {"RETREAT", "AID"}


def test_chasing_terrorists_without_driving_them_out_is_no_assault(rules_code) -> None:
    events, _ = rules_code("Policemen chase terrorists inside the temple.")
    assert "ASSAULT" not in types(events)


def test_refusing_to_announce_plans_is_no_rejection(rules_code) -> None:
    events, _ = rules_code("The premier said he would not announce any plans until the autumn.")
    assert "REJECT" not in types(events)


def test_a_named_person_withdrawing_from_nowhere_is_no_retreat(rules_code) -> None:
    events, _ = rules_code("Elizabeth Warren withdrew before the primaries.")
    assert "RETREAT" not in types(events)


def test_a_named_commander_withdrawing_from_a_city_retreats(rules_code) -> None:
    events, _ = rules_code("General Petraeus withdrew from the city after the battle.")
    assert "RETREAT" in types(events)


def test_an_evacuation_after_an_accident_is_no_aid(rules_code) -> None:
    events, _ = rules_code("Passengers were evacuated after the bus collided with a lorry.")
    assert "AID" not in types(events)


def test_an_evacuation_of_the_wounded_after_an_attack_is_aid(rules_code) -> None:
    events, _ = rules_code("UN peacekeepers evacuated the wounded villagers after the attack.")
    assert "AID" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Asked if the plan amounted to a retreat, the minister said it did not.",
        "The senator demanded to know whether the adviser had been briefed.",
        "Reporters asked the governor what had happened to the funds.",
    ],
)
def test_a_question_is_no_request(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "REQUEST" not in types(events)


def test_asking_someone_to_act_is_a_request(rules_code) -> None:
    events, _ = rules_code("Egypt asked Israel to release the Palestinian prisoners.")
    assert "REQUEST" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The new law is aimed at poachers who kill elephants for ivory.",
        "The index counts incidents where three or more people are killed by gunfire.",
    ],
)
def test_a_relative_clause_of_a_kind_is_no_event(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "ASSAULT" not in types(events)


def test_a_relative_clause_in_the_past_is_an_event(rules_code) -> None:
    # round 15: rangers, not elephants — killing animals is no ASSAULT (the judging guide's non_human)
    events, _ = rules_code("Police arrested the poachers who killed two rangers in the park.")
    assert "ASSAULT" in types(events)


def test_a_named_party_s_standing_accusation_in_a_relative_clause_is_kept(rules_code) -> None:
    events, _ = rules_code("Police raided the offices of the movement Turkey blames for the failed coup.")
    assert "ACCUSE" in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The party has withdrawn two controversial posters after complaints.",
        "The council withdrew the planning application for the stadium.",
    ],
)
def test_withdrawing_things_is_no_military_retreat(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "RETREAT" not in types(events)


def test_withdrawing_soldiers_is_a_retreat(rules_code) -> None:
    events, _ = rules_code("The United States withdrew 2,000 soldiers from Syria.")
    assert "RETREAT" in types(events)


def test_withdrawing_some_of_the_troops_is_a_retreat(rules_code) -> None:
    events, _ = rules_code("Russia has begun withdrawing some of its troops from Syria.")
    assert "RETREAT" in types(events)


def test_pushing_fighters_back_is_an_attack(rules_code) -> None:
    events, _ = rules_code("The militants were pushed back from the outskirts of the city by the army.")
    assert "ASSAULT" in types(events)
