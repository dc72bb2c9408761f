"""Reported obligations: "X said Y must do Z" is a REQUEST by X to Y, whatever Z is.

The trigger lexicon only knows the event verbs; an obligation clause under a speech verb is a demand
even when its verb is not one of them ("The ministry declared that Japan must drop its barriers").
Such verbs become triggers of the ``obligation_clause`` pattern (triggers.yaml); the modality walk
then finds the speaker and turns the clause into a REQUEST (status DEMAND).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.events.modality import ModalityRules
from eventwire.events.patterns import Lexicon, TriggerPattern
from eventwire.events.triggers import Trigger, children, in_words

CLAUSE_DEPS = ("ccomp", "conj")


def obligation_pattern(lexicon: Lexicon) -> TriggerPattern | None:
    """The pattern of a reported obligation clause (None when triggers.yaml has none)."""
    return lexicon.obligation


def obligation_triggers(
    sentence: Span, licensed: list[Trigger], lexicon: Lexicon, rules: ModalityRules
) -> list[Trigger]:
    """Triggers for verbs with "must/should" and a subject in a clause reported by a speech verb."""
    pattern = obligation_pattern(lexicon)
    if pattern is None:
        return []
    taken = {t.token.i for t in licensed} | {t.clause.i for t in licensed}
    found = []
    for token in sentence:
        if token.pos_ != "VERB" or token.i in taken or not reported_obligation(token, rules):
            continue
        found.append(Trigger(token, replace(pattern, lemma=token.lemma_.lower())))
    return found


def reported_obligation(verb: Token, rules: ModalityRules) -> bool:
    """A clause with an obligation auxiliary and its own subject, under a speech verb."""
    if not any(c.dep_ == "aux" and c.lower_ in rules.obligation_aux for c in verb.children):
        return False
    if not children(verb, ("nsubj",)):
        return False
    head = verb.head
    speech = rules.verbs.get("speech", frozenset())
    return verb.dep_ in CLAUSE_DEPS and head != verb and in_words(head, speech)
