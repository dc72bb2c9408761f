"""The knowledge base's names as plain word sequences: for a cheap pass that finds sentences naming
actors before anything is parsed.

Keys are normalised the way the actors gazetteer normalises them (``names.alias_key``: ASCII, lower
case, split on spaces, hyphens and punctuation); match them as ``f" {key} "`` inside ``cue_text``.

Public interface (additive; used by ``eventwire.scale``):
    actor_cue_keys(kb) -> frozenset[str]
        alias keys of every entity form (names, aliases, demonyms, capitals, regions; persons by
        names of two words or more), office title and actor sector term ("police", "rebels")
    country_cue_keys(kb) -> frozenset[str]
        alias keys of the forms of countries and international organisations (what the actors
        stage counts to find an article's main country)
    cue_text(text) -> str
        the text as " w1 w2 … " in the same normalisation
"""

from __future__ import annotations

from eventwire.actors.gazetteer import NON_ACTOR_SECTORS, load_sector_terms
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.names import alias_key, raw_tokens
from eventwire.actors.titles import titles


def actor_cue_keys(kb: KnowledgeBase) -> frozenset[str]:
    """Every name, title and sector term the actors stage looks for, as alias keys."""
    keys = {
        alias_key(surface.text)
        for surface in kb.surfaces
        if kb.entities[surface.kb_id].kind != "person" or len(raw_tokens(surface.text)) >= 2
    }
    keys.update(titles())
    keys.update(key for key, sectors in load_sector_terms().items() if not set(sectors) & NON_ACTOR_SECTORS)
    keys.discard("")
    return frozenset(keys)


def country_cue_keys(kb: KnowledgeBase) -> frozenset[str]:
    """Names, aliases, demonyms and capitals of countries and international organisations."""
    keys = {alias_key(s.text) for s in kb.surfaces if kb.entities[s.kb_id].kind in ("country", "igo")}
    keys.discard("")
    return frozenset(keys)


def cue_text(text: str) -> str:
    """`` w1 w2 … `` with the words normalised as alias keys are."""
    return " " + " ".join(raw_tokens(text)) + " "
