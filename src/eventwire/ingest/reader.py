"""Read one file of any supported format into Articles and IngestErrors, never raising.

Checks that apply to every file come first (empty, exact duplicate, binary, encoding); then the file's
format picks the reader; every draft is finished (length, language, identity) on the way out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.cursor import LineCursor
from eventwire.ingest.decoding import choose_encoding, decode_document, sniff_binary
from eventwire.ingest.draft import Draft, Metadata, draft_from_text, finish
from eventwire.ingest.errors import Errors, contain, ingest_error
from eventwire.ingest.feed import read_feed
from eventwire.ingest.html import read_html
from eventwire.ingest.storable import path_text
from eventwire.ingest.streams import COMPRESSION_ERRORS, open_binary, read_capped, read_head, text_stream
from eventwire.ingest.tabular import read_csv, read_json, read_jsonl
from eventwire.ingest.walk import Format, detect_format
from eventwire.ingest.warc import read_warc
from eventwire.records import Article, IngestError, InputPosition

Result = Draft | IngestError
HASH_CHUNK = 1 << 20


class FileReader:
    """Reads files one by one, remembering file digests to report exact duplicates."""

    def __init__(self, config: IngestConfig | None = None) -> None:
        self.config = config or IngestConfig()
        self._digests: dict[str, str] = {}
        self._digest: str | None = None  # of the file being read
        self.position: InputPosition | None = None

    def read(self, path: Path, start: InputPosition | None = None) -> Iterator[Article | IngestError]:
        """Articles and errors from the file at ``path``; one error names the file when it is unreadable.

        ``start``: how far an earlier run got in this file. JSONL and CSV files seek there; other formats
        are read again and their first ``start.items`` results are passed over. After each result,
        ``self.position`` says how far reading got.
        """
        source = path_text(path)
        start = start or InputPosition(path=source, signature="")
        self.position = position = replace(start, items=0, articles=0, cursor=None, lines=0, done=False)
        cursor = LineCursor(start.cursor, start.lines)
        taken = 0
        for result in self._contained(path, source, cursor, resuming=start.items > 0):
            taken += 1
            if cursor.resumed and taken == 1:
                position.items, position.articles = start.items, start.articles
            position.items += 1
            position.articles += isinstance(result, Article)
            position.cursor, position.lines, position.digest = cursor.offset, cursor.number, self._digest
            if cursor.resumed or taken > start.items:
                yield result
        if cursor.resumed and taken == 0:  # nothing after the saved position: it stands
            self.position = replace(start, digest=self._digest or start.digest)

    def remember(self, digest: str | None, source: str) -> None:
        """Count a file read by an earlier run as seen (for exact-duplicate detection)."""
        if digest and self.config.skip_duplicate_files:
            self._digests.setdefault(digest, source)

    def _contained(
        self, path: Path, source: str, cursor: LineCursor, resuming: bool
    ) -> Iterator[Article | IngestError]:
        try:
            for result in self._results(path, source, cursor, resuming):
                yield (
                    result
                    if isinstance(result, IngestError)
                    else contain(result.source_path, partial(finish, result, self.config))
                )
        except OSError as error:
            yield ingest_error(source, Errors.E022, detail=error.strerror or error)
        except COMPRESSION_ERRORS as error:
            yield ingest_error(source, Errors.E019, detail=error)
        except UnicodeError:
            yield ingest_error(source, Errors.E004)
        except (MemoryError, RecursionError) as error:
            yield ingest_error(source, Errors.E026, kind=type(error).__name__, detail="input too complex")
        except Exception as error:  # the promise: one bad input never stops the batch
            yield ingest_error(source, Errors.E026, kind=type(error).__name__, detail=error)

    def _results(self, path: Path, source: str, cursor: LineCursor, resuming: bool) -> Iterator[Result]:
        self._digest = None
        if path.stat().st_size == 0:
            yield ingest_error(source, Errors.E001)
            return
        duplicate_of = self._duplicate_of(path, source)
        if duplicate_of is not None:
            yield ingest_error(source, Errors.E007, first=duplicate_of)
            return
        head = read_head(path)
        if not head:
            yield ingest_error(source, Errors.E001)
            return
        binary = None if head.startswith(b"WARC/") else sniff_binary(head)
        if binary is not None:
            yield ingest_error(source, Errors.E003, kind=binary)
            return
        encoding = "utf-8" if head.startswith(b"WARC/") else choose_encoding(head)
        if encoding is None:
            yield ingest_error(source, Errors.E004)
            return
        fmt = detect_format(path, head, head.decode(encoding, errors="replace"))
        found = False
        for result in _READERS[fmt](path, source, encoding, self.config, cursor):
            found = True
            yield result
        if not found and not resuming:
            yield ingest_error(source, Errors.E032, format=fmt.value)

    def _duplicate_of(self, path: Path, source: str) -> str | None:
        if not self.config.skip_duplicate_files:
            return None
        digest = self._digest = _file_digest(path)
        first = self._digests.get(digest)
        if first is None:
            self._digests[digest] = source
        return first


def _file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(partial(handle.read, HASH_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _whole_text(path: Path, source: str, config: IngestConfig) -> str | IngestError:
    """A single-document file as text, within the size limit."""
    with open_binary(path) as stream:
        data = read_capped(stream, config.max_file_bytes)
    if data is None:
        return ingest_error(source, Errors.E002, limit=config.max_file_bytes)
    text = decode_document(data)
    return text if text is not None else ingest_error(source, Errors.E004)


def _read_text(
    path: Path, source: str, encoding: str, config: IngestConfig, cursor: LineCursor
) -> Iterator[Result]:
    text = _whole_text(path, source, config)
    if isinstance(text, IngestError):
        yield text
    elif len(text) > config.max_text_chars:
        yield ingest_error(source, Errors.E025, size=len(text), limit=config.max_text_chars)
    else:
        yield draft_from_text(source, text, Metadata(), config)


def _read_html(
    path: Path, source: str, encoding: str, config: IngestConfig, cursor: LineCursor
) -> Iterator[Result]:
    text = _whole_text(path, source, config)
    yield text if isinstance(text, IngestError) else read_html(text, source, config)


def _read_json(
    path: Path, source: str, encoding: str, config: IngestConfig, cursor: LineCursor
) -> Iterator[Result]:
    text = _whole_text(path, source, config)
    if isinstance(text, IngestError):
        yield text
    else:
        yield from read_json(text, source, config)


def _read_jsonl(
    path: Path, source: str, encoding: str, config: IngestConfig, cursor: LineCursor
) -> Iterator[Result]:
    with text_stream(open_binary(path), encoding) as stream:
        yield from read_jsonl(stream, source, config, cursor)


def _read_csv(
    path: Path,
    source: str,
    encoding: str,
    config: IngestConfig,
    cursor: LineCursor,
    delimiter: str | None = None,
) -> Iterator[Result]:
    with text_stream(open_binary(path), encoding) as stream:
        yield from read_csv(stream, source, config, delimiter, cursor)


def _read_warc(
    path: Path, source: str, encoding: str, config: IngestConfig, cursor: LineCursor
) -> Iterator[Result]:
    yield from read_warc(path, source, config)


def _read_feed(
    path: Path, source: str, encoding: str, config: IngestConfig, cursor: LineCursor
) -> Iterator[Result]:
    with open_binary(path) as stream:
        yield from read_feed(stream, source, config)


_READERS: dict[Format, Callable[[Path, str, str, IngestConfig, LineCursor], Iterator[Result]]] = {
    Format.TEXT: _read_text,
    Format.HTML: _read_html,
    Format.JSON: _read_json,
    Format.JSONL: _read_jsonl,
    Format.CSV: _read_csv,
    Format.TSV: partial(_read_csv, delimiter="\t"),
    Format.WARC: _read_warc,
    Format.FEED: _read_feed,
}
