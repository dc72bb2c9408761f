"""Counts of victims (round 26): "the attack killed twelve and injured twelve more".

A bare count is kept as an event's recipient while the event is coded (round 16: it tells a killing with
unnamed victims from a verb with no object, and the confidence weighs it), but it names no one an analyst can
look up, filter on or put in an actor network. The guide (docs/events.md, "How the audit is judged", round 26)
lists it as no party, so the coder takes it off the finished records (``unlist_counts``). Words:
``count_words`` and ``count_fillers`` in ``data/events/party_kinds.yaml``.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.patterns import read_yaml
from eventwire.records import Entity, Event

PARTY_KINDS = "party_kinds.yaml"


@cache
def count_words() -> frozenset[str]:
    """Words that count people ("dozens", "thousands"; ``count_words``)."""
    return frozenset(str(w).lower() for w in read_yaml(PARTY_KINDS)["count_words"])


@cache
def count_fillers() -> frozenset[str]:
    """Words a count may carry around its number ("at least", "more"; ``count_fillers``)."""
    return frozenset(str(w).lower() for w in read_yaml(PARTY_KINDS)["count_fillers"])


def counting_token(token: Token) -> bool:
    """A number or a word that counts ("110", "twelve", "thousands")."""
    return token.like_num or token.ent_type_ == "CARDINAL" or token.lower_ in count_words()


def filler(token: Token) -> bool:
    """A word around a count that says nothing of who ("at least", "more", "some")."""
    return (
        token.is_punct
        or token.lower_ in count_fillers()
        or token.lower_ in argument_word_set("quantifier_pronouns")
    )


def bare_count(entity: Entity, doc: Doc) -> bool:
    """An unresolved party whose words are only a count ("twelve more", "Tens of thousands")."""
    if entity.kb_id or entity.country or entity.sectors or entity.span is None:
        return False
    span = doc.char_span(*entity.span, alignment_mode="expand")
    if span is None or not any(counting_token(t) for t in span):
        return False
    return all(counting_token(t) or filler(t) for t in span)


def unlist_counts(events: list[Event], doc: Doc) -> None:
    """Take bare counts off the recipients of coded events (their confidence already weighed them)."""
    for event in events:
        event.recipient = [e for e in event.recipient if not bare_count(e, doc)]
