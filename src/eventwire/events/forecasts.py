"""Forecasts: a warning that predicts a risk is a statement, not a THREATEN.

PLOVER's THREATEN is a threat of the actor's own (or its side's) coercive action. News uses "warn"
as often for a forecast: "the UN warns of unprecedented levels of suffering", "warned that the
deletion could harm the inquiry", "her warning that the adviser could be compromised". A THREATEN
read from a warning word (``warning_words`` in triggers.yaml) is dropped when what it warns about is
a forecast: an "of"/"about" phrase that names no event ("warned of the risk"), or a content clause
that says nothing will be done ("could harm", "is at risk") rather than what will ("would
retaliate", "will be met with force").
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.merge import Candidate
from eventwire.events.modality import ASSERTED
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import in_words

CONTENT_DEPS = ("ccomp", "acl", "relcl")
INVERTED_DEPS = ("conj", "parataxis")
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
TOPIC_PREPS = ("of", "about")
WILL_AUX = frozenset({"will", "would", "shall", "'ll", "wo", "'d"})


def content_clauses(word: Token) -> list[Token]:
    """The clauses that say what a warning is about ("warned that ...", "a warning that ..."), or the
    clause a warning is inverted after ("the cuts are throwing the market into chaos, warns the union")."""
    clauses = [c for c in word.children if c.dep_ in CONTENT_DEPS and clause_head(c)]
    clauses += [c for c in word.children if c.dep_ == "xcomp" and own_subject(c)]
    if inverted_report(word):
        clauses.append(word.head)
    return clauses


def clause_head(token: Token) -> bool:
    """A verb, or a participle the parser took for an adjective but which carries auxiliaries ("could be
    'crippled' by the move": a quoted participle; round 27)."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    return any(c.dep_ in ("aux", "auxpass") for c in token.children)


def own_subject(clause: Token) -> bool:
    """A complement with a subject of its own: a content clause the parser took for a complement ("warned
    bringing back the death penalty would violate conventions": "violate" as xcomp; round 15)."""
    return any(c.dep_ in SUBJECT_DEPS for c in clause.children)


def inverted_report(word: Token) -> bool:
    """A warning verb right after a comma that closes the clause it reports, with no subject of its own
    and no "and" before it (", warns the union"; "massed troops and warned Ukraine" is no report)."""
    if word.dep_ not in INVERTED_DEPS or word.i <= word.head.i or word.head.pos_ not in ("VERB", "AUX"):
        return False
    if word.i == 0 or word.nbor(-1).lower_ not in (",", "\u201d", '"'):
        return False
    joined = any(c.dep_ == "cc" and word.head.i < c.i < word.i for c in word.head.children)
    return not joined and not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children)


def topic_objects(word: Token) -> list[Token]:
    """Objects of the warning's "of"/"about" phrase ("warned of the risk"), also when the parser hung it on
    the warned party ("warned the minister about the dangers of disunity"; round 22)."""
    holders = [word, *(c for c in word.children if c.dep_ in ("dobj", "dative"))]
    return [
        o
        for h in holders
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]


def announces_an_act(clause: Token, lexicon: Lexicon) -> bool:
    """A clause with will/would: what will be done ("would retaliate", "will be met with force"),
    unless what it says will happen is a thing's effect ("the changes would have to go ahead",
    "bringing back the death penalty would violate conventions"): a clause subject that is an
    action or a non-actor noun forecasts."""
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in WILL_AUX for c in clause.children):
        return False
    return not any(thing_subject(s, lexicon) for s in clause.children if s.dep_ in SUBJECT_DEPS)


def thing_subject(subject: Token, lexicon: Lexicon) -> bool:
    """A clause subject that is an action ("bringing back X") or a thing that acts on nothing."""
    if subject.dep_ == "csubj" or subject.pos_ in ("VERB", "AUX"):
        return True
    forms = {subject.lower_, subject.lemma_.lower()}
    return bool(forms & lexicon.word_set("non_actor_nouns"))


def names_an_event(noun: Token, lexicon: Lexicon) -> bool:
    """An event noun ("warned of reprisals", "of strikes"), or a word that governs one; not a risk ("warned of
    the risk that thousands could be forced to return": ``risk_nouns``, round 15)."""
    if in_words(noun, lexicon.word_set("risk_nouns")):
        return False
    words = {t.lemma_.lower() for t in noun.subtree} | {t.lower_ for t in noun.subtree}
    return bool(words & set(lexicon.nouns)) or bool(words & lexicon.word_set("threat_topic_nouns"))


def forecast(candidate: Candidate, lexicon: Lexicon) -> bool:
    """A THREATEN read from a warning that only forecasts (see the module docstring)."""
    if candidate.event.event_type != "THREATEN" or candidate.frame.status != ASSERTED:
        return False
    word = candidate.trigger.token
    if not in_words(word, lexicon.word_set("warning_words")):
        return False
    clauses, topics = content_clauses(word), topic_objects(word)
    if clauses:
        return not any(announces_an_act(c, lexicon) for c in clauses)
    return bool(topics) and not any(names_an_event(t, lexicon) for t in topics)
