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


def unglued_credit(word: str) -> str:
    """A word without the bracketed credit glued before it ("CNN)Authorities" -> "Authorities")."""
    before, bracket, after = word.partition(")")
    return after if bracket and after and before and "(" not in before else word


def reflexive(words: list[str]) -> bool:
    """A reflexive pronoun alone ("blew himself up"; ``reflexive_pronouns``): the actor again, no party."""
    return len(words) == 1 and words[0].lower() in argument_word_set("reflexive_pronouns")


def vetted(entity: Entity, actor: bool) -> Entity | None:
    """The entity with handles and links dropped from its name, or None when what is left names no
    party: no letter ("]", "08.01.2017"; a number is kept as a recipient, "killed 12", not as an
    actor), or a lone quantifier with no resolved actor behind it."""
    words = entity.name.split()
    kept = [w for w in words if not web_word(w)]
    kept[:1] = [unglued_credit(w) for w in kept[:1]]
    text = " ".join(kept)
    if not any(c.isalpha() for c in text):
        keep_count = not actor and any(c.isdigit() for c in text)
        return entity if keep_count and kept == words else None
    if lone_quantifier(kept) and not (entity.kb_id or entity.country):
        return None
    return entity if kept == words else replace(entity, name=text)


def vetted_parties(entities: list[Entity], actor: bool) -> list[Entity]:
    """The entities that can name a party (``vetted``), in order; reflexives only beside other parties
    ("killed 23 people and themselves" counts the bombers among the dead; "blew himself up" names no
    second party)."""
    found = [e for e in (vetted(e, actor) for e in entities) if e is not None]
    if all(reflexive(e.name.split()) or reflexive((e.mention or "").split()) for e in found):
        return []
    return found
