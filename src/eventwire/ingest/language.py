"""Which language an article is written in (py3langid, probabilities normalised).

Long texts are judged on several windows spread over the text and the language of most windows wins, so
a quoted passage in another language does not decide for a whole English report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

WINDOW_CHARS = 1000
WINDOWS = 5  # at most this many windows, spread evenly


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1
    confidence: float  # 0..1; for several windows, the mean over the windows that agree


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> LanguageGuess:
    """The most likely language of ``text`` and how sure the model is."""
    guesses = [_identifier().classify(window) for window in _windows(text)]
    votes = Counter(code for code, _ in guesses)
    best = max(votes, key=lambda code: (votes[code], -_first_index(guesses, code)))
    agreeing = [confidence for code, confidence in guesses if code == best]
    share = votes[best] / len(guesses)
    return LanguageGuess(code=str(best), confidence=float(sum(agreeing) / len(agreeing)) * share)


def _windows(text: str) -> list[str]:
    if len(text) <= WINDOW_CHARS * 2:
        return [text]
    count = min(WINDOWS, len(text) // WINDOW_CHARS)
    step = (len(text) - WINDOW_CHARS) / max(1, count - 1)
    return [text[int(i * step) : int(i * step) + WINDOW_CHARS] for i in range(count)]


def _first_index(guesses: list[tuple[str, float]], code: str) -> int:
    return next(i for i, (c, _) in enumerate(guesses) if c == code)
