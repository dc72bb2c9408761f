"""Modality: did the matched action happen, or is it planned, hoped, conditional, denied or negated?

The rules are data (``data/events/modality.yaml``). ``assess`` walks from the trigger's clause up
through the verbs, adjectives and nouns that govern it (xcomp, ccomp, "of"/"to" complements) and
returns a Frame: the action is asserted (possibly attributed to a speaker), an expressed intent,
a demand, absorbed into a governing request/threat/rejection/accusation, or dropped with a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from eventwire.events.patterns import as_set, read_yaml
from eventwire.events.triggers import Trigger, children, in_words, lemma_forms, to_infinitive

ASSERTED, INTENT, DEMAND, ABSORBED, DROPPED = "asserted", "intent", "demand", "absorbed", "dropped"
REFUSED = "refused"  # a negated acceptance: coded as REJECT
GOVERNED_DEPS = ("xcomp", "ccomp", "csubj", "csubjpass")
MAX_DEPTH = 8
UNATTRIBUTED_FUTURE_CERTAINTY = 0.85
ATTEMPT_CERTAINTY = 0.8  # "tried to kill", "an attempt to kill X was foiled": attempted
PAST_HELPERS = frozenset({"was", "were", "has", "have", "had", "been"})
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
PRESENT_PASSIVE = frozenset({"is", "are"})
NAMED_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})


@dataclass(frozen=True, slots=True)
class ModalityRules:
    """The word lists of modality.yaml."""

    verbs: dict[str, frozenset[str]]
    adjectives: dict[str, frozenset[str]]
    nouns: dict[str, frozenset[str]]
    uncertain: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    obligation_aux: frozenset[str]
    negations: frozenset[str]
    conditional_marks: frozenset[str]
    unrealised_modifiers: frozenset[str]
    future_time_words: frozenset[str]
    aspect_verbs: frozenset[str]
    negated_reject: frozenset[str]
    threat_conditions: frozenset[str]
    descriptive_nouns: frozenset[str]
    refusable_types: frozenset[str]
    compulsion_verbs: frozenset[str]
    declaration_verbs: frozenset[str] = frozenset()
    decision_words: frozenset[str] = frozenset()
    penalty_conditions: frozenset[str] = frozenset()
    background_marks: frozenset[str] = frozenset()
    realised_purposes: frozenset[str] = frozenset()
    realising_governors: frozenset[str] = frozenset()
    failed_agreement_verbs: frozenset[str] = frozenset()
    agreement_reaching_verbs: frozenset[str] = frozenset()
    standing_ban_verbs: frozenset[str] = frozenset()
    standing_status_verbs: frozenset[str] = frozenset()
    practice_adverbs: frozenset[str] = frozenset()
    forward_time_words: frozenset[str] = frozenset()
    hostile_plans: frozenset[str] = frozenset()
    preparation_verbs: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    attemptable_types: frozenset[str] = frozenset()
    culpable_adjectives: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    frequency_words: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()
    factual_marks: frozenset[str] = frozenset()
    recurrence_determiners: frozenset[str] = frozenset()
    recurring_time_nouns: frozenset[str] = frozenset()
    hypothetical_stances: frozenset[str] = frozenset()
    cognition_verbs: frozenset[str] = frozenset()
    alternative_words: frozenset[str] = frozenset()
    reversal_verbs: frozenset[str] = frozenset()
    prevention_verbs: frozenset[str] = frozenset()
    description_verbs: frozenset[str] = frozenset()
    proposal_verbs: frozenset[str] = frozenset()
    habitual_modifiers: frozenset[str] = frozenset()
    rate_verbs: frozenset[str] = frozenset()
    ordering_verbs: frozenset[str] = frozenset()
    warrant_nouns: frozenset[str] = frozenset()
    judicial_nouns: frozenset[str] = frozenset()
    experiential_adverbs: frozenset[str] = frozenset()
    ending_verbs: frozenset[str] = frozenset()
    manner_words: frozenset[str] = frozenset()

    def governor_class(self, token: Token) -> str:
        """The class of a governing word ("intent", "plan", "speech", ...), or "" if none."""
        table = (
            self.adjectives if token.pos_ == "ADJ" else self.nouns if token.pos_ in ("NOUN",) else self.verbs
        )
        for form in lemma_forms(token):
            for name, words in table.items():
                if form in words:
                    return name
        return ""


@lru_cache(maxsize=2)
def load_rules() -> ModalityRules:
    """Read modality.yaml (cached)."""
    data = read_yaml("modality.yaml")
    governors = data["governors"]
    split = {"verbs": {}, "adjectives": {}, "nouns": {}}
    for key, words in governors.items():
        name, _, kind = key.partition("_")
        target = {"adjectives": "adjectives", "nouns": "nouns"}.get(kind, "verbs")
        split[target][name] = as_set(words)
    return ModalityRules(
        verbs=split["verbs"],
        adjectives=split["adjectives"],
        nouns=split["nouns"],
        uncertain=as_set(data.get("uncertain_speech")),
        future_aux=as_set(data.get("future_aux")),
        hypothetical_aux=as_set(data.get("hypothetical_aux")),
        obligation_aux=as_set(data.get("obligation_aux")),
        negations=as_set(data.get("negations")),
        conditional_marks=as_set(data.get("conditional_marks")),
        unrealised_modifiers=as_set(data.get("unrealised_modifiers")),
        future_time_words=as_set(data.get("future_time_words")),
        aspect_verbs=as_set(data.get("aspect_verbs")),
        negated_reject=as_set(data.get("negated_becomes_reject")),
        threat_conditions=as_set(data.get("threat_conditions")),
        penalty_conditions=as_set(data.get("penalty_conditions")),
        background_marks=as_set(data.get("background_marks")),
        realised_purposes=as_set(data.get("realised_purposes")),
        realising_governors=as_set(data.get("realising_governors")),
        failed_agreement_verbs=as_set(data.get("failed_agreement_verbs")),
        agreement_reaching_verbs=as_set(data.get("agreement_reaching_verbs")),
        standing_ban_verbs=as_set(data.get("standing_ban_verbs")),
        standing_status_verbs=as_set(data.get("standing_status_verbs")),
        practice_adverbs=as_set(data.get("practice_adverbs")),
        forward_time_words=as_set(data.get("forward_time_words")),
        hostile_plans=as_set(data.get("hostile_plans")),
        preparation_verbs=as_set(data.get("preparation_verbs")),
        descriptive_nouns=as_set(data.get("descriptive_nouns")),
        refusable_types=frozenset(str(t).upper() for t in data.get("refusable_types", [])),
        compulsion_verbs=as_set(data.get("compulsion_verbs")),
        declaration_verbs=as_set(data.get("declaration_verbs")),
        decision_words=as_set(data.get("decision_words")),
        attempt_nouns=as_set(data.get("attempt_nouns")),
        attemptable_types=frozenset(str(t).upper() for t in data.get("attemptable_types", [])),
        culpable_adjectives=as_set(data.get("culpable_adjectives")),
        habitual_adverbs=as_set(data.get("habitual_adverbs")),
        frequency_words=as_set(data.get("frequency_words")),
        purpose_nouns=as_set(data.get("purpose_nouns")) | as_set(data.get("operation_nouns")),
        factual_marks=as_set(data.get("factual_marks")),
        recurrence_determiners=as_set(data.get("recurrence_determiners")),
        recurring_time_nouns=as_set(data.get("recurring_time_nouns")),
        hypothetical_stances=as_set(data.get("hypothetical_stances")),
        cognition_verbs=as_set(data.get("cognition_verbs")),
        alternative_words=as_set(data.get("alternative_words")),
        reversal_verbs=as_set(data.get("reversal_verbs")),
        prevention_verbs=as_set(data.get("prevention_verbs")),
        description_verbs=as_set(data.get("description_verbs")),
        proposal_verbs=as_set(data.get("proposal_verbs")),
        habitual_modifiers=as_set(data.get("habitual_modifiers")),
        rate_verbs=as_set(data.get("rate_verbs")),
        ordering_verbs=as_set(data.get("ordering_verbs")),
        warrant_nouns=as_set(data.get("warrant_nouns")),
        judicial_nouns=as_set(data.get("judicial_nouns")),
        experiential_adverbs=as_set(data.get("experiential_adverbs")),
        ending_verbs=as_set(data.get("ending_verbs")),
        manner_words=as_set(data.get("manner_words")),
    )


@dataclass(slots=True)
class Frame:
    """What the text says about a trigger's action."""

    status: str = ASSERTED
    reason: str = ""
    governor: Token | None = None  # the intent / request / threat word that governs the action
    speech_verb: Token | None = None
    certainty: float = 1.0
    flags: set[str] = field(default_factory=set)  # future, hypothetical, obligation

    @property
    def coded(self) -> bool:
        """Whether the trigger becomes an event of its own."""
        return self.status in (ASSERTED, INTENT, DEMAND, REFUSED)


def is_negated(token: Token, rules: ModalityRules) -> bool:
    """A negation on the word itself ("not", "never", "no talks")."""
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children) or any(
        c.lower_ in rules.negations and c.dep_ in ("neg", "advmod", "preconj") for c in token.children
    )


def negative_subject(verb: Token, rules: ModalityRules) -> bool:
    """A subject that denies the act: "no one was allowed to visit", "nobody was hurt", "none of
    them fled", "neither Britain nor France ratified"."""
    for subject in children(verb, ("nsubj", "nsubjpass")):
        if subject.lower_ in rules.negations and subject.lower_ not in ("not", "n't", "without"):
            return True
        if any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children):
            return True
        if any(c.dep_ in ("preconj", "det") and c.lower_ == "neither" for c in subject.children):
            return True  # "neither Britain nor France have ratified"
    return False


def habitual(verb: Token, rules: ModalityRules) -> bool:
    """A habit, not an event: "the US has traditionally taken the most refugees", "every day she makes the
    trip" (a recurring time on a simple-present verb)."""
    if any(c.dep_ == "advmod" and c.lower_ in rules.habitual_adverbs for c in verb.children):
        return True
    return verb.tag_ in PRESENT_TAGS and any(recurring_time(c, rules) for c in verb.children)


def recurring_time(modifier: Token, rules: ModalityRules) -> bool:
    """A time that recurs: "every day", "each week", "on every Friday" (``recurrence_determiners``)."""
    times = [modifier] if modifier.dep_ == "npadvmod" else []
    if modifier.dep_ == "prep":
        times = children(modifier, ("pobj",))
    return any(
        t.lemma_.lower() in rules.recurring_time_nouns
        and any(d.dep_ == "det" and d.lower_ in rules.recurrence_determiners for d in t.children)
        for t in times
    )


def clause_flags(verb: Token, rules: ModalityRules) -> set[str]:
    """future / hypothetical / obligation / conditional markers of a verb's own clause."""
    flags = set()
    for child in verb.children:
        word = child.lower_
        if child.dep_ in ("aux", "auxpass"):
            if word in rules.future_aux:
                flags.add("future")
            elif word in rules.hypothetical_aux:
                flags.add("would" if word in ("would", "'d") else "hypothetical")
            elif word in rules.obligation_aux:
                flags |= past_obligation(verb, word)
        elif child.dep_ == "mark" and word in rules.conditional_marks and verb.dep_ in ("advcl", "ccomp"):
            flags.add("conditional")
        elif child.dep_ in ("npadvmod", "advmod", "prep") and ahead(child, verb, rules):
            flags.add("scheduled")
    return flags


def past_obligation(verb: Token, modal: str) -> set[str]:
    """The flags of an obligation: "must/should withdraw" a demand; put on the past (round 26), "should have
    withdrawn the comment" a reproach (criticism, no request: the past cannot be asked for) and "must have
    known" a guess about what may not have happened."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if not (verb.tag_ == "VBN" and perfect):
        return {"obligation"}
    return {"obligation", "reproach"} if modal in ("should", "ought") else {"hypothetical"}


def future_time(token: Token, rules: ModalityRules) -> bool:
    """A time modifier pointing ahead ("tomorrow", "next week", "later this month")."""
    words = {t.lower_ for t in token.subtree}
    return (
        bool(words & rules.future_time_words)
        and token.ent_type_ in ("DATE", "TIME", "")
        and ("tomorrow" in words or any(w in words for w in ("next", "coming", "upcoming", "later", "soon")))
    )


def ahead(modifier: Token, verb: Token, rules: ModalityRules) -> bool:
    """A time modifier that puts the verb's event in the future."""
    return future_time(modifier, rules) and not afterwards(modifier, verb, rules)


def afterwards(modifier: Token, verb: Token, rules: ModalityRules) -> bool:
    """ "later"/"soon" on a past-tense verb: what followed, not what is ahead ("later, the police
    reached the spot and arrested one person"); "next week" and "tomorrow" always look ahead."""
    if {t.lower_ for t in modifier.subtree} & rules.forward_time_words:
        return False
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and bool(helpers & PAST_HELPERS))


def noun_dropped(noun: Token, rules: ModalityRules) -> str:
    """Why an event noun is not an event: negated or unrealised ("no talks", "planned summit")."""
    if is_negated(noun, rules):
        return "negated"
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound", "poss", "nmod")}
    if modifiers & rules.unrealised_modifiers:
        return "unrealised"
    if any(future_time(c, rules) for c in noun.children if c.dep_ in ("poss", "compound", "amod")):
        return "future"
    return ""


def habit_or_rate(token: Token, rules: ModalityRules) -> bool:
    """Events told as a habit or a rate, no occasion (round 23): an event noun of a recurring kind under a
    simple present, also as a support verb's object ("has regular meetings with both of them", "hold weekly
    talks", ``habitual_modifiers``; "held regular meetings last year" stays), or what a rate counts ("has
    averaged one strike or raid every day", ``rate_verbs``)."""
    head = token
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ == "dobj" and head.head.lemma_.lower() in rules.rate_verbs:
        return True
    noun = token.pos_ in ("NOUN", "PROPN")
    nouns, verb = ([token], token.head) if noun else (children(token, ("dobj",)), token)
    kinds = [c.lower_ for n in nouns for c in n.children if c.dep_ == "amod"]
    return verb.tag_ in PRESENT_TAGS and any(k in rules.habitual_modifiers for k in kinds)


def governor_of(verb: Token) -> Token | None:
    """The word that governs a clause: xcomp/ccomp head, "of"/"from" complement head, noun of a to-clause."""
    if verb.dep_ in GOVERNED_DEPS:
        return verb.head
    if verb.dep_ == "advcl" and to_infinitive(verb):
        return verb.head
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return verb.head  # "pushed for the US (to) support the plan": a for-clause complement
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return verb.head.head
    if verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        return verb.head.head
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return verb.head
    if verb.dep_ == "relcl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children):
        return verb.head  # "charges that it tortured a priest": a content clause parsed as relative
    return None


def unrealised_complement(verb: Token, governor: Token) -> bool:
    """A clause that describes rather than reports: the complement of a noun ("the importance of
    developing", "a mission to fight") or a purpose infinitive ("travelled to Lima to meet")."""
    infinitive = to_infinitive(verb)
    if governor.pos_ in ("NOUN", "PROPN", "ADJ") and (verb.dep_ in ("pcomp", "pobj") or infinitive):
        return True
    if infinitive and verb.dep_ in ("csubj", "csubjpass"):  # "a summit to be held on Friday was called"
        return True
    return verb.dep_ == "advcl" and infinitive


def realised_purpose(verb: Token, rules: ModalityRules) -> bool:
    """A purpose that the governing action itself realises: "walked off the job to protest the
    layoffs" is the protest (the walk-out is how they protested); "acted swiftly to arrest him"
    is the arrest (acting is how it was done)."""
    if verb.dep_ != "advcl":
        return False
    return in_words(verb, rules.realised_purposes) or in_words(verb.head, rules.realising_governors)


def describes_achievement(verb: Token, governor: Token, rules: ModalityRules) -> bool:
    """A gerund that says what a record or role consists in, not what happened: "made progress in
    fighting ISIS", "the role it played in countering terrorism"."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("in", "at", "towards", "toward", "on"):
        return False
    nouns = [o for o in children(governor, ("dobj", "nsubjpass"))]
    if governor.dep_ in ("relcl", "acl"):
        nouns.append(governor.head)
    return any(in_words(n, rules.descriptive_nouns) for n in nouns)


def trailing_speech(verb: Token, rules: ModalityRules) -> Token | None:
    """A speech verb parsed as a conjunct of the reported clause ("X will do Y, officials said")."""
    for child in verb.children:
        later = child.dep_ in ("conj", "parataxis") and child.i > verb.i
        separate = children(child, ("nsubj",)) or child.doc[child.left_edge.i - 1].text == ","
        if later and separate and rules.governor_class(child) == "speech":
            return child
    return None


def reported_fact(verb: Token, rules: ModalityRules) -> bool:
    """A past adverbial clause with its own subject and a time or reason subordinator ("after Turkey
    launched an offensive"): it tells what happened, whatever its head asks, plans or denies."""
    if verb.dep_ != "advcl" or not children(verb, ("nsubj", "nsubjpass")):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in rules.factual_marks for c in verb.children):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children)


def inherits_from(verb: Token) -> Token | None:
    """The head whose modality a conjoined or adverbial clause shares."""
    if verb.dep_ in ("conj", "advcl") and verb.head != verb:
        return verb.head
    return None


def walk(
    start: Token, frame: Frame, rules: ModalityRules, refusable: bool = False, attemptable: bool = False
) -> Frame:
    """Climb the governing chain from a clause, filling the frame; stops at the first decision.

    ``refusable``: the trigger is a cooperative act, so "will not lift the embargo" is a refusal.
    ``attemptable``: an act of violence or coercion, so "an attempt to kill X was foiled" was attempted.
    """
    verb: Token | None = start
    subordinate = False  # reached through an adverbial clause: the head's future is a schedule
    own_subject = False  # the clause below has a subject of its own: the head's subject is not its
    factual = False  # reached through a past adverbial clause of its own: only speech governs it
    for _ in range(MAX_DEPTH):
        if verb is None:
            break
        if negative_subject(verb, rules) and not own_subject:
            return drop(frame, "negated subject")
        if habitual(verb, rules):
            return drop(frame, "habitual")
        if is_negated(verb, rules):
            if verb == start and frame.speech_verb is None and refused(verb, rules, refusable):
                frame.flags.add("refused")
                frame.status = REFUSED
                return frame
            return drop(frame, "negated")
        flags = clause_flags(verb, rules)
        if "conditional" in flags:
            return drop(frame, "conditional")
        if subordinate and "future" in flags:  # "when Xi visits" under "will be discussed": ahead
            flags = (flags - {"future"}) | {"scheduled"}
        if frame.speech_verb is None:
            frame.flags |= flags
        governor = governor_of(verb)
        if governor is None:
            speech = trailing_speech(verb, rules) if frame.speech_verb is None else None
            if speech is not None:
                apply_governor(speech, frame, rules)
            subordinate = subordinate or verb.dep_ == "advcl"
            factual = factual or reported_fact(verb, rules)
            own_subject = bool(children(verb, ("nsubj", "nsubjpass")))  # "no group claimed it, but X had"
            verb = inherits_from(verb)
            continue
        if governor.pos_ == "NOUN" and is_negated(governor, rules):
            return drop(frame, "negated noun")  # "there is no evidence that he ordered the killings"
        if alternative_not_taken(verb, rules):
            return drop(frame, "alternative")  # "instead of praising the rebels, he says ..."
        if retracted_intent(governor, rules):
            return drop(frame, "retracted")  # "walked back on a pledge to support climate finance"
        if attemptable and realised_attempt(governor, rules):
            frame.certainty *= ATTEMPT_CERTAINTY
            verb = governing_verb(governor)
            continue
        if factual and rules.governor_class(governor) not in ("speech", ""):
            return frame  # "begged X to protect them after Turkey launched an offensive": it was launched
        decided = apply_governor(governor, frame, rules)
        if decided:
            return frame
        if in_words(governor, rules.culpable_adjectives):
            verb = governing_verb(governor)  # "was guilty of violating the ceasefire": it was violated
            continue
        if (
            not rules.governor_class(governor)
            and unrealised_complement(verb, governor)
            and not realised_purpose(verb, rules)
        ):
            return drop(frame, "complement")
        if describes_achievement(verb, governor, rules):
            return drop(frame, "descriptive")
        own_subject = False
        if governor.pos_ in ("VERB", "AUX"):
            verb = governor
            continue
        verb = governing_verb(governor)
        content = verb is not None and governor.dep_ == "dobj" and verb_of_content(verb, rules)
        if content and apply_governor(verb, frame, rules):  # "denied charges that it tortured a priest"
            return frame
    return frame


def alternative_not_taken(verb: Token, rules: ModalityRules) -> bool:
    """A gerund after "instead of" or "rather than" (``alternative_words``): what was not done."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "than") or prep.i == 0:
        return False
    return prep.doc[prep.i - 1].lower_ in rules.alternative_words


def retracted_intent(noun: Token, rules: ModalityRules) -> bool:
    """An intent noun ("pledge", "promise", "offer") that a verb of reversal takes back: "walked back on a
    pledge", "reneged on its promise", "withdrew its offer" (``reversal_verbs``)."""
    if noun.pos_ != "NOUN" or rules.governor_class(noun) != "intent":
        return False
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("pobj", "dobj") or verb.pos_ != "VERB":
        return False
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")]
    forms = {verb.lemma_.lower()} | {f"{verb.lemma_.lower()} {p}" for p in particles}
    return bool(forms & rules.reversal_verbs)


def verb_of_content(verb: Token, rules: ModalityRules) -> bool:
    """A verb that denies, rejects or plans what its object noun's clause says ("denied charges
    that ...", "rejected claims that ..."): it governs that clause through the noun."""
    return rules.governor_class(verb) in ("deny", "reject", "plan", "fail")


def realised_attempt(governor: Token, rules: ModalityRules) -> bool:
    """An attempt noun whose verb reports it made, foiled or failed ("an attempt to kill him was
    thwarted", "made a bid to seize the town"), not planned ("plans an attempt")."""
    if governor.pos_ != "NOUN" or not in_words(governor, rules.attempt_nouns):
        return False
    verb = governing_verb(governor)
    if verb is None or rules.governor_class(verb) in ("plan", "intent"):
        return False
    if verb.tag_ == "VBD":
        return True
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBN" and bool(helpers & PAST_HELPERS)


def refused(verb: Token, rules: ModalityRules, refusable: bool) -> bool:
    """A negated acceptance ("did not allow"), or a negated future of a cooperative act ("will not
    lift the embargo", "won't meet", "said it would not negotiate"): a rejection, not merely an
    act that did not happen."""
    if in_words(verb, rules.negated_reject):
        return True
    future = any(c.dep_ == "aux" and c.lower_ in rules.future_aux for c in verb.children)
    return refusable and (future or reported_future(verb, rules))


def reported_future(verb: Token, rules: ModalityRules) -> bool:
    """ "would" in a clause reported by a speech verb: the future of the report ("said it would not
    negotiate" is "will not negotiate" in indirect speech)."""
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)
    return would and verb.dep_ == "ccomp" and rules.governor_class(verb.head) == "speech"


def governing_verb(token: Token) -> Token | None:
    """The verb above an adjective or noun governor ("is ready", "expressed readiness")."""
    head = token.head
    for _ in range(3):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head == head.head:
            return None
        head = head.head
    return None


def apply_governor(governor: Token, frame: Frame, rules: ModalityRules) -> bool:
    """Update the frame for one governing word; True when the walk must stop."""
    kind = rules.governor_class(governor)
    if kind in ("speech", ""):
        kind = object_class(governor, rules) or kind
    if kind == "plan" and compelled(governor, rules):
        return False  # "police had to open fire", "was forced to withdraw": it was done
    if kind == "plan" and governor.pos_ == "VERB":
        for flag, verbs in (("planned", rules.hostile_plans), ("prepared", rules.preparation_verbs)):
            if in_words(governor, verbs):  # "plans to impose sanctions": a threat
                frame.status, frame.governor = INTENT, governor
                frame.flags.add(flag)
                return False
    if kind in ("plan", "deny", "fail"):
        drop(frame, {"plan": "planned", "deny": "denied", "fail": "not done"}[kind])
        return True
    if kind in ("request", "reject", "threaten", "accuse"):
        frame.status, frame.governor, frame.reason = ABSORBED, governor, kind
        return True
    if kind == "intent":
        frame.status, frame.governor = INTENT, governor
        if in_words(governor, rules.decision_words):
            frame.flags.add("declared")  # "the decision to withdraw the troops": declared (round 17)
    elif kind == "attempt":
        frame.certainty *= ATTEMPT_CERTAINTY
    elif kind == "speech" and frame.speech_verb is None:
        frame.speech_verb = governor
        frame.certainty *= 0.75 if governor.lemma_.lower() in rules.uncertain else 0.95
    return False


def compelled(governor: Token, rules: ModalityRules) -> bool:
    """A past necessity or ability, which news reports as done: "had to fire", "were able to arrest"."""
    past = governor.tag_ == "VBD" or (governor.pos_ == "ADJ" and governor.head.tag_ == "VBD")
    return past and in_words(governor, rules.compulsion_verbs)


def object_class(verb: Token, rules: ModalityRules) -> str:
    """The class of a governing noun object ("reiterated its demand that", "issued a warning that")."""
    for obj in children(verb, ("dobj",)):
        kind = rules.governor_class(obj)
        if kind in ("request", "threaten", "plan"):
            return kind
    return ""


def drop(frame: Frame, reason: str) -> Frame:
    """Mark the frame as not an event."""
    frame.status, frame.reason = DROPPED, reason
    return frame


def resolve(frame: Frame, start: Token, rules: ModalityRules) -> Frame:
    """Turn the collected tense and mood flags into the final status."""
    if frame.status in (DROPPED, ABSORBED, REFUSED):
        return frame
    attributed = frame.speech_verb is not None or frame.status == INTENT
    if "hypothetical" in frame.flags:
        return drop(frame, "hypothetical")
    if "would" in frame.flags and in_words(start, rules.hypothetical_stances):
        return drop(frame, "hypothetical")  # "mothers would welcome any extra pay": a liking, no commitment
    if frame.flags & {"would", "future"} and forecast(start, frame.speech_verb, rules):
        return drop(frame, "forecast")  # "everyone knew the city would be besieged": nobody's intent
    if frame.flags & {"would", "future", "scheduled"}:
        if not attributed and frame.flags & {"would", "scheduled"}:
            return drop(frame, "future")  # "would meet", "will meet next month": not (yet) an intent
        if not attributed and passive(start):
            return drop(frame, "future")  # "voters will be telephoned": a schedule, nobody's intent
        if not attributed:  # "Turkey will allow refugees to return": the writer reports an intent
            frame.certainty *= UNATTRIBUTED_FUTURE_CERTAINTY
        frame.status = INTENT
        frame.flags.add("intent" if frame.governor is not None and frame.speech_verb is None else "announced")
        if frame.speech_verb is not None and in_words(frame.speech_verb, rules.declaration_verbs):
            frame.flags.add("declared")
    if frame.status == INTENT:
        marks = condition_marks(start, rules)
        if frame.governor is not None:
            marks |= condition_marks(frame.governor, rules)
        if marks & rules.penalty_conditions:
            frame.flags.add("penalty")
        elif marks:
            frame.flags.add("conditioned")
    if frame.status == INTENT:
        return frame
    if "obligation" in frame.flags:
        if frame.speech_verb is None:
            return drop(frame, "obligation")
        frame.status = DEMAND
    return frame


def forecast(clause: Token, speech_verb: Token | None, rules: ModalityRules) -> bool:
    """A future act someone knows, believes or predicts, not their own ("everyone knew the city would be
    besieged", "analysts believe the army will attack"): a forecast. "We believe we will win" is the
    speaker's own intent: the clause's subject is a pronoun or the cognizer."""
    if speech_verb is None or not in_words(speech_verb, rules.cognition_verbs):
        return False
    subject = next(iter(children(clause, ("nsubj",))), None)
    if subject is None:
        return True  # a passive or subjectless clause: no one's intent
    if subject.pos_ == "PRON":
        return False
    cognizer = next(iter(children(speech_verb, ("nsubj",))), None)
    return cognizer is None or cognizer.lower_ != subject.lower_


def passive(verb: Token) -> bool:
    """A passive clause ("will be released")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def condition_marks(verb: Token, rules: ModalityRules) -> set[str]:
    """The "unless"/"if" marks of a clause's conditions (a condition on an intent makes an offer or
    a threat)."""
    return {
        m.lower_
        for c in verb.children
        if c.dep_ == "advcl"
        for m in c.children
        if m.dep_ == "mark" and m.lower_ in rules.threat_conditions
    }


def assess(trigger: Trigger, rules: ModalityRules | None = None) -> Frame:
    """The modality frame of a trigger."""
    rules = rules or load_rules()
    frame = Frame()
    if trigger.pattern.pos == "noun":
        reason = noun_dropped(trigger.token, rules)
        if reason:
            return drop(frame, reason)
        if trigger.licensed_by is None:
            return drop(frame, "mentioned only")
    start = trigger.clause
    if is_negated(trigger.token, rules) and trigger.token != start:
        return drop(frame, "negated")
    if start.dep_ == "ROOT" and to_infinitive(start):
        return drop(frame, "infinitive")  # "a summit to be held on Friday" parsed as the root
    if generic_relative(start, rules):
        return drop(frame, "generic")  # "women who demand equality", "ransoms that are often demanded"
    if trigger.pattern.pos != "noun" and experiential(start, rules):
        return drop(frame, "experience")  # "the kindest doctors I have ever met" (round 21)
    if trigger.pattern.pos == "noun" and forecast_end(trigger, rules):
        return drop(frame, "end forecast")  # "the offensive would end within a week" (round 21)
    if manner_of_would(start, rules):
        return drop(frame, "manner")  # "explained how the militia would carry out raids" (round 21)
    if any(is_negated(o, rules) for o in children(start, ("dobj", "nsubjpass"))):
        return drop(frame, "negated object")  # "no details were released", "reached no agreement"
    if purpose_infinitive(start, rules):
        return drop(frame, "purpose")  # "conceived as a way to press Britain": what it is for, not done
    if exhortation(start):
        return drop(frame, "exhortation")  # "let's keep fighting": a call on one's own side, not an act
    if kept_from(start, rules):
        return drop(frame, "prevented")  # "prevented the ministers from campaigning" (round 20)
    if described_as(start, rules):
        return drop(frame, "description")  # "described the migrants as complaining" (round 20)
    if habit_or_rate(trigger.token, rules):
        return drop(frame, "habitual")  # "has regular meetings with them", "averaged one raid a day"
    if practice_told(start, rules):
        return drop(frame, "habitual")  # "the injured were often murdered" (round 28)
    if proposed(start, rules):
        return drop(frame, "proposed")  # "we suggested holding the meeting in March" (round 23)
    if standing_ban(trigger, rules):
        return drop(frame, "standing ban")  # "the movement is banned in Egypt" (round 22)
    if standing_recognition(trigger, rules):
        return drop(frame, "standing status")  # "the island, which Turkey does not recognise" (round 28)
    if arrest_ordered(trigger, rules):
        return drop(frame, "ordered")  # "a court has ordered her arrest" (round 24)
    if failed_agreement(trigger, rules):  # "failed to reach agreement on the border": a rejection
        frame.flags.add("refused")
        frame.status = REFUSED
        return frame
    refusable = trigger.pattern.event_type in rules.refusable_types
    attemptable = trigger.pattern.event_type in rules.attemptable_types
    return resolve(walk(start, frame, rules, refusable, attemptable), start, rules)


def complement_of(verb: Token, preposition: str) -> Token | None:
    """The verb whose "from"/"as" phrase the clause is ("prevented them from leaving": prevented)."""
    prep = verb.head
    if verb.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ != preposition:
        return None
    return prep.head if prep.head.pos_ in ("VERB", "AUX") else None


def kept_from(verb: Token, rules: ModalityRules) -> bool:
    """A gerund under "from" of a verb of preventing: what a party was kept from doing did not happen
    ("prevented the ministers from campaigning", "banned him from contacting her"; ``prevention_verbs``)."""
    governor = complement_of(verb, "from")
    return governor is not None and in_words(governor, rules.prevention_verbs)


def described_as(verb: Token, rules: ModalityRules) -> bool:
    """A verb under "as" of a verb of describing: a portrayal, not an act ("described the migrants as
    complaining"; ``description_verbs``)."""
    governor = complement_of(verb, "as")
    if governor is not None and governor.dep_ == "acl" and governor.head.dep_ in ("dobj", "obj"):
        governor = governor.head.head  # "described Somalis living in the city as complaining"
    return governor is not None and in_words(governor, rules.description_verbs)


def proposed(verb: Token, rules: ModalityRules) -> bool:
    """A gerund or a bare infinitive under a verb of proposing (``proposal_verbs``): "suggested holding the
    meeting", "suggested supporters visit their polling places" (a present form under a past proposal is the
    subjunctive) propose the act, which did not happen; a finite clause ("suggested that they had met")
    reports one (round 23)."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    if clause.dep_ not in ("xcomp", "ccomp") or not in_words(clause.head, rules.proposal_verbs):
        return False
    if clause.tag_ == "VBG":
        return not children(clause, ("nsubj", "aux"))
    subjunctive = clause.tag_ == "VB" or (clause.tag_ == "VBP" and clause.head.tag_ == "VBD")
    return subjunctive and not children(clause, ("aux", "auxpass", "mark"))


def purpose_infinitive(verb: Token, rules: ModalityRules) -> bool:
    """A to-infinitive that says what a means is for ("a way to press Britain", "a tool to punish
    critics"): the act is the purpose, not something done."""
    if verb.dep_ not in ("relcl", "acl") or not to_infinitive(verb):
        return False
    return verb.head.lemma_.lower() in rules.purpose_nouns or verb.head.lower_ in rules.purpose_nouns


def exhortation(verb: Token) -> bool:
    """A clause under an imperative "let's" / "let us" ("Let's keep fighting", "let us work together");
    "the soldiers let us leave" (a subject, a past form) is a permission."""
    token = verb
    for _ in range(3):
        if token.lemma_.lower() == "let" and token.tag_ == "VB" and not children(token, ("nsubj", "aux")):
            follower = token.nbor(1) if token.i + 1 < len(token.doc) else None
            return follower is not None and follower.lower_ in ("'s", "\u2019s", "us")
        if token.dep_ not in ("ccomp", "xcomp"):
            return False
        token = token.head
    return False


def generic_relative(verb: Token, rules: ModalityRules) -> bool:
    """A relative clause in the simple present describes a kind or a habit, not an event: "hunters
    who violate the law", "where they meet and compete"; in the present passive only with a word of
    frequency or place ("ransoms that are often demanded", "events where four people are killed"),
    since "the man who is accused of ..." reports a standing charge."""
    if verb.dep_ != "relcl":
        return False
    helpers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if verb.tag_ in PRESENT_TAGS:  # "the movement Ankara blames for the coup": a named party's stance
        return not helpers and not any(s.ent_type_ in NAMED_PARTIES for s in children(verb, ("nsubj",)))
    if verb.tag_ != "VBN" or not helpers or not helpers <= PRESENT_PASSIVE:
        return False
    return any(c.dep_ == "advmod" and c.lower_ in rules.frequency_words for c in verb.children)


def experiential(verb: Token, rules: ModalityRules) -> bool:
    """A relative clause of experience ("the kindest doctors I have ever met"; ``experiential_adverbs``): what
    someone has known of a kind, not an occasion."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ in rules.experiential_adverbs for c in verb.children
    )


def forecast_end(trigger: Trigger, rules: ModalityRules) -> bool:
    """An event noun whose end is forecast ("the offensive would end within a week"; ``ending_verbs``): it is
    under way, and the forecast is no new event."""
    verb = trigger.licensed_by
    if verb is None or trigger.token.dep_ != "nsubj" or not in_words(verb, rules.ending_verbs):
        return False
    return bool(clause_flags(verb, rules) & {"future", "would"})


def manner_of_would(verb: Token, rules: ModalityRules) -> bool:
    """A "how" clause with "would" ("explained how the militia would carry out raids"; ``manner_words``): the
    manner of a habit or a plan, not an occasion nor a threat."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
        return False
    # the parser may hang "how" on the subject's adjective
    opening = (t for t in verb.subtree if t.i < verb.i)
    return any(t.tag_ == "WRB" and t.lower_ in rules.manner_words for t in opening)


def standing_ban(trigger: Trigger, rules: ModalityRules) -> bool:
    """A ban told in the simple present passive ("the movement is banned in Egypt", "the state is barred under
    the treaty from building missiles"; ``standing_ban_verbs``): a standing status, no occasion. "Has been
    banned", "was banned" and "is now banned" report the act (round 22)."""
    verb = trigger.token
    if trigger.pattern.pos == "noun" or not in_words(verb, rules.standing_ban_verbs):
        return False
    return standing_passive(verb)


def standing_passive(verb: Token) -> bool:
    """A participle told in the simple present passive ("is banned", "are recognised"): a standing status;
    not "has been banned", "was banned" nor "is now banned", which report the act."""
    helpers = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ != "VBN" or not helpers or any(h not in PRESENT_PASSIVE for h in helpers):
        return False
    return not told_now(verb)


def told_now(verb: Token) -> bool:
    """The verb is told with "now" ("is now banned", "now recognises"): the status is new, an act."""
    return any(c.dep_ == "advmod" and c.lower_ == "now" for c in verb.children)


def practice_told(verb: Token, rules: ModalityRules) -> bool:
    """A passive act told with a frequency ("the injured were often murdered", "chlorine has been used
    frequently", ``practice_adverbs``): a practice, no occasion (round 28). A conjoined verb without a subject
    of its own shares its head's frequency ("were often beaten and killed"); one with its own subject does
    not."""
    while verb.dep_ == "conj" and not children(verb, ("nsubj", "nsubjpass")):
        verb = verb.head
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    return passive and any(c.dep_ == "advmod" and c.lower_ in rules.practice_adverbs for c in verb.children)


def standing_recognition(trigger: Trigger, rules: ModalityRules) -> bool:
    """Recognition told in the simple present, passive or negated ("the convention is recognised by 130
    nations", "the island, which Turkey does not recognise"; ``standing_status_verbs``): a standing stance, no
    occasion. "Recognised", "has recognised", "did not recognise" and "is now recognised" report the act
    (round 28)."""
    verb = trigger.token
    if trigger.pattern.pos == "noun" or not in_words(verb, rules.standing_status_verbs):
        return False
    if verb.tag_ == "VBN":
        return standing_passive(verb)
    helpers = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    present_do = bool(helpers) and all(h in ("do", "does") for h in helpers)
    return verb.tag_ == "VB" and present_do and is_negated(verb, rules) and not told_now(verb)


def arrest_ordered(trigger: Trigger, rules: ModalityRules) -> bool:
    """An arrest a court or a judge ordered, approved or sought ("a court has ordered her arrest",
    ``ordering_verbs``, ``judicial_nouns``; "the ministry ordered the arrest of 20 smugglers" stays) or one a
    warrant is for ("approved a warrant to arrest the former president", ``warrant_nouns``): the order is
    told, not the arrest (round 24; the audit guide: "an arrest ordered by a court but not made did not
    happen")."""
    if trigger.pattern.event_type != "COERCE" or trigger.pattern.mode != "arrest":
        return False
    word = trigger.token
    if trigger.pattern.pos == "noun":
        verb = trigger.licensed_by
        if verb is None or not in_words(verb, rules.ordering_verbs):
            return False
        return any(in_words(s, rules.judicial_nouns) for s in children(verb, ("nsubj",)))
    if word.dep_ not in ("acl", "relcl", "xcomp") or not to_infinitive(word):
        return False
    holders = [word.head, *children(word.head, ("dobj",))]  # "a warrant to arrest", "approved a warrant to"
    return any(in_words(h, rules.warrant_nouns) for h in holders)


def failed_agreement(trigger: Trigger, rules: ModalityRules) -> bool:
    """An agreement its parties failed to reach ("X and Y failed to reach a deal"): CAMEO and the
    PLOVER REJECT category ("all rejections and refusals") code it as a rejection, not as nothing. Only a
    verb of reaching agreement (``agreement_reaching_verbs``) fails that way: "failed to reassure the
    agencies" did not happen and rejects nothing (round 22)."""
    clause = trigger.clause
    if trigger.pattern.event_type != "AGREE" or clause.dep_ != "xcomp":
        return False
    if rules.agreement_reaching_verbs and not in_words(trigger.token, rules.agreement_reaching_verbs):
        return False
    governor = clause.head
    return in_words(governor, rules.failed_agreement_verbs) and not is_negated(governor, rules)


def speaker_of(frame: Frame) -> Token | None:
    """The subject of the speech verb that reports the action, if any."""
    if frame.speech_verb is None:
        return None
    subjects = children(frame.speech_verb, ("nsubj",))
    return subjects[0] if subjects else None
