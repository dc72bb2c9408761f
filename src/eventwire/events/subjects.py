"""Who acts: the subject of a trigger verb through control verbs, relative clauses, reporting clauses,
shared passives and "by" agents (deep ones included), for ``arguments.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.datelines import in_dateline, subject_after_dateline
from eventwire.events.parties import names_actor, plausible_actor
from eventwire.events.patterns import Lexicon
from eventwire.events.segments import line_opening_phrase, on_other_line
from eventwire.events.senses import antecedent
from eventwire.events.triggers import (
    children,
    in_words,
    of_objects,
    unglued_subject,
)

REPORTED_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
DEEP_AGENT_DEPTH = 3


def subject_of(verb: Token, lexicon: Lexicon | None = None) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/advcl chains and relative clauses.

    A pronoun subject of a reported clause is the reporting subject: "Turkey says it will ...";
    with ``lexicon``, a relative pronoun is what it stands for when that can act ("rebels, who
    attacked the town": the rebels; not "the attack, which killed dozens").
    """
    for _ in range(6):
        subjects = [w for s in children(verb, ("nsubj", "csubj")) for w in unglued_subject(s, verb)]
        subjects = nearest_first(outside_dateline(subjects), verb)
        if subjects and on_other_line(subjects[0], verb):
            return line_opening_phrase(verb)
        if subjects:
            return reporting_subject(subjects[0], verb) or relative_subject(subjects[0], lexicon)
        agent = passive_agent(verb)
        if agent is not None:
            return agent
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return verb.head
        culprit = culpable_subject(verb, lexicon)
        if culprit is not None:
            return culprit
        if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
            governor = verb.head.head
            objects = [o for o in children(governor, ("dobj",)) if acting_object(o, lexicon)]
            if verb.head.lower_ not in argument_word_set("deed_preps"):
                objects = []  # "re-admitted Syria, years after expelling it": the subject expelled
            if objects:  # "praised Peru for helping", "accused X of attacking": the object acts
                return objects[0]
            undergoer = children(governor, ("nsubjpass",))
            if undergoer and not children(governor, ("nsubj",)):  # "was jailed for shooting a burglar"
                return relative_subject(undergoer[0], lexicon)
            verb = governor
            continue
        controller = controller_of(verb, lexicon)
        if controller is not None:
            return controller
        undergoer = active_undergoer(verb)
        if undergoer is not None:  # "was killed by a bomb while fighting the rebels": the killed fought
            return relative_subject(undergoer, lexicon)
        speaker = reporter_of_stray_conjunct(verb, lexicon)
        if speaker is not None:  # "said the comment was unacceptable and demanded an apology"
            return speaker
        if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head != verb:
            verb = verb.head
            continue
        return None
    return None


def active_undergoer(verb: Token) -> Token | None:
    """The subject of the passive a "while"/"when" participle clause hangs on, who does what the clause says
    ("was killed while fighting against X", round 24: ``activity_marks``); None for other clauses."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG":
        return None
    if not any(c.dep_ == "mark" and c.lower_ in argument_word_set("activity_marks") for c in verb.children):
        return None
    undergoers = children(verb.head, ("nsubjpass",))
    return undergoers[0] if undergoers else None


def reporter_of_stray_conjunct(verb: Token, lexicon: Lexicon | None) -> Token | None:
    """The reporting subject of a verb the parser coordinated with a reported copula whose subject is a thing
    ("X said the comment was unacceptable, and demanded an apology": X demanded, not the comment or its
    author; round 24); None otherwise."""
    clause = verb.head
    if lexicon is None or verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.lemma_ != "be":
        return None
    things = [s for s in children(clause, ("nsubj",)) if s.pos_ == "NOUN" and not plausible_actor(s, lexicon)]
    reporters = children(clause.head, ("nsubj",))
    return reporters[0] if things and reporters else None


def acting_object(noun: Token, lexicon: Lexicon | None) -> bool:
    """An object that names a party or people ("praised Peru for helping", "jailed the farmer for shooting a
    burglar": the farmer shot)."""
    return names_actor(noun) or (lexicon is not None and plausible_actor(noun, lexicon))


def nearest_first(subjects: list[Token], verb: Token) -> list[Token]:
    """Two subjects before one verb, split by a comma, are a misparse of a fronted clause ("Since the coup
    attempt last July, Turkey has shut down …": "attempt" and "Turkey"): the one after the comma first."""
    before = [s for s in subjects if s.i < verb.i]
    if len(before) < 2:
        return subjects
    first, last = min(before, key=lambda s: s.i), max(before, key=lambda s: s.i)
    if not any(t.text == "," for t in verb.doc[first.i : last.left_edge.i]):
        return subjects
    return [last, *(s for s in subjects if s is not last)]


def outside_dateline(subjects: list[Token]) -> list[Token]:
    """Subjects without a dateline's place the parser took for one ("LONDON, March 3 (Reuters) - the
    minister urged": the minister, the noun after the dateline when the parser gave it no role)."""
    if not subjects or not in_dateline(subjects[0]):
        return subjects
    rest = [s for s in subjects if not in_dateline(s)]
    after = subject_after_dateline(subjects[0])
    return rest or ([after] if after is not None else [])


def controller_of(verb: Token, lexicon: Lexicon | None) -> Token | None:
    """Who does what an infinitive complement says when an object-control governor names them: the
    object ("forced the police to open fire", "ordered troops to withdraw") or the passive
    governor's subject ("the police were forced to open fire"). Other governors' complements are
    their subject's ("summoned the ambassador to complain": the summoner complains)."""
    governor = verb.head
    if lexicon is None or verb.dep_ != "xcomp" or governor == verb or governor.pos_ != "VERB":
        return None
    if not in_words(governor, lexicon.word_set("object_control_verbs")):
        return None
    objects = [o for o in children(governor, ("dobj",)) if plausible_actor(o, lexicon)]
    if objects:
        return objects[0]
    passive = [antecedent(s) for s in children(governor, ("nsubjpass",))]
    return passive[0] if passive and plausible_actor(passive[0], lexicon) else None


def culpable_subject(verb: Token, lexicon: Lexicon | None) -> Token | None:
    """Who "was guilty of violating" or "is responsible for killing": the copula's subject."""
    prep = verb.head
    if lexicon is None or verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.head.dep_ != "acomp":
        return None
    if not in_words(prep.head, lexicon.word_set("responsibility_adjectives")):
        return None
    subjects = children(prep.head.head, ("nsubj",))
    return subjects[0] if subjects else None


def relative_subject(subject: Token, lexicon: Lexicon | None) -> Token:
    """A relative pronoun's antecedent when it names someone who can act; else the subject itself."""
    named = antecedent(subject)
    if named is subject or lexicon is None or not plausible_actor(named, lexicon):
        return subject
    return member_subject(named) or named


def member_subject(group: Token) -> Token | None:
    """Who a clause on a class of parties is said of, when the sentence says they are one of that class ("the
    US is one of the few donor governments that have provided funding": the US provided it)."""
    link = group.head
    if group.dep_ != "pobj" or link.lower_ != "of" or link.head.lower_ != "one":
        return None
    one = link.head
    if one.dep_ != "attr" or one.head.lemma_ != "be":
        return None
    subjects = children(one.head, ("nsubj",))
    return subjects[0] if subjects else None


def reporting_subject(pronoun: Token, verb: Token) -> Token | None:
    """The subject of the verb that reports a clause whose subject is "it", "they", "he" or "she"."""
    if pronoun.lower_ not in REPORTED_PRONOUNS or verb.dep_ != "ccomp":
        return None
    outer = children(verb.head, ("nsubj",))
    if outer and outer[0].pos_ != "PRON":
        return outer[0]
    return None


def subordinated_passive_subject(verb: Token) -> list[Token]:
    """The subject of a passive clause the parser read as a prepositional phrase and a coordinated verb:
    "was arrested after the mayor, X, was stabbed" (no "and": "after" takes "the mayor" as its object and
    "was stabbed" becomes a second verb of "arrested"). The object of such a subordinating preposition
    (``clause_subordinators``) that ends right before the passive's auxiliary is the one stabbed."""
    auxiliaries = children(verb, ("auxpass",))
    first = verb.head
    if verb.dep_ != "conj" or not auxiliaries or children(verb, ("nsubj", "nsubjpass")):
        return []
    if any(c.dep_ == "cc" and first.i < c.i < verb.i for c in first.children):
        return []
    subordinators = argument_word_set("clause_subordinators")
    for prep in children(first, ("prep",)):
        if prep.lower_ not in subordinators or not first.i < prep.i < verb.i:
            continue
        for subject in children(prep, ("pobj",)):
            between = verb.doc[subject.right_edge.i + 1 : auxiliaries[0].i]
            if all(t.is_punct for t in between):
                return [subject]
    return []


def shared_passive_subject(verb: Token, lexicon: Lexicon) -> list[Token]:
    """The subject a coordinated passive shares with the verb before it: "the leaders left the office and
    were arrested" (the leaders were arrested, by someone unsaid), "the activist was arrested and tortured"
    (a bare participle after a passive shares its subject); never the verb's own "by" agent ("Turkey faces
    sanctions and was condemned by Egypt": Turkey was condemned, Egypt condemned)."""
    if verb.dep_ != "conj" or children(verb, ("nsubj", "nsubjpass")):
        return []
    first = verb.head
    undergoer = children(first, ("nsubjpass",))
    if children(verb, ("auxpass",)):
        subject = undergoer[0] if undergoer else subject_of(first, lexicon)
        return [subject] if subject is not None else []
    bare_participle = verb.tag_ == "VBN" and not children(verb, ("aux", "dobj", "obj"))
    if not bare_participle or first.tag_ != "VBN":
        return []
    if not undergoer and children(first, ("auxpass",)):  # "sneaked in and were identified and arrested"
        return shared_passive_subject(first, lexicon)
    return undergoer[:1]


def passive_agent(verb: Token) -> Token | None:
    """The "by" agent of a passive verb, also when the parser hung it deeper, on a place or a time
    in the verb's prepositional phrases ("detained at a checkpoint in the north by soldiers")."""
    for agent in children(verb, ("agent",)):
        objects = children(agent, ("pobj",))
        if objects:
            return objects[0]
    if not children(verb, ("auxpass", "nsubjpass")) and not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return None
    return deep_agent(verb)


def coordinated_agent(verb: Token) -> Token | None:
    """The "by" agent a passive shares with the bare participle coordinated after it ("have been detained and
    forcibly disappeared by the militia", "some had been killed and others taken hostage by the army": the
    militia detained, the army killed); not a participle with an auxiliary of its own ("he was shot and his
    brother was arrested by police"), nor one before the passive."""
    if not children(verb, ("auxpass", "nsubjpass")):
        return None
    for conjunct in verb.conjuncts:
        if conjunct.i < verb.i or conjunct.tag_ != "VBN" or children(conjunct, ("aux", "auxpass")):
            continue
        agent = next((a for a in children(conjunct, ("agent",)) if children(a, ("pobj",))), None)
        if agent is not None:
            return children(agent, ("pobj",))[0]
    return None


def deep_agent(verb: Token) -> Token | None:
    """A "by" phrase naming people at the end of a chain of prepositional phrases of the verb."""
    frontier = [o for p in children(verb, ("prep",)) for o in children(p, ("pobj",))]
    for _ in range(DEEP_AGENT_DEPTH):
        inner = []
        for noun in frontier:
            for prep in children(noun, ("prep", "agent")):
                objects = children(prep, ("pobj",))
                if prep.lower_ == "by" and objects and looks_like_agent(objects[0]):
                    return objects[0]
                inner += objects
        frontier = inner
    return None


def looks_like_agent(token: Token) -> bool:
    """A phrase that can act: a named actor or people ("soldiers", "a mob of protesters")."""
    if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and (token.tag_ == "NNS" or bool(of_objects(token)))


def participle_agents(noun: Token) -> list[Token]:
    """The "by" agents of past participles modifying an event noun ("the offensive launched by the
    militants", "the raid carried out by the army")."""
    participles = [c for c in children(noun, ("acl",)) if c.tag_ == "VBN"]
    return [a for a in (passive_agent(p) for p in participles) if a is not None]
