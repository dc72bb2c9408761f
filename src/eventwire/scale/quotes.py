"""Quotations in the cheap pass: which units hold a statement's quotation and what attributes it.

The events stage reads a statement only where the parse is (``events.speech``): a quotation with the
speech verb or "according to" outside its marks that names its speaker, in its own sentence or in the
one right after it ('"…," Zhao said.' split at the closing mark), or a quotation standing alone as a
sentence that continues the previous speaker's words. The cheap pass marks each unit with what the
selection needs to parse both (``select.quotation_units``); nothing is parsed here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Span = tuple[int, int]
Quotation = tuple[Span, bool]  # the span inside the marks, and whether it stands alone as a sentence
CLOSING_SLACK = 3  # characters after a quotation's end (its mark, a stop) still "at the unit's end"


@dataclass(frozen=True, slots=True)
class QuoteMarks:
    """What one unit holds of the article's quotations."""

    quoted: bool = False  # (part of) a quotation
    runs_on: bool = False  # a quotation that runs on into the next unit
    closes: bool = False  # a quotation closing at the unit's end (its attribution may follow)
    alone: bool = False  # the start of a quotation standing alone as a sentence (a continuation)
    attributes: bool = False  # a speech verb or "according" outside quotation marks

    def __bool__(self) -> bool:
        return self.quoted or self.attributes


NO_MARKS = QuoteMarks()


def quote_marks(
    text: str,
    units: Sequence[Span],
    quotations: Sequence[Quotation],
    attributes: Callable[[str], bool],
) -> list[QuoteMarks]:
    """Per unit, the quotations it holds and, for the units holding one or right after one,
    whether ``attributes`` finds an attribution in its text outside the marks."""
    marks = [NO_MARKS] * len(units)
    if not quotations:
        return marks
    spans = [span for span, _ in quotations]
    for i, (start, end) in enumerate(units):
        inside = [(s, e, alone) for (s, e), alone in quotations if s < end and e > start]
        after_one = i > 0 and marks[i - 1].closes
        if not inside and not after_one:
            continue
        marks[i] = QuoteMarks(
            quoted=bool(inside),
            runs_on=any(e > end for _, e, _ in inside),
            closes=any(start < e <= end and end - e <= CLOSING_SLACK for _, e, _ in inside),
            alone=any(alone and s >= start for s, _, alone in inside),
            attributes=attributes(outside_quotations(text, (start, end), spans)),
        )
    return marks


def outside_quotations(text: str, unit: Span, quotations: Sequence[Span]) -> str:
    """The unit's text with the quotations in it left out."""
    start, end = unit
    pieces, position = [], start
    for s, e in quotations:
        if e <= start or s >= end:
            continue
        pieces.append(text[position : max(s, position)])
        position = max(position, min(e, end))
    pieces.append(text[position:end])
    return " ".join(pieces)
