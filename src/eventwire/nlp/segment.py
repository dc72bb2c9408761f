"""Cheap sentence segmentation of raw text, before (and without) the parser.

Used to find the sentences worth parsing. A missed boundary only makes a unit longer; a wrong one
would cut a sentence in two, so a boundary is set only where it is clear: a sentence end (with its
closing quotes or brackets), whitespace, then an upper-case letter or digit (after any opening
quotes or brackets), and not after an abbreviation or initials. Every line break is a boundary.
The rules are data: ``data/nlp/segmentation.yaml`` plus the model's tokenizer exceptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language

from eventwire.datafiles import parse_yaml

Span = tuple[int, int]
INITIALS = re.compile(r"(?:[^\W\d_]\.)+")


@dataclass(frozen=True, slots=True)
class Segmenter:
    """Splits text into sentence-like units (character spans, whitespace trimmed)."""

    boundary: re.Pattern[str]
    opening: str
    abbreviations: frozenset[str]

    def __call__(self, text: str) -> list[Span]:
        spans: list[Span] = []
        start = 0
        for match in self.boundary.finditer(text):
            if match.group("end") and not self._ends_sentence(text, match.start("end"), match.end("gap")):
                continue
            _append_trimmed(spans, text, start, match.start("gap"))
            start = match.end("gap")
        _append_trimmed(spans, text, start, len(text))
        return spans

    def _ends_sentence(self, text: str, end_start: int, gap_end: int) -> bool:
        """A stop followed by a capital or digit, not closing an abbreviation or initials."""
        following = text[gap_end:].lstrip(self.opening)[:1]
        if not (following.isupper() or following.isdigit()):
            return False
        word_start = max(text.rfind(" ", 0, end_start), text.rfind("\n", 0, end_start)) + 1
        word = text[word_start : end_start + 1]
        return word not in self.abbreviations and not INITIALS.fullmatch(word)


def _append_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        first = start + len(piece) - len(piece.lstrip())
        spans.append((first, first + len(stripped)))


def read_rules() -> dict[str, object]:
    """``data/nlp/segmentation.yaml``."""
    path = resources.files("eventwire") / "data" / "nlp" / "segmentation.yaml"
    return parse_yaml(path.read_text(encoding="utf-8"))


def model_abbreviations(nlp: Language) -> frozenset[str]:
    """Words ending in a full stop that the model's tokenizer keeps whole ("Mr.", "Jan.", "Calif.")."""
    return frozenset(k for k in nlp.tokenizer.rules or {} if len(k) > 1 and k.endswith("."))


def build_segmenter(abbreviations: frozenset[str] = frozenset()) -> Segmenter:
    """A Segmenter from the data file, with extra abbreviations (e.g. ``model_abbreviations(nlp)``)."""
    rules = read_rules()
    ends, closing = re.escape(str(rules["sentence_end"])), re.escape(str(rules["closing"]))
    boundary = re.compile(rf"(?P<end>[{ends}]+[{closing}]*)?(?P<gap>(?(end)[ \t\r\f\v\u00a0]+|\n\s*))")
    listed = frozenset(str(a) for a in rules.get("abbreviations") or [])
    return Segmenter(boundary, str(rules["opening"]), listed | abbreviations)


@lru_cache(maxsize=1)
def default_segmenter() -> Segmenter:
    """The segmenter with the data file's abbreviations only (no model needed)."""
    return build_segmenter()


def sentence_spans(text: str, segmenter: Segmenter | None = None) -> list[Span]:
    """Sentence-like units of ``text`` as character spans, in order (see the module docstring)."""
    return (segmenter or default_segmenter())(text)
