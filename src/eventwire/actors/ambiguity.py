"""Names two countries share ("Congo", "Georgia"): the article's own words say which one it means.

The table is data (``data/kb/ambiguous_names.yaml``): for each name, a default country and cue
words per country (capitals, provinces, leaders, armed groups). The country with the most cues in
the article wins; without cues, the default.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from eventwire.actors.names import alias_key, raw_tokens
from eventwire.actors.paths import packaged_kb_dir

if TYPE_CHECKING:
    from eventwire.actors.kb import Surface
    from eventwire.actors.pieces import Piece


@dataclass(frozen=True, slots=True)
class SharedName:
    """A name several countries share, with the words that point to each."""

    default: str
    cues: tuple[tuple[str, str], ...]  # (alias key of a cue, country), longest cue first


@lru_cache(maxsize=1)
def shared_names() -> dict[str, SharedName]:
    """Alias key of a shared name -> its default and cues."""
    with open(packaged_kb_dir() / "ambiguous_names.yaml", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    table = {}
    for name, entry in raw.items():
        cues = [(alias_key(str(cue)), code) for code, words in entry["cues"].items() for cue in words]
        cues.sort(key=lambda item: -len(item[0]))
        table[alias_key(name)] = SharedName(entry["default"], tuple(cues))
    return table


def country_meant(key: str, article_words: str) -> str | None:
    """The country a shared name means in an article (its words as " w1 w2 … "), or None."""
    shared = shared_names().get(key)
    if shared is None:
        return None
    counts: dict[str, int] = {}
    text = article_words
    for cue, code in shared.cues:  # longest first: "Democratic Republic of Congo" hides "Republic of Congo"
        found = text.count(f" {cue} ")
        if found:
            counts[code] = counts.get(code, 0) + found
            text = text.replace(f" {cue} ", " | ")
    if not counts:
        return shared.default
    best = max(counts.values())
    leaders = [code for code, n in counts.items() if n == best]
    return shared.default if shared.default in leaders else sorted(leaders)[0]


def article_words(text: str) -> str:
    """An article's text as its alias-key words, space-padded, for cue counting."""
    return f" {' '.join(raw_tokens(text))} "


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
