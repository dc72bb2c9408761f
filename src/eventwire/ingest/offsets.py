"""Offsets from clean text back to the original input, as runs ``(clean_start, original_start, length)``.

``TextBuilder`` assembles clean text from pieces copied out of the original (which keep a run) and
inserted separators (which do not). ``compose`` chains two mappings; ``align`` recovers a mapping for
text that a library produced (trafilatura's output against the HTML source) by finding its words.
"""

from __future__ import annotations

import re

Run = tuple[int, int, int]

WORD = re.compile(r"\S+")
ALIGN_WINDOW = 3000  # how far past the last match a word is looked for
TAG_LOOKBACK = 4000  # how far back a "<" may open the tag a match would sit in


class TextBuilder:
    """Clean text built from copied and inserted pieces, with the runs of the copied ones."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._runs: list[Run] = []
        self._length = 0

    def __len__(self) -> int:
        return self._length

    def copy(self, piece: str, original_start: int) -> None:
        """Append ``piece``, which sits at ``original_start`` in the original."""
        if not piece:
            return
        self._add_run(self._length, original_start, len(piece))
        self._parts.append(piece)
        self._length += len(piece)

    def insert(self, piece: str) -> None:
        """Append ``piece``, which is not in the original (a separator)."""
        self._parts.append(piece)
        self._length += len(piece)

    def build(self) -> tuple[str, list[Run]]:
        return "".join(self._parts), list(self._runs)

    def _add_run(self, clean_start: int, original_start: int, length: int) -> None:
        if self._runs:
            last_clean, last_orig, last_len = self._runs[-1]
            if last_clean + last_len == clean_start and last_orig + last_len == original_start:
                self._runs[-1] = (last_clean, last_orig, last_len + length)
                return
        self._runs.append((clean_start, original_start, length))


def map_offset(runs: list[Run], offset: int) -> int | None:
    """Where ``offset`` of the mapped text sits in the original, or None if it was inserted."""
    for clean_start, orig_start, length in runs:
        if clean_start <= offset < clean_start + length:
            return orig_start + offset - clean_start
    return None


def compose(outer: list[Run], inner: list[Run]) -> list[Run]:
    """Chain ``outer`` (clean → middle) with ``inner`` (middle → original) into clean → original."""
    result: list[Run] = []
    for clean_start, mid_start, length in outer:
        mid_end = mid_start + length
        for inner_mid, inner_orig, inner_len in inner:
            lo, hi = max(mid_start, inner_mid), min(mid_end, inner_mid + inner_len)
            if lo < hi:
                _append_run(result, (clean_start + lo - mid_start, inner_orig + lo - inner_mid, hi - lo))
    return result


def align(text: str, original: str, start: int = 0) -> list[Run]:
    """Runs mapping the words of ``text`` to their verbatim occurrences in ``original``, in order.

    Words are searched from ``start`` onwards, each after the previous match and outside markup tags;
    words that cannot be found (entities, hyphenation) stay unmapped.
    """
    runs: list[Run] = []
    cursor = start
    for match in WORD.finditer(text):
        found = _find_outside_tags(original, match.group(), cursor)
        if found < 0:
            continue
        _append_run(runs, (match.start(), found, len(match.group())))
        cursor = found + len(match.group())
    return _merge_gaps(runs, text, original)


def _find_outside_tags(original: str, word: str, cursor: int) -> int:
    """First occurrence of ``word`` at or after ``cursor`` (within the window) not inside ``<...>``."""
    limit = cursor + ALIGN_WINDOW + len(word)
    position = original.find(word, cursor, limit)
    while position >= 0:
        floor = max(0, position - TAG_LOOKBACK)
        if original.rfind("<", floor, position) <= original.rfind(">", floor, position):
            return position
        position = original.find(word, position + 1, limit)
    return -1


def _merge_gaps(runs: list[Run], text: str, original: str) -> list[Run]:
    """Join neighbouring runs whose gap is the same characters in both texts."""
    merged: list[Run] = []
    for run in runs:
        if merged:
            c0, o0, n0 = merged[-1]
            gap_clean = text[c0 + n0 : run[0]]
            gap_orig = original[o0 + n0 : run[1]]
            if gap_clean == gap_orig and run[0] - c0 == run[1] - o0:
                merged[-1] = (c0, o0, run[0] + run[2] - c0)
                continue
        merged.append(run)
    return merged


def _append_run(runs: list[Run], run: Run) -> None:
    if runs:
        c0, o0, n0 = runs[-1]
        if c0 + n0 == run[0] and o0 + n0 == run[1]:
            runs[-1] = (c0, o0, n0 + run[2])
            return
    runs.append(run)
