"""Round 17: scope on real news, fourth pass — private affairs (an event whose parties are all private and
whose sentence has no political cue), states of emergency declared for a disaster or an epidemic, and a
decision to retreat (a declared retreat, CONCEDE). Sentences written for these tests; each probe has a twin
that must keep its event."""

from __future__ import annotations

import pytest
from event_helpers import types

from eventwire.events import mentions_from_entities
from eventwire.records import Article, Entity, Event


def resolved_code(nlp, coder, text: str, codes: dict[str, tuple[str | None, list[str]]]) -> list[Event]:
    """Code a text whose mentions ending with a name in ``codes`` the actors stage resolved to (country,
    sectors); the others stay unresolved."""
    doc = nlp(text)
    mentions = []
    for mention in mentions_from_entities(doc):
        for name, (country, sectors) in codes.items():
            if mention.text.endswith(name):
                entity = Entity(name=name, mention=mention.text, country=country, sectors=sectors)
                mention.candidates = [entity]
        mentions.append(mention)
    events, _ = coder(doc, mentions, Article(article_id="t", source_path="t", text=text))
    return events


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The singer thanked her fans after the concert.", "SUPPORT"),
        ("The actor apologised to his fans for the comment.", "SUPPORT"),
        ("Jane Smith sued her former husband for defamation.", "ACCUSE"),
        ("The footballer asked the club for a transfer.", "REQUEST"),
        ("Her husband refused to sign the divorce papers.", "REJECT"),
        ("The actress's family appealed for privacy.", "REQUEST"),
    ],
)
def test_private_life_between_private_parties_is_no_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type not in types(events), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # round 21: thanking one's fans is a courtesy formula whoever thanks; a named private person is not
        ("The minister thanked the singer Anna Novak after the concert.", "SUPPORT"),
        ("Jane Smith sued the government for defamation.", "ACCUSE"),
        ("Jane Smith accused her former husband of murder.", "ACCUSE"),
        ("The victim's family appealed to the police for help.", "REQUEST"),
        ("Ahmed Karimi met Omar Haddad in Kabul on Tuesday.", "CONSULT"),
    ],
)
def test_a_political_party_cue_or_crime_keeps_the_event(rules_code, text: str, event_type: str) -> None:
    events, _ = rules_code(text)
    assert event_type in types(events), text


ACME = "Acme agreed to pay compensation to Bolt Industries."


def test_a_deal_between_businesses_is_no_event(nlp, coder) -> None:
    codes = {"Acme": ("USA", ["BUS"]), "Bolt Industries": ("USA", ["BUS"])}
    assert "AGREE" not in types(resolved_code(nlp, coder, ACME, codes))


def test_a_deal_with_a_ministry_keeps_the_event(nlp, coder) -> None:
    codes = {"Acme": ("USA", ["BUS"]), "Bolt Industries": ("USA", ["GOV"])}
    assert "AGREE" in types(resolved_code(nlp, coder, ACME, codes))


THANKS = "Maria Lopez thanked Carlos Ruiz for the support he gave during the tour."


def test_thanks_between_private_people_is_no_event(nlp, coder) -> None:
    codes = {"Maria Lopez": ("MEX", ["CVL"]), "Carlos Ruiz": ("MEX", ["CVL"])}
    assert "SUPPORT" not in types(resolved_code(nlp, coder, THANKS, codes))


@pytest.mark.parametrize("codes", [{"Carlos Ruiz": ("MEX", ["PTY"])}, {"Carlos Ruiz": ("UNO", [])}])
def test_thanks_to_a_party_politician_or_the_un_keep_the_event(nlp, coder, codes) -> None:
    assert "SUPPORT" in types(resolved_code(nlp, coder, THANKS, {"Maria Lopez": ("MEX", ["CVL"]), **codes}))


@pytest.mark.parametrize(
    "text",
    [
        "The governor declared a state of emergency ahead of the hurricane.",
        "The outbreak of the virus spread to ten provinces.\n"
        "Parliament voted to extend the state of emergency by two weeks.",
    ],
)
def test_an_emergency_for_a_disaster_is_no_coercion(code, text: str) -> None:
    events, _ = code(text)
    assert "COERCE" not in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The government declared a state of emergency after days of protests in the capital.",
        "The army declared martial law after the storm.",
    ],
)
def test_an_emergency_against_unrest_and_martial_law_stay_coercion(code, text: str) -> None:
    events, _ = code(text)
    assert "COERCE" in types(events), text


@pytest.mark.parametrize(
    "text",
    [
        "Russia's decision to withdraw its troops from the region surprised the allies.",
        "Russia decided to withdraw its troops from the region.",
    ],
)
def test_a_decision_to_withdraw_is_a_declared_retreat(code, text: str) -> None:
    events, _ = code(text)
    assert "CONCEDE" in types(events) and "AGREE" not in types(events), text


def test_an_agreement_to_withdraw_stays_an_agree(code) -> None:
    events, _ = code("Russia agreed to withdraw its troops from the region.")
    assert "AGREE" in types(events)
