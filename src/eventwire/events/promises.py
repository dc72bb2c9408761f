"""Open promises: a promise, pledge or announced plan that commits to nothing cooperative is no AGREE.

The PLOVER manual codes as AGREE an offer, promise or commitment *to cooperate*. Real news is full of
promises that are not that: an electoral pledge ("he is promising to levy a modest increase"), a vow
to carry on ("we promise to follow the path she took"), plans announced ("announcing the plans, X
said"), or plans to oppose something ("announced their plans to oppose the bill"). Such an AGREE is
dropped when its verb is an open promise verb (``open_promise_verbs`` in triggers.yaml), it is the
verb's own reading (not an intent transform of an act it governs; a refusal of it, "would not
announce any plans", likewise), and either nobody is promised
anything (no recipient, no cooperative act and no named party under it) or the act under it is hostile.
Round 11: a party named only as a possessor or modifier ("defending Britain's rebate", "put American
workers first") or inside a relative clause is not what is promised, unless through a beneficiary
phrase ("support for the Afghan government's efforts"); a recipient that is a text phrase
("pledged childcare would be ...") is no party promised.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.merge import Candidate
from eventwire.events.modality import ASSERTED, REFUSED
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import Trigger, in_words

COOPERATIVE_QUADS = ("verbal cooperation", "material cooperation")
COMPLEMENT_DEPS = ("xcomp", "ccomp", "dobj", "dative", "prep")
PARTY_ENTITIES = ("GPE", "ORG", "NORP", "PERSON")
MODIFIER_DEPS = frozenset({"poss", "amod", "nmod"})
BENEFICIARY_PREPS = frozenset({"for", "to", "with"})
MENTION_SCORE = 0.5  # an unresolved name mention; a phrase no mention covers scores lower (entities.py)
# heads through which a named party is still what is promised ("help Ukraine", "loans to Kenya"); a
# flat name ("Prime Minister Narendra Modi") hangs on its head through compound
ARGUMENT_PATH_DEPS = frozenset(
    {"xcomp", "ccomp", "dobj", "dative", "prep", "pobj", "nsubj", "nsubjpass", "conj", "appos"}
    | {"compound", "flat"}
)


def own_commitment(candidate: Candidate, triggers: list[Trigger], lexicon: Lexicon) -> bool:
    """A SUPPORT or AGREE read from a commitment reaffirmed or expressed (``commitment_nouns``) whose content
    is an act of the actor's own that is no event and names no party ("reaffirmed Britain's commitment to
    tackling climate change", "the state's determination to fight terrorism"): its own policy, no support of
    or agreement with anyone (round 23). "Its commitment to the ceasefire", "to working with Iran", "to hold
    talks" stay."""
    if candidate.event.event_type not in ("SUPPORT", "AGREE") or candidate.frame.status != ASSERTED:
        return False
    word = candidate.trigger.token
    nouns = [
        o for o in word.children if o.dep_ == "dobj" and in_words(o, lexicon.word_set("commitment_nouns"))
    ]
    acts = [a for n in nouns for a in committed_acts(n)]
    if not acts:
        return False
    inside = {t.i for a in acts for t in a.subtree}
    if any(t.token.i in inside for t in triggers):
        return False
    return not any(word.doc[i].ent_type_ in PARTY_ENTITIES for i in inside)


def committed_acts(noun: Token) -> list[Token]:
    """The verbs a commitment is to: "determination to act" (to-infinitive), "commitment to tackling"
    (gerund)."""
    acts = [c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"]
    to_phrases = [p for p in noun.children if p.dep_ == "prep" and p.lower_ == "to"]
    return acts + [c for p in to_phrases for c in p.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]


def governed_types(candidate: Candidate, triggers: list[Trigger]) -> set[str]:
    """Event types of the other triggers in the promise verb's clause below it."""
    token = candidate.trigger.token
    below = {t.i for t in token.subtree} - {token.i}
    return {t.pattern.event_type for t in triggers if t.token.i in below and t.pattern.event_type}


def argument_path(token: Token, top: Token) -> bool:
    """Whether the token is an argument of the clauses from ``top`` down, not a possessor or a
    modifier ("the UK's rebate", "American interests") unless of a beneficiary ("support for the
    Afghan government's efforts"), and not inside a relative clause ("amendments issued by X")."""
    modified, beneficiary = False, False
    while token != top:
        if token.dep_ in MODIFIER_DEPS:
            modified = True
        elif token.dep_ not in ARGUMENT_PATH_DEPS:
            return False
        beneficiary = beneficiary or (token.dep_ == "prep" and token.lower_ in BENEFICIARY_PREPS)
        token = token.head
    return beneficiary or not modified


def names_a_party(candidate: Candidate) -> bool:
    """Whether what is promised names a party as an argument ("pledged to help Syria rebuild its schools")."""
    word = candidate.trigger.token
    complements = [c for c in word.children if c.dep_ in COMPLEMENT_DEPS]
    return any(
        t.ent_type_ in PARTY_ENTITIES and argument_path(t, word) for c in complements for t in c.subtree
    )


def promised_to_a_party(candidate: Candidate) -> bool:
    """A recipient that is a party (a resolved or named mention), not a text phrase ("childcare")."""
    recipients = candidate.event.recipient
    return any(e.country or e.kb_id or e.sectors or e.score >= MENTION_SCORE for e in recipients)


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
    return not promised_to_a_party(candidate) and not quads and not names_a_party(candidate)
