"""Event nominalisations read as their verb: "the signing of the accord", "the release of the hostages".

A noun that names an action ("delivery", "release", "signing") has no pattern of its own; its
verb's patterns are matched against the noun's phrases instead: the "of" phrase is the verb's
object, the "by" phrase (or a possessor) its subject, other prepositional phrases stay what they
are. The noun is an event only where a light predicate anchors it (``triggers.licence_of``: "took
place", "began", "was held", "was ordered by"); elsewhere it is a mention that tells a governing
request or threat what it is about. ``nominalisations`` in triggers.yaml maps nouns to verbs
(also nouns spelled like their verb: "the release"); a gerund ("the signing") is its own verb.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.events.patterns import NEVER, Lexicon, TriggerPattern
from eventwire.events.triggers import (
    NOUN_POS,
    Trigger,
    children,
    in_words,
    lemma_forms,
    licence_of,
    lookup,
    modifiers_of,
    named_pobj,
    of_objects,
    preps_of,
    word_forms,
)

OWN_PREPS = ("of", "by")  # the verb's object and subject, not its prepositional phrases
GERUND = "ing"


def verb_lemmas(noun: Token, lexicon: Lexicon) -> list[str]:
    """The verbs a noun nominalises: from the ``nominalisations`` table, or the gerund's stem."""
    table = lexicon.nominal_verbs
    found = [table[f] for f in lemma_forms(noun) if f in table]
    if noun.lower_.endswith(GERUND):
        own = {noun.lower_, noun.lemma_.lower()}
        found += [f for f in lemma_forms(noun) if f not in own and f in lexicon.verbs]
    return list(dict.fromkeys(found))


def nominal_objects(noun: Token, lexicon: Lexicon) -> list[Token]:
    """The verb's object: the noun's "of" phrase (through measure nouns: "tons of aid")."""
    measure = lexicon.word_set("measure_nouns")
    heads = of_objects(noun)
    return heads + [o for h in heads if word_forms(h) & measure for o in of_objects(h)]


def nominal_agents(noun: Token) -> list[Token]:
    """The verb's subject: the noun's "by" phrase or its possessor ("Egypt's release of ...")."""
    preps = [p for p in children(noun, ("prep", "agent")) if p.lower_ == "by"]
    return [o for p in preps for o in children(p, ("pobj",))] + children(noun, ("poss",))


def nominal_keys(noun: Token, lexicon: Lexicon) -> set[tuple[str, str]]:
    """Argument keys of the noun read as its verb (see ``patterns.LemmaPatterns``)."""
    objects = nominal_objects(noun, lexicon)
    keys = {("obj", w) for o in objects for w in word_forms(o)}
    if objects:
        keys.add(("obj", "*"))
    for prep, pobjs in other_preps(noun, lexicon):
        keys.add(("prep", prep))
        keys |= {("pobj", w) for p in pobjs for w in word_forms(p)}
    keys |= {("subj", w) for a in nominal_agents(noun) for w in word_forms(a) | modifiers_of(a)}
    return keys


def other_preps(noun: Token, lexicon: Lexicon) -> list[tuple[str, list[Token]]]:
    """The noun's prepositional phrases besides its "of" object and "by" agent."""
    frames = lexicon.word_set("cause_frame_nouns")
    return [(p, objs) for p, objs in preps_of(noun, frames) if p not in OWN_PREPS]


def nominal_matches(noun: Token, pattern: TriggerPattern, lexicon: Lexicon) -> bool:
    """Whether the noun's phrases meet every constraint of one of its verb's patterns."""
    if pattern.particle or pattern.subj_plural or pattern.mods:
        return False  # particles, plural subjects and object modifiers belong to the clause
    objects = nominal_objects(noun, lexicon)
    if (pattern.obj_required or pattern.obj or pattern.obj_class) and not objects:
        return False
    word_class = pattern.obj_class or ("" if pattern.obj else "target")  # a bare verb acts on someone
    if word_class and not all(lexicon.in_class(o, word_class) for o in objects):
        return False
    if pattern.obj and not any(word_forms(o) & pattern.obj for o in objects):
        return False
    preps = other_preps(noun, lexicon)
    if pattern.excludes_prep and any(p in pattern.excludes_prep for p, _ in preps):
        return False
    if pattern.prep and not any(p in pattern.prep for p, _ in preps):
        return False
    if pattern.pobj and not any(named_pobj(o, pattern, lexicon) for _, objs in preps for o in objs):
        return False
    if pattern.subj_mods:
        agents = nominal_agents(noun)
        return any((word_forms(a) | modifiers_of(a)) & pattern.subj_mods for a in agents)
    return True


def nominal_pattern(noun: Token, lexicon: Lexicon) -> TriggerPattern | None:
    """The first pattern of the nominalised verb that the noun's "of"/"by" phrases match, as a noun
    pattern; None for nouns that nominalise no trigger verb, have no "of" phrase, or are vetoed."""
    if not of_objects(noun):
        return None
    keys = nominal_keys(noun, lexicon)
    for lemma in verb_lemmas(noun, lexicon):
        veto = lexicon.vetoes.get(lemma)
        vetoes = veto.candidates(keys) if veto else []
        if any(p.veto == NEVER and p.constrained and nominal_matches(noun, p, lexicon) for p in vetoes):
            return None
        entry = lexicon.verbs.get(lemma)
        candidates = entry.candidates(keys) if entry else []
        found = next((p for p in candidates if nominal_matches(noun, p, lexicon)), None)
        if found is not None and found.event_type:
            return replace(found, pos="noun")
    return None


def light_predicate(verb: Token, licence: str, lexicon: Lexicon) -> bool:
    """Whether the verb only says that the nominalised action happened: a support verb ("ordered the
    expulsion"), "took place", or an occurrence verb of ``light_predicates`` ("began", "came after");
    not an evaluative or causal verb ("the expulsion angered Britain")."""
    if licence != "occurrence":
        return True
    if any(word_forms(o) & lexicon.word_set("light_objects") for o in children(verb, ("dobj",))):
        return True  # "took place"
    return in_words(verb, lexicon.word_set("light_predicates"))


def nominal_triggers(
    sentence: Span, lexicon: Lexicon, mentioned_nouns: list[Trigger] | None = None
) -> tuple[list[Trigger], list[Trigger]]:
    """Nominalisations of a sentence: those a light predicate anchors, and those only mentioned.

    A nominalised support verb passes its anchor on to the event noun it governs ("the signing of
    the accord took place": the accord, an AGREE; "the imposition of sanctions began"): such event
    nouns in ``mentioned_nouns`` come back licensed.
    """
    licensed: list[Trigger] = []
    mentioned: list[Trigger] = []
    for token in sentence:
        if token.pos_ not in NOUN_POS or not has_of_phrase(token) or not verb_lemmas(token, lexicon):
            continue
        if lookup(lexicon.nouns, token) is not None:
            continue
        licence, verb = licence_of(token, lexicon)
        anchored = verb is not None and light_predicate(verb, licence, lexicon)
        supported = supported_event_nouns(token, mentioned_nouns or [], lexicon)
        if supported:
            if anchored:
                licensed += [Trigger(t.token, t.pattern, verb, licence) for t in supported]
            continue
        pattern = nominal_pattern(token, lexicon)
        if pattern is None:
            continue
        if anchored:
            licensed.append(Trigger(token, pattern, verb, licence))
        else:
            mentioned.append(Trigger(token, pattern, None, "mention"))
    return licensed, mentioned


def has_of_phrase(noun: Token) -> bool:
    """Whether the noun has an "of" phrase (every nominalisation reading needs one)."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def supported_event_nouns(noun: Token, mentioned: list[Trigger], lexicon: Lexicon) -> list[Trigger]:
    """Event nouns in the "of" phrase of a nominalised support verb ("the signing of the accord")."""
    if not set(verb_lemmas(noun, lexicon)) & lexicon.word_set("support_verbs"):
        return []
    objects = {o.i for o in nominal_objects(noun, lexicon)}
    return [t for t in mentioned if t.token.i in objects]
