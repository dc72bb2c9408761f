"""Which language an article is written in (py3langid, probabilities normalised)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 4000  # enough to decide; keeps long articles cheap


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    code: str  # ISO 639-1
    confidence: float  # 0..1


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify_language(text: str) -> LanguageGuess:
    """The most likely language of ``text`` and how sure the model is."""
    code, confidence = _identifier().classify(_sample(text))
    return LanguageGuess(code=str(code), confidence=float(confidence))


def _sample(text: str) -> str:
    """The start and the middle of a long text (a long lede of names can mislead on its own)."""
    if len(text) <= SAMPLE_CHARS:
        return text
    half = SAMPLE_CHARS // 2
    middle = len(text) // 2
    return text[:half] + " " + text[middle : middle + half]
