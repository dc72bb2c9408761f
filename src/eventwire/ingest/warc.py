"""WARC archives (plain or gzip): each HTML response record is read as a page, streamed record by record.

Records that are not successful HTML responses (requests, metadata, images, redirects) are not articles
and are passed over silently. The crawl date is never taken as a publication date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.decoding import choose_encoding, stream_errors
from eventwire.ingest.draft import Draft
from eventwire.ingest.errors import Errors, contain, ingest_error
from eventwire.ingest.html import read_html
from eventwire.ingest.streams import COMPRESSION_ERRORS, read_capped
from eventwire.records import IngestError

HTML_TYPES = ("text/html", "application/xhtml+xml")
CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def read_warc(path: Path, source: str, config: IngestConfig) -> Iterator[Draft | IngestError]:
    """One result per HTML response record of the archive at ``path`` (named ``source``)."""
    with path.open("rb") as raw:
        try:
            for record in ArchiveIterator(raw):
                if _is_html_page(record):
                    yield contain(source, partial(_read_record, record, source, config))
        except (ArchiveLoadFailed, ValueError, *COMPRESSION_ERRORS) as error:
            yield ingest_error(source, Errors.E020, detail=error)


def _is_html_page(record: Any) -> bool:
    if record.rec_type == "response":
        headers = record.http_headers
        if headers is None:
            return False
        status = headers.get_statuscode() or ""
        return status.startswith("2") and _is_html(headers.get_header("Content-Type"))
    if record.rec_type == "resource":
        return _is_html(record.rec_headers.get_header("Content-Type"))
    return False


def _is_html(content_type: str | None) -> bool:
    return bool(content_type) and content_type.split(";")[0].strip().lower() in HTML_TYPES


def _read_record(record: Any, source: str, config: IngestConfig) -> Draft | IngestError:
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None
    where = f"{source}#{record_id or record.rec_headers.get_header('WARC-Date') or 'record'}"
    payload = read_capped(record.content_stream(), config.max_record_bytes)
    if payload is None:
        return ingest_error(where, Errors.E029, limit=config.max_record_bytes)
    html = _decode(payload, _declared_charset(record))
    if html is None:
        return ingest_error(where, Errors.E004)
    url = record.rec_headers.get_header("WARC-Target-URI")
    return read_html(html, where, config, url=url, record_id=record_id)


def _declared_charset(record: Any) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    match = CHARSET.search(headers.get_header("Content-Type") or "")
    return match.group(1) if match else None


def _decode(payload: bytes, declared: str | None) -> str | None:
    """Decode with the declared charset when it works, else as any other document."""
    for encoding in (declared, choose_encoding(payload)):
        if not encoding:
            continue
        try:
            return payload.decode(encoding, errors=stream_errors(encoding))
        except (LookupError, UnicodeDecodeError):
            continue
    return None
