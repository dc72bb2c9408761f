"""The cheap pass of the fast path: what each sentence of a raw text holds, before any parsing.

Nothing is parsed: sentences come from ``nlp.segment``, words from a regular expression, their
possible lemmas from the model's lemmatizer tables (``nlp.lemmas``) and the events stage's own
de-inflections; trigger words and the words their patterns need from ``events.vocabulary``;
knowledge-base names, titles and sector terms from ``actors.cues`` through Aho-Corasick automata.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import ahocorasick
from spacy.language import Language

from eventwire.actors import KnowledgeBase
from eventwire.actors.cues import actor_cue_keys, country_cue_keys, cue_text
from eventwire.events.vocabulary import (
    Alternative,
    attribution_words,
    lookup_forms,
    quotations,
    trigger_requirements,
)
from eventwire.nlp.lemmas import LemmaGuesser
from eventwire.nlp.segment import Segmenter, build_segmenter, model_abbreviations
from eventwire.scale.cue_features import UnitFacts, unit_features
from eventwire.scale.learned import CueModel, load_cue_model
from eventwire.scale.quotes import NO_MARKS, QuoteMarks, quote_marks
from eventwire.scale.rules import SelectionRules, load_rules

Span = tuple[int, int]
MAX_WORD_FORMS = 200_000  # words whose possible lemmas the finder remembers
WORD = re.compile(r"[^\W\d_][\w'’-]*")
CAPITALISED = re.compile(r"\b[^\W\d_a-z][\w'’-]*")
UNFINISHED_END = re.compile(r"(?:[^.!?\"'”’)\]»]|\b[^\W\d_a-z][^\W\d_]{0,3}\.)[\"'”’)\]»]*$")
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
    actor: bool = True  # a possible actor: a name, a knowledge-base name or agent noun, a pronoun
    loose_event: bool = False  # an event cue counting weak cues, without window (when the rules use it)
    finished: bool = True  # ends as a sentence does (not "READ:", not "Sens."): the parser may join it
    likely: bool = True  # the learned cue (rules' ``learned_cue``) says it may hold an event (no model: True)
    quotes: QuoteMarks = NO_MARKS  # its quotations and their attribution (rules' ``quotation_sentences``)


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
        self.model = _cue_model(rules)
        self.word_forms: dict[str, frozenset[str]] = {}
        self.attribution_words = attribution_words()

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

    def with_rules(self, rules: SelectionRules) -> CueFinder:
        """The same finder under other selection rules (the loaded automata are shared)."""
        other = copy.copy(self)
        other.rules = rules
        other.model = _cue_model(rules)
        return other

    def __call__(self, text: str) -> list[UnitCues]:
        spans = self.segmenter(text)
        units = [self.unit(text, span, i, len(spans)) for i, span in enumerate(spans)]
        return self.with_quotations(text, units) if self.rules.quotation_sentences else units

    def with_quotations(self, text: str, units: list[UnitCues]) -> list[UnitCues]:
        """The units with the quotations they hold and what attributes them (``UnitCues.quotes``)."""
        found = quotations(text)
        if not found:
            return units
        marks = quote_marks(text, [u.span for u in units], found, self.attributes)
        return [dataclasses.replace(u, quotes=m) if m else u for u, m in zip(units, marks, strict=True)]

    def attributes(self, piece: str) -> bool:
        """Whether some word of ``piece`` may be a speech verb or "according" (to)."""
        forms = self.forms_per_word(unit_words(piece))
        return any(not self.attribution_words.isdisjoint(f) for f in forms)

    def with_features(self, text: str) -> list[tuple[UnitCues, list[str]]]:
        """Each unit with the features the learned cue reads of it (what ``scripts/train_cue.py``
        learns from)."""
        spans = self.segmenter(text)
        found = []
        for i, span in enumerate(spans):
            unit = self.unit(text, span, i, len(spans))
            found.append((unit, self.unit_features(text, unit, i, len(spans))))
        return found

    def unit_features(
        self, text: str, unit: UnitCues, index: int, count: int, cue_lemmas: frozenset[str] | None = None
    ) -> list[str]:
        """The learned cue's features of ``unit``, unit ``index`` of ``count`` of ``text`` (its trigger
        lemmas, ``event_cues(words, loose=True)``, when known)."""
        piece = text[unit.span[0] : unit.span[1]]
        words = unit_words(piece)
        if cue_lemmas is None:
            cue_lemmas = self.event_cues(words, loose=True) if unit.event or unit.loose_event else frozenset()
        facts = UnitFacts(
            event=unit.event,
            named=unit.named,
            pronoun=unit.pronoun,
            country=unit.country,
            full_name=bool(unit.surnames),
            finished=unit.finished,
            capitalised=sum(w.lower() not in self.stop_words for w in unit.capitalised),
        )
        return unit_features(piece, words, sorted(cue_lemmas), facts, index, count)

    def unit(self, text: str, span: Span, index: int = 0, count: int = 1) -> UnitCues:
        """The cues of one unit of ``text`` (unit ``index`` of ``count``: what the learned cue reads)."""
        if self.model is None:
            return self.cheap_unit(text, span)
        lemmas = self.event_cues(unit_words(text[span[0] : span[1]]), loose=True)
        cues = self.cheap_unit(text, span, lemmas)
        if not cues.event:
            return cues
        features = self.unit_features(text, cues, index, count, lemmas)
        likely = self.model.likely(features, self.rules.learned_threshold)
        return cues if likely else dataclasses.replace(cues, likely=False)

    def cheap_unit(self, text: str, span: Span, loose_lemmas: frozenset[str] | None = None) -> UnitCues:
        """The cues of one unit of ``text``, without the learned cue (``loose_lemmas``: its trigger
        lemmas without weak cues or window, when already known)."""
        piece = text[span[0] : span[1]]
        words = unit_words(piece)
        keyed = cue_text(piece)
        capitalised = frozenset(CAPITALISED.findall(piece))
        named = self.names_someone(capitalised, keyed)
        if loose_lemmas is None or self.rules.cue_window:
            event = self.has_event_cue(words)
            loose = self.rules.loose_cue_with_names and self.has_event_cue(words, loose=True)
        else:
            event, loose = bool(loose_lemmas - self.rules.weak_cues), bool(loose_lemmas)
        return UnitCues(
            span=span,
            words=len(words),
            event=event,
            named=named,
            pronoun=not self.rules.antecedent_pronouns.isdisjoint(words),
            country=_finds(self.countries, keyed),
            surnames=self.surnames(piece),
            capitalised=capitalised,
            actor=named or not self.rules.actor_pronouns.isdisjoint(words),
            loose_event=event or (self.rules.loose_cue_with_names and loose),
            finished=UNFINISHED_END.search(piece) is None,
        )

    def surnames(self, piece: str) -> frozenset[str]:
        """The last words of the full names in ``piece``, leading function words aside ("In Lagos")."""
        found = set()
        for name in FULL_NAME.findall(piece):
            words = name.split()
            while words and words[0].lower() in self.stop_words:
                words.pop(0)
            if len(words) >= 2:
                found.add(words[-1])
        return frozenset(found)

    def forms_per_word(self, words: list[str]) -> list[frozenset[str]]:
        """Each word with every lemma it could have, in order (remembered per word, a bounded table)."""
        known = self.word_forms
        if len(known) > MAX_WORD_FORMS:
            known.clear()
        for word in words:
            if word not in known:
                known[word] = frozenset(self.lemmas(word)).union(lookup_forms(word))
        return [known[word] for word in words]

    def has_event_cue(self, words: list[str], loose: bool = False) -> bool:
        """Whether some trigger lemma of the words (weak cues aside) has its pattern's words near it
        (``loose``: any trigger lemma, its pattern's words anywhere in the unit)."""
        return bool(self.event_cues(words, first_only=True, loose=loose))

    def event_cues(self, words: list[str], first_only: bool = False, loose: bool = False) -> frozenset[str]:
        """The trigger lemmas of the words (weak cues aside) with a pattern whose required words are all
        there, within ``rules.cue_window`` words of the trigger when the rules set a window."""
        per_word = self.forms_per_word(words)
        anywhere = set().union(*per_word)
        weak = frozenset() if loose else self.rules.weak_cues
        window = None if loose else self.rules.cue_window
        found: set[str] = set()
        tried: set[str] = set()  # without a window a lemma's answer is the same at every position
        for position, forms in enumerate(per_word):
            for lemma in forms - weak - found - tried:
                if not self.cue_met(lemma, anywhere):
                    tried.add(lemma)
                    continue
                if window and not self.cue_met(lemma, self.near(per_word, position, window)):
                    continue
                found.add(lemma)
                if first_only:
                    return frozenset(found)
        return frozenset(found)

    @staticmethod
    def near(per_word: list[frozenset[str]], position: int, window: int) -> set[str]:
        """The forms of the words within ``window`` words of ``position``."""
        return set().union(*per_word[max(0, position - window) : position + window + 1])

    def cue_met(self, lemma: str, forms: set[str]) -> bool:
        """Whether some pattern of trigger ``lemma`` has each of its word groups among ``forms``."""
        return any(all(group & forms for group in alt) for alt in self.requirements.get(lemma, ()))

    def names_someone(self, capitalised: frozenset[str], keyed: str) -> bool:
        """A capitalised word that is not a function word ("The", "He"), or a knowledge-base name, title
        or agent noun ("police", "rebels")."""
        if any(w.lower() not in self.stop_words for w in capitalised):
            return True
        return _finds(self.actors, keyed)


def _cue_model(rules: SelectionRules) -> CueModel | None:
    """The learned cue the rules name (``None`` without one); raises ``CueModelError``."""
    return load_cue_model(rules.learned_cue) if rules.learned_cue else None


def unit_words(piece: str) -> list[str]:
    """The unit's words, lower case, typographic apostrophes straightened."""
    return [w.lower().replace("’", "'") for w in WORD.findall(piece)]


def _automaton(keys: Iterable[str]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for key in keys:
        automaton.add_word(f" {key} ", key)
    if len(automaton):
        automaton.make_automaton()
    return automaton


def _finds(automaton: ahocorasick.Automaton, keyed: str) -> bool:
    return bool(len(automaton)) and next(automaton.iter(keyed), None) is not None
