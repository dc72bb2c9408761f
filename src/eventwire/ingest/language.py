"""Which language an article is written in (py3langid, probabilities normalised).

Long texts are judged on several windows spread over the text and the language of most windows wins, so
a quoted passage in another language does not decide for a whole English report.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

WINDOW_CHARS = 600
WINDOWS = 5  # at most this many windows, spread evenly
QUICK_CONFIDENCE = 0.9
ISO_639_1_LENGTH = 2


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1
    confidence: float  # 0..1; for several windows, the mean over the windows that agree


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    """The model, limited to languages with an ISO 639-1 code (no "zxx", no creoles such as "pcm"
    that terse English newswire text is mistaken for)."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.nb_classes if len(code) == ISO_639_1_LENGTH])
    _keep_only_restricted_model(identifier)
    return identifier


def _keep_only_restricted_model(identifier: LanguageIdentifier) -> None:
    """Let the whole model go: ``set_languages`` keeps it for a later reset (never done here) beside
    the restricted copy it classifies with, 27 MB more in the ingest's parent for nothing."""
    identifier._full_model = identifier.nb_ptc, identifier.nb_pc, identifier.nb_classes


def identify_language(text: str, expected: tuple[str, ...] = ()) -> LanguageGuess:
    """The most likely language of ``text`` and how sure the model is.

    When the start and the middle of a long text are confidently in one of the ``expected`` languages,
    the other windows are not read (most inputs are in the language they are expected in).
    """
    windows = _windows(text)
    if len(windows) > 2 and expected:
        quick = [_identifier().classify(windows[i]) for i in (0, len(windows) // 2)]
        if quick[0][0] == quick[1][0] in expected and min(c for _, c in quick) >= QUICK_CONFIDENCE:
            return LanguageGuess(code=str(quick[0][0]), confidence=float(min(c for _, c in quick)))
    guesses = [_identifier().classify(window) for window in windows]
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
