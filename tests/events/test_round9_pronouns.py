"""Round 9, item 1: plural and neuter pronouns resolved to a party before them (sentences written
for these tests)."""

from __future__ import annotations

import pytest
from event_helpers import of_type


def names(entities) -> set[str]:
    return {e.name for e in entities}


@pytest.mark.parametrize(
    ("text", "event_type", "actors"),
    [
        (
            "Rebel fighters entered the town on Monday. They attacked the police station.",
            "ASSAULT",
            {"Rebel fighters"},
        ),
        ("Russia and China held talks in Beijing. They condemned the coup.", "ACCUSE", {"Russia", "China"}),
        ("Germany criticised the blockade on Monday. It demanded an inquiry.", "REQUEST", {"Germany"}),
    ],
)
def test_a_pronoun_subject_takes_the_party_before_it(code, text, event_type, actors) -> None:
    events, _ = code(text)
    coded = of_type(events, event_type)
    assert coded and names(coded[0].actor) == actors
    assert all(e.mention.lower() in ("they", "it") for e in coded[0].actor)


def test_a_pronoun_object_is_not_its_own_clause_subject(code) -> None:
    events, _ = code("Kenyan officials said the militants attacked them near the border.")
    assault = of_type(events, "ASSAULT")
    assert assault and [e.mention for e in assault[0].recipient] == ["them"]
    assert "militants" not in names(assault[0].recipient)


@pytest.mark.parametrize(
    "text",
    [
        # two plural parties before a passive pronoun: which one was charged is not known
        "Police arrested five men on Sunday. They were charged with treason.",
        # a plural noun that cannot act is no antecedent, and it competes with none
        "The sanctions were imposed in May. They threatened the economy.",
        # "it" of a copula or passive stands for a clause
        "France and Italy met in Rome. It was agreed that both would send aid.",
    ],
)
def test_an_ambiguous_or_non_party_antecedent_resolves_nothing(code, text) -> None:
    events, _ = code(text)
    assert not any(e.mention.lower() in ("they", "it") for ev in events for e in ev.actor + ev.recipient)


def test_it_never_stands_for_a_person(code) -> None:
    events, _ = code("The minister visited the camp on Monday. It condemned the attacks.")
    assert not any(e.mention == "It" for ev in events for e in ev.actor)


def test_an_object_it_is_left_alone(code) -> None:
    events, _ = code("If Germany lifts the visa rules, Kenya will welcome it.")
    assert not any(e.mention == "it" for ev in events for e in ev.recipient)


def test_weak_kinds_count_a_record_with_a_recipient_but_no_actor(coder) -> None:
    from eventwire.events.diagnose import WEAK_KINDS, through_pronoun, weak_kinds
    from eventwire.records import Entity, Event

    men = Entity(name="five men", mention="They", span=(0, 4))
    record = Event(event_id="e", event_type="COERCE", actor=[], recipient=[men], reports=[], confidence=0.8)
    assert weak_kinds(record, coder.lexicon) == [WEAK_KINDS[4]]
    assert through_pronoun(record, coder.lexicon)


def test_a_pronoun_in_a_quotation_takes_no_party_outside_it(code) -> None:
    events, _ = code('Russia and Iran resorted to the old advice: "Bomb them until they talk."')
    assert not any(e.mention == "them" for ev in events for e in ev.recipient)


def test_places_of_origin_are_no_group(code) -> None:
    events, _ = code("The convoy came from Kenya, Chile and Peru. They attacked the border post.")
    assault = of_type(events, "ASSAULT")
    assert not any(e.mention == "They" for ev in assault for e in ev.actor)
