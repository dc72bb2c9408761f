"""Round 27: whole records. A town naming where an attack struck is not its maker; a noun restating the attack
with a participle of ascription ("an attack blamed on X") names the maker; an apposition the parser hangs on a
phrase from another clause lends it no country. Sentences written for these tests; each rule with a twin where
it must not fire."""

from __future__ import annotations

import pytest
from event_helpers import first_of
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.events.entities import follows_phrase


@pytest.fixture(scope="module")
def code(resolved_code):
    """Code a text as one article with the actors stage's mentions (the packaged KB only)."""
    return resolved_code


def names(entities) -> list[str]:
    return [e.name for e in entities]


# a town before "car bombing": the town struck, not the attacker


def test_a_town_naming_where_an_attack_struck_is_not_its_maker(code) -> None:
    event = first_of(code, "A Mosul car bombing killed nine people.", "ASSAULT")
    assert not any("Mosul" in e.mention for e in event.actor)


def test_twin_a_country_naming_an_airstrike_is_its_maker(code) -> None:
    event = first_of(code, "A US airstrike killed nine militants.", "ASSAULT")
    assert [e.country for e in event.actor] == ["USA"]


# "…, an attack blamed on X": the maker, not the target


def test_an_attack_blamed_on_a_group_names_the_attacker(code) -> None:
    text = "A car bombing killed seven people in the market, an attack blamed on the rebels."
    event = first_of(code, text, "ASSAULT")
    assert names(event.actor) == ["rebels"]
    assert "rebels" not in names(event.recipient)


def test_an_attack_ascribed_to_a_group_names_the_attacker(code) -> None:
    text = "The blast killed seven people in the market, an attack ascribed to the rebels."
    assert names(first_of(code, text, "ASSAULT").actor) == ["rebels"]


def test_twin_an_attack_condemned_by_someone_keeps_its_own_maker(code) -> None:
    text = "Gunmen killed seven people in the market, an attack condemned by the government."
    event = first_of(code, text, "ASSAULT")
    assert names(event.actor) == ["Gunmen"]


# an apposition the parser hangs on a phrase from another clause: no country for the phrase


def parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_an_apposition_from_another_clause_does_not_follow_the_phrase() -> None:
    words = ["Members", "of", "the", "cell", "are", "accused", ",", "the", "US", "journalists", "."]
    heads = [5, 0, 3, 1, 5, 5, 5, 9, 9, 0, 5]
    deps = [
        "nsubjpass",
        "prep",
        "det",
        "pobj",
        "auxpass",
        "ROOT",
        "punct",
        "det",
        "compound",
        "appos",
        "punct",
    ]
    doc = parsed(words, heads, deps)
    assert not follows_phrase(doc[0], doc[9])


def test_twin_an_apposition_right_after_its_phrase_follows_it() -> None:
    words = ["They", "freed", "two", "aid", "workers", ",", "the", "French", "journalists", "."]
    heads = [1, 1, 4, 4, 1, 4, 8, 8, 4, 1]
    deps = ["nsubj", "ROOT", "nummod", "compound", "dobj", "punct", "det", "amod", "appos", "punct"]
    doc = parsed(words, heads, deps)
    assert follows_phrase(doc[4], doc[8])
