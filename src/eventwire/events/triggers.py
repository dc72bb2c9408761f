"""Find event triggers in a sentence: lemma lookup, then the pattern's constraints on the parse."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from spacy.tokens import Span, Token

from eventwire.events.patterns import CURATED_SOURCE, NEVER, Lexicon, TriggerPattern, read_yaml
from eventwire.events.segments import line_opening_phrase, on_other_line
from eventwire.events.senses import (
    a_blaze,
    a_kind_acts,
    a_thing_acts,
    acted_by_no_party,
    antecedent,
    backing_described,
    felt_state,
    states_a_rule,
)

FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
QUESTION_MARKS = frozenset({"if", "whether"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
PROSPECTIVE_AUX = frozenset(
    {"will", "would", "shall", "should", "must", "can", "could", "may", "might", "to"}
)
OBJECT_DEPS = ("dobj", "obj", "nsubjpass", "attr", "dative", "oprd")
SUBJECT_DEPS = ("nsubj", "csubj")
MODIFIER_DEPS = ("compound", "amod", "nmod", "nn")
NOUN_POS = ("NOUN", "PROPN")
VERB_POS = ("VERB",)
ADJECTIVAL_DEPS = ("amod", "compound")  # participles used as adjectives: "detained fishermen"
TIME_ENTITIES = ("DATE", "TIME")  # a prepositional object of these is when, not whom
# entity kinds that never name a party (a date, an amount): no actor, recipient or antecedent
NON_ACTOR_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})
INFLECTIONS = (
    ("ied", ("y",)),
    ("ies", ("y",)),
    ("ing", ("", "e")),
    ("ed", ("", "e")),
    ("es", ("", "e")),
    ("s", ("",)),
)
LONG_SENTENCE = 15  # tokens: longer than a headline
T = TypeVar("T")


@dataclass(slots=True)
class Trigger:
    """A word that signals an event, the pattern it matched, and how its event noun is licensed."""

    token: Token
    pattern: TriggerPattern
    licensed_by: Token | None = None  # support / occurrence verb of an event noun
    licence: str = "verb"  # verb, support, occurrence, participation, repelled, conj

    @property
    def clause(self) -> Token:
        """The verb whose clause carries this trigger's modality and arguments."""
        return self.licensed_by if self.licensed_by is not None else self.token

    @property
    def span(self) -> tuple[int, int]:
        """Character span of the trigger word with its particle or compound modifiers."""
        tokens = [self.token, *matched_parts(self.token, self.pattern)]
        return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


@lru_cache(maxsize=1)
def irregular_lemmas() -> dict[str, str]:
    """Irregular past forms the model leaves unlemmatised (``irregular_verbs.yaml``)."""
    return {str(k).lower(): str(v).lower() for k, v in read_yaml("irregular_verbs.yaml").items()}


def lemma_forms(token: Token) -> list[str]:
    """The token's lemma, then its lower-case form and regular de-inflections of it.

    The small English model mislemmatises some verbs ("staged" -> "stag"); the de-inflected forms
    let a lookup table find the intended lemma.
    """
    lemma, lower = token.lemma_.lower(), token.lower_
    forms = [lemma, lower]
    first = hyphen_first_part(token)
    if first is not None:
        forms = [f"{first}-{lemma}", f"{first}-{lower}", *forms]  # "lathi-charged" -> "lathi-charge"
    irregular = irregular_lemmas().get(lower)
    if irregular is not None:
        forms.append(irregular)  # "overran" -> "overrun"
    for suffix, replacements in INFLECTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            forms += [stem + r for r in replacements]
            if suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])  # kidnapped -> kidnap
    return list(dict.fromkeys(forms))


def hyphen_first_part(token: Token) -> str | None:
    """The word glued by a hyphen before the token ("lathi" of "lathi-charged"), which the tokenizer
    splits off; None for a free-standing token."""
    if token.i < 2:
        return None
    hyphen, first = token.doc[token.i - 1], token.doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return first.lower_


def lookup(table: dict[str, T], token: Token) -> T | None:
    """The table entry of the first of the token's lemma forms that has one."""
    for form in lemma_forms(token):
        entry = table.get(form)
        if entry is not None:
            return entry
    return None


def in_words(token: Token, words: frozenset[str]) -> bool:
    """Whether any lemma form of the token is in a word list."""
    return any(form in words for form in lemma_forms(token))


def word_forms(token: Token) -> set[str]:
    """The lower-case surface form and lemma of a token."""
    return {token.lower_, token.lemma_.lower()}


def children(token: Token, deps: tuple[str, ...]) -> list[Token]:
    """Children of a token with one of the dependency labels."""
    return [c for c in token.children if c.dep_ in deps]


def to_infinitive(verb: Token) -> bool:
    """A verb with the infinitive marker "to" ("to press", "to save")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def particle_of(token: Token, adverbial: frozenset[str] = frozenset()) -> str | None:
    """The verb particle ("down" in "step down"); not the "up" of "up to 16 people".

    ``adverbial``: particles the parser may label as an adverb right after the verb ("stepped
    down/advmod on Friday").
    """
    parts = [p for p in children(token, ("prt",)) if not quantifier_particle(p)]
    if not parts and adverbial:
        parts = [a for a in children(token, ("advmod",)) if a.i == token.i + 1 and a.lower_ in adverbial]
    return parts[0].lower_ if parts else None


def quantifier_particle(particle: Token) -> bool:
    """A particle that opens a quantity ("kidnapped up to 16 advisers"), misparsed as a particle."""
    doc = particle.doc
    following = doc[particle.i + 1 : particle.i + 3]
    return len(following) == 2 and following[0].lower_ == "to" and following[1].pos_ == "NUM"


def objects_of(
    token: Token, measure: frozenset[str] = frozenset(), raising: frozenset[str] = frozenset()
) -> list[Token]:
    """Direct objects (and passive subjects) of a verb, with their conjuncts.

    The "of" object of a measure noun counts too ("tons of aid", "a state of emergency"); so does
    the subject of a permissive verb's infinitive, which the parser hangs on the infinitive
    ("allowed inspectors to visit": inspectors).
    """
    heads = [antecedent(h) for h in children(token, OBJECT_DEPS)]  # "the mine, which was planted"
    if not heads and raising and in_words(token, raising):
        heads = raised_objects(token)
    if not heads and reduced_relative(token):
        heads = [token.head]  # "shells fired by the rebels": the shells were fired
    heads = heads + [c for h in heads for c in h.conjuncts]
    framed = [o for h in heads if h.lemma_.lower() in measure or h.lower_ in measure for o in of_objects(h)]
    return heads + framed


def reduced_relative(token: Token) -> bool:
    """A past participle after the noun it acts on, with its agent ("the missile fired by the army"),
    not a main verb the parser hung on its subject. Without an agent the participle only describes
    the noun ("the agreement signed between the two countries" is an agreement, not a signing)."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.head.pos_ in NOUN_POS
        and bool(children(token, ("agent",)))
        and not misparsed_main_verb(token)
        and not children(token, ("nsubj", "nsubjpass"))
    )


def raised_objects(token: Token) -> list[Token]:
    """Subjects of the verb's infinitive complements ("allow [inspectors] to visit", "let [them] enter")."""
    found = []
    for comp in children(token, ("ccomp", "xcomp")):
        if comp.tag_ == "VB" or to_infinitive(comp):
            found += children(comp, ("nsubj",))
    return found


def of_objects(token: Token) -> list[Token]:
    """Objects of the token's "of" preposition, with their conjuncts."""
    found = [o for p in children(token, ("prep",)) if p.lower_ == "of" for o in children(p, ("pobj",))]
    return found + [c for o in found for c in o.conjuncts]


def preps_of(token: Token, frames: frozenset[str] = frozenset()) -> list[tuple[str, list[Token]]]:
    """(preposition, its objects) for each prepositional child, including "with"-less agents.

    ``frames``: nouns whose "of" object is the real object ("died as a result of torture").
    """
    found = []
    for prep in complex_preps(children(token, ("prep", "agent"))):
        objects = children(prep, ("pobj", "pcomp"))
        if objects and all(o.ent_type_ in TIME_ENTITIES for o in objects):
            continue  # "called X on Wednesday" is no "call on"
        objects += [c for o in objects for c in o.conjuncts]
        objects += [c for o in objects if o.lemma_.lower() in frames for c in of_objects(o)]
        objects += [c for o in objects for c in children(o, ("acl",)) if c.tag_ == "VBG"]  # "police firing"
        found.append((prep.lower_, objects))
    return found


def complex_preps(preps: list[Token]) -> list[Token]:
    """Prepositions with the inner one of a complex preposition ("walked out of the talks": "out" has
    no object of its own, its "of" has)."""
    found = list(preps)
    for prep in preps:
        if not children(prep, ("pobj", "pcomp")):
            found += children(prep, ("prep",))
    return found


def modifiers_of(token: Token) -> set[str]:
    """Lower-case lemmas of compound and adjectival modifiers (and hyphen-joined parts)."""
    words = set()
    for child in children(token, MODIFIER_DEPS):
        words |= word_forms(child)
    return words


def subjects_of(token: Token) -> list[Token]:
    """The verb's subjects; for a past-tense verb the parser hung on the root noun as a reduced
    relative clause ("X and Y discussed on Sunday ..." without a final stop), that noun."""
    subjects = [w for s in children(token, SUBJECT_DEPS) for w in unglued_subject(s, token)]
    if not subjects and misparsed_main_verb(token):
        return [token.head]
    if subjects and on_other_line(subjects[0], token):
        opening = line_opening_phrase(token)
        return [opening] if opening is not None else []
    return subjects


def unglued_subject(subject: Token, verb: Token) -> list[Token]:
    """The subject, or for the first part of a hyphenated verb the parser took for one ("Police
    lathi-charged": "lathi" as subject, "Police" its compound) the words before it."""
    if subject.i == verb.i - 2 and hyphen_first_part(verb) is not None:
        return children(subject, ("compound", "nmod"))
    return [subject]


def misparsed_main_verb(token: Token) -> bool:
    """A past-tense verb attached as ``acl`` to a root noun: the sentence's main verb, misparsed.

    A simple past ("VBD") always; a participle only after a coordinated subject in a long sentence
    ("X and Y discussed on Sunday ..."), since short "Two soldiers killed in blast" headlines are
    passive.
    """
    head = token.head
    root = head.dep_ == "ROOT" or on_other_line(head, head.head)
    if token.dep_ != "acl" or not root or head.pos_ not in NOUN_POS:
        return False
    if children(token, ("agent", "auxpass", "aux")):
        return False
    if token.tag_ == "VBD":
        return True
    sentence = token.sent
    return token.tag_ == "VBN" and bool(head.conjuncts) and len(sentence) >= LONG_SENTENCE


def subject_words(token: Token, measure: frozenset[str] = frozenset()) -> set[str]:
    """Lemmas of the subject head and its modifiers; for a quantity ("thousands of demonstrators"),
    of what it counts."""
    words: set[str] = set()
    for subject in subjects_of(token) or shared_subjects(token) or controlling_subjects(token):
        words |= word_forms(subject) | modifiers_of(subject)
        if subject.like_num or word_forms(subject) & measure:
            words |= {w for o in of_objects(subject) for w in word_forms(o) | modifiers_of(o)}
    return words


def shared_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb a subjectless conjoined verb shares them with ("the protesters clashed with
    the police and threw rocks": the protesters threw them; round 21)."""
    return subjects_of(verb.head) if verb.dep_ == "conj" and verb.head.pos_ in VERB_POS else []


def controlling_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb whose open complement a subjectless verb is ("fighters admitted looting the
    antiquities", "protesters tried to march": the fighters looted; round 27)."""
    return subjects_of(verb.head) if verb.dep_ == "xcomp" and verb.head.pos_ in VERB_POS else []


def plural_subject(token: Token) -> bool:
    """Whether the verb's subject names several parties: coordinated ("X and Y") or a plural noun."""
    for subject in subjects_of(token):
        if subject.conjuncts or subject.tag_ in ("NNS", "NNPS"):
            return True
        if any(c.lower_ in ("both", "two", "all") for c in subject.children):
            return True
    return False


def argument_keys(token: Token, lexicon: Lexicon) -> set[tuple[str, str]]:
    """The index keys of a token's arguments (see ``LemmaPatterns``)."""
    measure, raising = lexicon.word_set("measure_nouns"), lexicon.word_set("raising_verbs")
    keys: set[tuple[str, str]] = set()
    particle = particle_of(token, lexicon.word_set("adverbial_particles"))
    if particle:
        keys.add(("prt", particle))
    objects = objects_of(token, measure, raising)
    if objects:
        keys.add(("obj", "*"))
    for obj in objects:
        keys |= {("obj", w) for w in word_forms(obj)}
    for prep, pobjs in preps_of(token, lexicon.word_set("cause_frame_nouns")):
        keys.add(("prep", prep))
        keys |= {("pobj", w) for p in pobjs for w in word_forms(p)}
    keys |= {("subj", w) for w in subject_words(token, measure)}
    if plural_subject(token):
        keys.add(("subjn", "plural"))
    keys |= {("mod", w) for w in modifiers_of(token)}
    return keys


def matches(
    token: Token,
    pattern: TriggerPattern,
    measure: frozenset[str] = frozenset(),
    lexicon: Lexicon | None = None,
) -> bool:
    """Whether the token's parse meets every constraint of the pattern."""
    adverbial = lexicon.word_set("adverbial_particles") if lexicon is not None else frozenset()
    particle = particle_of(token, adverbial)
    if pattern.particle and particle != pattern.particle:
        return False
    if not pattern.particle and particle and not pattern.particle_any and pattern.pos == "verb":
        return False
    raising = lexicon.word_set("raising_verbs") if lexicon is not None else frozenset()
    objects = objects_of(token, measure, raising)
    if pattern.obj_required and not objects:
        return False
    if pattern.obj_class and lexicon is not None:
        direct = children(token, OBJECT_DEPS) or (raised_objects(token) if in_words(token, raising) else [])
        heads = [h for h in direct if h.pos_ in ("NOUN", "PROPN", "PRON", "NUM")]
        quantities = [o for h in heads for o in (of_objects(h) if h.pos_ == "NUM" or h.tag_ == "DT" else [])]
        heads = quantities or heads  # "two of its soldiers", "some of its troops": the soldiers, the troops
        heads = [antecedent(h) for h in heads]  # "Cyprus, which Turkey does not recognise": Cyprus (round 19)
        if not all(lexicon.in_class(o, pattern.obj_class) for o in heads):
            return False
    if pattern.obj and not any(word_forms(o) & pattern.obj for o in objects):
        return False
    if (
        pattern.mods
        and pattern.pos == "verb"
        and not pattern.pobj
        and not any(pattern.mods & modifiers_of(o) for o in objects)
    ):
        return False
    if pattern.mods and pattern.pos == "noun" and not (pattern.mods & modifiers_of(token)):
        return False
    preps = preps_of(token, lexicon.word_set("cause_frame_nouns") if lexicon is not None else frozenset())
    if pattern.excludes_prep and any(p in pattern.excludes_prep for p, _ in preps):
        return False
    if pattern.excludes_comp and declines_to_speak(token, pattern.excludes_comp, lexicon):
        return False
    if pattern.excludes_opinion and (
        states_a_view(token) or agrees_saying(token, lexicon) or agrees_now(token) or admits(token, lexicon)
    ):
        return False
    if (pattern.excludes_naming or bare_naming_verb(token, pattern, lexicon)) and names_its_object(token):
        return False
    if pattern.prep and not any(p in pattern.prep for p, _ in preps):
        return False
    if pattern.pobj and not any(named_pobj(o, pattern, lexicon) for p, objs in preps for o in objs):
        return False
    if (
        pattern.mods
        and pattern.pos == "verb"
        and pattern.pobj
        and not any(
            pattern.mods & modifiers_of(o) for _, objs in preps for o in objs if word_forms(o) & pattern.pobj
        )
    ):
        return False  # CAMEO's "killed in accidental blast" is no veto of "killed in a blast"
    if pattern.subj_plural and not plural_subject(token):
        return False
    if pattern.person_needs_obj and lone_person(token, objects, preps):
        return False
    if pattern.excludes_question and asks_a_question(token):
        return False
    if pattern.needs_content and lexicon is not None and not asks_for_something(token, lexicon):
        return False
    return not (pattern.subj_mods and not (subject_words(token, measure) & pattern.subj_mods))


def bare_naming_verb(token: Token, pattern: TriggerPattern, lexicon: Lexicon | None) -> bool:
    """A bare pattern (no object, preposition or modifier asked for) of a verb of naming (``naming_verbs``):
    what it names is no call (round 26: CAMEO's bare "call" read "called the party 'a machine'"); a pattern
    with the predicate it names ("called it unjustified", ACCUSE) is not bare."""
    if lexicon is None or pattern.obj or pattern.prep or pattern.pobj or pattern.mods or pattern.particle:
        return False
    return in_words(token, lexicon.word_set("naming_verbs"))


def names_its_object(verb: Token) -> bool:
    """An object and an object predicate ("called the decision a disgrace", "what they called a
    landmark decision"): naming, not a call. An object predicate alone is the parser's reading of a
    plain object ("called the ambassador of Turkey")."""
    objects = children(verb, ("dobj",))
    predicates = children(verb, ("oprd",))
    # round 26: "was called 'X'", and "called Labour 'a machine'" parsed as two predicates
    named = objects or naming_participle(verb) or children(verb, ("nsubjpass",)) or len(predicates) > 1
    if predicates and named:
        return True
    return any(predicate_after(o) for o in objects)


def naming_participle(verb: Token) -> bool:
    """A participle after a noun with a name and no subject or object of its own ("a course on budgeting
    at the library called "Money Matters"", round 21): the name of the noun, no call."""
    return verb.dep_ in ("acl", "advcl") and not children(verb, ("nsubj", "nsubjpass", "dobj"))


def predicate_after(noun: Token) -> bool:
    """An adjective the parser hung after an object as its own modifier: the object predicate of a naming verb
    ("called the agreement "null and void"", round 20)."""
    return any(c.pos_ == "ADJ" and c.i > noun.i and c.dep_ in ("acl", "amod", "conj") for c in noun.children)


def asks_a_question(verb: Token) -> bool:
    """An indirect question under the verb ("asked if this amounted to ...", "asked whether", "asked
    what had happened"): a question, not a request to act."""
    acted_on = children(verb, ("xcomp", "dobj"))
    deps = ("ccomp",) if acted_on else ("ccomp", "advcl")  # "asked if ..." is often parsed as an advcl
    for clause in children(verb, deps):
        marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
        opener = clause.left_edge
        if marks & QUESTION_MARKS or (opener.tag_ in WH_TAGS and opener.i > verb.i):
            return True
    return False


def asks_for_something(verb: Token, lexicon: Lexicon) -> bool:
    """What is asked for: an act ("asked them to leave", "asked that the troops withdraw"), a "for"
    phrase ("asked for help") or a thing ("asked permission"). A bare "he asked" after a quoted
    question, "asked a conference" or "asked about the remark" is a question, no request."""
    if children(verb, ("xcomp", "ccomp")) or any(to_infinitive(c) for c in children(verb, ("advcl",))):
        return True
    if any(p.lower_ == "for" for p in children(verb, ("prep",))):
        return True
    return any(not lexicon.in_class(o, "actor") for o in children(verb, ("dobj",)))


def lone_person(token: Token, objects: list[Token], preps: list[tuple[str, list[Token]]]) -> bool:
    """A named person who acts on nothing and from nowhere ("Bayes withdrew in March"): a candidate
    leaving a race or an official a post, not troops leaving a place."""
    if objects or any(prep == "from" for prep, _ in preps):
        return False
    subjects = children(token, SUBJECT_DEPS)
    return bool(subjects) and all(s.ent_type_ == "PERSON" for s in subjects)


AGREED_MATTER_PREPS = frozenset({"on", "upon", "over", "to", "about", "for"})


def declines_to_speak(verb: Token, excluded: frozenset[str], lexicon: Lexicon | None) -> bool:
    """A refusal of speech: a complement of an excluded verb ("declined to comment"), also through an object
    that offers it ("declined the opportunity to comment", ``offer_nouns``), or speaking to the press
    ("declined to speak with reporters", ``press_speech_verbs``, ``news_media_words``; round 23)."""
    offers = lexicon.word_set("offer_nouns") if lexicon is not None else frozenset()
    offered = [c for o in children(verb, ("dobj",)) if in_words(o, offers) for c in children(o, ("acl",))]
    clauses = infinitive_complements(verb) + offered
    if any(c.lemma_.lower() in excluded for c in clauses):
        return True
    return lexicon is not None and any(speaks_to_press(c, lexicon) for c in clauses)


def speaks_to_press(verb: Token, lexicon: Lexicon) -> bool:
    """Speaking or talking with or to reporters, journalists or the media ("to speak with reporters")."""
    if not in_words(verb, lexicon.word_set("press_speech_verbs")):
        return False
    press = lexicon.word_set("news_media_words") | lexicon.word_set("press_nouns")
    addressed = [p for p in children(verb, ("prep",)) if p.lower_ in ("to", "with")]
    heard = [o for p in addressed for o in children(p, ("pobj",))]
    return any(in_words(o, press) for o in heard)


def infinitive_complements(verb: Token) -> list[Token]:
    """The verb's clausal complements, and a to-infinitive the parser made an adverbial clause
    ("battled to save the life": "save" as advcl)."""
    purpose = [c for c in children(verb, ("advcl",)) if to_infinitive(c)]
    return children(verb, ("xcomp", "ccomp")) + purpose


def states_a_view(verb: Token) -> bool:
    """A finite clausal complement that states a fact, not a future act: "agree that fake news
    exists", "agreed it was dead money", "recognised that mistakes had been made" (not "agreed that
    the talks would resume")."""
    for clause in children(verb, ("ccomp",)):
        auxiliaries = children(clause, ("aux", "auxpass"))
        finite = clause.tag_ in FINITE_TAGS or any(a.tag_ in FINITE_TAGS for a in auxiliaries)
        if finite and not {a.lower_ for a in auxiliaries} & PROSPECTIVE_AUX:
            return True
    return sides_with(verb)


def admits(verb: Token, lexicon: Lexicon | None) -> bool:
    """A verb of admission with a clause of its own ("conceded his comments may have been offensive",
    ``admission_verbs``): whatever the clause's modal, a point conceded, no concession (round 26)."""
    if lexicon is None or not in_words(verb, lexicon.word_set("admission_verbs")):
        return False
    return any(children(c, ("nsubj", "nsubjpass")) for c in children(verb, ("ccomp",)))


def agrees_saying(verb: Token, lexicon: Lexicon | None) -> bool:
    """Agreeing with nothing agreed on and a participle of speech for what one thinks: "the governor
    agreed, saying only this group could have done it" is a view, no agreement to act (``view_participles``;
    round 19); so is a bare "agreed" joined to a verb of speech ("Mr X agreed and said the figures ...",
    round 23)."""
    if lexicon is None or children(verb, ("dobj", "prep", "xcomp", "ccomp", "dative")):
        return False
    participles = lexicon.word_set("view_participles")
    clauses = children(verb, ("advcl", "xcomp", "conj"))
    return any(in_words(c, participles) and (c.tag_ == "VBG" or c.dep_ == "conj") for c in clauses)


AGREED_MATTER_DEPS = ("dobj", "prep", "xcomp", "ccomp", "dative", "advcl", "conj", "attr")


def agrees_now(verb: Token) -> bool:
    """Agreeing in the simple present with nothing agreed on ("I agree ...", "Not everyone agrees"): an
    opinion held, no agreement reached ("the two sides agreed" in the past stays; round 20)."""
    if verb.tag_ not in ("VBP", "VBZ") or children(verb, ("aux", "auxpass")):
        return False
    return not children(verb, AGREED_MATTER_DEPS)


def sides_with(verb: Token) -> bool:
    """Agreeing with someone without a matter or an act agreed on: "they agree with the minister"
    is an opinion; "agreed with Turkey on a ceasefire", "agreed with Iran to allow inspections" are
    agreements."""
    preps = {p.lower_ for p in children(verb, ("prep",))}
    if "with" not in preps or preps & AGREED_MATTER_PREPS:
        return False
    return not children(verb, ("xcomp", "dobj", "advcl"))


def named_pobj(obj: Token, pattern: TriggerPattern, lexicon: Lexicon | None) -> bool:
    """Whether a prepositional object is one the pattern names, and not an illness that shares the
    word ("died of a heart attack" is no attack)."""
    if not word_forms(obj) & pattern.pobj:
        return False
    illness = lexicon.word_set("illness_modifiers") if lexicon is not None else frozenset()
    return not modifiers_of(obj) & illness


def matched_parts(token: Token, pattern: TriggerPattern) -> list[Token]:
    """Tokens besides the head that belong to the trigger: particle, compound modifiers."""
    parts = children(token, ("prt",)) if pattern.particle or pattern.particle_any else []
    if pattern.pos == "noun":
        parts += [c for c in children(token, ("compound",)) if c.i == token.i - 1]
    return parts


def best_pattern(token: Token, lexicon: Lexicon, pos: str) -> TriggerPattern | None:
    """The first pattern of the token's lemma that its parse matches, unless a veto matches."""
    found, vetoed = pattern_and_veto(token, lexicon, pos)
    return None if vetoed else found


def pattern_and_veto(token: Token, lexicon: Lexicon, pos: str) -> tuple[TriggerPattern | None, bool]:
    """The first pattern of the token's lemma that its parse matches, and whether a veto undoes it
    ("killed in an accident"; a CAMEO pattern CAMEO itself reads as a statement)."""
    table = lexicon.verbs if pos == "verb" else lexicon.nouns
    entry = lookup(table, token)
    if entry is None:
        return None, False
    measure = lexicon.word_set("measure_nouns")
    veto = lookup(lexicon.vetoes, token) if pos == "verb" else None
    keyed = bool(entry.keyed) or (veto is not None and bool(veto.keyed))
    keys = argument_keys(token, lexicon) if keyed else set()  # unkeyed entries offer their bare patterns
    vetoes = (
        [p for p in veto.candidates(keys) if p.constrained and matches(token, p, measure, lexicon)]
        if veto
        else []
    )
    found = next((p for p in entry.candidates(keys) if matches(token, p, measure, lexicon)), None)
    if any(p.veto == NEVER for p in vetoes) and not named_object_pattern(found):
        return found, True  # "killed in an accident"; but "seized guns and drugs" is still a seizure of guns
    if found is not None and found.source != CURATED_SOURCE and vetoes:
        return found, True  # CAMEO reads this use as a statement; curated patterns know better
    return found, False


def named_object_pattern(pattern: TriggerPattern | None) -> bool:
    """A curated pattern that names its object ("seize weapons"): a CAMEO veto matching another
    object of the verb ("seized guns and drugs": CAMEO's drug seizure) does not undo it."""
    return pattern is not None and pattern.source == CURATED_SOURCE and bool(pattern.obj)


def licence_of(token: Token, lexicon: Lexicon) -> tuple[str, Token | None]:
    """How an event noun is anchored in its clause: ("support", verb), ("occurrence", verb), ...

    ("", None) when the noun is only mentioned (object of an unrelated verb, a modifier, a title).
    """
    head = token.head
    is_verb = head.pos_ in ("VERB", "AUX")
    if (
        is_verb
        and token.dep_ in ("dobj", "nsubjpass", "obj")
        and in_words(head, lexicon.word_set("support_verbs"))
        and not names_its_object(head)  # "called the border agreement 'null and void'" (round 20)
    ):
        return "support", head
    occurred = in_words(head, lexicon.word_set("occurrence_verbs"))
    if is_verb and token.dep_ in ("nsubj", "nsubjpass") and occurred:
        return "occurrence", head
    struck = head.dep_ == "agent" and in_words(head.head, lexicon.word_set("occurrence_verbs"))
    if token.dep_ == "pobj" and struck:
        return "occurrence", head.head  # "the convoy was hit by an airstrike"
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "during", "on"):
        verb = head.head
        if in_words(verb, lexicon.word_set("participation_verbs")):
            return "participation", verb
    completion = completed_stretch(token, lexicon)
    if completion is not None:
        return "support", completion  # "ended two days of talks": the talks took place
    if is_verb and token.dep_ in ("dobj", "obj") and in_words(head, lexicon.word_set("repel_verbs")):
        return "repelled", head  # "the army repelled an offensive": the offensive happened
    amount_verb = amount_giver(token, lexicon)
    if amount_verb is not None:
        return "support", amount_verb  # "pledged $20 million in aid"
    if token.dep_ == "conj" and token.head.pos_ in NOUN_POS and token.head != token:
        return licence_of(token.head, lexicon)
    copula = responsible_copula(token, lexicon)
    if copula is not None:
        return "support", copula
    return "", None


def completed_stretch(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb that ends a stretch of time of an event noun: "ended two days of talks" (ended), not
    a halting ("ended talks with X"); see ``completion_verbs``, ``duration_nouns``."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or not in_words(noun, lexicon.word_set("completed_nouns")):
        return None
    stretch = prep.head
    if stretch.dep_ not in ("dobj", "obj") or not in_words(stretch, lexicon.word_set("duration_nouns")):
        return None
    verb = stretch.head
    return verb if verb.pos_ == "VERB" and in_words(verb, lexicon.word_set("completion_verbs")) else None


def ends_a_stretch(verb: Token, lexicon: Lexicon) -> bool:
    """A completion verb whose object is a stretch of time of something ("ended two days of talks"):
    no event of its own (the event noun in the stretch is)."""
    if not in_words(verb, lexicon.word_set("completion_verbs")):
        return False
    objects = children(verb, OBJECT_DEPS)
    durations, completed = lexicon.word_set("duration_nouns"), lexicon.word_set("completed_nouns")
    return bool(objects) and all(
        in_words(o, durations) and any(in_words(e, completed) for e in of_objects(o)) for o in objects
    )


def amount_giver(noun: Token, lexicon: Lexicon) -> Token | None:
    """The verb that hands over an amount "in" an event noun: "provided $5 million in aid", "has
    allocated 2 million euros in emergency assistance", "provided Kenya with $5 million in aid"
    (``amount_verbs``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    amount = prep.head
    if not (
        amount.ent_type_ == "MONEY" or amount.like_num or in_words(amount, lexicon.word_set("money_nouns"))
    ):
        return None
    verb = amount.head
    if amount.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head  # "provided Kenya with $5 million in aid"
    elif amount.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    return verb if verb.pos_ == "VERB" and in_words(verb, lexicon.word_set("amount_verbs")) else None


def responsible_copula(noun: Token, lexicon: Lexicon) -> Token | None:
    """The copula of "X was responsible for the killings" / "X is guilty of violating ...": the
    subject did what the event noun names (``responsibility_adjectives``)."""
    prep = noun.head
    if noun.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.lower_ not in ("for", "of"):
        return None
    adjective = prep.head
    if adjective.dep_ != "acomp" or not in_words(adjective, lexicon.word_set("responsibility_adjectives")):
        return None
    return adjective.head if adjective.head.pos_ in ("AUX", "VERB") else None


def accidental(verb: Token, lexicon: Lexicon) -> bool:
    """A death, injury or blow caused by an accident or a disaster, not by anyone's violence: "killed
    in a plane crash", "the leak killed ten people", "was hit by an earthquake", "were hurt when
    the bus overturned" (``accident_nouns``), "died in a fire" (``senses.a_blaze``); round 21: a blow whose
    subject then crashed ("a training jet hit a hangar and crashed": a conjoined accident verb); round 23: or
    crashed first ("crashed near the runway and struck a facility"), or a "when" clause on its time ("were
    killed yesterday, when a bomber crashed")."""
    accidents = lexicon.word_set("accident_nouns")
    frames = lexicon.word_set("cause_frame_nouns")
    subjects = [antecedent(s) for s in children(verb, ("nsubj", "csubj"))]  # "a fire that killed ten"
    if not subjects and verb.dep_ in ("advcl", "conj"):  # "an earthquake struck the island, killing ten"
        subjects = [antecedent(s) for s in children(verb.head, ("nsubj", "csubj"))]  # "an outbreak that ..."
    causes = subjects + [o for _, objs in preps_of(verb, frames) for o in objs]
    times = children(verb, ("npadvmod",))  # round 23: "killed yesterday, when a bomber crashed"
    for clause in children(verb, ("advcl",)) + [c for t in times for c in children(t, ("relcl",))]:
        causes += [*children(clause, ("nsubj", "nsubjpass")), clause]
    causes += [c for c in children(verb, ("conj",)) if not children(c, ("nsubj", "nsubjpass"))]  # round 21
    if verb.dep_ == "conj" and not children(verb, ("nsubj", "nsubjpass")):
        causes.append(verb.head)  # round 23: "the plane crashed near the runway and struck a facility"
    return any(in_words(c, accidents) or modifiers_of(c) & accidents or a_blaze(c, lexicon) for c in causes)


def weather_warning(noun: Token, event_type: str, lexicon: Lexicon) -> bool:
    """A warning of a disaster ("a tropical storm warning", "flood warnings"; ``accident_nouns`` as its
    modifiers, or as the noun the parser hung "warning" on as a participle): forecasters' advice, no threat
    of anyone's (round 21)."""
    if event_type != "THREATEN":
        return False
    accidents = lexicon.word_set("accident_nouns")
    misparsed = noun.dep_ == "acl" and noun.i == noun.head.i + 1  # "storm warning": "warning" as a participle
    return bool(modifiers_of(noun) & accidents) or (misparsed and bool(word_forms(noun.head) & accidents))


def an_illness(noun: Token, event_type: str, lexicon: Lexicon) -> bool:
    """An attack of illness ("was having a heart attack", "a panic attack"; ``illness_modifiers``), no
    violence (round 21; "died of a heart attack" is read in ``named_pobj``)."""
    return event_type == "ASSAULT" and bool(modifiers_of(noun) & lexicon.word_set("illness_modifiers"))


def a_date_name(noun: Token) -> bool:
    """A proper noun inside a date ("on March 20", "in March last year"): the name of a month, no event noun
    (round 24; audit seeds 11, 21: a meeting "on March 20" and a forum "on March 29-30" read as marches)."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in TIME_ENTITIES


def find_triggers(sentence: Span, lexicon: Lexicon) -> tuple[list[Trigger], list[Trigger]]:
    """Licensed triggers of a sentence, and event nouns that are only mentioned in it.

    The mentioned nouns are not events themselves but tell a governing request, threat or
    rejection what it is about ("demanded the withdrawal").
    """
    licensed: list[Trigger] = []
    mentioned: list[Trigger] = []
    for token in sentence:
        if token.pos_ in VERB_POS and token.dep_ not in ADJECTIVAL_DEPS:
            pattern = best_pattern(token, lexicon, "verb")
            if pattern is None or not pattern.event_type or ends_a_stretch(token, lexicon):
                continue
            if weather_warning(token, pattern.event_type, lexicon):
                continue  # "a tropical storm warning" parsed with "warning" as a participle (round 21)
            if acted_by_no_party(token, lexicon) or states_a_rule(token, pattern.event_type, lexicon):
                continue  # "oil output fell", "the row blew up": no party acts; "the law prohibits": a rule
            if a_kind_acts(token, pattern.event_type, lexicon):
                continue  # "students exchange literature": a habit of a kind of people
            if a_thing_acts(token, pattern.event_type, lexicon):
                continue  # "a toppled trailer blocked the entrance": no party acts (round 19)
            if backing_described(token, lexicon):
                continue  # "fighters, backed by a coalition, are fighting": who stands behind them (round 25)
            if felt_state(token, lexicon):
                continue  # "Moscow feels threatened": a state of mind (round 25)
            if pattern.event_type == "ASSAULT" and accidental(token, lexicon):
                continue
            if in_words(token, lexicon.word_set("emergency_verbs")) and accidental(token, lexicon):
                continue  # "were evacuated after the landing gear collapsed": emergency work
            licensed.append(Trigger(token, pattern))
        elif token.pos_ in NOUN_POS:
            pattern = best_pattern(token, lexicon, "noun")
            if pattern is None or not pattern.event_type:
                continue  # a noun in another sense ("press conference", round 16)
            if weather_warning(token, pattern.event_type, lexicon) or an_illness(
                token, pattern.event_type, lexicon
            ):
                continue  # "issued a tropical storm warning", "was having a heart attack" (round 21)
            if a_date_name(token):
                continue  # "the forum will take place on March 29": a month, no march (round 24)
            licence, verb = licence_of(token, lexicon)
            target = licensed if licence else mentioned
            target.append(Trigger(token, pattern, verb, licence or "mention"))
    return licensed, mentioned
