"""Who speaks through a document or a medium a clause hangs on ("a letter from the ministry denying",
"posted a message on Twitter blaming Iran"), and who received it."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.entities import RESOLVABLE_POSSESSIVES
from eventwire.events.parties import names_actor, names_someone, prep_objects
from eventwire.events.patterns import Lexicon
from eventwire.events.subjects import subject_of
from eventwire.events.triggers import children, in_words


def document_author(document: Token, lexicon: Lexicon) -> Token | None:
    """Who speaks through a document a participle clause hangs on: its possessor, its "from" or "by" phrase
    or a name modifying it ("a letter from the ministry denying the permit"), else whoever issued it ("the
    council issued resolutions condemning ..."); never whoever received it ("the group received a letter
    denying ...")."""
    authors = children(document, ("poss",))
    authors += prep_objects(document, argument_word_set("document_author_preps"))
    authors += [m for m in children(document, ("compound",)) if names_actor(m)]
    authors = [a for a in authors if names_someone(a, lexicon) or a.lower_ in RESOLVABLE_POSSESSIVES]
    if authors:
        return authors[0]
    return None if document_receivers(document) else participant_of(document)


def document_noun(noun: Token) -> bool:
    """A letter, a statement, a resolution … (``document_nouns``): it says what its author says."""
    return in_words(noun, argument_word_set("document_nouns"))


def document_receivers(document: Token) -> list[Token]:
    """The subject of a receiving verb whose object a document is ("the group received a letter"), to whom
    what the document says is addressed (``receiving_verbs``)."""
    if document.dep_ not in ("dobj", "obj"):
        return []
    if not in_words(document.head, argument_word_set("receiving_verbs")):
        return []
    return children(document.head, ("nsubj",))


def medium(noun: Token) -> bool:
    """A platform or medium something is posted or said on ("on Twitter", ``medium_names``)."""
    return noun.dep_ == "pobj" and in_words(noun, argument_word_set("medium_names"))


def participant_of(event_noun: Token) -> Token | None:
    """The subject of the verb an event noun depends on ("thousands converged for a rally")."""
    head = event_noun.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return subject_of(head)
        if head == head.head:
            return None
        head = head.head
    return None
