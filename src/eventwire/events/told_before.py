"""Recipients told in the sentence before (round 17): "The ministry summoned the Russian ambassador on
Monday. It protested against the detention of two citizens" — the protest (ACCUSE) names no recipient, and
the sentence just before names one partner of the same actor: the ambassador.

A record of a ``told_before_types`` type with one actor and no recipient takes the partner of the event(s)
of the sentence right before it (the recipient of an event the same party did, or the other participant of
a meeting it held) when that sentence names exactly one such partner, named or resolved; nothing otherwise,
and never across text the fast path did not read.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from eventwire.events.argument_words import argument_word_set
from eventwire.events.consistency import same_party
from eventwire.records import Entity, Event

MEETING_TYPE = "CONSULT"
MENTION_SCORE = 0.5  # an unresolved mention's score; text phrases score less (entities.phrase_entity)


def carry_recipients(sentences: list[tuple[str, list[Event]]]) -> None:
    """Give the records of each sentence a recipient told in the sentence before, where one is.

    ``sentences``: each coded sentence's text between it and the sentence before (to tell whether they
    follow each other) and its events, in text order.
    """
    types = {t.upper() for t in argument_word_set("told_before_types")}
    for (_, before), (gap, events) in pairwise(sentences):
        if gap.strip():
            continue  # something else (unread or not coded) stands between them
        for event in events:
            if event.event_type in types and len(event.actor) == 1 and not event.recipient:
                partner = sole_partner(event.actor[0], before)
                if partner is not None:
                    event.recipient = [partner]


def same_actor(a: Entity, b: Entity) -> bool:
    """One party: ``same_party``, or two unresolved names of which one ends the other ("Jane Doe", "Doe")."""
    if same_party(a, b):
        return True
    if a.kb_id or b.kb_id:
        return False
    first, second = sorted((a.name.lower().split(), b.name.lower().split()), key=len)
    return bool(first) and second[-len(first) :] == first


def named(party: Entity) -> bool:
    """A party the actors stage resolved or found a mention for (not a bare phrase such as "the suspect" or
    "current aspects of cooperation", which may be no party at all)."""
    return bool(party.kb_id or party.country) or party.score >= MENTION_SCORE


def sole_partner(actor: Entity, events: list[Event]) -> Entity | None:
    """The one party the events name as the actor's partner: their recipients when the actor did them,
    the other participants of a meeting the actor held; None when there is none or more than one."""
    partners: dict[str, Entity] = {}
    for event in events:
        if not any(same_actor(actor, a) for a in event.actor):
            continue
        found = list(event.recipient)
        if event.event_type == MEETING_TYPE:
            found += [a for a in event.actor if not same_actor(actor, a)]
        for party in found:
            if named(party) and not same_actor(actor, party):
                partners.setdefault(party.kb_id or party.name.lower(), party)
    if len(partners) != 1:
        return None
    return replace(next(iter(partners.values())))
