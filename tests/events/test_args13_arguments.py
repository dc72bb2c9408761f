"""Round 13: who did it to whom on real news — things that are no recipient, whom a demand's "that"
clause addresses, who made a verbal event noun named by "from" (sentences written for these tests; each
rule with a twin where it must not fire)."""

from __future__ import annotations

from event_helpers import of_type


def parties(code, text: str, event_type: str) -> tuple[list[str], list[str]]:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return [e.mention for e in found[0].actor], [e.mention for e in found[0].recipient]


def test_a_move_welcomed_is_no_recipient(code) -> None:
    _, recipients = parties(code, "Opposition leaders welcomed the move on Tuesday.", "SUPPORT")
    assert recipients == []


def test_a_thing_rejected_is_no_recipient(code) -> None:
    # round 16: rejecting a label is a statement about oneself, no REJECT at all (test_round16_types.py);
    # a plan rejected keeps the event and the same argument rule
    _, recipients = parties(code, "The finance minister has long rejected the plan.", "REJECT")
    assert recipients == []


def test_people_praised_stay_recipients(code) -> None:
    _, recipients = parties(code, "The president praised the teacher for her courage.", "SUPPORT")
    assert recipients == ["teacher"]


def test_a_town_shelled_stays_the_target(code) -> None:
    _, recipients = parties(code, "The soldiers shelled the town on Monday.", "ASSAULT")
    assert recipients == ["town"]


def test_whom_a_demand_that_clause_addresses_is_the_recipient(code) -> None:
    actors, recipients = parties(
        code, "Russia has demanded that Turkey use its influence to disarm the militias.", "REQUEST"
    )
    assert actors == ["Russia"] and recipients == ["Turkey"]


def test_a_demand_with_a_modal_clause_addresses_its_subject(code) -> None:
    _, recipients = parties(
        code, "The mayor insisted that the army should withdraw from the town.", "REQUEST"
    )
    assert recipients == ["army"]


def test_a_report_of_what_someone_did_is_no_demand(code) -> None:
    events, _ = code("Russia said that Turkey used its influence to disarm the militias.")
    assert all("Turkey" not in [e.mention for e in ev.recipient] for ev in of_type(events, "REQUEST"))


def test_who_made_complaints_is_named_by_from(code) -> None:
    actors, _ = parties(code, "The council said it had complaints from residents about the roads.", "ACCUSE")
    assert actors == ["residents"]


def test_a_material_acts_from_is_a_place_not_its_actor(code) -> None:
    events, _ = code("The withdrawal of the troops from Mali was completed in August.")
    retreats = of_type(events, "RETREAT")
    assert retreats and all("Mali" not in [e.mention for e in ev.actor] for ev in retreats)


def test_a_thing_stands_for_the_party_its_phrase_names(code) -> None:
    _, recipients = parties(
        code, "The United States suspended part of a military aid programme for Bosnia on Friday.", "SANCTION"
    )
    assert recipients == ["Bosnia"]


def test_a_thing_naming_no_party_stands_for_no_one(code) -> None:
    _, recipients = parties(
        code,
        "The United States suspended part of a military aid programme for schools on Friday.",
        "SANCTION",
    )
    assert recipients == []


def test_an_attack_repelled_names_its_attackers_not_its_target(code) -> None:
    events, _ = code("The army repelled an attack on the airport by the militants.")
    repelling = [e for e in of_type(events, "ASSAULT") if [a.mention for a in e.actor] == ["army"]]
    assert repelling and [e.mention for e in repelling[0].recipient] == ["militants"]


def test_a_strike_called_off_keeps_its_target(code) -> None:
    _, recipients = parties(
        code, "The union called off a strike against the state oil company Petrobras.", "CONCEDE"
    )
    assert recipients == ["state oil company Petrobras"] or "Petrobras" in " ".join(recipients)


def test_an_event_noun_named_as_passive_agent_is_no_actor(code) -> None:
    actors, _ = parties(code, "The oil facilities were hit by multiple drone strikes on Saturday.", "ASSAULT")
    assert actors == []


def test_a_person_named_as_passive_agent_acts(code) -> None:
    actors, _ = parties(code, "The oil facilities were hit by rebel fighters on Saturday.", "ASSAULT")
    assert actors == ["rebel fighters"]


def test_what_a_mobilisation_moves_is_no_recipient(code) -> None:
    _, recipients = parties(code, "On Wednesday the army deployed tanks along the border.", "MOBILIZE")
    assert recipients == []


def test_whom_a_mobilisation_is_against_stays_the_recipient(code) -> None:
    _, recipients = parties(code, "The government mobilised reservists against the rebels.", "MOBILIZE")
    assert recipients == ["rebels"]


def test_a_passive_the_parser_left_without_subject_takes_no_actor_from_the_clause(code) -> None:
    events, _ = code("The minister heard the protesters had been arrested on Monday.")
    arrests = of_type(events, "COERCE")
    assert arrests and [e.mention for e in arrests[0].actor] == []
    assert [e.mention for e in arrests[0].recipient] == ["protesters"]


def test_a_possessed_passive_subject_is_the_recipient(code) -> None:
    _, recipients = parties(code, "His son was arrested on Monday.", "COERCE")
    assert recipients == ["His son"]
