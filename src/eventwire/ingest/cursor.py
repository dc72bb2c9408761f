"""Where a line-format reader (JSONL, CSV) stands in its file, so a later run can seek there instead of
reading the file again from its start (``eventwire ingest`` resuming after a crash)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TextIO


@dataclass(slots=True)
class LineCursor:
    """The text-stream position after the last result and how many lines (JSONL) or data rows (CSV) were
    consumed up to there; ``offset`` is the stream's ``tell()`` cookie, kept as text (it may exceed 64
    bits for stateful encodings)."""

    offset: str | None = None
    number: int = 0
    resumed: bool = False

    def resume(self, stream: TextIO) -> None:
        """Seek ``stream`` to the saved position; when that is impossible, read from here and count anew."""
        if self.offset is None:
            self.number = 0
            return
        try:
            stream.seek(int(self.offset))
        except (OSError, ValueError, OverflowError):
            self.offset, self.number = None, 0
            return
        self.resumed = True

    def mark(self, stream: TextIO, number: int) -> None:
        """Remember the position after the result about to be yielded."""
        self.number = number
        try:
            self.offset = str(stream.tell())
        except (OSError, ValueError):
            self.offset = None  # a later run reads this file from the start and skips what it stored
