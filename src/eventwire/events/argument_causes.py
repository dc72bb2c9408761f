"""Why a coded event's recipient misses a gold target span (a development aid, round 10).

``miss_cause(doc, event, target)`` names where the gold target phrase sits in the parse relative to
the trigger: a prepositional phrase or the owner of the trigger's object, the trigger's own
prepositional phrase, a nested clause, the actor's side, outside the trigger's phrase (the parser
hung it on another word), a place; or why the recipient found is another phrase.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.events.diagnose import content_words, overlaps
from eventwire.records import Event

PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
OBJECT_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "dative"})
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "conj"})


def trigger_token(doc: Doc, event: Event) -> Token | None:
    """The root of the event's trigger span."""
    span = event.reports[0].trigger_span
    found = doc.char_span(span[0], span[1], alignment_mode="expand") if span else None
    return found.root if found is not None and len(found) else None


def target_head(doc: Doc, target: str) -> Token | None:
    """The root of the gold target phrase in the doc (its first occurrence of the span's words)."""
    words = [w.lower() for w in target.split()]
    texts = [t.lower_ for t in doc]
    for start in range(len(texts) - len(words) + 1):
        if texts[start : start + len(words)] == words:
            return doc[start : start + len(words)].root
    wanted = content_words(target)
    tokens = [t for t in doc if t.lower_ in wanted]
    return doc[tokens[0].i : tokens[-1].i + 1].root if tokens else None


def path_up(token: Token, stop: Token, limit: int = 8) -> list[Token] | None:
    """The heads from ``token`` up to ``stop`` (exclusive of token), or None when stop is no ancestor."""
    path = []
    for _ in range(limit):
        if token.head == token:
            return None
        token = token.head
        path.append(token)
        if token == stop:
            return path
    return None


def miss_cause(doc: Doc, event: Event, target: str) -> str:
    """The group of a recipient miss (see the module docstring)."""
    trigger, head = trigger_token(doc, event), target_head(doc, target)
    if trigger is None or head is None:
        return "target or trigger not found in the parse"
    if overlaps(event.actor, target):
        return f"target taken as actor ({event.event_type})"
    prefix = "recipient missing" if not event.recipient else "recipient is another phrase"
    return f"{prefix}: {placement(trigger, head)}"


def placement(trigger: Token, head: Token) -> str:
    """Where the target head sits relative to the trigger."""
    place = " (a place)" if head.ent_type_ in PLACE_ENTITIES else ""
    anchors = [trigger] + ([trigger.head] if trigger.pos_ == "NOUN" and trigger.dep_ in OBJECT_DEPS else [])
    for anchor in anchors:
        path = path_up(head, anchor)
        if path is None:
            continue
        return relation(head, path, anchor) + place
    if trigger in head.subtree:
        return f"target governs the trigger{place}"
    return f"outside the trigger's phrase{place}"


def relation(head: Token, path: list[Token], anchor: Token) -> str:
    """The kind of path from the trigger (or its anchor verb) down to the target head."""
    if len(path) == 1:
        return "direct dependent of the trigger"
    below = path[-2]  # the anchor's child on the path
    if any(t.pos_ in ("VERB", "AUX") or t.dep_ in CLAUSE_DEPS for t in path[:-1]):
        return "nested in another clause"
    if below.dep_ == "prep":
        if len(path) == 2:
            return "trigger's own prepositional phrase"
        return "deeper in the trigger's prepositional phrase"
    if below.dep_ in OBJECT_DEPS or below.dep_ == "pobj":
        if head.dep_ == "poss":
            return "owner of the trigger's object"
        if head.dep_ == "pobj":
            return "prepositional phrase of the trigger's object"
        return "inside the trigger's object"
    if below.dep_ in ("nsubj", "nsubjpass", "agent"):
        return "inside the subject phrase"
    return f"under the trigger's {below.dep_}"
