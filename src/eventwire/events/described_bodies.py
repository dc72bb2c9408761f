"""Organisations described later (round 19): "the company said" after a named firm is that firm.

A definite singular company noun (``company_nouns`` in arguments.yaml: "the company", "the Swedish firm")
with no name of its own refers to the one company named shortly before it: an ORG mention coded BUS or MNC,
or a body the knowledge base does not know and the actors stage coded as no state body, party, armed group
or news outlet. With two such companies named the description is left alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.argument_words import argument_word_set
from eventwire.records import Mention

WINDOW = 300  # tokens back to look for the company a description refers to
SINGULAR_NOUN_TAGS = frozenset({"NN"})


def described_company(head: Token, ordered: list[tuple[int, Mention]]) -> Mention | None:
    """The company mention a description such as "the company" refers back to, or None (``ordered``: the
    article's mentions by first token)."""
    if not company_description(head):
        return None
    found: dict[str, Mention] = {}
    for start, mention in reversed(ordered):
        if start >= head.i or head.i - start > WINDOW or not named_body(mention):
            continue
        if is_company(mention):
            entity = mention.entity
            found.setdefault(entity.kb_id or entity.name.lower() if entity else mention.text.lower(), mention)
    return next(iter(found.values())) if len(found) == 1 else None


def company_description(head: Token) -> bool:
    """ "the company", "the Swedish firm": a company noun in the singular with the definite article."""
    if head.lemma_.lower() not in argument_word_set("company_nouns") or head.tag_ not in SINGULAR_NOUN_TAGS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def named_body(mention: Mention) -> bool:
    """An organisation's name: an ORG mention, or a capitalised description ("Kenya Airways": a country and a
    business word), not a bare common noun ("the company" itself)."""
    return mention.kind == "ORG" or (mention.kind == "DESC" and mention.text[:1].isupper())


def is_company(mention: Mention) -> bool:
    """Whether an ORG mention names a company: coded BUS or MNC, or unknown to the KB and coded as no body
    that is not a company (a state body, a party, an armed group, a news outlet, an IGO or NGO)."""
    entity = mention.entity
    if entity is None:
        return False
    sectors = {s.lower() for s in entity.sectors}
    country = (entity.country or "").lower()
    if sectors & argument_word_set("company_sectors") or country in argument_word_set("company_codes"):
        return True
    if entity.kb_id is not None or country in argument_word_set("non_company_codes"):
        return False
    return not sectors & argument_word_set("non_company_sectors")
