"""Who made a violent act and whom it was aimed at, when the trigger's own phrases do not say: the cause
of a death ("killed in police firing"), the attack a harm verb names, the ascription of an attack, the
purpose or the struggle an act serves."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.deed_owners import event_noun_agents
from eventwire.events.parties import (
    attack_makers,
    counted_parties,
    named_modifiers,
    names_party,
    names_someone,
    prep_objects,
)
from eventwire.events.patterns import Lexicon
from eventwire.events.subjects import subject_of
from eventwire.events.triggers import Trigger, children, in_words, lookup, of_objects, to_infinitive


def violent_noun(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a noun names a violent act ("attack", "bombing")."""
    entry = lookup(lexicon.nouns, noun)
    return entry is not None and any(p.event_type == "ASSAULT" for p in entry.all())


def ascribed_attackers(verb: Token, recipients: list[Token], lexicon: Lexicon) -> list[Token]:
    """Whom a restating attack noun ascribes a violent act to ("killed five, another attack ascribed to the
    Taliban", "killed four policemen, an attack claimed by the group"; ``ascription_verbs``,
    ``ascription_preps``): the maker of the act, never its target (round 27)."""
    nouns = children(verb, ("dobj", "npadvmod", "appos")) + [
        a for r in recipients for a in children(r, ("appos",))
    ]
    attacks = [n for n in nouns if violent_noun(n, lexicon)]
    verbs, preps = argument_word_set("ascription_verbs"), argument_word_set("ascription_preps")
    for attack in attacks:
        for participle in children(attack, ("acl",)):
            if participle.lemma_.lower() in verbs:
                makers = prep_objects(participle, preps) + [
                    o for a in children(participle, ("agent",)) for o in children(a, ("pobj",))
                ]
                if makers:
                    return makers
    return []


def purpose_targets(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom a violent or coercive act is meant to strike, named as the object of its purpose infinitive
    when that is a verb of striking a party itself ("launched an offensive to oust the rebels", "launched a
    campaign, in an effort to drive out the militias": ``targeted_types``, ``effort_nouns``,
    ``purpose_attack_verbs``)."""
    if trigger.pattern.event_type.lower() not in lexicon.word_set("targeted_types"):
        return []
    heads = [verb, *children(verb, ("dobj", "obj"))]
    efforts = argument_word_set("effort_nouns")
    heads += [o for o in prep_objects(verb, frozenset({"in"})) if in_words(o, efforts)]
    clauses = [c for h in heads for c in children(h, ("advcl", "xcomp", "acl")) if to_infinitive(c)]
    clauses = [c for c in clauses if in_words(c, argument_word_set("purpose_attack_verbs"))]
    return [o for c in clauses for o in children(c, ("dobj", "obj")) if names_party(o, lexicon)]


def campaign_opponents(verb: Token, trigger: Trigger, lexicon: Lexicon) -> list[Token]:
    """Whom violence is aimed at, named in the struggle the act is part of ("fought with US forces in the
    fight against Islamic State", "fought in the war on the cartels": ``struggle_nouns``, ``struggle_preps``,
    ``struggle_opponent_preps``); [] for other types or a struggle named for no side ("in the fight")."""
    if trigger.pattern.event_type.lower() not in lexicon.word_set("targeted_types"):
        return []
    struggles = argument_word_set("struggle_nouns")
    nouns = [o for o in prep_objects(verb, argument_word_set("struggle_preps")) if in_words(o, struggles)]
    opponents = [o for n in nouns for o in prep_objects(n, argument_word_set("struggle_opponent_preps"))]
    return [o for o in opponents if names_party(o, lexicon)]


def cause_agents(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who caused a death or injury named as a violent event: "killed in police firing" -> police,
    "died in an Israeli airstrike" -> Israeli, "killed in firing by the troops" -> troops."""
    causes = prep_objects(verb, lexicon.word_set("cause_preps"))
    frames = lexicon.word_set("cause_frame_nouns")
    causes += [c for o in causes if o.lemma_.lower() in frames for c in of_objects(o)]
    causes += [c for o in causes for c in children(o, ("acl",)) if c.tag_ == "VBG"]
    causes += stray_gerunds(verb, causes)
    for cause in causes:
        entry = lookup(lexicon.nouns, cause)
        if entry is None or not any(p.event_type == "ASSAULT" for p in entry.all()):
            continue
        agents = children(cause, ("poss",)) + prep_objects(cause, lexicon.word_set("agent_preps"))
        if cause.dep_ == "acl" and names_someone(cause.head, lexicon):  # "police firing" parsed apart
            agents.append(cause.head)
        if cause.dep_ == "advcl" and names_someone(cause.doc[cause.i - 1], lexicon):
            agents.append(cause.doc[cause.i - 1])
        agents += [m for m in children(cause, ("compound", "amod", "nmod")) if names_someone(m, lexicon)]
        if agents:
            return agents[:1]
    return []


def attackers(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Who made a repelled attack: its own agents ("an offensive launched by the militants"), or the
    subject of the verb that launched it ("the militants launched an offensive, which the army
    repelled")."""
    agents = event_noun_agents(noun, lexicon) or named_modifiers(noun)
    if not agents and noun.dep_ in ("dobj", "obj") and in_words(noun.head, lexicon.word_set("support_verbs")):
        subject = subject_of(noun.head, lexicon)
        agents = [subject] if subject is not None else []
    return agents


def harming_attack(noun: Token, lexicon: Lexicon) -> Token | None:
    """The harm verb a violent event noun is the subject of ("an attack by X killed dozens": killed;
    ``harm_verbs``), else None."""
    if noun.dep_ != "nsubj" or not in_words(noun.head, argument_word_set("harm_verbs")):
        return None
    entry = lookup(lexicon.nouns, noun)
    return noun.head if entry is not None and any(p.event_type == "ASSAULT" for p in entry.all()) else None


def harmed_by_attack(noun: Token, lexicon: Lexicon) -> list[Token]:
    """Whom an attack named as the subject of a harm verb harmed: the verb's objects ("a chemical attack by
    the government killed dozens of people")."""
    verb = harming_attack(noun, lexicon)
    objects = [] if verb is None else children(verb, ("dobj", "obj"))
    return [person for o in objects for person in counted_parties(o, lexicon)]  # "dozens of people"


def harming_attack_agents(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who made the attack that is a harm verb's subject ("a chemical attack by the government killed dozens",
    "an Israeli airstrike killed ..."): the attack's possessor, "by" phrase or named modifier."""
    attacks = [s for s in children(verb, ("nsubj",)) if harming_attack(s, lexicon) == verb]
    agents = [a for s in attacks for a in event_noun_agents(s, lexicon) or attack_makers(s)]
    return agents[:1]


def attack_clause_agents(verb: Token, lexicon: Lexicon) -> list[Token]:
    """Who harmed, named as the subject of a clause of the violence the harm came from ("had been killed after
    government forces shelled the town", "were killed when troops opened fire"; ``harm_clause_marks``)."""
    marks = argument_word_set("harm_clause_marks")
    for clause in children(verb, ("advcl",)):
        if not any(m.lower_ in marks for m in children(clause, ("mark", "advmod"))):
            continue
        entry = lexicon.verbs.get(clause.lemma_.lower())
        keys = {("obj", o.lemma_.lower()) for o in children(clause, ("dobj", "obj"))}
        if entry is None or not any(p.event_type == "ASSAULT" for p in entry.candidates(keys)):
            continue
        subjects = [s for s in children(clause, ("nsubj",)) if names_someone(s, lexicon)]
        if subjects:
            return subjects[:1]
    return []


def stray_gerunds(verb: Token, causes: list[Token]) -> list[Token]:
    """Gerunds the parser hung on the verb right after a cause's object: "killed in police firing"
    parsed as "killed in police" + "firing"."""
    ends = {c.i for c in causes}
    return [c for c in children(verb, ("advcl",)) if c.tag_ == "VBG" and c.i - 1 in ends]
