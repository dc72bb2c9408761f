"""One event per happening in a sentence: merge same-type candidates that describe one event."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.events.argument_words import argument_word_set
from eventwire.events.entities import dedupe as distinct_entities
from eventwire.events.modality import Frame
from eventwire.events.triggers import Trigger
from eventwire.records import Entity, Event


@dataclass(slots=True)
class Candidate:
    """An event under construction, with the parse tokens that dedupe and mode refinement need."""

    event: Event
    trigger: Trigger
    frame: Frame
    notes: tuple[str, ...] = ()  # what lowered its certainty beyond the frame ("in a relative clause")


def same_participants(a: Event, b: Event) -> bool:
    """Whether two events share an actor (or one has none)."""
    if not a.actor or not b.actor:
        return True
    keys_a = {e.kb_id or e.span for e in a.actor}
    return any((e.kb_id or e.span) in keys_a for e in b.actor)


def related(a: Candidate, b: Candidate) -> bool:
    """Two same-type candidates of one sentence that describe one event."""
    ta, tb = a.trigger.token, b.trigger.token
    if relative_of_other_actor(a, b) or opposed(a.event, b.event):
        return False
    if describing_participle(a, b) or describing_participle(b, a):
        return False
    if undergoer_activity(a, b) or undergoer_activity(b, a):
        return False
    linked = ta.is_ancestor(tb) or tb.is_ancestor(ta) or a.trigger.clause == b.trigger.clause
    return linked or same_participants(a.event, b.event)


def opposed(a: Event, b: Event) -> bool:
    """One event's actor is the other's recipient: an attack and its repelling, a raid and the
    counter-attack ("the army repelled an offensive launched by the militants") are two happenings."""
    return any(same_entity(x, y) for x in a.actor for y in b.recipient) or any(
        same_entity(x, y) for x in b.actor for y in a.recipient
    )


def describing_participle(a: Candidate, b: Candidate) -> bool:
    """A present participle that says what a party does, on the party's noun ("was killed while working
    alongside Kurdish forces fighting Islamic State": the forces' fighting is no part of the killing); not on
    the other candidate's own trigger ("a bombing killing five people" is one happening)."""
    token = a.trigger.token
    return token.dep_ == "acl" and token.tag_ == "VBG" and token.head != b.trigger.token


def undergoer_activity(a: Candidate, b: Candidate) -> bool:
    """A "while"/"when" participle clause on a passive that says what its undergoer was doing ("was killed by
    a roadside bomb while fighting against Islamic State": the fighting is no part of the killing, and the
    side fought is not who was killed; round 24, ``activity_marks``); "attacked the base, killing five" is
    one."""
    token, other = a.trigger.token, b.trigger.token
    if token.dep_ != "advcl" or token.tag_ != "VBG" or token.head != other:
        return False
    marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in other.children)
    return passive and bool(marks & argument_word_set("activity_marks"))


def relative_of_other_actor(a: Candidate, b: Candidate) -> bool:
    """A relative clause about another party's act ("the militants who killed five soldiers were
    captured by the army"): two happenings, though one clause hangs in the other."""
    relative = a.trigger.clause.dep_ == "relcl" or b.trigger.clause.dep_ == "relcl"
    both_known = bool(a.event.actor) and bool(b.event.actor)
    return relative and both_known and not same_participants(a.event, b.event)


def dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One event per happening in a sentence: merge same-type candidates that are related."""
    kept: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (-c.event.confidence, c.trigger.token.i)):
        twin = next(
            (k for k in kept if k.event.event_type == candidate.event.event_type and related(k, candidate)),
            None,
        )
        if twin is None:
            kept.append(candidate)
            continue
        merge_into(twin.event, candidate.event)
    return sorted(kept, key=lambda c: c.trigger.token.i)


def merge_into(target: Event, other: Event) -> None:
    """Add the other event's missing participants, mode and contexts to the target."""
    target.actor += [e for e in other.actor if not any(same_entity(e, t) for t in target.actor)]
    target.recipient += [
        e for e in other.recipient if not any(same_entity(e, t) for t in target.recipient + target.actor)
    ]
    target.recipient = distinct_entities(target.recipient)  # "aiming at him ... and shot X": X once
    target.mode = target.mode or other.mode
    target.context += [c for c in other.context if c not in target.context]


def same_entity(a: Entity, b: Entity) -> bool:
    """Same resolved actor or same mention span."""
    return bool((a.kb_id and a.kb_id == b.kb_id) or (a.span and a.span == b.span))
