"""Bodies named through another body's KB name: "the Trades Union Congress" is not the US Congress,
"the Libyan House of Representatives" not the US House, "the Social Democrats" not the US party.

The pieces of a sentence (``pieces.py``) are checked here before phrases are grouped.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from eventwire.actors.kb import KnowledgeBase

if TYPE_CHECKING:
    from eventwire.actors.piece import Piece

INTERNATIONAL = frozenset({"NGO", "IGO", "UNO", "EUR", "MNC", "IMG"})


def longer_name_evidence(
    doc: Doc, inside: list[Piece], start: int, end: int, kb: KnowledgeBase
) -> tuple[Piece, ...] | None:
    """ "Trades Union Congress", "Liberal Democrats": a proper name that ends in the KB name of an
    institution or a body ("Congress", "Democrats") after capitalised words naming no owner is another
    body. Returns what its other words say (owners, sector words), or None when the name is the KB's.

    An institution's seat read through a longer name is always another body; a body's name only after
    words no KB piece explains ("Senate Democrats" stay the party)."""
    named = [p for p in inside if p.kind in ("ACTOR", "CAPITAL")]
    if not named or named[-1].end != end or named[-1].start == start:
        return None
    last = named[-1]
    forms = {s.form for s in last.surfaces}
    kinds = {kb.entities[s.kb_id].kind for s in last.surfaces}
    if forms != {"metonym"} and kinds & {"country", "territory", "person"}:
        return None  # "Bank of England", "University of Baghdad": the country owns the body
    owning = [p for p in inside if p.kind in ("ACTOR", "CAPITAL", "DEMONYM") and p is not last]
    owners = {i for p in owning for i in range(p.start, p.end)}
    explained = {i for p in inside for i in range(p.start, p.end)} if forms != {"metonym"} else owners
    words = [doc[i] for i in range(start, last.start) if i not in explained and i not in owners]
    if not any(t.text[:1].isupper() and t.is_alpha and not t.is_stop for t in words):
        return None
    kept = ("DEMONYM", "ACTOR", "CAPITAL", "SECTOR", "TITLE")
    return tuple(p for p in inside if p is not last and p.kind in kept)


def foreign_bodies(pieces: list[Piece], kb: KnowledgeBase) -> list[Piece]:
    """ "The Libyan House of Representatives": a national body's KB name right after another
    country's demonym names that country's body of the same kind (a sector word), not the KB's body."""
    ordered = sorted(pieces, key=lambda p: p.start)
    for owner, body in pairwise(ordered):
        if owner.kind != "DEMONYM" or body.kind not in ("ACTOR", "CAPITAL") or body.start != owner.end:
            continue
        sectors = _national_body_sectors(body, kb)
        if sectors and not {s.kb_id for s in owner.surfaces} & {s.kb_id for s in body.surfaces}:
            owned = {kb.entities[s.kb_id].country for s in body.surfaces}
            if not owned & {s.kb_id for s in owner.surfaces}:
                body.kind, body.surfaces, body.sectors = "SECTOR", (), sectors
    return pieces


def _national_body_sectors(piece: Piece, kb: KnowledgeBase) -> tuple[str, ...]:
    """The sectors of a piece that names one country's institution or body ("Congress", "House of
    Representatives"), or () when it names a country, a person, an international body or a group."""
    sectors: list[str] = []
    for surface in piece.surfaces:
        entity = kb.entities[surface.kb_id]
        if surface.form == "metonym":
            sectors += surface.sectors
        elif entity.kind == "org" and entity.country and len(entity.country) == 3 and entity.sectors:
            if entity.country in INTERNATIONAL:
                return ()
            sectors += entity.sectors
        else:
            return ()
    return tuple(dict.fromkeys(sectors))


def names_before_bodies(pieces: list[Piece], sent: Span, kb: KnowledgeBase) -> list[Piece]:
    """ "The Social Democrats", "the Christian Democrats": capitalised words no piece explains right
    before a body's KB name (not at the start of the sentence, where every word is capitalised) make a
    longer name, another body; the piece becomes that unknown body, in place."""
    doc = sent.doc
    taken = {i for p in pieces for i in range(p.start, p.end)}
    for piece in pieces:
        if piece.kind != "ACTOR" or not _all_bodies(piece, kb):
            continue
        start = piece.start
        while start - 1 > sent.start and _name_word(doc[start - 1]) and start - 1 not in taken:
            start -= 1
        if start < piece.start:
            piece.start, piece.kind, piece.label, piece.surfaces, piece.body = start, "UNK", "ORG", (), True
    return pieces


def _all_bodies(piece: Piece, kb: KnowledgeBase) -> bool:
    """Every surface of the piece names an organisation by its name or alias (not a country, person,
    group, or a building standing for an institution)."""
    return bool(piece.surfaces) and all(
        kb.entities[s.kb_id].kind == "org" and s.form in ("name", "alias") for s in piece.surfaces
    )


def _name_word(token: Token) -> bool:
    """A capitalised word that can be part of a name ("Social"; not "Back" of a title-case headline)."""
    return (
        token.is_alpha and token.text[:1].isupper() and not token.is_stop and token.pos_ in ("PROPN", "ADJ")
    )
