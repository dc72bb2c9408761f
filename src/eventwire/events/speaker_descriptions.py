"""Speakers a description names (round 28): a body named before ("the commission said", "the NGO said"), the
issuer of a statement quoted before ("the statement added"), and an unnamed person by the description's own
words ("a former judge said": not the country the actors stage coded the judge with).

The words are speech.yaml's ``described_body_nouns``, ``issued_text_nouns`` and ``described_speaker_nouns``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.entities import MentionIndex, entity_of
from eventwire.events.speech_rules import load_rules
from eventwire.records import Entity, Mention

BODY_WINDOW = 300  # tokens back to look for the body a description refers to
ANY_BODY = "*"  # a described_body_nouns entry: also the nearest body named in the sentence or the one before
SINGULAR_TAGS = frozenset({"NN", "NNP"})
WORD = re.compile(r"[a-z]+")


def definite_singular(noun: Token) -> bool:
    """ "the commission", "the NGO": a singular noun with the definite article."""
    return noun.tag_ in SINGULAR_TAGS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def described_body(subject: Token, index: MentionIndex, at_subject: Mention | None) -> Entity | None:
    """The organisation named before that a description such as "the commission" refers to (its name holds
    the noun's word: the nearest such), else, for a generic noun ("the NGO"), the nearest body named in its
    sentence or the one before that is no state body, outlet or firm; mentioned by the description. None when
    the phrase has a name of its own or no body fits."""
    fitting = load_rules().described_body_nouns.get(subject.lemma_.lower())
    if fitting is None or not definite_singular(subject) or has_own_name(subject, at_subject):
        return None
    bodies = bodies_before(subject, index)
    named = [m for m in bodies if name_holds(m, fitting)]
    nearby = [m for m in bodies if ANY_BODY in fitting and nearby_body(m, subject)]
    chosen = (named or nearby or [None])[0]
    if chosen is None:
        return None
    span = (subject.idx, subject.idx + len(subject.text))
    return replace(entity_of(chosen), mention=subject.text, span=span)


def has_own_name(subject: Token, at_subject: Mention | None) -> bool:
    """A phrase with a name of its own ("the Warren Commission"): a proper noun beside the head, or a
    mention that is more than the head's word."""
    if any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in subject.children):
        return True
    return at_subject is not None and at_subject.text.lower() != subject.lower_


def bodies_before(subject: Token, index: MentionIndex) -> list[Mention]:
    """The organisations named before a token (up to ``BODY_WINDOW`` tokens back), nearest first."""
    return [
        mention
        for start, mention in reversed(index.ordered)
        if start < subject.i and subject.i - start <= BODY_WINDOW and mention.kind == "ORG"
    ]


def name_holds(mention: Mention, fitting: frozenset[str]) -> bool:
    """Whether a body's name (its mention or its entity's) holds one of the words."""
    name = f"{mention.text} {mention.entity.name if mention.entity else ''}".lower()
    return bool(set(WORD.findall(name)) & fitting)


def nearby_body(mention: Mention, subject: Token) -> bool:
    """A body named in the description's sentence or the one before, that is no state body, outlet or firm."""
    sentence = subject.sent
    earliest = subject.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    sectors = set(mention.entity.sectors) if mention.entity is not None else set()
    return mention.span[0] >= earliest and not sectors & load_rules().undescribed_body_sectors


def issuer_of_statement(subject: Token, previous: Entity | None, statement_end: int | None) -> Entity | None:
    """ "X said in a statement. '…,' the statement added": the last statement's speaker, when the subject is
    a definite document noun (``issued_text_nouns``) and the sentence that statement ended in holds it."""
    noun = subject.lemma_.lower()
    if previous is None or statement_end is None or noun not in load_rules().issued_text_nouns:
        return None
    if not definite_singular(subject) or statement_end <= 0:
        return None
    ended = subject.doc.char_span(statement_end - 1, statement_end, alignment_mode="expand")
    if ended is None or ended.start >= subject.i:
        return None
    if not any(t.lemma_.lower() == noun for t in ended[0].sent if t.i < subject.i):
        return None
    return replace(previous, mention=subject.text, span=(subject.idx, subject.idx + len(subject.text)))


def described_speaker_name(
    subject: Token, entity: Entity, mention: Mention | None, nouns: frozenset[str]
) -> Entity:
    """An unnamed person a description speaks of ("a former judge said", "the Russian ambassador said") named
    by the description's words rather than the country the actors stage coded it with; its code stays."""
    if mention is None or mention.kind != "DESC" or subject.tag_ not in SINGULAR_TAGS:
        return entity
    if subject.lemma_.lower() not in nouns or entity.name.lower() == mention.text.lower():
        return entity
    if entity.kb_id not in (None, entity.country):
        return entity  # a person the actors stage identified ("Russia's top diplomat": its minister)
    return replace(entity, name=description_words(subject))


DESCRIBING_DEPS = frozenset({"amod", "compound", "nmod", "poss", "case"})


def description_words(noun: Token) -> str:
    """The words of a description up to its noun and an "of" phrase right after it, without its article ("a
    former judge": "former judge"; "Russia's ambassador to Peru": "Russia's ambassador"; "Hungary's Minister
    of Foreign Affairs")."""
    modifiers = [t for c in noun.children if c.i < noun.i and c.dep_ in DESCRIBING_DEPS for t in c.subtree]
    start = min([noun.i, *(t.i for t in modifiers)])
    while start < noun.i and noun.doc[start].dep_ == "det":
        start += 1  # "the Fleet's spokesman": the Fleet's
    of_phrase = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
    end = max(t.i for t in of_phrase[0].subtree) if of_phrase else noun.i  # "Minister of Foreign Affairs"
    return noun.doc[start : end + 1].text
