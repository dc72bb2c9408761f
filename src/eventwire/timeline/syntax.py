"""Dependency-parse helpers: is a date or place attached to the event's word, or to another clause?"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from eventwire.timeline.vocab import read_data_yaml

CLAUSE_POS = {"VERB", "AUX"}
CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "csubj", "parataxis", "pcomp"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "into", "within", "on"}
MOTION_LEMMAS = {"visit", "arrive", "reach", "tour", "enter", "land", "travel", "fly", "go", "come", "return"}
MOTION_PREPOSITIONS = {"to", "into"}
TIME_PREPOSITIONS = {"during", "after", "before", "amid", "since", "following"}
COMPLEMENT_DEPS = {"xcomp", "pcomp", "prep"}  # a verb's complements, told at its time


def span_of(doc: Doc | None, start: int, end: int) -> Span | None:
    """The doc's tokens covering text[start:end], or None when the doc cannot tell."""
    if doc is None or not doc.has_annotation("DEP"):
        return None
    return doc.char_span(start, end, alignment_mode="expand")


def clause_head(token: Token) -> Token:
    """The verb that heads the clause of a token (the token itself when it is one)."""
    current = token
    while current.pos_ not in CLAUSE_POS and current.head != current:
        if current.dep_ in CLAUSE_DEPS and current.pos_ in CLAUSE_POS:
            break
        current = current.head
    return current


def event_clause(trigger: Span) -> Token:
    """The clause head of the event word ("held" for "held talks", "met" for "met")."""
    return clause_head(trigger.root)


def told_in_past(clause: Token) -> bool:
    """The clause is told in the simple past or the past perfect ("were arrested", "retaliated", "had
    called"), not in the present, present perfect, future or a modal ("have been praised", "is
    fighting", "would meet"). A verb coordinated without auxiliaries of its own takes its head's."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if not auxiliaries and clause.dep_ == "conj" and clause.head.pos_ in CLAUSE_POS and clause.tag_ == "VBN":
        return told_in_past(clause.head)
    if auxiliaries:
        return auxiliaries[0].tag_ == "VBD"
    return clause.tag_ == "VBD"


def told_in_past_perfect(clause: Token) -> bool:
    """The clause is told in the past perfect ("had been petitioned", "had set up")."""
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in clause.children)


def told_in_future_tense(clause: Token, auxiliaries: frozenset[str]) -> bool:
    """The clause is told in the future: with one of the ``auxiliaries`` ("will hear", "shall decide") or
    "going to" ("is going to vote")."""
    if any(c.dep_ == "aux" and c.lemma_.lower() in auxiliaries for c in clause.children):
        return True
    return clause.dep_ == "xcomp" and clause.head.lower_ == "going" and has_dep(clause.head, "aux")


def told_going_on(clause: Token, ongoing_verbs: frozenset[str]) -> bool:
    """Told as going on at the report's time: in the present progressive (``told_in_progress``) or by a verb
    of continuing in the simple present ("protests continue", "fighting rages")."""
    present = clause.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
    return told_in_progress(clause) or (present and clause.lemma_.lower() in ongoing_verbs)


def told_in_progress(clause: Token) -> bool:
    """The clause is told in the present progressive ("are detaining", "is being questioned"), not in the
    simple present of a habit or a state, nor in the present perfect of a past of no stated day ("has
    long been criticized", "has left the project's fate uncertain")."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    going_on = clause.tag_ == "VBG" or any(a.lower_ == "being" for a in auxiliaries)
    return going_on and any(a.tag_ in ("VBZ", "VBP") for a in auxiliaries)


def modifiers_of_clause(clause: Token) -> list[Token]:
    """The clause's children and those the parser hangs on its auxiliaries and objects instead ("has on
    numerous occasions praised", "holding talks for decades")."""
    hosts = [c for c in clause.children if c.dep_ in ("aux", "auxpass", "dobj")]
    return [*clause.children, *(c for host in hosts for c in host.children)]


def told_as_background(clause: Token, adverbs: frozenset[str], phrases: frozenset[str]) -> bool:
    """The clause is modified by an adverb or a whole phrase of undated background ("had previously
    opposed", "have attacked journalists in the past", "for decades", "at the time", "years ago"); a
    verb coordinated without subject or adverb of its own takes its head's ("had previously met and
    agreed"; not "had previously opposed it but now backs it")."""
    for child in modifiers_of_clause(clause):
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return True
        if child.dep_ == "prep" and " ".join(t.lower_ for t in child.subtree) in phrases:
            return True
        if child.dep_ in ("advmod", "npadvmod") and ends_with_phrase(child, phrases):
            return True
    own = any(c.dep_ in ("nsubj", "nsubjpass", "advmod") for c in clause.children)
    if clause.dep_ == "conj" and not own and clause.head.pos_ in CLAUSE_POS and clause.head != clause:
        return told_as_background(clause.head, adverbs, phrases)
    return False


def ends_with_phrase(token: Token, phrases: frozenset[str]) -> bool:
    """The token's words end with a whole phrase ("years ago" of "fraud years ago", which the parser
    reads as one phrase)."""
    words = [t.lower_ for t in token.subtree]
    return any(" ".join(words[-n:]) in phrases for n in range(2, min(len(words), 4) + 1))


def told_as_sequel(clause: Token, adverbs: frozenset[str]) -> bool:
    """The clause is told as coming after the time told before it ("later filed", "subsequently fled")."""
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in modifiers_of_clause(clause))


def told_as_habit(clause: Token, adverbs: frozenset[str]) -> bool:
    """The clause is in the simple present with an adverb of habit ("fighters frequently use roadside
    bombs", "police often fire tear gas"), not a past or perfect ("routinely tortured detainees")."""
    if clause.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in clause.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ in adverbs for c in clause.children)


def coincident_antecedent(
    clause: Token, prepositions: frozenset[str], adverbs: frozenset[str]
) -> Token | None:
    """The noun a relative clause happens at the time of: "session" in "a session, during which they
    agreed", "Monday" in "on Monday, when they signed"; None for any other clause. A complement of the
    relative clause's verb ("agreed on withdrawing") shares its time."""
    while clause.dep_ in COMPLEMENT_DEPS and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    for child in clause.children:
        if child.dep_ == "advmod" and child.lower_ in adverbs:
            return clause.head
        if child.dep_ == "prep" and child.lower_ in prepositions and has_child(child, "which"):
            return clause.head
    return None


def governing_verb(clause: Token, other_time: frozenset[str]) -> Token | None:
    """For a participle adjunct without a subject or marker of its own, the verb it is told at the time of:
    "attacked" in "attacked the village on Sunday, killing 12", "submitted" in "submitted a brief on Monday
    urging the court"; None for any other clause, or one a marker in ``other_time`` puts at another time
    ("after protesting for weeks")."""
    while clause.dep_ == "conj" and clause.tag_ == "VBG" and clause.head.tag_ == "VBG":
        clause = clause.head  # "killing 12 and wounding dozens": the first participle's verb
    if clause.tag_ != "VBG" or clause.dep_ not in ("advcl", "acl"):
        return None
    for child in clause.children:
        if child.dep_ in ("nsubj", "nsubjpass", "mark", "aux", "auxpass"):
            return None
        if child.lower_ in other_time:
            return None
    head = clause.head
    if head.lower_ in other_time or (head.dep_ == "pobj" and head.head.lower_ in other_time):
        return None  # "following talks urging", "after a protest demanding": another time
    host = head if clause.dep_ == "advcl" else clause_head(head)
    return host if host.pos_ in CLAUSE_POS and host != clause else None


def reporting_verb(clause: Token, reporting: frozenset[str], other_time: frozenset[str]) -> Token | None:
    """The reporting verb whose complement tells the clause ("said" in "The army said on Tuesday it had
    arrested five men, accusing them of ..."), through participles and coordinated verbs; None when the
    clause is not reported."""
    current = clause
    for _ in range(4):
        if (host := governing_verb(current, other_time)) is not None:
            current = host
        elif current.dep_ == "conj" and current.head.pos_ in CLAUSE_POS:
            current = current.head
        else:
            break
    if current.dep_ == "ccomp" and current.head.lemma_ in reporting:
        return current.head
    return None


def offset_clauses(sentence: Span, units: frozenset[str], sides: frozenset[str]) -> set[int]:
    """Token indices of the clauses a sentence tells at a distance of days or more from each other ("came
    a day after the president held a call": both "came" and "held"; "two days prior to the certification,
    a judge dismissed": "dismissed")."""
    found: set[int] = set()
    for token in sentence:
        if token.lemma_.lower() in units and (verb := measured_from_noun(token, sides)) is not None:
            found.add(verb.i)  # "Within a day before the vote, police arrested": "arrested"
            continue
        if token.dep_ != "npadvmod" or token.lemma_.lower() not in units:
            continue
        side = token.head
        if side.lower_ in sides:
            verb = side.head  # "after" marking "held", "prior" modifying "dismissed", "after" of "spoke"
        elif side.pos_ in CLAUSE_POS and any(c.dep_ == "mark" and c.lower_ in sides for c in side.children):
            verb = side  # "a day after the president held": the parser hangs "day" on "held"
        else:
            continue
        found.add(verb.i)
        if verb.dep_ == "advcl":
            found.add(verb.head.i)  # the clause it is measured from: "came … after … held"
    return found


def measured_from_noun(unit: Token, sides: frozenset[str]) -> Token | None:
    """The clause a counted unit measured from a named happening dates ("a day before the event" in
    "Within a day before the event, police arrested", "two weeks after the vote"): the verb the unit's
    phrase hangs on; None for a unit without a count or without such a phrase."""
    if unit.dep_ not in ("pobj", "npadvmod") or not any(c.dep_ in ("det", "nummod") for c in unit.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ in sides and has_dep(c, "pobj") for c in unit.children):
        return None
    head = unit.head
    while head.pos_ not in CLAUSE_POS and head.head != head:
        head = head.head
    return head if head.pos_ in CLAUSE_POS else None


def reaction_targets(clause: Token, verbs: frozenset[str], nouns: frozenset[str]) -> list[Token]:
    """What the clause reacts to: the object of "to" after a participle of reaction hung on it or on its
    subject ("Critics, responding to the announcement, attacked …") or after a noun of reaction ("in
    response to the vote")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    participles = [*clause.children, *(c for subject in subjects for c in subject.children)]
    hosts = [c for c in participles if c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in verbs]
    for prep in (c for c in clause.children if c.dep_ == "prep"):
        hosts += [o for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in nouns]
    return [
        target
        for host in hosts
        for to in host.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for target in to.children
        if target.dep_ == "pobj" and target.pos_ == "NOUN"
    ]


def has_dep(token: Token, dep: str) -> bool:
    return any(child.dep_ == dep for child in token.children)


def reported_by_main_verb(clause: Token, reporting: frozenset[str]) -> bool:
    """The clause is what the sentence's main verb, a reporting verb, reports ("..., officials said")."""
    return clause.dep_ == "ccomp" and clause.head.dep_ == "ROOT" and clause.head.lemma_ in reporting


def has_child(token: Token, word: str) -> bool:
    return any(child.lower_ == word for child in token.children)


def attached_to(span: Span, clause: Token, trigger: Span, other_time: frozenset[str] = frozenset()) -> bool:
    """True when the span hangs off the event's clause or word, without crossing another clause, nor (with
    ``other_time``) a happening that a preposition of another time introduces ("before the vote on Sunday",
    "after Monday's attack": Sunday and Monday date the vote and the attack, not the event)."""
    root = span.root
    trigger_tokens = {t.i for t in trigger}
    current = root
    while True:
        if current.i in trigger_tokens or current.i == clause.i:
            return True
        if current.head == current:
            return False
        if current != root and current.pos_ in CLAUSE_POS:
            return False
        if not inside(current, span) and introduced_as_other_time(current, other_time):
            return False
        current = current.head


def inside(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def introduced_as_other_time(noun: Token, other_time: frozenset[str]) -> bool:
    """The noun is the object of a preposition of another time ("after the attack", "before the vote"), or
    of the "of" of such a noun ("in the wake of the resolution"; ``other_time`` holds both kinds of word)."""
    if noun.dep_ != "pobj":
        return False
    preposition = noun.head
    return preposition.lower_ in other_time or (
        preposition.lower_ == "of" and preposition.head.lemma_.lower() in other_time
    )


@dataclass(frozen=True, slots=True)
class PlaceNouns:
    """Nouns that decide whether a place is an event's site (place_words.yaml)."""

    of_place: frozenset[str]  # "the city of Aden" is Aden
    owners: frozenset[str]  # "the US embassy" is owned by, not in, the US
    happenings: frozenset[str]  # "a meeting in Geneva" is the meeting's place
    jurisdictions: frozenset[str]  # "Bristol police arrested": the police act in Bristol
    told: frozenset[str]  # "joined the talks": the lede's talks
    affiliations: frozenset[str]  # "a professor at Columbia": the employer, not the site
    topics: frozenset[str]  # "the Middle East agenda", "the crisis in Syria": a subject, not a site
    taking_part: frozenset[str]  # "held talks in Geneva": the talks are the event's


@lru_cache(maxsize=1)
def place_nouns() -> PlaceNouns:
    words = read_data_yaml("place_words.yaml")
    return PlaceNouns(
        frozenset(words["place_nouns_of"]),
        frozenset(words["owner_nouns"]),
        frozenset(words["event_nouns"]),
        frozenset(words["jurisdiction_nouns"]),
        frozenset(words["told_happening_nouns"]),
        frozenset(words["affiliation_nouns"]),
        frozenset(words["topic_nouns"]),
        frozenset(words["taking_part_verbs"]),
    )


MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")


def acting_organ(name: Token, clause: Token, trigger: Span) -> Token | None:
    """The police force or court a name qualifies, when it is the event's actor: "Bristol" in "Bristol
    police used a stun gun", "Warsaw" in "a Warsaw court ordered", "Thai" in "a Thai court sentenced",
    "Ingolstadt" in "detained by Ingolstadt police"; None otherwise ("accused the German police")."""
    jurisdictions = place_nouns().jurisdictions
    current, is_organ = name, False
    while current.dep_ in MODIFIER_DEPS and current.head != current:
        current = current.head
        is_organ = is_organ or current.lemma_.lower() in jurisdictions or current.lower_ in jurisdictions
    return current if is_organ and is_actor(current, clause, trigger) else None


def is_actor(noun: Token, clause: Token, trigger: Span) -> bool:
    """The noun is the subject of the event's clause (or of the verb it is coordinated with, when it has
    none of its own), or the agent of its passive."""
    verbs = [clause]
    while verbs[-1].dep_ == "conj" and not has_subject(verbs[-1]) and verbs[-1].head != verbs[-1]:
        verbs.append(verbs[-1].head)
    heads = {v.i for v in verbs} | {t.i for t in trigger}
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return noun.head.i in heads and noun.dep_ == "nsubj"
    return noun.dep_ == "pobj" and noun.head.dep_ == "agent" and noun.head.head.i in heads


def has_subject(verb: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children)


DEFINITE_WORDS = {"the"}


def told_happening(clause: Token, trigger: Span) -> Token | None:
    """The happening the event's clause names again with a bare "the", no other word of its own ("joined
    the talks", "attended the rally", "during the meeting"; not "the next meeting", "the opening ceremony
    of the pipeline", "a meeting"), or None."""
    told = place_nouns().told
    for token in clause.subtree:
        if token.pos_ != "NOUN" or not names_happening(token, told):
            continue
        children = list(token.children)
        if len(children) != 1 or children[0].lower_ not in DEFINITE_WORDS:
            continue
        if attached_to(token.doc[token.i : token.i + 1], clause, trigger):
            return token
    return None


def other_happening_between(start: int, noun: Token) -> bool:
    """Whether a happening of another name is told between token ``start`` and the sentence of ``noun``
    (then "the meeting" may be that one: "... repeating remarks made at the signing ceremony. The meeting
    was attended by ...")."""
    told = place_nouns().told
    doc = noun.doc
    return any(
        t.pos_ == "NOUN" and names_happening(t, told) and t.lemma_.lower() != noun.lemma_.lower()
        for t in doc[start : noun.sent.start]
    )


def through_other_happening(span: Span, clause: Token, trigger: Span) -> bool:
    """Whether the span hangs off a noun of another happening that is the event's object on its way to
    the event's word ("agreed to a meeting in Geneva": the meeting's place; not "arrested at a rally",
    nor "held talks in Geneva", where the object is the event itself)."""
    nouns = place_nouns()
    trigger_tokens = {t.i for t in trigger}
    current = span.root.head
    while current.i not in trigger_tokens and current.i != clause.i and current.head != current:
        if current.pos_ == "NOUN" and names_happening(current, nouns.happenings) and is_object(current):
            return not (current.dep_ == "dobj" and current.head.lemma_.lower() in nouns.taking_part)
        current = current.head
    return False


def names_happening(noun: Token, happenings: frozenset[str]) -> bool:
    """The noun is one of the happening words, as written or by lemma ("talks" lemmatises to "talk")."""
    return noun.lower_ in happenings or noun.lemma_.lower() in happenings


def is_object(noun: Token) -> bool:
    """A direct object, or the object of a preposition that is not of place or time ("to", "for")."""
    if noun.dep_ == "dobj":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ not in LOCATIVE_PREPOSITIONS | TIME_PREPOSITIONS


def tells_affiliation(span: Span) -> bool:
    """ "a senior figure at the Holy See", "a professor at Columbia": the place is a person's employer."""
    root, at = span.root, span.root.head
    if root.dep_ != "pobj" or at.lower_ != "at" or at.i == 0:
        return False
    affiliations = place_nouns().affiliations
    before = at.doc[at.i - 1]  # the parser often hangs "at" on the verb: read the word before it too
    return at.head.lemma_.lower() in affiliations or before.lemma_.lower() in affiliations


def names_topic(span: Span) -> bool:
    """The place modifies a noun of a subject ("on the Middle East agenda", "the election policy in
    California", "the crisis in Syria"): what is talked about, not where."""
    root, topics = span.root, place_nouns().topics
    if root.dep_ in MODIFIER_DEPS and root.head.lemma_.lower() in topics:
        return True
    preposition = root.head
    return root.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.lemma_.lower() in topics


def is_locative(span: Span) -> bool:
    """ "in Brussels", "at NATO headquarters", "arrived in Baghdad", "visited Baghdad", "flew to Paris",
    "in the city of Aden"; not "at the US embassy" (a place that owns, not a site)."""
    root = span.root
    head = root.head
    nouns = place_nouns()
    if root.dep_ in ("compound", "amod", "poss", "nmod") and head.lower_ in nouns.owners:
        return False
    noun = head.head
    if root.dep_ == "pobj" and head.lower_ == "of" and noun.lemma_.lower() in nouns.of_place and noun != head:
        return is_locative(head.doc[noun.i : noun.i + 1])
    if root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if root.dep_ == "pobj" and head.lower_ in MOTION_PREPOSITIONS:
        return head.head.lemma_.lower() in MOTION_LEMMAS
    if root.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in MOTION_LEMMAS:
        return True
    if root.dep_ in ("appos", "conj", "compound", "nmod") and head != root:
        return is_locative(head.doc[head.i : head.i + 1])
    return False
