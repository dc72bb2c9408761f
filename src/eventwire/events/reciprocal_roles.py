"""Meetings and clashes: every participant is an actor, the recipient only a side fought against
(``reciprocal``); "each other" names no party of its own."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.attack_parties import campaign_opponents, purpose_targets
from eventwire.events.framed_recipients import opponents
from eventwire.events.parties import names_the_event, prep_objects
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import Trigger, children


def reciprocal(actors: list[Token], trigger: Trigger, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """Meetings and clashes: every participant is an actor (PLOVER manual, compound and reciprocal
    actors), the recipient only a side fought against ("fighting against X", ``opponents``; "fighting
    X", ``fights``); other objects are the topic ("discussed security"); "among" names participants only
    when the trigger has no actor of its own (``setting_preps``)."""
    preps = lexicon.word_set("reciprocal_preps")
    if actors:  # "forced to fight among civilians": a setting, not a participant
        preps = preps - argument_word_set("setting_preps")
    extra = prep_objects(trigger.token, preps)
    if trigger.licence == "support" and trigger.licensed_by is not None:
        extra += prep_objects(trigger.licensed_by, preps)
    fought: list[Token] = []
    if trigger.pattern.pos == "verb":
        objects = children(trigger.token, ("dobj", "nsubjpass"))  # "talks between X and Y were held"
        parties = [
            o for o in objects if not names_the_event(o, trigger, lexicon) and lexicon.in_class(o, "actor")
        ]
        fought = [o for o in parties if o.dep_ == "dobj" and fights(trigger)]  # "are fighting terrorists"
        extra += [o for o in parties if o not in fought]
        for event_noun in [o for o in objects if names_the_event(o, trigger, lexicon)]:  # "held talks with X"
            extra += prep_objects(event_noun, preps)
    merged = actors + [t for t in extra if t not in actors]
    opposed = fought + [o for o in opponents(trigger, merged, lexicon) if o not in fought]
    if not opposed and trigger.pattern.pos == "verb":  # "in the fight against X", "fighting to clear X"
        verb = trigger.token
        aimed = campaign_opponents(verb, trigger, lexicon) or purpose_targets(verb, trigger, lexicon)
        opposed = [o for o in aimed if o not in merged]
    return merged, opposed


def each_other(head: Token) -> bool:
    """A reciprocal pronoun as a party's head, with the word before or after it ("each other", "one another";
    ``reciprocal_pronouns``): no party of its own, the actors stand on both sides."""
    doc, words = head.doc, argument_word_set("reciprocal_pronouns")
    pairs = [doc[max(head.i - 1, 0) : head.i + 1], doc[head.i : head.i + 2]]
    return any(len(pair) == 2 and pair.text.lower() in words for pair in pairs)


def fights(trigger: Trigger) -> bool:
    """A reciprocal type whose direct object is the side fought, not a partner (``opponent_object_types``:
    "fought the rebels"; "met the rebels" is a meeting of both)."""
    return trigger.pattern.event_type.lower() in argument_word_set("opponent_object_types")
