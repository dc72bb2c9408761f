"""Whether an argument's text can name a party at all: not a handle or a link, not bare punctuation or
a number, not a lone quantifier ("those", "some"); handles and links inside a name are dropped from it.

A party is a person, an organisation, a group, a place or their description (round 11); the rules
of ``arguments.py`` find phrase heads, this module vets the names the heads gave.
"""

from __future__ import annotations

from dataclasses import replace

from eventwire.events.argument_words import argument_word_set
from eventwire.records import Entity

QUOTES_AND_MARKS = "\"'“”‘’«»()[]{}.,;:!?-–—"


def web_word(word: str) -> bool:
    """A handle, tag or link ("@newsdesk", "pic.twitter.com/x"; ``web_prefixes``)."""
    lowered = word.lower().strip(QUOTES_AND_MARKS)
    return any(lowered.startswith(prefix) for prefix in argument_word_set("web_prefixes"))


def lone_quantifier(words: list[str]) -> bool:
    """A quantifier or demonstrative pronoun alone ("those", "Some"; ``quantifier_pronouns``)."""
    return len(words) == 1 and words[0].lower().strip(QUOTES_AND_MARKS) in argument_word_set(
        "quantifier_pronouns"
    )


def vetted(entity: Entity, actor: bool) -> Entity | None:
    """The entity with handles and links dropped from its name, or None when what is left names no
    party: no letter ("]", "08.01.2017"; a number is kept as a recipient, "killed 12", not as an
    actor), or a lone quantifier with no resolved actor behind it."""
    words = entity.name.split()
    kept = [w for w in words if not web_word(w)]
    text = " ".join(kept)
    if not any(c.isalpha() for c in text):
        keep_count = not actor and any(c.isdigit() for c in text)
        return entity if keep_count and kept == words else None
    if lone_quantifier(kept) and not (entity.kb_id or entity.country):
        return None
    return entity if kept == words else replace(entity, name=text)


def vetted_parties(entities: list[Entity], actor: bool) -> list[Entity]:
    """The entities that can name a party (``vetted``), in order."""
    found = [vetted(e, actor) for e in entities]
    return [e for e in found if e is not None]
