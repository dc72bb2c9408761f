"""Every lemma the model's rule lemmatizer could give a word, without tagging it first.

The rule lemmatizer picks its rules by part of speech; before the tagger has run the part of speech
is unknown, so this applies the rules, exceptions and index of every part of speech the tables
have. The result is a superset of the lemma the parsed word will get (used to decide cheaply whether
a sentence can hold a trigger word).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.language import Language

CACHE_WORDS = 200_000  # distinct words remembered (a news vocabulary fits)


class LemmaGuesser:
    """``guesser(word) -> frozenset`` of lower-case lemma candidates (the word itself included)."""

    def __init__(
        self, rules: dict[str, list[tuple[str, str]]], exceptions: dict[str, dict[str, list[str]]]
    ) -> None:
        self.rules = rules
        self.exceptions = exceptions
        self._cached = lru_cache(maxsize=CACHE_WORDS)(self._guess)

    @classmethod
    def from_model(cls, nlp: Language, pipe: str = "lemmatizer") -> LemmaGuesser:
        """The guesser of a loaded pipeline's rule lemmatizer (no rules when it has none)."""
        if pipe not in nlp.component_names:
            return cls({}, {})
        lookups = nlp.get_pipe(pipe).lookups  # type: ignore[attr-defined]
        rules_table = lookups.get_table("lemma_rules", {})
        exc_table = lookups.get_table("lemma_exc", {})
        positions = ("noun", "verb", "adj", "adv", "propn")
        rules = {pos: [tuple(r) for r in rules_table.get(pos, [])] for pos in positions}
        exceptions = {pos: dict(exc_table.get(pos, {})) for pos in positions}
        return cls({k: v for k, v in rules.items() if v}, {k: v for k, v in exceptions.items() if v})

    def __call__(self, word: str) -> frozenset[str]:
        return self._cached(word)

    def _guess(self, word: str) -> frozenset[str]:
        lower = word.lower()
        found = {lower}
        for rules in self.rules.values():
            found.update(_apply_rules(lower, rules))
        for table in self.exceptions.values():
            found.update(table.get(lower, ()))
        return frozenset(found)


def _apply_rules(word: str, rules: Iterable[tuple[str, str]]) -> list[str]:
    stems = ((old, new) for old, new in rules if word.endswith(old) and len(word) > len(old))
    return [word[: len(word) - len(old)] + new for old, new in stems]
