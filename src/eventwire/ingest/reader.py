"""Read one file of any supported format into Articles and IngestErrors, never raising.

Checks that apply to every file come first (empty, exact duplicate, binary, encoding); then the file's
format picks the reader; every draft is finished (length, language, identity) on the way out.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.decoding import choose_encoding, decode_document, sniff_binary
from eventwire.ingest.draft import Draft, Metadata, draft_from_text, finish
from eventwire.ingest.errors import Errors, contain, ingest_error
from eventwire.ingest.feed import read_feed
from eventwire.ingest.html import read_html
from eventwire.ingest.streams import COMPRESSION_ERRORS, open_binary, read_capped, read_head, text_stream
from eventwire.ingest.tabular import read_csv, read_json, read_jsonl
from eventwire.ingest.walk import Format, detect_format
from eventwire.ingest.warc import read_warc
from eventwire.records import Article, IngestError

Result = Draft | IngestError
HASH_CHUNK = 1 << 20


class FileReader:
    """Reads files one by one, remembering file digests to report exact duplicates."""

    def __init__(self, config: IngestConfig | None = None) -> None:
        self.config = config or IngestConfig()
        self._digests: dict[str, str] = {}

    def read(self, path: Path) -> Iterator[Article | IngestError]:
        """Articles and errors from the file at ``path``; one error names the file when it is unreadable."""
        source = str(path)
        try:
            for result in self._results(path, source):
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

    def _results(self, path: Path, source: str) -> Iterator[Result]:
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
        for result in _READERS[fmt](path, source, encoding, self.config):
            found = True
            yield result
        if not found:
            yield ingest_error(source, Errors.E032, format=fmt.value)

    def _duplicate_of(self, path: Path, source: str) -> str | None:
        if not self.config.skip_duplicate_files:
            return None
        digest = _file_digest(path)
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


def _read_text(path: Path, source: str, encoding: str, config: IngestConfig) -> Iterator[Result]:
    text = _whole_text(path, source, config)
    if isinstance(text, IngestError):
        yield text
    elif len(text) > config.max_text_chars:
        yield ingest_error(source, Errors.E025, size=len(text), limit=config.max_text_chars)
    else:
        yield draft_from_text(source, text, Metadata(), config)


def _read_html(path: Path, source: str, encoding: str, config: IngestConfig) -> Iterator[Result]:
    text = _whole_text(path, source, config)
    yield text if isinstance(text, IngestError) else read_html(text, source, config)


def _read_json(path: Path, source: str, encoding: str, config: IngestConfig) -> Iterator[Result]:
    text = _whole_text(path, source, config)
    if isinstance(text, IngestError):
        yield text
    else:
        yield from read_json(text, source, config)


def _read_jsonl(path: Path, source: str, encoding: str, config: IngestConfig) -> Iterator[Result]:
    with text_stream(open_binary(path), encoding) as stream:
        yield from read_jsonl(stream, source, config)


def _read_csv(
    path: Path, source: str, encoding: str, config: IngestConfig, delimiter: str | None = None
) -> Iterator[Result]:
    with text_stream(open_binary(path), encoding) as stream:
        yield from read_csv(stream, source, config, delimiter)


def _read_warc(path: Path, source: str, encoding: str, config: IngestConfig) -> Iterator[Result]:
    yield from read_warc(path, source, config)


def _read_feed(path: Path, source: str, encoding: str, config: IngestConfig) -> Iterator[Result]:
    with open_binary(path) as stream:
        yield from read_feed(stream, source, config)


_READERS: dict[Format, Callable[[Path, str, str, IngestConfig], Iterator[Result]]] = {
    Format.TEXT: _read_text,
    Format.HTML: _read_html,
    Format.JSON: _read_json,
    Format.JSONL: _read_jsonl,
    Format.CSV: _read_csv,
    Format.TSV: partial(_read_csv, delimiter="\t"),
    Format.WARC: _read_warc,
    Format.FEED: _read_feed,
}
