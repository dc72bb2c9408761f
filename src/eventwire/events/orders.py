"""Coercive orders: an order that stops another party's activity or moves it out is COERCE.

"The government ordered the radio station to suspend its broadcasts", "the jets forced the plane to
land", "the junta ordered foreign journalists to leave the country": the orderer imposes a
restriction on the ordered party (CAMEO 17 "coerce", PLOVER COERCE ``restrict``), whether or not the
ordered act is a trigger word itself. Orders within a side are commands, not events: "ordered his
troops to withdraw", "ordered the police to disperse the crowd", "ordered the ministry to close the
embassy" (``military_nouns``, ``police_nouns``, ``own_administration_nouns`` or an object owned by a
pronoun). The order verbs, the ordered acts and the pattern are data
(``coercive_order_verbs``, ``restricted_acts``, ``coercive_order`` in triggers.yaml).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.events.parties import OWN_POSSESSIVES
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import Trigger, children, in_words, raised_objects, to_infinitive


def coercive_order_triggers(sentence: Span, licensed: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Triggers for order verbs whose object is told to stop, close or leave (not yet licensed)."""
    pattern = lexicon.clauses.get("coercive_order")
    if pattern is None:
        return []
    verbs = lexicon.word_set("coercive_order_verbs")
    taken = {t.token.i for t in licensed}
    found = []
    for token in sentence:
        if token.pos_ != "VERB" or token.i in taken or not in_words(token, verbs):
            continue
        if coercive_order(token, lexicon):
            found.append(Trigger(token, replace(pattern, lemma=token.lemma_.lower())))
    return found


def coercive_order(verb: Token, lexicon: Lexicon) -> bool:
    """An active order by a party to another party to do one of the ``restricted_acts``."""
    acts = lexicon.word_set("restricted_acts")
    ordered = [c for c in children(verb, ("xcomp", "ccomp")) if in_words(c, acts) and to_infinitive(c)]
    objects = children(verb, ("dobj", "obj")) or raised_objects(verb)
    subjects = children(verb, ("nsubj",))
    if not (ordered and objects and subjects):
        return False
    return names_a_party(subjects[0], lexicon) and other_party(objects[0], lexicon)


def names_a_party(token: Token, lexicon: Lexicon) -> bool:
    """A subject that can give orders: a person, an organisation, a state (not "the storm", "prices")."""
    not_agents = lexicon.word_set("non_agent_nouns") | lexicon.word_set("accident_nouns")
    if in_words(token, not_agents):
        return False
    return lexicon.in_class(token, "actor")


def other_party(token: Token, lexicon: Lexicon) -> bool:
    """An ordered party outside the orderer's own ranks (a party, an outlet, a plane or a ship): not its
    troops, police, administration ("the ministry", "officials") or "its embassy"."""
    own_forces = (
        lexicon.word_set("military_nouns")
        | lexicon.word_set("police_nouns")
        | lexicon.word_set("own_administration_nouns")
    )
    if in_words(token, own_forces):
        return False
    if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in token.children):
        return False
    return token.pos_ in ("NOUN", "PROPN") and not in_words(token, lexicon.word_set("non_agent_nouns"))
