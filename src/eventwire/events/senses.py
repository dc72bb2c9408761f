"""Sense checks on a trigger verb's subject: who or what does it, and can that act at all?

A verb of force, refusal or retreat reads as an event only when a party does it. Markets, figures and
quarrels use the same verbs in other senses: "Brent futures declined 2%" is no refusal, "oil output
fell" no attack, "the row blew up" no bombing, "the hearings wounded the presidency" no violence,
"rising water levels threatened the house" no threat. A verb whose acting subject (the active subject,
or the "by" agent of a passive) is one of ``non_agentive_subjects`` (triggers.yaml: measured quantities,
markets, states of mind and quarrels) codes no event; a party owning it does not change that ("Iran's
oil exports fell").

A text that lays down rules acts on no one either: "the directive provides liability protections",
"the constitution prohibits any intervention" say what a law says, in the simple present
(``states_a_rule``: ``rule_text_nouns``; requests and accusations of a text keep their own rules).

A cause noun has senses too: "died in a fire" is a blaze, "died in police fire" gunfire (``a_blaze``).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.patterns import Lexicon

ACTIVE_SUBJECT_DEPS = ("nsubj",)
AGENT_DEPS = ("agent",)


def acting_subjects(verb: Token) -> list[Token]:
    """Heads of the verb's active subject and passive "by" agent, with their conjuncts."""
    heads = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    heads += [o for a in verb.children if a.dep_ in AGENT_DEPS for o in a.children if o.dep_ == "pobj"]
    return heads + [c for h in heads for c in h.conjuncts]


def non_agentive(token: Token, lexicon: Lexicon) -> bool:
    """A word for a quantity, a market, a state of mind or a quarrel ("output", "futures", "row")."""
    words = lexicon.word_set("non_agentive_subjects")
    return token.lower_ in words or token.lemma_.lower() in words


PRESENT_TAGS = frozenset({"VBZ", "VBP"})
TEXT_VOICED_TYPES = frozenset({"REQUEST", "ACCUSE"})  # "the resolution calls on Iran", "the report accuses"


def states_a_rule(verb: Token, event_type: str, lexicon: Lexicon) -> bool:
    """A law, a constitution or a system as the subject of a simple-present verb: what the text lays
    down ("the directive provides protections", "the constitution prohibits it"), no event."""
    if event_type in TEXT_VOICED_TYPES or verb.tag_ not in PRESENT_TAGS:
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    texts = lexicon.word_set("rule_text_nouns")
    return bool(subjects) and all(s.lemma_.lower() in texts or s.lower_ in texts for s in subjects)


def counted(subject: Token) -> list[Token]:
    """What a quantity or a collective subject counts: "a storm of [criticism]", "numbers of
    [protesters]" (the subject itself when it has no "of" phrase)."""
    found = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
    found = [o for o in found if o.dep_ == "pobj"]
    return found or [subject]


def acted_by_no_party(verb: Token, lexicon: Lexicon) -> bool:
    """Whether every acting subject of the verb is non-agentive ("oil output fell", "the row blew up",
    "a storm of criticism hit"; a verb without a subject of its own is left to the argument rules)."""
    subjects = [c for s in acting_subjects(verb) for c in counted(s)]
    return bool(subjects) and all(non_agentive(s, lexicon) for s in subjects)


def a_blaze(noun: Token, lexicon: Lexicon) -> bool:
    """A fire that burns, not gunfire: "a fire" (gunfire takes no indefinite article), "an apartment fire",
    "the fire that broke out at the club" (``blaze_nouns``, ``blaze_modifiers``, ``blaze_verbs``)."""
    if noun.lemma_.lower() not in lexicon.word_set("blaze_nouns"):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return True
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod")}
    if modifiers & lexicon.word_set("blaze_modifiers"):
        return True
    clauses = (c for c in noun.children if c.dep_ in ("relcl", "acl"))
    return any(c.lemma_.lower() in lexicon.word_set("blaze_verbs") for c in clauses)
