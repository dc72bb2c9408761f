"""Portfolio titles: "Culture, Media and Sport Secretary", "Work and Pensions Secretary" (round 12).

A minister's portfolio is often a list of capitalised words coordinated before the office word. Those
words are part of the title, never actors of their own: the recogniser's "Media" (a sector) or
"Sport" (an organisation) inside the list are dropped, and the list with its office word becomes one
title piece, which joins the name after it ("... Secretary Tessa Jowell") like any title. Office words
are ``portfolio_heads`` in ``grammar.yaml``; a list holding a country or its people ("Russian and
Ukrainian Foreign Ministers") is left alone.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.grammar import grammar
from eventwire.actors.names import alias_key
from eventwire.actors.piece import Piece
from eventwire.actors.titles import Title

NATIONAL_KINDS = frozenset({"ACTOR", "CAPITAL", "DEMONYM", "PERSON"})
PORTFOLIO_OFFICE = "portfolio_minister"


def portfolio_titles(pieces: list[Piece], sent: Span) -> list[Piece]:
    """The pieces with each coordinated portfolio title made one TITLE piece."""
    for head in sent:
        start = portfolio_start(head, sent)
        if start is None:
            continue
        end = head.i + 1
        inside = [p for p in pieces if p.start < end and p.end > start]
        if any(p.kind in NATIONAL_KINDS for p in inside):
            continue
        known = next((p.title for p in inside if p.kind == "TITLE" and p.end == end), None)
        text = sent.doc[start:end].text
        title = known or Title(PORTFOLIO_OFFICE, alias_key(text), "national", ("GOV",), frozenset())
        rest = [p for p in pieces if p not in inside]
        pieces = [*rest, Piece(start, end, "TITLE", title=title, sectors=title.sectors)]
    return sorted(pieces, key=lambda p: p.start)


def portfolio_start(head: Token, sent: Span) -> int | None:
    """Where the coordinated portfolio before an office word begins: capitalised words with at least
    one coordinator among them ("Culture, Media and Sport"); None when there is none."""
    if head.lower_ not in grammar().portfolio_heads or not head.text[:1].isupper():
        return None
    start, coordinated = head.i, False
    while start - 1 >= sent.start:
        word = sent.doc[start - 1]
        if word.lower_ in grammar().coordinators and start < head.i:
            coordinated = True
        elif not (word.is_alpha and word.text[:1].isupper()) or word.lower_ in grammar().determiners:
            break  # "the Work and Pensions Secretary": the article is no part of the title
        start -= 1
    while start < head.i and sent.doc[start].lower_ in grammar().coordinators:
        start += 1  # a list opens with a word, not a comma
    words = [sent.doc[i] for i in range(start, head.i) if sent.doc[i].lower_ not in grammar().coordinators]
    return start if coordinated and len(words) >= 2 else None
