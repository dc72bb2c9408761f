"""Who acts and who undergoes an event noun: its possessor, "by" or "from" phrase, its support verb's
subject, and its "of", "on" or "against" phrase (``noun_roles``)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.attack_parties import harmed_by_attack
from eventwire.events.entities import RESOLVABLE_POSSESSIVES
from eventwire.events.hidden_recipients import examined_owners, favoured_parties
from eventwire.events.parties import (
    OWN_POSSESSIVES,
    counted,
    names_actor,
    names_party,
    names_someone,
    prep_objects,
    town_name,
    violent_target,
)
from eventwire.events.patterns import Lexicon
from eventwire.events.served_parties import people_of_place
from eventwire.events.subjects import participle_agents, passive_agent, subject_of
from eventwire.events.triggers import NON_ACTOR_ENTITIES, Trigger, children, in_words, of_objects


def noun_roles(trigger: Trigger, lexicon: Lexicon) -> tuple[list[Token], list[Token]]:
    """(actor heads, recipient heads) of an event noun: its support verb, possessor or "by" phrase."""
    noun, verb = trigger.token, trigger.licensed_by
    owners = [c for c in children(noun, ("poss",)) if c.lower_ not in OWN_POSSESSIVES]  # not "their"
    actors = owners + prep_objects(noun, lexicon.word_set("agent_preps"))
    actors += participle_agents(noun)  # "the airstrike carried out by Israeli jets"
    sources = [] if actors else verbal_sources(trigger, lexicon)  # "complaints from residents"
    actors += sources
    if not actors and verb is not None and trigger.licence in ("support", "participation"):
        subject = passive_agent(verb) or subject_of(verb, lexicon)
        actors = [subject] if subject is not None and subject != noun else []  # "hit by drone strikes"
    if not actors and noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "the imposition of sanctions by X"
        governor = noun.head.head
        actors = children(governor, ("poss",)) + prep_objects(governor, lexicon.word_set("agent_preps"))
    if not actors:
        actors = [m for m in children(noun, ("amod", "compound")) if m.ent_type_ in ("NORP", "GPE", "ORG")]
        if trigger.pattern.event_type == "ASSAULT":  # "the Kabul attack": where it struck, not who
            actors = [m for m in actors if not town_name(m)]
    if not actors:  # "their protest", "its withdrawal": the pronoun's antecedent, when nothing else acts
        patient = in_words(noun, argument_word_set("patient_possessive_nouns"))  # "his detention"
        possessives = [c for c in children(noun, ("poss",)) if c.lower_ in RESOLVABLE_POSSESSIVES]
        actors = [] if patient else possessives
    recipients = prep_objects(noun, lexicon.word_set("noun_recipient_preps")) + favoured_parties(noun)
    party = [  # "the withdrawal of the troops", "the bombardment of the neighbourhood"
        o for o in of_objects(noun) if names_someone(o, lexicon) or violent_target(o, trigger, lexicon)
    ]
    if agentive_of(trigger, lexicon):
        actors += [] if actors else party
    else:
        recipients += party  # "the deportation of migrants", "the release of the hostages"
    if sources and verb is not None and in_words(verb, argument_word_set("receiving_verbs")):
        recipients += children(verb, ("nsubj",))  # "we had complaints from residents": we
    if verb is not None and trigger.licence == "support":
        recipients += prep_objects(verb, lexicon.word_set("noun_recipient_preps"))
        recipients += [
            o for o in children(verb, ("dobj", "dative")) if o != noun
        ]  # "provided Kenya with aid"
    recipients = [
        r for r in recipients if names_actor(r) or r in party or violent_target(r, trigger, lexicon)
    ] or [p for r in recipients for p in people_of_place(r, lexicon)]  # "aid to people in Yemen"
    recipients += [] if recipients else examined_owners(noun, trigger)  # "an inquiry into X's practices"
    if verb is not None and noun.head.dep_ == "agent":  # "the convoy was hit by an airstrike"
        recipients += children(verb, ("nsubjpass",))
    recipients += harmed_by_attack(noun, lexicon)  # "an attack by X killed dozens of people"
    if verb is not None and in_words(verb, lexicon.word_set("repel_verbs")) and not recipients:
        defender = subject_of(verb, lexicon)  # "the army repelled an offensive", "was repelled by the army"
        recipients += [defender] if defender is not None and defender != noun else []
    parties = argument_word_set("party_list_preps")
    actors += prep_objects(noun, parties)
    actors += [p for o in of_objects(noun) for p in prep_objects(o, parties)]  # "the accord between X and Y"
    return actors, [r for r in recipients if r.ent_type_ not in NON_ACTOR_ENTITIES]


def verbal_sources(trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Who made a verbal event noun, named by ``verbal_noun_source_preps`` ("complaints from residents",
    "criticism from the opposition"); a material act's "from" is a place ("the withdrawal from Syria")."""
    if not lexicon.verbal(trigger.pattern.event_type):
        return []
    found = prep_objects(trigger.token, argument_word_set("verbal_noun_source_preps"))
    return [o for p in found for o in counted(p, lexicon) if names_party(o, lexicon)]


def agentive_of(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether an event noun's "of" phrase names who acted: ``agentive_of_nouns`` ("the withdrawal of
    the troops"), or a nominalised verb without an object ("the surrender of the rebels")."""
    if in_words(trigger.token, lexicon.word_set("agentive_of_nouns")):
        return True
    pattern = trigger.pattern
    if trigger.token.lemma_.lower() == pattern.lemma or pattern.obj_required or pattern.obj_class:
        return False  # the noun's own pattern, or a verb pattern that needs an object
    if pattern.obj:
        return False
    return pattern.lemma in lexicon.word_set("intransitive_verbs")
