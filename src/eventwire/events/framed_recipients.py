"""Recipients the trigger's frame names by a preposition or a clause (round 11): whom a complaint is
about, whom a request is asked of, the side a fight is aimed at. ``verb_roles.py`` asks the first two only
where no other recipient was found.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.parties import OWN_POSSESSIVES, names_party, prep_objects
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import Trigger, children, in_words, lookup


def asked_of(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom a request is addressed to when it names the act asked for: the subject of a "for"
    clause ("called for the minister to resign") or the owner of a "for" event noun ("asked for the
    adviser's resignation", "called for the minister's removal", ``patient_possessive_nouns``;
    ``asked_types``); not "called for calm", nor "their release"."""
    if trigger.pattern.event_type.lower() not in argument_word_set("asked_types"):
        return []
    clauses = [
        c
        for c in children(verb, ("advcl", "ccomp"))
        if any(m.lower_ == "for" for m in children(c, ("mark",)))
    ]
    found = [s for c in clauses for s in children(c, ("nsubj",))]
    infinitives = [c for c in children(verb, ("advcl", "xcomp")) if children(c, ("aux",))]
    for noun in prep_objects(verb, frozenset({"for"})):
        if (
            lookup(lexicon.nouns, noun) is not None
            or noun.lemma_.lower() in lexicon.nominal_verbs
            or in_words(noun, argument_word_set("patient_possessive_nouns"))
        ):  # "called for the minister's removal": what is done to the owner
            found += [o for o in children(noun, ("poss",)) if o.lower_ not in OWN_POSSESSIVES]
        elif any(c.i > noun.i and not children(c, ("nsubj",)) for c in infinitives):
            found.append(noun)  # "called for X to make a statement", the clause hung on the verb
    return [o for o in found if names_party(o, lexicon)]


def asked_from(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom a request is made of, named by its "from" phrase on a verb of asking or on the thing asked for
    ("demanded answers from the ministry", "requested from foreign banks information"; ``asking_verbs``,
    ``asked_from_preps``, round 28); not the "from" of an act the request names ("demanded the withdrawal of
    troops from the town": where they withdraw from)."""
    if trigger.pattern.event_type.lower() not in argument_word_set("asked_types"):
        return []
    if not in_words(verb, argument_word_set("asking_verbs")):
        return []
    things = [
        o
        for o in children(verb, ("dobj", "obj"))
        if lookup(lexicon.nouns, o) is None and o.lemma_.lower() not in lexicon.nominal_verbs
    ]
    preps = argument_word_set("asked_from_preps")
    found = [p for h in (verb, *things) for p in prep_objects(h, preps)]
    return [o for o in found if names_party(o, lexicon)]


def demanded_of(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom a demand is addressed to when a "that" clause says what they must do: the clause's subject
    when its verb is a bare subjunctive or takes ``demand_clause_modals`` ("demanded that Turkey use its
    influence", "insisted that the army should withdraw"); "said that Turkey used" is no demand, and
    "demanded that it be released" names no one who must act."""
    if trigger.pattern.event_type.lower() not in argument_word_set("asked_types"):
        return []
    modals = argument_word_set("demand_clause_modals")
    found = []
    for clause in children(verb, ("ccomp",)):
        if any(m.lower_ != "that" for m in children(clause, ("mark",))):
            continue
        auxiliaries = children(clause, ("aux",))
        subjunctive = bare_form(clause) and not auxiliaries
        if subjunctive or any(a.lower_ in modals for a in auxiliaries):
            found += children(clause, ("nsubj",))
    return [o for o in found if names_party(o, lexicon)]


def bare_form(verb: Token) -> bool:
    """A verb in its bare form: tagged so, or a present form of a plural subject, which the bare subjunctive
    looks alike ("demanded that lawmakers leave the measure alone": the parser tags "leave" VBP)."""
    if verb.tag_ == "VB":
        return True
    subjects = children(verb, ("nsubj",))
    return verb.tag_ == "VBP" and any(s.tag_ in ("NNS", "NNPS") for s in subjects)


def complained_of(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom a complaint is about ("complained about the mayor"; ``complaint_preps`` of
    ``complaint_types``); "complained about the noise" names no one."""
    if trigger.pattern.event_type.lower() not in argument_word_set("complaint_types"):
        return []
    objects = prep_objects(verb, argument_word_set("complaint_preps"))
    return [o for o in objects if names_party(o, lexicon)]


def opponents(trigger: Trigger, participants: list[Token], lexicon: Lexicon) -> list[Token]:
    """The side a reciprocal trigger is aimed at ("militias fighting against Turkey": Turkey;
    ``opponent_preps``); "clashed with police" keeps both as participants."""
    found = prep_objects(trigger.token, argument_word_set("opponent_preps"))
    return [o for o in found if o not in participants and names_party(o, lexicon)]
