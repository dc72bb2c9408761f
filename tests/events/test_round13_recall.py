"""Round 13: recall by mechanism — coercive orders to another party, and weapons found, intercepted or
defused. Sentences written for these tests; each positive has a negative twin."""

from __future__ import annotations

import pytest
from event_helpers import of_type, types


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ("The government ordered the independent radio station to suspend its broadcasts.", "station"),
        ("The junta ordered foreign journalists to leave the country within two days.", "journalists"),
        ("The ministry ordered all foreign aid groups to leave the region.", "groups"),
        ("The government ordered the embassy staff to leave the country.", "staff"),  # not its own staff
    ],
)
def test_an_order_stopping_or_removing_another_party_is_coercion(
    rules_code, text: str, recipient: str
) -> None:
    events, _ = rules_code(text)
    coerced = of_type(events, "COERCE")
    assert coerced, text
    assert coerced[0].mode == "restrict"
    assert any(recipient in (r.mention or r.name) for r in coerced[0].recipient)
    assert coerced[0].actor


@pytest.mark.parametrize(
    "text",
    [
        "The general ordered his troops to leave the town.",  # own forces: a command within a side
        "The president ordered the army to leave the border area.",
        "The storm forced residents to leave their homes.",  # no party gives the order
        "Rising prices forced many shops to close.",
        "The government ordered the radio station to broadcast the speech.",  # nothing stopped
        "The president ordered the foreign ministry to close the embassy in Kabul.",  # own administration
        "Officials ordered residents to evacuate before the hurricane made landfall.",  # emergency
    ],
)
def test_orders_within_a_side_or_without_an_orderer_are_no_coercion(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "COERCE" not in types(events)


def test_a_future_order_is_not_coded_as_coercion(rules_code) -> None:
    events, _ = rules_code("The government will order the newspaper to close next month.")
    assert "COERCE" not in types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Fifty kilograms of explosives were discovered in a house near the market.",
        "A bomb was found outside the governor's residence on Friday.",
        "Three parcel bombs were intercepted by border guards.",
        "Police defused an explosive device near the stadium.",
    ],
)
def test_weapons_found_intercepted_or_defused_are_seized(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    seized = of_type(events, "COERCE")
    assert seized and seized[0].mode == "seize", text


@pytest.mark.parametrize(
    "text",
    [
        "Police found the body of a missing woman in the river.",
        "Customs officers intercepted a shipment of counterfeit watches.",
        "Fifty kilograms of rice were discovered in the warehouse.",
    ],
)
def test_finding_or_intercepting_other_things_is_no_seizure_of_weapons(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert not any(e.event_type == "COERCE" and e.mode == "seize" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "The senator defended the president over his remarks on immigration.",
        "The foreign minister defended Brazil over the criticism of its forest policy.",
    ],
)
def test_defending_a_party_over_what_it_is_blamed_for_is_support(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "SUPPORT" in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian troops defended the city against the attackers.",
        "The lawyer defended his client in court.",
    ],
)
def test_defending_a_place_or_a_client_is_no_support(rules_code, text: str) -> None:
    events, _ = rules_code(text)
    assert "SUPPORT" not in types(events), text
