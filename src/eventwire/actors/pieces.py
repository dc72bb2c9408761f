"""The pieces of actor descriptions in a sentence: KB names, titles, sector terms and NER names.

Gazetteer hits come first; spaCy's entities add what the KB does not know (unknown people and
organisations), and capitalised words after an office title or an honorific are taken as a name.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from eventwire.actors.bodies import foreign_bodies, longer_name_evidence, names_before_bodies
from eventwire.actors.gazetteer import Gazetteer
from eventwire.actors.grammar import grammar
from eventwire.actors.piece import Piece
from eventwire.actors.places import city_country
from eventwire.actors.portfolios import portfolio_titles

NER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Piece kinds that name an actor (or its owner) rather than describe a role.
NAMING = frozenset({"ACTOR", "CAPITAL", "DEMONYM", "PERSON", "UNK"})


def sentence_pieces(sent: Span, gazetteer: Gazetteer, ents: Sequence[Span] | None = None) -> list[Piece]:
    """All pieces of a sentence, without overlaps, in text order.

    ``ents``: the doc's entities, when the caller has them (``Span.ents`` rebuilds them every time).
    """
    pieces = [
        Piece(m.start, m.end, m.kind, m.surfaces, m.title, m.sectors, ref=m.ref)
        for m in gazetteer.matches(sent)
    ]
    in_sentence = sent.ents if ents is None else [e for e in ents if sent.start <= e.start < sent.end]
    for ent in in_sentence:
        if ent.label_ in NER_LABELS:
            pieces = _add_entity(pieces, ent, gazetteer)
    pieces = portfolio_titles(pieces, sent)  # "Culture, Media and Sport Secretary": one title
    pieces = _add_names_after_titles(_names_taken_for_places(pieces, sent), sent)
    pieces = names_before_bodies(foreign_bodies(pieces, gazetteer.kb), sent, gazetteer.kb)
    for piece in pieces:
        piece.agent = _before_participle(sent.doc, piece.end)
    return sorted(pieces, key=lambda p: p.start)


def _before_participle(doc: Doc, end: int) -> bool:
    """True for "US" in "US-backed", "Saudi - led"."""
    i = end
    if i < len(doc) and doc[i].text in ("-", "–"):
        i += 1
    return i < len(doc) and i > end and doc[i].lower_ in grammar().agent_participles


def _content(span: Span) -> tuple[int, int]:
    """The span without leading determiners and trailing punctuation or possessives."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].lower_ in grammar().determiners or span.doc[start].is_punct):
        start += 1
    while end > start and (span.doc[end - 1].is_punct or span.doc[end - 1].tag_ == "POS"):
        end -= 1
    return start, end


def _add_entity(pieces: list[Piece], ent: Span, gazetteer: Gazetteer) -> list[Piece]:
    start, end = _content(ent)
    end = next((t.i + 1 for t in ent.doc[start:end] if "\n" in t.whitespace_ or t.is_space), end)
    while end > start and (ent.doc[end - 1].is_space or ent.doc[end - 1].is_punct):
        end -= 1
    if start >= end:
        return pieces
    inside = [p for p in pieces if p.start >= start and p.end <= end]
    crossing = [p for p in pieces if p.start < end and p.end > start and p not in inside]
    if any(p.start <= start and p.end >= end for p in crossing):
        return pieces  # a KB piece already covers the entity
    if ent.label_ == "PERSON" and inside and _covered(inside, start, end):
        return pieces  # "Alliance Headquarters" taken for a person: the KB's words explain it
    if ent.label_ == "PERSON":
        leading = [p for p in crossing + inside if p.kind == "TITLE" and p.start <= start < p.end]
        leading += [p for p in inside if p.kind == "DEMONYM" and p.start == start]  # "Italian Dominik Paris"
        if leading:
            start = max(p.end for p in leading)
            crossing = [p for p in crossing if p not in leading]
            inside = [p for p in inside if p not in leading and p.start >= start]
        if crossing or start >= end:
            return pieces
        if any(
            p.kind in ("ACTOR", "CAPITAL", "PERSON", "DEMONYM") and (p.start, p.end) == (start, end)
            for p in inside
        ):
            return pieces
        rest = [p for p in pieces if p not in inside]
        return [*rest, Piece(start, end, "PERSON", label="PERSON")]
    if crossing:
        return pieces
    named = _name_after_title(ent.doc, inside, end)
    if named is not None:
        return [*pieces, named]
    evidence = (
        longer_name_evidence(ent.doc, inside, start, end, gazetteer.kb)
        if ent.label_ in ("ORG", "NORP")
        else None
    )
    if evidence is not None:  # "the Trades Union Congress" is not the US Congress
        rest = [p for p in pieces if p not in inside]
        return [*rest, Piece(start, end, "UNK", label="ORG", inner=evidence, body=True)]
    covered = {i for p in inside for i in range(p.start, p.end)}
    uncovered = [ent.doc[i] for i in range(start, end) if i not in covered and not ent.doc[i].is_punct]
    if not uncovered or (inside and all(t.is_stop and t.is_lower for t in uncovered)):
        return pieces  # "the Organization in Iraq": the KB pieces say it all
    if ent.label_ in ("GPE", "NORP", "LOC") and not inside:
        near = gazetteer.fuzzy_country(ent.doc[start:end].text)  # "Ethopia", "Afganistan"
        if near:
            return [*pieces, Piece(start, end, "DEMONYM" if ent.label_ == "NORP" else "ACTOR", near)]
        return [*pieces, Piece(start, end, "UNK", label=ent.label_)]
    # a place named after another ("New South Wales", "South China Sea") says nothing of that country
    kinds = (
        ("DEMONYM",)
        if ent.label_ in PLACE_LABELS
        else ("DEMONYM", "SECTOR", "TITLE", "ACTOR", "CAPITAL", "REF")
    )
    evidence = tuple(p for p in inside if p.kind in kinds)
    rest = [p for p in pieces if p not in inside]
    return [*rest, Piece(start, end, "UNK", label=ent.label_, inner=evidence)]


def _covered(inside: list[Piece], start: int, end: int) -> bool:
    """True when non-person KB pieces cover every token of [start, end)."""
    if any(p.kind == "PERSON" for p in inside):
        return False
    return {i for p in inside for i in range(p.start, p.end)} >= set(range(start, end))


def _name_after_title(doc: Doc, inside: list[Piece], end: int) -> Piece | None:
    """An organisation-labelled "Prime Minister Mustafa X" is a title followed by a name."""
    titles = [p for p in inside if p.kind == "TITLE" and p.end < end]
    if not titles:
        return None
    begin = max(p.end for p in titles)
    if any(p.start >= begin for p in inside) or not all(_name_word(doc[i]) for i in range(begin, end)):
        return None
    return Piece(begin, end, "PERSON", label="TITLED")


def _add_names_after_titles(pieces: list[Piece], sent: Span) -> list[Piece]:
    """Capitalised words right after a singular title or an honorific are a person's name."""
    taken = {i for p in pieces for i in range(p.start, p.end)}
    triggers = [p.end for p in pieces if p.kind == "TITLE" and not _plural(sent.doc[p.end - 1])]
    triggers += [
        t.i + 1 + (sent.doc[t.i + 1].text == "." if t.i + 1 < sent.end else 0)
        for t in sent
        if t.lower_.rstrip(".") in grammar().name_introducers and t.text[:1].isupper() and t.i not in taken
    ]
    added = []
    for begin in triggers:
        end = begin
        while end < sent.end and end not in taken and _name_word(sent.doc[end]):
            end += 1
        if _lend_honorifics(pieces, sent, begin, end):  # "Commissioner Sir John Smith": Sir is John Smith's
            continue
        if end > begin and any(sent.doc[i].text[:1].isupper() for i in range(begin, end)):
            added.append(Piece(begin, end, "PERSON", label="TITLED"))
            taken.update(range(begin, end))
    return pieces + added


def _lend_honorifics(pieces: list[Piece], sent: Span, begin: int, end: int) -> bool:
    """Whether the words after a title are only honorifics (``name_introducers``) right before a name found
    already ("former Police Commissioner Sir John Smith"): the name's piece takes them in, so that the title
    and the name meet, and they name no person of their own (round 28)."""
    words = [sent.doc[i].lower_.rstrip(".") for i in range(begin, end) if sent.doc[i].text != "."]
    if end == begin or not all(w in grammar().name_introducers for w in words):
        return False
    name = next((p for p in pieces if p.start == end and p.kind == "PERSON"), None)
    if name is None:
        return False
    name.start = begin
    return True


def _names_taken_for_places(pieces: list[Piece], sent: Span) -> list[Piece]:
    """ "President Buhari", "President Esteban Lazo": a name the NER took for a place or a body,
    right after a singular title, is a person when it is no city's name."""
    doc = sent.doc
    titles_end = {p.end for p in pieces if p.kind == "TITLE" and not _plural(doc[p.end - 1])}
    for piece in pieces:
        if (
            piece.kind == "UNK"
            and piece.start in titles_end
            and not piece.inner
            and all(_name_word(doc[i]) for i in range(piece.start, piece.end))
            and city_country(doc[piece.start : piece.end].text) is None
        ):
            piece.kind, piece.label = "PERSON", "TITLED"
    return pieces


def _name_word(token: Token) -> bool:
    text = token.text
    if text in ("-", "'", "’") or text.lower() in (
        "al",
        "el",
        "bin",
        "ibn",
        "abu",
        "de",
        "van",
        "von",
        "bint",
    ):
        return True
    return (
        text[:1].isupper()
        and (token.is_alpha or "-" in text or "." in text)
        and token.pos_ in ("PROPN", "NOUN", "X", "ADJ")
    )


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS")
