"""Acronyms of bodies that share their letters with other things ("IRC": the International Rescue
Committee, or Internet Relay Chat): an article that spells the acronym out as something else
("Internet Relay Chat (IRC)") means that, not the KB's body. Spelled out as the body, or not spelled
out at all, the acronym stays the body (requiring support for unexplained NGO and company acronyms
lost right answers on one-sentence texts; docs/actors.md, session 20).
"""

from __future__ import annotations

import re

from eventwire.actors.gazetteer import is_acronym
from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.names import alias_key
from eventwire.actors.pieces import Piece

GLUE = frozenset({"of", "for", "and", "the", "on", "in", "de", "du", "des", "la", "&"})
MAX_EXPANSION_WORDS = 8


def drop_acronyms_spelled_otherwise(text: str, sentences: list[list[Piece]], kb: KnowledgeBase) -> None:
    """Remove, in place, the pieces of acronyms the article spells out as something else."""
    for pieces in sentences:
        for piece in [p for p in pieces if p.kind == "ACTOR" and p.surfaces]:
            acronym = _acronym_text(piece)
            if acronym is None:
                continue
            kept = tuple(s for s in piece.surfaces if _supported(acronym, s.kb_id, text, kb))
            if not kept:
                pieces.remove(piece)
            else:
                piece.surfaces = kept


def _acronym_text(piece: Piece) -> str | None:
    surfaces = [s.text for s in piece.surfaces if is_acronym(s.text)]
    return surfaces[0] if surfaces and len(surfaces) == len(piece.surfaces) else None


def _supported(acronym: str, kb_id: str, text: str, kb: KnowledgeBase) -> bool:
    """False when the article spells the acronym out, and never as the body: at most half the words
    of each expansion in the body's names ("Islamic State of Iraq and Syria" is the KB's "Islamic
    State"; "Internet Relay Chat" is not the "International Rescue Committee")."""
    spelled = spelled_out(acronym, text)
    if not spelled:
        return True
    entity = kb.entities[kb_id]
    known = {w for n in (entity.name, *entity.aliases) for w in alias_key(n).split()} - GLUE
    for expansion in spelled:
        words = set(alias_key(expansion).split()) - GLUE
        if words and len(words & known) * 2 >= len(words):
            return True
    return False


def spelled_out(acronym: str, text: str) -> list[str]:
    """The expansions an article gives an acronym: "Internet Relay Chat (IRC)", "IRC (Internet Relay
    Chat)": capitalised words whose initials spell the acronym's letters."""
    letters = "".join(c for c in acronym if c.isalpha()).lower()
    found = []
    for match in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        words = text[max(0, match.start() - 200) : match.start()].split()[-MAX_EXPANSION_WORDS - 4 :]
        expansion = _initials_match(words, letters, from_end=True)
        if expansion:
            found.append(expansion)
    for match in re.finditer(rf"\b{re.escape(acronym)}\s*\(([^()]{{3,200}})\)", text):
        expansion = _initials_match(match.group(1).split(), letters, from_end=False)
        if expansion:
            found.append(expansion)
    return found


def _initials_match(words: list[str], letters: str, from_end: bool) -> str | None:
    """The run of words (glue words skipped) whose capitalised initials are ``letters``."""
    order = list(reversed(words)) if from_end else list(words)
    taken: list[str] = []
    initials = ""
    for word in order:
        clean = word.strip(",;:\"'“”‘’")
        if not clean:
            break
        if clean.lower() in GLUE:
            taken.append(clean)
            continue
        if not clean[:1].isupper():
            break
        taken.append(clean)
        initials += clean[0].lower()
        if len(initials) == len(letters):
            break
    wanted = letters[::-1] if from_end else letters
    if initials != wanted:
        return None
    return " ".join(reversed(taken) if from_end else taken)
