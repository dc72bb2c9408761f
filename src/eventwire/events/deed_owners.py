"""Whose deed an object names: the owner of a reaction's object ("praised the country's sacrifices",
"welcomed his apology", "objected to the Turkish invasion") and who performs an event noun."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.entities import RESOLVABLE_POSSESSIVES
from eventwire.events.hidden_recipients import restates
from eventwire.events.parties import (
    OWN_POSSESSIVES,
    named_modifiers,
    names_actor,
    names_someone,
    own_asset,
    prep_objects,
)
from eventwire.events.patterns import Lexicon
from eventwire.events.subjects import participle_agents
from eventwire.events.triggers import Trigger, children, in_words, lookup, of_objects


def reacted_owners(noun: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """The named owner of what a verbal reaction takes up as its object ("attacked the Tory plans",
    "welcomed the Kenyan proposal": the Tories, Kenya); not when the object restates the reaction's own
    type ("reiterated Iraqi demands" is Iraq's own demand)."""
    if not lexicon.verbal(trigger.pattern.event_type) or restates(noun, trigger, lexicon):
        return []
    return named_modifiers(noun)


def owner_of(token: Token, lexicon: Lexicon) -> Token | None:
    """Whose deed or quality an object names: "praised the country's sacrifices" -> the country,
    "the progress the government has made" -> the government. None for actors and plain things."""
    if names_someone(token, lexicon):
        return None
    owners = [c for c in token.children if c.dep_ == "poss" and c.lower_ not in OWN_POSSESSIVES]
    owners += [s for c in children(token, ("relcl",)) for s in children(c, ("nsubj",))]
    if token.dep_ in ("dobj", "obj") and (
        lookup(lexicon.nouns, token) is not None or nominalised(token, lexicon)
    ):
        # "rejected a demand by the opposition"; not "the protest by the union was held"
        owners += event_object_owners(token, lexicon)
    elif token.dep_ in ("dobj", "obj") and in_words(token, argument_word_set("act_nouns")):
        owners += prep_objects(token, lexicon.word_set("agent_preps"))  # "welcomed the decision by X"
    owners = [o for o in owners if names_someone(o, lexicon) and not own_asset(o)]  # not "his country's"
    return owners[0] if owners else None


def addresser_of(token: Token, trigger: Trigger, lexicon: Lexicon) -> Token | None:
    """Who made an act addressed to someone else that a verbal reaction takes up ("welcomed his apology",
    "rejected their offer", ``addressed_act_nouns``): its possessor, a pronoun too (``entities.py``
    resolves it to someone other than the reaction's subject)."""
    if token.dep_ not in ("dobj", "obj") or not in_words(token, argument_word_set("addressed_act_nouns")):
        return None
    if not lexicon.verbal(trigger.pattern.event_type):
        return None
    owners = [c for c in children(token, ("poss",)) if c.lower_ in RESOLVABLE_POSSESSIVES or names_actor(c)]
    return owners[0] if owners else None


def nominalised(noun: Token, lexicon: Lexicon) -> bool:
    """A noun that names a verb's action ("the invasion", "the expulsion"; ``nominalisations``)."""
    return noun.lemma_.lower() in lexicon.nominal_verbs or noun.lower_ in lexicon.nominal_verbs


def prepositional_act_owners(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whose act a verbal reaction's prepositional object names: "objected to the Turkish invasion"
    (Turkey), "protested against the government's decision"; "objected to the plan" names no one."""
    if not lexicon.verbal(trigger.pattern.event_type):
        return []
    acts = prep_objects(verb, lexicon.word_set("recipient_preps"))
    acts = [a for a in acts if lookup(lexicon.nouns, a) is not None or nominalised(a, lexicon)]
    acts = [a for a in acts if not gathering_venue(a, lexicon)]
    owners = [c for a in acts for c in children(a, ("poss",)) if c.lower_ not in OWN_POSSESSIVES]
    owners += [o for a in acts for o in event_object_owners(a, lexicon)]
    return [o for o in owners if names_someone(o, lexicon) and not own_asset(o)]


def gathering_venue(noun: Token, lexicon: Lexicon) -> bool:
    """A meeting named as where the act took place ("agreed at the Lisbon summit", "during the Geneva
    talks", ``venue_preps``): the place or the host in its name is no party to the act."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in argument_word_set("venue_preps"):
        return False
    entry = lookup(lexicon.nouns, noun)
    return entry is not None and any(p.event_type == "CONSULT" for p in entry.all())


def event_object_owners(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whose act an event noun object names: "rejected a demand by/from the opposition", "rejected
    the call of the parliament" (verbal acts only: "welcomed the release of the hostages" is no act of
    the hostages), "welcomed the OPCW visit", "rejected Iraqi demands"."""
    owners = prep_objects(noun, lexicon.word_set("agent_preps") | {"from"}) + participle_agents(noun)
    entry = lookup(lexicon.nouns, noun)  # a nominalisation ("the Russian invasion"): no entry, no "of" agent
    verbal = entry is not None and any(lexicon.verbal(p.event_type) for p in entry.all())
    if verbal:
        owners += of_objects(noun)
    return owners + named_modifiers(noun)


def event_noun_agents(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who performs an event noun: its possessor or "by" phrase ("the protest by the union was
    held"), or its "of" phrase for agentive nouns ("the withdrawal of the troops",
    ``agentive_of_nouns``)."""
    owners = [c for c in children(noun, ("poss",)) if c.lower_ not in OWN_POSSESSIVES]
    owners += prep_objects(noun, lexicon.word_set("agent_preps")) + participle_agents(noun)
    if not owners and in_words(noun, lexicon.word_set("agentive_of_nouns")):
        owners = [o for o in of_objects(noun) if names_someone(o, lexicon)]
    return owners
