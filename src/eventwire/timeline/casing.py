"""Lower-cased text: month and weekday names get their capital back in a view of the same length.

The date patterns need a capital initial ("may" and "march" are words), so a corpus that folded case
("police fired on saturday") would have no dates. When almost no letter of a text is upper case, the
full weekday and month names are capitalised in a copy of it; month names that are common words
(``lowercase_words`` of time_words.yaml) and month abbreviations only next to a day number ("march 15",
"5 may"). Spans are unchanged, so expressions found in the view are expressions of the text.
"""

from __future__ import annotations

import re
import string

from eventwire.timeline.vocab import TimeVocabulary

LOWERCASE_SHARE = 0.005  # upper-case letters per letter below which a text is lower-cased (English: ~3 %)
MIN_LETTERS = 12
_WITHOUT_UPPER = str.maketrans("", "", string.ascii_uppercase)
_WITHOUT_LETTERS = str.maketrans("", "", string.ascii_letters)


def is_lower_cased(text: str) -> bool:
    """Almost no letter is upper case (a title or a "This story is from March 10" line may be)."""
    letters = len(text) - len(text.translate(_WITHOUT_LETTERS))  # counted in C: every text passes here
    if letters < MIN_LETTERS:
        return False
    return len(text) - len(text.translate(_WITHOUT_UPPER)) < LOWERCASE_SHARE * letters


class CaseRestorer:
    """Capitalise the month and weekday names of a lower-cased text (other texts pass unchanged)."""

    def __init__(self, vocab: TimeVocabulary) -> None:
        full = {*vocab.full_weekday_names(), *vocab.full_month_names()}
        safe = full - vocab.lowercase_words
        near_day = (set(vocab.months) - full) | vocab.lowercase_words
        self.anywhere = re.compile(rf"\b(?:{_alternation(safe)})\b")
        words = _alternation(near_day)
        self.near_day = re.compile(rf"(?<=\d\s)(?:{words})\b|\b(?:{words})(?=\.?\s+\d)")

    def __call__(self, text: str) -> str:
        if not is_lower_cased(text):
            return text
        view = self.anywhere.sub(_capitalised, text)
        return self.near_day.sub(_capitalised, view)


def _alternation(words: set[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _capitalised(match: re.Match[str]) -> str:
    return match.group().capitalize()
