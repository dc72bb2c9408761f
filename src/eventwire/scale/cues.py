"""The cheap pass of the fast path: what each sentence of a raw text holds, before any parsing.

Nothing is parsed: sentences come from ``nlp.segment``, words from a regular expression, their
possible lemmas from the model's lemmatizer tables (``nlp.lemmas``) and the events stage's own
de-inflections; trigger words and the words their patterns need from ``events.vocabulary``;
knowledge-base names, titles and sector terms from ``actors.cues`` through Aho-Corasick automata.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ahocorasick
from spacy.language import Language

from eventwire.actors import KnowledgeBase
from eventwire.actors.cues import actor_cue_keys, country_cue_keys, cue_text
from eventwire.events.vocabulary import Alternative, lookup_forms, trigger_requirements
from eventwire.nlp.lemmas import LemmaGuesser
from eventwire.nlp.segment import Segmenter, build_segmenter, model_abbreviations
from eventwire.scale.rules import SelectionRules, load_rules

Span = tuple[int, int]
WORD = re.compile(r"[^\W\d_][\w'’-]*")
CAPITALISED = re.compile(r"\b[^\W\d_a-z][\w'’-]*")
FULL_NAME = re.compile(r"\b[^\W\d_a-z][\w'’-]+(?: [^\W\d_a-z]\.)?(?: [^\W\d_a-z][\w'’-]+)+")


@dataclass(frozen=True, slots=True)
class UnitCues:
    """One sentence-like unit of a text and what the cheap pass found in it."""

    span: Span
    words: int  # alphabetic words
    event: bool  # a trigger word with every word its pattern needs
    named: bool  # a capitalised name or a knowledge-base name (what a pronoun may refer back to)
    pronoun: bool  # a pronoun whose antecedent the stages look for in earlier sentences
    country: bool  # a country's or international organisation's name, demonym or capital
    surnames: frozenset[str] = frozenset()  # last words of full names ("Smith" of "John Smith")
    capitalised: frozenset[str] = frozenset()  # capitalised words (later surname-only mentions)


class CueFinder:
    """``finder(text) -> list[UnitCues]``, one per sentence-like unit, in text order."""

    def __init__(
        self,
        segmenter: Segmenter,
        lemmas: Callable[[str], frozenset[str]],
        requirements: dict[str, tuple[Alternative, ...]],
        actor_keys: Iterable[str],
        country_keys: Iterable[str],
        rules: SelectionRules,
        stop_words: frozenset[str] = frozenset(),
    ) -> None:
        self.segmenter = segmenter
        self.lemmas = lemmas
        self.requirements = requirements
        self.rules = rules
        self.stop_words = stop_words
        self.actors = _automaton(actor_keys)
        self.countries = _automaton(country_keys)

    @classmethod
    def load(cls, nlp: Language, kb: KnowledgeBase, rules: SelectionRules | None = None) -> CueFinder:
        """The finder for a loaded pipeline and knowledge base."""
        return cls(
            build_segmenter(model_abbreviations(nlp)),
            LemmaGuesser.from_model(nlp),
            trigger_requirements(),
            actor_cue_keys(kb),
            country_cue_keys(kb),
            rules or load_rules(),
            frozenset(w.lower() for w in nlp.Defaults.stop_words),
        )

    def __call__(self, text: str) -> list[UnitCues]:
        return [self.unit(text, span) for span in self.segmenter(text)]

    def unit(self, text: str, span: Span) -> UnitCues:
        """The cues of one unit of ``text``."""
        piece = text[span[0] : span[1]]
        words = [w.lower().replace("’", "'") for w in WORD.findall(piece)]
        keyed = cue_text(piece)
        capitalised = frozenset(CAPITALISED.findall(piece))
        return UnitCues(
            span=span,
            words=len(words),
            event=self.has_event_cue(words),
            named=self.names_someone(capitalised, keyed),
            pronoun=not self.rules.antecedent_pronouns.isdisjoint(words),
            country=_finds(self.countries, keyed),
            surnames=frozenset(name.split()[-1] for name in FULL_NAME.findall(piece)),
            capitalised=capitalised,
        )

    def word_forms(self, words: Iterable[str]) -> set[str]:
        """The words with every lemma they could have."""
        forms: set[str] = set()
        for word in set(words):
            forms |= self.lemmas(word)
            forms.update(lookup_forms(word))
        return forms

    def has_event_cue(self, words: list[str]) -> bool:
        """Whether some trigger lemma of the words has a pattern whose required words are all there."""
        forms = self.word_forms(words)
        for form in forms:
            for alternative in self.requirements.get(form, ()):
                if all(group & forms for group in alternative):
                    return True
        return False

    def names_someone(self, capitalised: frozenset[str], keyed: str) -> bool:
        """A capitalised word that is not a function word ("The", "He"), or a knowledge-base name."""
        if any(w.lower() not in self.stop_words for w in capitalised):
            return True
        return _finds(self.actors, keyed)


def _automaton(keys: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(f" {key} ", key)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _finds(automaton: ahocorasick.Automaton, keyed: str) -> bool:
    return bool(len(automaton)) and next(automaton.iter(keyed), None) is not None
