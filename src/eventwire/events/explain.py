"""Why a record was coded: one line an analyst reads next to the evidence ("verb 'shell' (CAMEO.2.0.txt:812)
→ ASSAULT; reported speech ('said')"), stored with the report.

The line names the trigger word and the pattern (the data file and line or entry it came from), the type
it was read as when a construction or the modality changed it, how the text frames the action (a stated
intent, a demand, a refusal, reported speech, a background or relative clause, the past) and which
argument was left unsaid. The arithmetic of the confidence is not repeated: the record carries its score.
"""

from __future__ import annotations

from eventwire.events.merge import Candidate
from eventwire.events.modality import DEMAND, INTENT, REFUSED, Frame
from eventwire.events.triggers import Trigger

STATUS_PHRASES = {
    INTENT: "a stated intent",
    DEMAND: "a demand",
    REFUSED: "a refusal",
}
FLAG_PHRASES = {
    "declared": "declared",
    "future": "told in the future",
    "scheduled": "scheduled",
    "conditional": "conditional",
    "hypothetical": "hypothetical",
}
LICENCE_PHRASES = {
    "support": "with the verb '{verb}'",
    "occurrence": "as the subject of '{verb}'",
    "participation": "taken part in ('{verb}')",
    "repelled": "repelled ('{verb}')",
    "conj": "joined to '{verb}'",
}


def trigger_phrase(trigger: Trigger) -> str:
    """The word and the pattern it matched: "verb 'attack' (triggers.yaml)", "verb 'impose' + 'sanctions'",
    "noun 'talks' with the verb 'held'"."""
    pattern = trigger.pattern
    words = f"{pattern.pos} '{pattern.lemma}'"
    if pattern.particle:
        words = f"{pattern.pos} '{pattern.lemma} {pattern.particle}'"
    obj = next((c for c in trigger.token.children if c.lemma_.lower() in pattern.obj), None)
    if obj is not None:
        words += f" + '{obj.text}'"
    licence = LICENCE_PHRASES.get(trigger.licence)
    if licence and trigger.licensed_by is not None:
        words += " " + licence.format(verb=trigger.licensed_by.text)
    return f"{words} ({pattern.source})"


def framing(frame: Frame, context: list[str]) -> list[str]:
    """How the text frames the action, in the order an analyst checks it."""
    parts = []
    if frame.status in STATUS_PHRASES:
        governed = f" ('{frame.governor.text}')" if frame.governor is not None else ""
        parts.append(STATUS_PHRASES[frame.status] + governed)
    parts += [FLAG_PHRASES[f] for f in sorted(frame.flags) if f in FLAG_PHRASES]
    if frame.speech_verb is not None:
        parts.append(f"reported speech ('{frame.speech_verb.text}')")
    if "historical" in context:
        parts.append("told as past background")
    return parts


def explain(candidate: Candidate) -> str:
    """The reason line of a coded candidate (its event's final type and context)."""
    event, trigger = candidate.event, candidate.trigger
    reading = trigger.pattern.event_type
    coded = event.event_type if event.event_type == reading else f"{reading} read as {event.event_type}"
    if event.mode:
        coded += f" ({event.mode})"
    parts = [
        f"{trigger_phrase(trigger)} → {coded}",
        *framing(candidate.frame, event.context),
        *candidate.notes,
    ]
    if not event.actor:
        parts.append("no actor named")
    return "; ".join(parts)
