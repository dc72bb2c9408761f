"""Whether a past participle trigger is passive when the parser did not say so (round 12).

"The minister stands accused of bribery": a participle complement of a stative verb is passive, its
governor's subject undergoes the act (``stative_passive_verbs``); so does a bare participle clause ("the
men are in custody, accused of fraud"). "Hungary is opposed to the plan": a
participle used as an adjective with its "to" phrase is the subject's own stance, not something done
to it (``adjectival_participles``). ``arguments.py`` asks both before it reads the subject.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.parties import prep_objects
from eventwire.events.triggers import children, in_words

STANCE_PREPS = frozenset({"to"})


def stative_passive_subjects(verb: Token) -> list[Token]:
    """The subject of a stative governor whose participle complement the trigger is ("stands
    accused", "remained detained"); none for an active complement ("stood to gain")."""
    governor = verb.head
    if verb.tag_ != "VBN" or verb.dep_ not in ("xcomp", "acomp", "oprd") or governor == verb:
        return []
    if not in_words(governor, argument_word_set("stative_passive_verbs")):
        return []
    if children(verb, ("dobj", "obj", "nsubj", "nsubjpass")):
        return []
    return children(governor, ("nsubj",))


def participle_clause_subjects(verb: Token) -> list[Token]:
    """The main clause's subject of a bare past-participle clause ("three men are in custody, accused
    of fraud": the men are accused); none with an auxiliary, a subject or an object of its own."""
    if verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.head == verb:
        return []
    if children(verb, ("aux", "auxpass", "nsubj", "nsubjpass", "dobj", "obj", "mark")):
        return []
    if not set_off(verb):
        return []  # "groups (outlawed in Russia)": a bracket says something of a noun, not the subject
    return children(verb.head, ("nsubj", "nsubjpass"))


def set_off(verb: Token) -> bool:
    """A participle clause opens the sentence or follows a comma ("..., accused of fraud")."""
    return verb.i == verb.sent.start or verb.doc[verb.i - 1].text == ","


def adjectival_stance(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """(subject, "to" objects) of a participle of stance read as passive ("is opposed to the plan":
    the subject opposes the plan); None when a "by" agent makes it a real passive."""
    if not in_words(verb, argument_word_set("adjectival_participles")) or verb.tag_ not in ("VBN", "JJ"):
        return None
    if children(verb, ("agent",)):
        return None
    subjects = children(verb, ("nsubjpass", "nsubj"))
    targets = prep_objects(verb, STANCE_PREPS)
    if not subjects or not targets:
        return None
    return subjects, targets


def stranded_passive_subjects(verb: Token) -> list[Token]:
    """The subject of a passive the parser left without one, hanging it as another verb's object ("on
    hearing her son had been convicted": the son; "heard the men were arrested"): the noun right before
    the passive's auxiliaries. A passive with no such noun has none, and never takes the subject of the
    clause it hangs on (the mother who heard of it was not the one who convicted)."""
    auxiliaries = children(verb, ("aux", "auxpass"))
    if not any(a.dep_ == "auxpass" for a in auxiliaries):
        return []
    if children(verb, ("nsubjpass", "nsubj", "csubjpass")):
        return []
    first = min((a.i for a in auxiliaries), default=verb.i)
    before = verb.doc[first - 1] if first > verb.sent.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN", "PRON") or before.dep_ not in ("dobj", "obj"):
        return []
    return [before] if before.head != verb and not before.is_ancestor(verb) else []
