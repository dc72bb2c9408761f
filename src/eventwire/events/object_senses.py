"""Senses by the kind of object (round 20): a trigger codes its type only with a patient its frame needs.

The one-off senses of the audit are one-offs only word by word; by frame they share a cause: the verb acts
on something its event cannot act on. "Visited slums" is a tour of a place, not a visit to a party;
"hosted a 'Burns Supper Night'" puts on an event; "received 9% of the vote" is a result; "knives were
pressed against their throats" is force with a weapon, no demand. ``object_senses.yaml`` lists, per trigger
lemma and type, the kinds of patient that make it another sense; a record whose every patient is of such a
kind is dropped (``wrong_object_kind``). The kinds come from the recogniser's labels (an amount, a named
thing) and the common-noun kinds of ``party_kinds.yaml`` (weapons, objects, body parts, quantities,
abstract nouns, places); a patient with a name, a person's word or an unlisted head keeps the event.

A currency word before a number is an amount whatever the parser tagged it ("saved pounds 40m and the agency
pounds 12m", ``an_amount``).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire.events.party_kinds import noun_kind
from eventwire.events.patterns import read_yaml
from eventwire.events.senses import antecedent, counted, patients
from eventwire.events.triggers import lemma_forms

OBJECT_SENSES = "object_senses.yaml"
AMOUNT_ENTITIES = frozenset({"PERCENT", "MONEY", "QUANTITY"})
NAMED_THING_ENTITIES = frozenset({"EVENT", "WORK_OF_ART", "LAW", "PRODUCT"})
PARTY_ENTITIES = frozenset({"NORP", "GPE", "ORG", "PERSON"})


@cache
def sense_table(field: str = "excludes") -> dict[tuple[str, str], frozenset[str]]:
    """(lemma, type) -> the patient kinds that make the trigger another sense (``object_senses``); with
    ``field="passive_excludes"``, the kinds excluded only as a passive subject (round 21)."""
    table: dict[tuple[str, str], frozenset[str]] = {}
    for entry in read_yaml(OBJECT_SENSES)["object_senses"]:
        lemmas = entry["lemma"] if isinstance(entry["lemma"], list) else [entry["lemma"]]
        for lemma in lemmas:
            table[(str(lemma).lower(), str(entry["type"]))] = frozenset(str(k) for k in entry.get(field, []))
    return table


@cache
def currency_words() -> frozenset[str]:
    """Currency names that stand before an amount (``currency_words``)."""
    return frozenset(str(w).lower() for w in read_yaml(OBJECT_SENSES)["currency_words"])


def object_kind(noun: Token) -> str | None:
    """What kind of non-party a patient names: "amount", "named thing", or a noun kind of party_kinds.yaml
    ("weapon", "object", "place", ...); None for a party, a pronoun or an unlisted noun."""
    if noun.ent_type_ in AMOUNT_ENTITIES or counted_currency(noun) or an_amount(noun):
        return "amount"
    if noun.ent_type_ in NAMED_THING_ENTITIES and len(entity_of(noun)) > 1:
        return "named thing"  # one word so labelled is often a place the small model mislabels ("Cyprus")
    if noun.ent_type_ in PARTY_ENTITIES or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return noun_kind(noun) if noun.pos_ == "NOUN" else None


def counted_currency(noun: Token) -> bool:
    """A currency word with a number ("2 billion euros" the recogniser left unlabelled; round 21)."""
    return noun.lower_ in currency_words() and any(
        c.dep_ in ("nummod", "compound") and c.like_num for c in noun.children
    )


def entity_of(token: Token) -> list[Token]:
    """The tokens of the recognised entity a token belongs to."""
    return next(([*span] for span in token.doc.ents if span.start <= token.i < span.end), [token])


def acted_on(trigger: Token) -> list[Token]:
    """The trigger's patients (object, passive subject, a relative pronoun's antecedent), or for a participle
    after a noun ("the town hall, hosted by an anchor"), that noun."""
    found = patients(trigger, read_through=False)
    if (
        not found
        and trigger.dep_ == "acl"
        and trigger.tag_ == "VBN"
        and trigger.head.pos_ in ("NOUN", "PROPN")
    ):
        found = [trigger.head]
    return [antecedent(t) for t in found]


def wrong_object_kind(trigger: Token, event_type: str) -> bool:
    """Whether every patient of the trigger is of a kind its sense for this type excludes (``object_senses``):
    "visited slums", "received 9% of the vote", "guns were pressed against their heads"."""
    form = next((f for f in lemma_forms(trigger) if (f, event_type) in sense_table()), None)
    if form is None:
        return False
    excluded = sense_table()[(form, event_type)]
    if any(c.dep_ == "nsubjpass" for c in trigger.children):  # "jobs are being threatened"
        excluded |= sense_table("passive_excludes")[(form, event_type)]
    kinds = [object_kind(t) for h in acted_on(trigger) for t in contents(h)]
    return bool(kinds) and all(k in excluded for k in kinds)


def contents(noun: Token) -> list[Token]:
    """What a quantity word counts ("dozens of political activists": the activists); other nouns
    themselves."""
    if object_kind(noun) != "quantity":
        return [noun]
    return counted(noun)


def an_amount(token: Token) -> bool:
    """A currency word right before a number ("pounds 12m", "euros 300"), which the parser may tag as a
    verb."""
    if token.lower_ not in currency_words() or token.i + 1 >= len(token.doc):
        return False
    following = token.doc[token.i + 1]
    return following.like_num or following.text[:1].isdigit()
