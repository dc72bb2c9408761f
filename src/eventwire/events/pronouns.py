"""Antecedents of plural and neuter pronouns ("they", "them", "it", "its") among the parties before.

A conservative rule, no coreference model: the candidates are the noun phrases in argument
positions of the pronoun's sentence before it (else of the previous sentence), minus the other
party of its own clause. "they" takes a plural phrase, a coordination ("Russia and China") or a
collective noun ("police"); a subject or possessive "it"/"its" a singular organisation or country
that is a subject (or an actor noun such as "the government"); an object "it" is left alone.
Nouns that cannot act compete too, so "the sanctions ... they" stays unresolved. When the
candidates name more than one party, an active subject pronoun takes the single active subject
among them ("Police arrested five men. They were charged": nothing); otherwise nothing is resolved.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.argument_words import argument_word_set
from eventwire.events.patterns import Lexicon
from eventwire.events.triggers import NON_ACTOR_ENTITIES, NOUN_POS

ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NEUTER_DEPS = frozenset({"nsubj", "poss"})  # an object "it" is mostly a thing or an act ("welcome it")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})
NEUTER_ENTITIES = frozenset({"ORG", "GPE"})
NAMED_PARTIES = frozenset({"ORG", "GPE", "NORP", "PERSON"})


def pronoun_number(token: Token, lexicon: Lexicon) -> str | None:
    """The pronoun's number: "plural" (they/them/their), "neuter" (it/its) or None (triggers.yaml)."""
    if token.lower_ in lexicon.word_set("plural_pronouns"):
        return "plural"
    neuter = token.lower_ in lexicon.word_set("neuter_pronouns") and token.dep_ in NEUTER_DEPS
    if neuter and not extraposed(token, lexicon):
        return "neuter"
    return None


def extraposed(pronoun: Token, lexicon: Lexicon) -> bool:
    """An "it" that stands for a clause or a situation ("it was agreed that ...", "it is time to
    ...", "it seems"): the subject of a passive or of a copula-like verb."""
    if pronoun.dep_ == "expl":
        return True
    if told_objects(pronoun):  # "told the EU it must take back": the EU, whatever the verb
        return False
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS:
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive or verb.lemma_.lower() in lexicon.word_set("extraposing_verbs")


def antecedent_heads(pronoun: Token, lexicon: Lexicon, excluded: frozenset[int]) -> list[Token]:
    """The phrase heads a plural or neuter pronoun stands for (one, or the conjuncts of one
    coordination), or [] when there is none or the choice is ambiguous."""
    number = pronoun_number(pronoun, lexicon)
    if number is None:
        return []
    told = told_party(pronoun, number, lexicon, excluded)
    if told:
        return told
    for first, window in enumerate(windows(pronoun, lexicon)):
        units = [u for u in candidate_units(window, pronoun, excluded) if agrees(u, number, lexicon)]
        if units:
            return choose(units, pronoun, number, lexicon)
        split = split_antecedent(pronoun, lexicon) if first == 0 and number == "plural" else []
        if split:
            return split
    return []


def told_party(pronoun: Token, number: str, lexicon: Lexicon, excluded: frozenset[int]) -> list[Token]:
    """The party told it must act, for the subject pronoun of an obligation told to it ("told the EU it
    must take back its fighters", "warned the rebels they should leave"; round 28); [] elsewhere."""
    told = [t for t in told_objects(pronoun) if t.i not in excluded]
    units = [[t, *t.conjuncts] for t in told]
    return next((u for u in units if agrees(u, number, lexicon) and can_act(u, number, lexicon)), [])


def told_objects(pronoun: Token) -> list[Token]:
    """The objects of a verb of telling (``telling_verbs``) whose clause's subject the pronoun is, when that
    clause is an obligation (``demand_clause_modals``: "told the EU it must take back"); [] otherwise ("told
    the paper it would send aid": maybe the teller's own plan)."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "ccomp" or verb.head.i > pronoun.i:
        return []
    modals = argument_word_set("demand_clause_modals")
    if not any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children):
        return []
    teller = verb.head
    if teller.lemma_.lower() not in argument_word_set("telling_verbs"):
        return []
    return [c for c in teller.children if c.dep_ in ("dobj", "dative", "obj")]


def split_antecedent(pronoun: Token, lexicon: Lexicon) -> list[Token]:
    """The subject and the object of the clause a "they" clause is coordinated with, when both are
    single parties and nothing plural comes before ("Smith enlisted her colleague and they
    threatened ...": both); [] otherwise."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i >= pronoun.i:
        return []
    first = verb.head
    subjects = [c for c in first.children if c.dep_ == "nsubj"]
    objects = [c for c in first.children if c.dep_ in ("dobj", "obj")]
    if len(subjects) != 1 or len(objects) != 1:
        return []
    pair = [subjects[0], objects[0]]
    if any(t.conjuncts or t.tag_ not in SINGULAR_TAGS or not single_party(t, lexicon) for t in pair):
        return []
    return pair


def single_party(token: Token, lexicon: Lexicon) -> bool:
    """A singular phrase that can be one of the parties of a "they": a named party or a person noun,
    or a noun whose apposition names one ("her colleague, Jane Doe")."""
    heads = [token, *(c for c in token.children if c.dep_ == "appos")]
    return any(can_act([h], "plural", lexicon) for h in heads)


def windows(pronoun: Token, lexicon: Lexicon) -> list[Span]:
    """Where to look: the pronoun's sentence before it, then the whole previous sentence; inside a
    quotation only the quotation before it ("Bomb them", said of the enemy, is not the speakers)."""
    sentence = pronoun.sent
    doc = pronoun.doc
    marks = [t.i for t in doc[sentence.start : pronoun.i] if t.text in lexicon.word_set("quote_marks")]
    if len(marks) % 2 == 1:
        return [doc[marks[-1] + 1 : pronoun.i]]
    found = [doc[sentence.start : pronoun.i]]
    if sentence.start > 0:
        found.append(doc[sentence.start - 1].sent)
    return found


def candidate_units(window: Span, pronoun: Token, excluded: frozenset[int]) -> list[list[Token]]:
    """Noun phrases in argument positions of the window, a coordination as one unit."""
    units = []
    for token in window:
        if token.i >= pronoun.i or token.i in excluded or token.pos_ not in NOUN_POS:
            continue
        if token.dep_ not in ARGUMENT_DEPS or token.ent_type_ in NON_ACTOR_ENTITIES:
            continue
        unit = [token, *[c for c in token.conjuncts if c.i not in excluded]]
        if len(unit) > 1 and token.dep_ == "pobj":
            continue  # "natives of Ghana, Nigeria and Burundi ... they": places of origin, not a group
        units.append(unit)
    return units


def agrees(unit: list[Token], number: str, lexicon: Lexicon) -> bool:
    """Whether a unit can be what the pronoun refers to, in number and kind (people are never "it")."""
    head = unit[0]
    if number == "plural":
        collective = head.lemma_.lower() in lexicon.word_set("collective_nouns")
        return len(unit) > 1 or head.tag_ in PLURAL_TAGS or collective
    if len(unit) > 1 or head.tag_ not in SINGULAR_TAGS or head.ent_type_ == "PERSON":
        return False
    return not lexicon.in_class(head, "person")


def can_act(unit: list[Token], number: str, lexicon: Lexicon) -> bool:
    """A unit that may be an event's party: named organisations/countries (people too, for
    "they"), or nouns that always name people or organisations ("rebels", "the government")."""
    named = NEUTER_ENTITIES if number == "neuter" else NAMED_PARTIES
    parties = lexicon.word_set("actor_nouns") | lexicon.word_set("collective_nouns")
    if number == "plural":
        parties = parties | lexicon.word_set("person_nouns")
    return all(t.ent_type_ in named or {t.lower_, t.lemma_.lower()} & parties for t in unit)


def choose(units: list[list[Token]], pronoun: Token, number: str, lexicon: Lexicon) -> list[Token]:
    """The one unit all candidates agree on; else the single subject one for a subject pronoun."""
    distinct = {unit_key(u): u for u in units}
    if len(distinct) > 1 and pronoun.dep_ == "nsubj":
        subjects = {unit_key(u): u for u in units if u[0].dep_ == "nsubj"}
        distinct = subjects if len(subjects) == 1 else distinct
    if len(distinct) != 1:
        return []
    unit = next(iter(distinct.values()))
    if number == "neuter" and unit[0].dep_ not in SUBJECT_DEPS:
        return []  # "it" continues a subject: "Germany sent aid to Greece. It ..." is Germany
    return unit if can_act(unit, number, lexicon) else []


def unit_key(unit: list[Token]) -> frozenset[str]:
    """The words a unit names (two mentions of "the rebels" are one candidate)."""
    return frozenset(t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_ for t in unit)
