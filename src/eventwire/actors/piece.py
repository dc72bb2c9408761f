"""The record of one piece of an actor description: a span of the doc with what it names (``Piece``)."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.actors.kb import Surface
from eventwire.actors.titles import Title


@dataclass(slots=True)
class Piece:
    """Tokens [start, end) of the doc that name or describe (part of) an actor."""

    start: int
    end: int
    kind: str  # ACTOR, CAPITAL, DEMONYM, PERSON, TITLE, REF, SECTOR, BLOCK, UNK
    surfaces: tuple[Surface, ...] = ()
    title: Title | None = None
    sectors: tuple[str, ...] = ()
    label: str | None = None  # the NER label, for pieces the NER found
    inner: tuple[Piece, ...] = ()  # KB pieces inside an unknown organisation's name
    agent: bool = False  # followed by "-backed", "-allied", …: not the owner of what follows
    ref: str | None = None  # a REF piece's word ("organization"), until references.py resolves it
    group: bool = False  # the surfaces are several actors together ("the two countries"), not alternatives
    body: bool = False  # a longer name around an institution's ("Trades Union Congress"): a body, no event
