"""Whom help serves when a helping trigger names no recipient: the party of its purpose clause ("sent
troops to help people in Haiti"), the place peacekeepers arrive in, the place of unnamed people."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.conjuncts import expand_conjuncts
from eventwire.events.constructions import purpose_clauses
from eventwire.events.parties import names_actor, names_party, prep_objects
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import Trigger, children, in_words, to_infinitive

CLAUSE_PARTY_DEPS = frozenset({"dobj", "obj", "pobj", "dative"})


def people_of_place(token: Token, lexicon: Lexicon) -> list[Token]:
    """The named place of unnamed people ("people in Yemen", "populations affected ... in
    Mozambique"), which stands for them as a recipient."""
    if names_actor(token) or not lexicon.in_class(token, "person"):
        return []
    preps = lexicon.word_set("territorial_preps")
    return [
        t
        for t in token.subtree
        if t.dep_ == "pobj" and t.head.lower_ in preps and names_actor(t) and lexicon.in_class(t, "place")
    ]


def helps(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A type whose missing recipient may be whom a purpose clause serves (``purpose_recipient_types``)."""
    return trigger.pattern.event_type.lower() in lexicon.word_set("purpose_recipient_types")


def served_by(trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom the purpose clause of a helping trigger serves, on the trigger or on the verb that
    anchors its noun ("sent troops to help people in Haiti", "announced assistance to help people
    in Kenya")."""
    anchors = [trigger.token] + ([trigger.licensed_by] if trigger.licensed_by is not None else [])
    return [b for a in anchors for b in beneficiaries(a, lexicon)] or destination(trigger, lexicon)


def destination(trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """The named place peacekeepers arrive in ("peacekeeping troops arrived in Bosnia"): a verb
    without an object, ``destination_preps``, peacekeeping words in the clause."""
    verb = trigger.token
    if trigger.pattern.pos != "verb" or children(verb, ("dobj", "obj")):
        return []
    peacekeeping = lexicon.word_set("peacekeeping_words")
    if not any(in_words(t, peacekeeping) for t in verb.subtree):
        return []
    places = prep_objects(verb, lexicon.word_set("destination_preps"))
    return [p for p in places if names_actor(p) and lexicon.in_class(p, "place")]


def beneficiaries(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Whom a purpose clause of help serves: "sent troops to help people in Haiti" (Haiti), "flew in
    food to feed the refugees" (the refugees); the place of unnamed people stands for them."""
    found: list[Token] = []
    preps = lexicon.word_set("territorial_preps")
    for clause in purpose_clauses(verb, lexicon) + development_clauses(verb):
        heads = (
            clause,
            *expand_conjuncts(children(clause, ("dobj", "obj"))),
        )  # "to promote trade and aid in X"
        places = [o for h in heads for o in prep_objects(h, preps)]
        places = [o for o in places if names_actor(o)]
        for obj in expand_conjuncts(children(clause, ("dobj", "obj"))):
            if names_actor(obj):
                found.append(obj)
            elif names_party(obj, lexicon):
                found += places or [obj]  # "people in Haiti": Haiti stands for them
        found += [] if found else places  # "to help in Haiti"
        found += [] if found else clause_parties(clause)
    return list(dict.fromkeys(found))


def development_clauses(verb: Token) -> list[Token]:
    """Purpose infinitives of development on a helping verb or its object ("gave 300 million euros to promote
    investment in Ethiopia", ``development_purposes``), which serve a party as a helping one does."""
    purposes = argument_word_set("development_purposes")
    heads = [verb, *children(verb, ("dobj", "obj", "nsubjpass"))]
    clauses = [c for h in heads for c in children(h, ("advcl", "xcomp", "acl", "relcl"))]
    return [c for c in clauses if in_words(c, purposes) and to_infinitive(c)]


def clause_parties(clause: Token) -> list[Token]:
    """The first named party deeper in a purpose clause: "to support projects which benefit
    Palestinian refugees" (the refugees), "to address the needs of people in Yemen" (Yemen)."""
    for token in clause.subtree:
        if token != clause and token.dep_ in CLAUSE_PARTY_DEPS and names_actor(token):
            return [token]
    return []
