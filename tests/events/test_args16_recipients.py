"""Round 16: recipients the record left out — a coordinated passive's subject, the party of an action a
threat, promise or refusal names in its infinitive, the owner a possessive pronoun names in an accusation
(sentences written for these tests; each rule with a twin where it must not fire)."""

from __future__ import annotations

from event_helpers import of_type


def parties(code, text: str, event_type: str) -> tuple[list[str], list[str]]:
    events, _ = code(text)
    found = of_type(events, event_type)
    assert found, [e.event_type for e in events]
    return [e.name for e in found[0].actor], [e.name for e in found[0].recipient]


def test_a_bare_participle_after_a_passive_shares_its_subject(code) -> None:
    _, recipients = parties(code, "The activist was arrested and tortured in prison.", "ASSAULT")
    assert recipients == ["activist"]


def test_a_participle_with_its_own_subject_keeps_it(code) -> None:
    actors, _ = parties(code, "The activist was arrested and the police tortured him.", "ASSAULT")
    assert actors == ["police"]


def test_a_coordinated_passive_is_not_its_own_agent(code) -> None:
    actors, recipients = parties(
        code,
        "Turkey faces EU sanctions, and was condemned in a joint statement by Egypt and Greece.",
        "ACCUSE",
    )
    assert actors == ["Egypt", "Greece"] and recipients == ["Turkey"]


def test_a_threat_to_withhold_funds_from_cities_is_aimed_at_them(code) -> None:
    _, recipients = parties(
        code, "The governor threatened to withhold state funds from the cities.", "THREATEN"
    )
    assert recipients == ["cities"]


def test_a_threat_to_withhold_funds_from_a_budget_names_no_one(code) -> None:
    _, recipients = parties(
        code, "The governor threatened to withhold state funds from the budget.", "THREATEN"
    )
    assert recipients == []


def test_a_refusal_to_provide_a_licence_is_aimed_at_its_receiver(code) -> None:
    _, recipients = parties(
        code, "The commission refused to provide the broadcaster with a licence.", "REJECT"
    )
    assert recipients == ["broadcaster"]


def test_a_refusal_to_send_troops_is_not_aimed_at_the_troops(code) -> None:
    _, recipients = parties(code, "Kenya refused to send troops to Somalia.", "REJECT")
    assert recipients == ["Somalia"]


def test_a_pledge_for_a_meeting_names_the_partner(code) -> None:
    _, recipients = parties(
        code, "The minister pledged to seek progress at his next meeting with Sergey Lavrov.", "AGREE"
    )
    assert recipients == ["Sergey Lavrov"]


def test_a_pledge_for_a_summit_names_no_partner(code) -> None:
    _, recipients = parties(code, "The minister pledged to seek progress at the summit in Paris.", "AGREE")
    assert recipients == []


def test_an_inquiry_into_his_tax_returns_is_aimed_at_him(code) -> None:
    _, recipients = parties(
        code,
        "Mr Smith paid no tax in 1980, according to regulators who were investigating his tax returns.",
        "ACCUSE",
    )
    assert recipients == ["Smith"]


def test_an_accusation_restated_is_the_actors_own(code) -> None:
    events, _ = code("Senator Jones met Mr Brown. She repeated her accusation on Monday.")
    assert all(not e.recipient for e in of_type(events, "ACCUSE"))


def test_a_conditional_warning_is_aimed_at_whoever_must_comply(code) -> None:
    _, recipients = parties(
        code,
        "The senator warned that unless ministers backed down, the government would lose the vote.",
        "THREATEN",
    )
    assert recipients == ["ministers"]


def test_a_condition_on_the_weather_names_no_one(code) -> None:
    _, recipients = parties(
        code, "The senator warned that if it rained, the march would be cancelled.", "THREATEN"
    )
    assert recipients == []


def test_what_an_agreed_action_adds_is_no_recipient(code) -> None:
    _, recipients = parties(code, "Lam agreed to add two members to the council.", "AGREE")
    assert "members" not in recipients


def test_a_threatened_act_with_its_own_target_keeps_it(code) -> None:
    _, recipients = parties(
        code,
        "Rebels threatened to shell the army bases in the province unless Damascus withdrew.",
        "THREATEN",
    )
    assert recipients == ["army bases"]
