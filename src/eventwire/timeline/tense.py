"""What the words around an expression say about its tense: a deadline, a plan, or a report.

Cue words are data (time_words.yaml). The nearest cue in the clause wins: first looking back from
the expression ("will meet on Sunday", "said on Sunday"), then forward ("On Sunday, the ministers met").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.timeline.vocab import TimeVocabulary, load_vocabulary

WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
CLAUSE_END = re.compile(r"[.!?;]\s|\n")
WINDOW_WORDS = 8
WINDOW_CHARS = 120
SKIPPED_BEFORE_DEADLINE = {"on", "the", "at", "in"}


@dataclass(frozen=True, slots=True)
class Cues:
    """The tense evidence around one expression."""

    direction: str | None  # "past", "future" or None
    deadline: bool


class TenseReader:
    """Reads tense cues from the text around an expression."""

    def __init__(self, vocab: TimeVocabulary | None = None) -> None:
        self.vocab = vocab or load_vocabulary()
        self.future_phrases = [tuple(p.lower().split()) for p in self.vocab.future_cues]
        self.deadline_phrases = [tuple(p.lower().split()) for p in self.vocab.deadline_cues]
        self.limit_phrases = [tuple(p.lower().split()) for p in self.vocab.limit_cues]

    def cues(self, text: str, start: int, end: int) -> Cues:
        """Tense evidence for the expression at text[start:end]."""
        before = self.words_before(text, start)
        after = self.words_after(text, end)
        direction = self.scan(list(reversed(before)), backwards=True) or self.scan(after, backwards=False)
        if after and after[0].lower() in self.vocab.future_after_words:
            direction = "future"  # "till March 18 next": the coming March 18, whatever the verb's tense
        if self.ends_with_cue(before, self.deadline_phrases):
            return Cues(direction=direction, deadline=True)
        if self.ends_with_cue(before, self.limit_phrases):
            if self.forward_limit(before):
                return Cues(direction="future", deadline=True)  # "closed until Friday": the coming Friday
            if direction != "past":
                return Cues(direction=direction, deadline=True)
        return Cues(direction=direction, deadline=False)

    @staticmethod
    def words_before(text: str, start: int) -> list[str]:
        window = text[max(0, start - WINDOW_CHARS) : start]
        ends = list(CLAUSE_END.finditer(window))
        if ends:
            window = window[ends[-1].end() :]
        return WORD.findall(window)[-WINDOW_WORDS:]

    @staticmethod
    def words_after(text: str, end: int) -> list[str]:
        window = text[end : end + WINDOW_CHARS]
        stop = CLAUSE_END.search(window)
        if stop:
            window = window[: stop.start()]
        return WORD.findall(window)[:WINDOW_WORDS]

    def forward_limit(self, before: list[str]) -> bool:
        """A state put off or held right before the limit word ("closed until", "postponed till")."""
        words = [w.lower() for w in before]
        while words and words[-1] in SKIPPED_BEFORE_DEADLINE:
            words.pop()
        return len(words) >= 2 and words[-2] in self.vocab.forward_limit_words

    def ends_with_cue(self, before: list[str], phrases: list[tuple[str, ...]]) -> bool:
        """True when the words right before the expression are one of the phrases ("by", "until")."""
        words = [w.lower() for w in before]
        while words and words[-1] in SKIPPED_BEFORE_DEADLINE and not self.ends_with_phrase(words, phrases):
            words.pop()
        return self.ends_with_phrase(words, phrases)

    @staticmethod
    def ends_with_phrase(words: list[str], phrases: list[tuple[str, ...]]) -> bool:
        return any(len(p) <= len(words) and tuple(words[-len(p) :]) == p for p in phrases)

    def scan(self, words: list[str], backwards: bool) -> str | None:
        """The direction of the first cue met walking away from the expression."""
        for i in range(len(words)):
            if words[i].lower().endswith("'ll") or self.future_phrase_at(words, i, backwards):
                return "future"
            if self.is_past_word(words[i]):
                return "past"
        return None

    def future_phrase_at(self, words: list[str], i: int, backwards: bool) -> bool:
        for phrase in self.future_phrases:
            n = len(phrase)
            if backwards:  # words are reversed: the phrase ends at i in reading order
                window = tuple(w.lower() for w in reversed(words[i : i + n]))
            else:
                window = tuple(w.lower() for w in words[i : i + n])
            if window == phrase:
                return True
        return False

    def is_past_word(self, word: str) -> bool:
        """An irregular past form from the cue list, or a lower-case "-ed" verb."""
        if word.lower() in self.vocab.past_cues:
            return True
        return (
            word.islower()
            and len(word) > 4
            and word.endswith("ed")
            and word not in self.vocab.future_ed_words
            and word not in self.vocab.not_past_ed_words
        )
