"""Opening inputs as byte and text streams: gzip read transparently, sizes and lines capped."""

from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path
from typing import BinaryIO, TextIO

from eventwire.ingest.decoding import stream_errors

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 65_536
CHUNK = 1 << 20
COMPRESSION_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def open_binary(path: Path) -> BinaryIO:
    """The file's bytes, decompressed when it is gzip (by content, whatever its name)."""
    raw = path.open("rb")
    try:
        magic = raw.read(2)
        raw.seek(0)
    except OSError:
        raw.close()
        raise
    if magic == GZIP_MAGIC:
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    return raw


def read_head(path: Path, size: int = HEAD_BYTES) -> bytes:
    """The first ``size`` bytes of the (decompressed) content."""
    with open_binary(path) as stream:
        return stream.read(size)


def read_capped(stream: BinaryIO, cap: int) -> bytes | None:
    """All of ``stream`` if it holds at most ``cap`` bytes, else None (reading stops at the cap)."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(CHUNK, cap + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            return None


def text_stream(binary: BinaryIO, encoding: str) -> TextIO:
    """A text view of ``binary``; line endings are kept as written (for CSV)."""
    return io.TextIOWrapper(binary, encoding=encoding, errors=stream_errors(encoding), newline="")


class BoundedLines:
    """Lines of a text stream, none longer than ``limit`` characters held in memory.

    An overlong line is skipped (read through in chunks) and replaced by an empty line; its full length
    is kept until ``take_overlong()`` collects it.
    """

    def __init__(self, stream: TextIO, limit: int, start: int = 0) -> None:
        self._stream = stream
        self._limit = max(1, limit)
        self.line_number = start  # lines before the stream's position (a resumed read goes on counting)
        self._overlong: int | None = None

    def __iter__(self) -> BoundedLines:
        return self

    def __next__(self) -> str:
        line = self._stream.readline(self._limit)
        if not line:
            raise StopIteration
        self.line_number += 1
        if len(line) >= self._limit and not line.endswith(("\n", "\r")):
            self._overlong = len(line) + self._skip_rest_of_line()
            return "\n"
        return line

    def take_overlong(self) -> int | None:
        """The length of the overlong line skipped since the last call, if any."""
        found, self._overlong = self._overlong, None
        return found

    def _skip_rest_of_line(self) -> int:
        skipped = 0
        while True:
            piece = self._stream.readline(CHUNK)
            skipped += len(piece)
            if not piece or piece.endswith(("\n", "\r")):
                return skipped
