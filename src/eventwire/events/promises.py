"""Open promises: a promise, pledge or announced plan that commits to nothing cooperative is no AGREE.

The PLOVER manual codes as AGREE an offer, promise or commitment *to cooperate*. Real news is full of
promises that are not that: an electoral pledge ("he is promising to levy a modest increase"), a vow
to carry on ("we promise to follow the path she took"), plans announced ("announcing the plans, X
said"), or plans to oppose something ("announced their plans to oppose the bill"). Such an AGREE is
dropped when its verb is an open promise verb (``open_promise_verbs`` in triggers.yaml), it is the
verb's own reading (not an intent transform of an act it governs; a refusal of it, "would not
announce any plans", likewise), and either nobody is promised
anything (no recipient, no cooperative act and no named party under it) or the act under it is hostile.
"""

from __future__ import annotations

from eventwire.events.merge import Candidate
from eventwire.events.modality import ASSERTED, REFUSED
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import Trigger, in_words

COOPERATIVE_QUADS = ("verbal cooperation", "material cooperation")
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "dative", "prep")
PARTY_ENTITIES = ("GPE", "ORG", "NORP", "PERSON")


def governed_types(candidate: Candidate, triggers: list[Trigger]) -> set[str]:
    """Event types of the other triggers in the promise verb's clause below it."""
    token = candidate.trigger.token
    below = {t.i for t in token.subtree} - {token.i}
    return {t.pattern.event_type for t in triggers if t.token.i in below and t.pattern.event_type}


def names_a_party(candidate: Candidate) -> bool:
    """Whether what is promised names a party ("pledged to help Syria rebuild its schools")."""
    complements = [c for c in candidate.trigger.token.children if c.dep_ in COMPLEMENT_DEPS]
    return any(t.ent_type_ in PARTY_ENTITIES for c in complements for t in c.subtree)


def empty_promise(candidate: Candidate, triggers: list[Trigger], lexicon: Lexicon) -> bool:
    """An AGREE read from a promise verb that promises no cooperation (see the module docstring)."""
    event = candidate.event
    if (event.event_type == "REJECT") != (candidate.frame.status == REFUSED):
        return False  # a REJECT counts only as the refusal of an open promise ("would not announce plans")
    if event.event_type not in ("AGREE", "REJECT") or candidate.frame.status not in (ASSERTED, REFUSED):
        return False
    if not in_words(candidate.trigger.token, lexicon.word_set("open_promise_verbs")):
        return False
    quads = {lexicon.quad.get(t, "") for t in governed_types(candidate, triggers)}
    if quads and not quads & set(COOPERATIVE_QUADS):
        return True  # "announced their plans to oppose the bill"
    return not event.recipient and not quads and not names_a_party(candidate)
