"""Hide parts of a text from the parser without moving anything: blanks instead of characters.

Every character outside the kept spans becomes a space (line breaks stay), so the text keeps its
length and lines and every span the stages find in it is a span of the original text. A run of
blanks is a single whitespace token to spaCy, so hidden text costs the parser (almost) nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]
NOT_NEWLINE = re.compile(r"[^\n]")


def blank(text: str) -> str:
    """The text with every character but line breaks replaced by a space."""
    return NOT_NEWLINE.sub(" ", text)


def masked_text(text: str, spans: Sequence[Span]) -> str:
    """``text`` with everything outside ``spans`` (sorted, non-overlapping) blanked."""
    pieces: list[str] = []
    position = 0
    for start, end in spans:
        if start < position or end < start:
            raise ValueError(f"spans must be sorted and disjoint: {start}-{end} after {position}")
        pieces.append(blank(text[position:start]))
        pieces.append(text[start:end])
        position = end
    pieces.append(blank(text[position:]))
    return "".join(pieces)


def clip(text: str, max_chars: int) -> str:
    """The text with everything after ``max_chars`` blanked (same length)."""
    return text if len(text) <= max_chars else text[:max_chars] + blank(text[max_chars:])
