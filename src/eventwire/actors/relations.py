"""Relations that name a second actor beside a described one without making it the owner.

"Rebels backed by Saudi Arabia", "Falaq al-Rahman, a patron of Qatar", "militias allied with Iran" and
"Saudi-backed rebels" name a backer, patron or ally (``relation_links`` in grammar.yaml): its country says
nothing of the described actor's own, so it is never guessed for it from context (the article's main
country, the sentence's country). A country stated in the phrase itself ("Saudi Arabia's army") still owns.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc

from eventwire.actors.context import Analysis
from eventwire.actors.grammar import grammar
from eventwire.actors.owners import OwnerFinder
from eventwire.actors.phrases import Phrase

HYPHENS = ("-", "–")


def note_relations(doc: Doc, analysis: Analysis, owners: OwnerFinder) -> None:
    """Remember, for every piece of a described actor, the countries of the actors a relation ties it to."""
    ctx = analysis.context
    phrases = [phrase for _, phrase in analysis.phrases]
    for index, (first, second) in enumerate(pairwise(phrases)):
        if first.is_agent and _relation_participle(doc, first):  # "Saudi-backed rebels"
            related, described = first, [second]
        elif _linked(doc, first.end, second.start):  # "rebels backed by Saudi Arabia"
            related, described = second, [first]
            if index > 0 and _of_link(doc, phrases[index - 1].end, first.start):
                described.append(phrases[index - 1])  # "fighters of X, a protege of Qatar"
        else:
            continue
        codes = _countries(doc, related, owners)
        for phrase in described if codes else ():
            for piece in phrase.all_pieces:
                ctx.not_owners.setdefault(piece.end - 1, set()).update(codes)


def _countries(doc: Doc, phrase: Phrase, owners: OwnerFinder) -> set[str]:
    """The countries a phrase names (its pieces' owners: countries, demonyms, bodies of a country)."""
    codes = set()
    for piece in phrase.all_pieces:
        owner = owners.of_piece(doc, piece)
        if owner is not None and owner.country:
            codes.add(owner.country)
    return codes


def _relation_participle(doc: Doc, phrase: Phrase) -> bool:
    """ "Saudi-backed": the participle after the agent's hyphen starts a relation link ("backed by")."""
    i = phrase.end
    if i < len(doc) and doc[i].text in HYPHENS:
        i += 1
    if i >= len(doc):
        return False
    word = doc[i].lower_
    return any(link.split()[0] == word for link in grammar().relation_links)


def _linked(doc: Doc, start: int, end: int) -> bool:
    """Whether the words between two phrases are a relation link, with commas, determiners, qualifiers
    and adverbs around it (", a patron of", "heavily backed by the")."""
    g = grammar()
    words = [doc[i].lower_ for i in range(start, end) if doc[i].pos_ != "ADV"]
    while words:
        for link in g.relation_links:
            parts = link.split()
            if words[: len(parts)] == parts and all(w in g.determiners for w in words[len(parts) :]):
                return True
        if not (words[0] == "," or words[0] in g.determiners or words[0] in g.qualifiers):
            return False
        words = words[1:]
    return False


def _of_link(doc: Doc, start: int, end: int) -> bool:
    """ "fighters of X": only "of" and determiners between two phrases."""
    words = [doc[i].lower_ for i in range(start, end)]
    return words[:1] == ["of"] and all(w in grammar().determiners for w in words[1:])
