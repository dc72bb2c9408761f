"""Dependency-parse helpers: is a date or place attached to the event's word, or to another clause?"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

CLAUSE_POS = {"VERB", "AUX"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "parataxis", "pcomp"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "into", "within", "on"}
MOTION_LEMMAS = {"visit", "arrive", "reach", "tour", "enter", "land", "travel", "fly", "go", "come", "return"}
MOTION_PREPOSITIONS = {"to", "into"}
COMPLEMENT_DEPS = {"xcomp", "pcomp", "prep"}  # a verb's complements, told at its time


def span_of(doc: Doc | None, start: int, end: int) -> Span | None:
    """The doc's tokens covering text[start:end], or None when the doc cannot tell."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def clause_head(token: Token) -> Token:
    """The verb that heads the clause of a token (the token itself when it is one)."""
    current = token
    while current.pos_ not in CLAUSE_POS and current.head != current:
        if current.dep_ in CLAUSE_DEPS and current.pos_ in CLAUSE_POS:
            break
        current = current.head
    return current


def event_clause(trigger: Span) -> Token:
    """The clause head of the event word ("held" for "held talks", "met" for "met")."""
    return clause_head(trigger.root)


def told_in_past(clause: Token) -> bool:
    """The clause is told in the simple past or the past perfect ("were arrested", "retaliated", "had
    called"), not in the present, present perfect, future or a modal ("have been praised", "is
    fighting", "would meet"). A verb coordinated without auxiliaries of its own takes its head's."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries and clause.dep_ == "conj" and clause.head.pos_ in CLAUSE_POS and clause.tag_ == "VBN":
        return told_in_past(clause.head)
    if auxiliaries:
        return auxiliaries[0].tag_ == "VBD"
    return clause.tag_ == "VBD"


def coincident_antecedent(
    clause: Token, prepositions: frozenset[str], adverbs: frozenset[str]
) -> Token | None:
    """The noun a relative clause happens at the time of: "session" in "a session, during which they
    agreed", "Monday" in "on Monday, when they signed"; None for any other clause. A complement of the
    relative clause's verb ("agreed on withdrawing") shares its time."""
    while clause.dep_ in COMPLEMENT_DEPS and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    for child in clause.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return clause.head
        if child.dep_ == "prep" and child.lower_ in prepositions and has_child(child, "which"):
            return clause.head
    return None


def has_child(token: Token, word: str) -> bool:
    return any(child.lower_ == word for child in token.children)


def attached_to(span: Span, clause: Token, trigger: Span) -> bool:
    """True when the span hangs off the event's clause or word, without crossing another clause."""
    root = span.root
    trigger_tokens = {t.i for t in trigger}
    current = root
    while True:
        if current.i in trigger_tokens or current.i == clause.i:
            return True
        if current.head == current:
            return False
        if current != root and current.pos_ in CLAUSE_POS:
            return False
        current = current.head


def is_locative(span: Span) -> bool:
    """ "in Brussels", "at NATO headquarters", "arrived in Baghdad", "visited Baghdad", "flew to Paris"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and head.lower_ in MOTION_PREPOSITIONS:
        return head.head.lemma_.lower() in MOTION_LEMMAS
    if root.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in MOTION_LEMMAS:
        return True
    if root.dep_ in ("appos", "conj", "compound") and head != root:
        return is_locative(head.doc[head.i : head.i + 1])
    return False
