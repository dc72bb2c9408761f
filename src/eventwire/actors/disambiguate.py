"""Point every mention of a name two countries share at the country the article means
(the table and the cue counting are in ``ambiguity``)."""

from __future__ import annotations

from dataclasses import replace

from eventwire.actors.ambiguity import article_words, country_meant, shared_names
from eventwire.actors.kb import Surface
from eventwire.actors.names import alias_key
from eventwire.actors.pieces import Piece


def settle_shared_names(text: str, sentences: list[list[Piece]]) -> None:
    """Point every piece written with a shared name at the country the article means, in place."""
    words: str | None = None
    chosen: dict[str, str | None] = {}
    for pieces in sentences:
        for piece in pieces:
            keys = {alias_key(s.text) for s in piece.surfaces}
            shared = [k for k in keys if k in shared_names()]
            if not shared:
                continue
            if words is None:
                words = article_words(text)
            key = shared[0]
            if key not in chosen:
                chosen[key] = country_meant(key, words)
            code = chosen[key]
            if code is not None:
                piece.surfaces = _pointed_at(piece.surfaces, key, code)


def _pointed_at(surfaces: tuple[Surface, ...], key: str, code: str) -> tuple[Surface, ...]:
    """The surfaces of a shared name, all standing for ``code``, without duplicates."""
    out: list[Surface] = []
    for surface in surfaces:
        if alias_key(surface.text) == key and surface.kb_id != code:
            surface = replace(surface, kb_id=code)
        if surface not in out:
            out.append(surface)
    return tuple(out)
