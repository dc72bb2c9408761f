"""A text as lines that remember where they start in the original, and back to clean text with offsets."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from eventwire.ingest.offsets import Run, TextBuilder

LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
PARAGRAPH_BREAK = "\n\n"
LINE_JOIN = " "


@dataclass(slots=True)
class Line:
    """One stripped line of the original text; ``start`` is its offset there."""

    text: str
    start: int
    indented: bool = False
    continues: bool = False  # a piece of the line before it (after a cut), never a new paragraph

    @property
    def blank(self) -> bool:
        return not self.text

    def cut_head(self, chars: int) -> None:
        """Drop the first ``chars`` characters (and the whitespace after them)."""
        rest = self.text[chars:]
        stripped = rest.lstrip()
        self.start += chars + len(rest) - len(stripped)
        self.text = stripped

    def cut_tail(self, keep: int) -> None:
        """Keep only the first ``keep`` characters (without trailing whitespace)."""
        self.text = self.text[:keep].rstrip()


def cut_out(line: Line, spans: Sequence[tuple[int, int]]) -> list[Line]:
    """The pieces of ``line`` left when the (sorted, disjoint) ``spans`` of its text are cut out."""
    pieces: list[Line] = []
    position = 0
    for start, end in [*spans, (len(line.text), len(line.text))]:
        piece = line.text[position:start]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            first = not pieces
            pieces.append(
                Line(
                    stripped,
                    line.start + position + lead,
                    line.indented and first,
                    line.continues or not first,
                )
            )
        position = max(position, end)
    return pieces


def split_lines(text: str) -> list[Line]:
    """The lines of ``text``, stripped, with their start offsets and whether they were indented."""
    lines: list[Line] = []
    for match in LINE.finditer(text):
        raw = match.group().rstrip("\r\n")
        if not raw and match.start() == len(text):
            break
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        lines.append(Line(text=stripped, start=match.start() + lead, indented=lead >= 2 or raw[:1] == "\t"))
    return lines


def paragraphs(lines: Sequence[Line]) -> list[list[Line]]:
    """Group lines into paragraphs: blank lines separate them when the text has any; otherwise an
    indented line starts one when lines are indented; otherwise every line is a paragraph."""
    if any(line.blank for line in lines):
        return _split_on_blank(lines)
    content = [line for line in lines if not line.blank]
    if sum(line.indented for line in content) >= 2:
        return _split_on_indent(content)
    groups: list[list[Line]] = []
    for line in content:
        if line.continues and groups:
            groups[-1].append(line)
        else:
            groups.append([line])
    return groups


def _split_on_blank(lines: Iterable[Line]) -> list[list[Line]]:
    groups: list[list[Line]] = [[]]
    for line in lines:
        if line.blank:
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(line)
    return [g for g in groups if g]


def _split_on_indent(lines: Iterable[Line]) -> list[list[Line]]:
    groups: list[list[Line]] = []
    for line in lines:
        if (line.indented and not line.continues) or not groups:
            groups.append([line])
        else:
            groups[-1].append(line)
    return groups


def assemble(groups: Sequence[Sequence[Line]]) -> tuple[str, list[Run]]:
    """Clean text: a paragraph's lines joined by a space, paragraphs by a blank line; with offsets."""
    builder = TextBuilder()
    for index, group in enumerate(g for g in groups if g):
        if index:
            builder.insert(PARAGRAPH_BREAK)
        for position, line in enumerate(group):
            if position:
                builder.insert(LINE_JOIN)
            builder.copy(line.text, line.start)
    return builder.build()
