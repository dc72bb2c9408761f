"""Round 7: general constructions found from the PentaClass training sentences the rules missed
(sentences written for these tests)."""

from __future__ import annotations

from event_helpers import of_type


def mentions(entities) -> str:
    return " ".join(e.mention for e in entities)


def test_returning_something_to_someone_is_a_retreat_with_the_receiver_as_recipient(code) -> None:
    events, _ = code("Customs officials returned three ancient jars to the Egyptian government.")
    retreat = of_type(events, "RETREAT")
    assert retreat and "Egyptian" in mentions(retreat[0].recipient)
    assert "jars" not in mentions(retreat[0].recipient)


def test_returning_fire_or_returning_home_is_no_retreat(code) -> None:
    for text in ("The soldiers returned fire.", "The delegation returned to Nairobi on Monday."):
        events, _ = code(text)
        assert not of_type(events, "RETREAT"), text


def test_releasing_what_was_captured_is_a_release(code) -> None:
    events, _ = code("The rebels released the captured Kenyan engineer.")
    retreat = of_type(events, "RETREAT")
    assert retreat and retreat[0].mode == "release"


def test_releasing_seized_vessels_is_a_release(code) -> None:
    events, _ = code("The navy released two fishing vessels on Friday.")
    assert [e.mode for e in of_type(events, "RETREAT")] == ["release"]


def test_releasing_a_report_is_still_no_release(code) -> None:
    events, _ = code("The ministry released its annual report on Friday.")
    assert not of_type(events, "RETREAT")


def test_declaring_a_cessation_of_hostilities_is_a_ceasefire(code) -> None:
    events, _ = code("The government declared a cessation of hostilities in the north.")
    assert of_type(events, "CONCEDE") or of_type(events, "RETREAT")


def test_an_amount_in_aid_is_aid(code) -> None:
    events, _ = code("Canada has provided Kenya with $5 million in emergency assistance.")
    aid = of_type(events, "AID")
    assert aid and mentions(aid[0].actor) == "Canada" and "Kenya" in mentions(aid[0].recipient)


def test_an_amount_in_aid_allocated_is_aid(code) -> None:
    events, _ = code("The European Union allocated 12 million euros in humanitarian aid for Yemen.")
    assert of_type(events, "AID")


def test_a_pledged_amount_is_no_aid_yet(code) -> None:
    events, _ = code("Japan pledged $20 million in humanitarian aid to Peru.")
    assert not of_type(events, "AID")
    assert of_type(events, "AGREE")


def test_an_amount_in_aid_that_was_only_discussed_is_no_aid(code) -> None:
    events, _ = code("The minister discussed $20 million in aid with the bank.")
    assert not of_type(events, "AID")


def test_deploying_troops_to_a_peacekeeping_mission_is_aid(code) -> None:
    events, _ = code("Britain is deploying 300 troops to the UN peacekeeping mission in Mali.")
    aid = of_type(events, "AID")
    assert aid and "peacekeeping" in aid[0].context and not of_type(events, "MOBILIZE")
    assert "troops" not in mentions(aid[0].recipient)


def test_offering_troops_to_help_an_ally_is_no_threat(code) -> None:
    events, _ = code("Kenya has offered to send troops to help the Somali army.")
    assert of_type(events, "AGREE") and not of_type(events, "THREATEN")


def test_a_plain_deployment_is_still_mobilisation(code) -> None:
    events, _ = code("Russia deployed troops along the border with Ukraine.")
    assert of_type(events, "MOBILIZE") and not of_type(events, "AID")


def test_withdrawing_peacekeepers_is_a_sanction_not_a_retreat(code) -> None:
    events, _ = code("The United Nations withdrew its peacekeepers from the border zone.")
    assert [e.mode for e in of_type(events, "SANCTION")] == ["withdraw"]
    assert not of_type(events, "RETREAT")


def test_withdrawing_troops_is_still_a_retreat(code) -> None:
    events, _ = code("Russia withdrew its troops from the region.")
    assert of_type(events, "RETREAT") and not of_type(events, "SANCTION")


def test_expelling_aid_workers_is_a_sanction_and_other_workers_a_deportation(code) -> None:
    events, _ = code("The government expelled 20 humanitarian aid workers.")
    assert [e.mode for e in of_type(events, "SANCTION")] == ["expel"]
    events, _ = code("The government expelled 20 foreign workers.")
    assert [e.mode for e in of_type(events, "COERCE")] == ["deport"]


def test_striking_a_deal_is_an_agreement(code) -> None:
    events, _ = code("Ethiopian authorities struck a deal with the United Nations on aid deliveries.")
    assert of_type(events, "AGREE") and not of_type(events, "ASSAULT")


def test_ending_mediation_efforts_is_a_sanction(code) -> None:
    events, _ = code("Norway ended its mediation efforts with the Kenyan government.")
    assert [e.mode for e in of_type(events, "SANCTION")] == ["withdraw"]


def test_who_is_guilty_of_violating_a_ceasefire_violated_it(code) -> None:
    events, _ = code("The militia was guilty of violating the ceasefire agreement.")
    assault = of_type(events, "ASSAULT")
    assert assault and mentions(assault[0].actor) == "militia"


def test_rolling_back_tariffs_is_a_concession_with_the_goods_owner_as_recipient(code) -> None:
    events, _ = code("The United States rolled back tariffs on Kenyan goods.")
    concede = of_type(events, "CONCEDE")
    assert concede and "tariffs" not in mentions(concede[0].recipient)


def test_participating_in_peacekeeping_operations_is_cooperation(code) -> None:
    events, _ = code("Chilean troops participate in peacekeeping operations in Haiti.")
    assert of_type(events, "COOPERATE")
    events, _ = code("Peru participates in the regional trade fair.")
    assert not of_type(events, "COOPERATE")


def test_what_a_denied_charge_says_did_not_happen(code) -> None:
    events, _ = code("The ministry denied charges that its troops killed civilians in the village.")
    assert not of_type(events, "ASSAULT")


def test_a_reported_killing_is_still_coded(code) -> None:
    events, _ = code("Rebels killed two soldiers, the army said.")
    assert of_type(events, "ASSAULT")
