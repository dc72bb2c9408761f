"""Stand-in actor mentions from spaCy's named entities, for coding without the actors stage."""

from __future__ import annotations

from spacy.tokens import Doc

from eventwire.records import Mention

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})


def mentions_from_entities(doc: Doc) -> list[Mention]:
    """One unresolved Mention per actor-like entity (kind = spaCy label, candidates empty)."""
    sentence_of = {}
    for number, sentence in enumerate(doc.sents):
        for token in sentence:
            sentence_of[token.i] = number
    return [
        Mention(
            text=ent.text,
            span=(ent.start_char, ent.end_char),
            sentence=sentence_of.get(ent.start, 0),
            kind=ent.label_,
        )
        for ent in doc.ents
        if ent.label_ in ACTOR_LABELS
    ]
