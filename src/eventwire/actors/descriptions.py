"""A person described by a nationality noun (round 26): "X, the sixteen-year-old Swede, …", and "X won the
award. The sixteen-year-old Swede is …".

A singular demonym noun heading a definite description ("the Swede", "the 25-year-old Briton") says the
country of the person it describes: the name it stands in apposition to, or, as the subject of the sentence
right after one that names a single person, that person (a description that opens a sentence refers back to
the person just named). The resolver remembers the country for the name
(``ArticleContext.remember_described``) before it places unknown people, so the name is not given the
article's main country. Demonym nouns come from the KB's country table (``countries.csv``,
``countries_extra.yaml``); a demonym two countries share says nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc, Token

from eventwire.actors.context import Analysis

DESCRIBING_DEPS = frozenset({"appos"})
REFERRING_DEPS = frozenset({"nsubj", "nsubjpass"})
SINGULAR_TAGS = frozenset({"NN", "NNP"})


def demonym_head(token: Token, country_of: Callable[[str], str | None]) -> str | None:
    """The country of a singular demonym noun heading its phrase ("the Swede"), else None."""
    if token.tag_ not in SINGULAR_TAGS or token.dep_ in ("amod", "compound"):
        return None
    return country_of(token.text)


def definite(token: Token) -> bool:
    """A phrase opened by "the" ("the sixteen-year-old Swede")."""
    return any(child.dep_ == "det" and child.lower_ == "the" for child in token.children)


def person_names(doc: Doc, analysis: Analysis, sentence: int) -> set[str]:
    """The names of the people a sentence names (its phrases with a person piece)."""
    names = set()
    for index, phrase in analysis.phrases:
        person = phrase.person
        if index == sentence and person is not None:
            names.add(doc[person.start : person.end].text)
    return names


def named_in_apposition(doc: Doc, analysis: Analysis, token: Token) -> str | None:
    """The person's name a description stands in apposition to ("X, the Swede")."""
    if token.dep_ not in DESCRIBING_DEPS:
        return None
    for _, phrase in analysis.phrases:
        person = phrase.person
        if person is not None and person.start <= token.head.i < person.end:
            return doc[person.start : person.end].text
    return None


def referred_back(doc: Doc, analysis: Analysis, token: Token) -> str | None:
    """The one person the sentence before names, when a definite description is the subject that opens
    the next ("The Swede is …"); none when that sentence names several or none."""
    if token.dep_ not in REFERRING_DEPS or not definite(token):
        return None
    sentence = analysis.sentence_of(token.i)
    if sentence == 0 or person_names(doc, analysis, sentence):
        return None  # a person of its own sentence is nearer
    before = person_names(doc, analysis, sentence - 1)
    surnames = {name.split()[-1] for name in before}
    return max(before, key=len) if len(surnames) == 1 else None


def described_people(
    doc: Doc, analysis: Analysis, country_of: Callable[[str], str | None]
) -> Iterator[tuple[str, str]]:
    """(name, country) for each person a demonym noun describes in the text."""
    for token in doc:
        code = demonym_head(token, country_of)
        if code is None:
            continue
        name = named_in_apposition(doc, analysis, token) or referred_back(doc, analysis, token)
        if name is not None:
            yield name, code
