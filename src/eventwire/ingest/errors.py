"""Every reason an input can be refused, in one catalogue (in the spirit of spaCy's ``errors.py``).

Readers never raise for a bad input: they return ``ingest_error(path, Errors.E0xx, **fields)``, an
``IngestError`` whose reason is one line naming what is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from eventwire.ingest.storable import path_text, storable
from eventwire.records import IngestError

T = TypeVar("T")

MAX_DETAIL_CHARS = 160


class Errors:
    """Message templates; fields in braces are filled by ``ingest_error``."""

    E001 = "empty file (0 bytes)"
    E002 = "file too large (more than {limit:,} bytes)"
    E003 = "binary file ({kind}), not text, HTML, JSON, CSV, a feed or WARC"
    E004 = "cannot decode text: not UTF-8 and no reliable encoding detected"
    E005 = "no article text left after removing page furniture"
    E006 = "language '{lang}' not supported (supported: {supported})"
    E007 = "exact duplicate of {first}"
    E008 = "line too long ({size:,} characters; limit {limit:,})"
    E009 = "malformed JSON: {detail}"
    E010 = "record is a JSON {kind}, not an object"
    E011 = "no text field (looked for: {fields})"
    E012 = "field '{field}' has type {kind}, expected text"
    E013 = "malformed CSV row: {detail}"
    E014 = "CSV has no text column (columns: {columns})"
    E015 = "HTML could not be parsed: {detail}"
    E016 = "HTML nested too deeply (more than {limit} levels)"
    E017 = "HTML is truncated (no closing </html> tag)"
    E018 = "no main text found in HTML"
    E019 = "corrupt compressed stream: {detail}"
    E020 = "WARC could not be read: {detail}"
    E021 = "feed could not be parsed: {detail}"
    E022 = "cannot read file: {detail}"
    E023 = "path not found"
    E024 = "not a regular file"
    E025 = "article text too long ({size:,} characters; limit {limit:,})"
    E026 = "unexpected error while reading ({kind}): {detail}"
    E027 = "HTML has too many elements (more than {limit:,})"
    E028 = "record is empty"
    E029 = "record too large (more than {limit:,} bytes)"
    E030 = "text field '{field}' is empty"
    E031 = "text too short to be an article ({size} characters; minimum {limit})"
    E032 = "no records in file ({format})"
    E033 = "an index page, not an article ({entries} linked headlines with teasers, little text of its own)"


def one_line(text: object, limit: int = MAX_DETAIL_CHARS) -> str:
    """Collapse any text (an exception message, a column list) to one short line."""
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def ingest_error(source_path: str, template: str, **fields: object) -> IngestError:
    """An ``IngestError`` for ``source_path`` with ``template`` filled from ``fields``, on one line."""
    safe = {k: v if isinstance(v, int) else one_line(v) for k, v in fields.items()}
    reason = storable(one_line(template.format(**safe), limit=400))
    return IngestError(source_path=path_text(source_path), reason=reason)


def contain(source_path: str, call: Callable[[], T]) -> T | IngestError:
    """Run ``call``; an unexpected exception becomes an ``IngestError`` for ``source_path`` (never raised)."""
    try:
        return call()
    except (MemoryError, RecursionError) as error:
        return ingest_error(source_path, Errors.E026, kind=type(error).__name__, detail="input too complex")
    except Exception as error:
        return ingest_error(source_path, Errors.E026, kind=type(error).__name__, detail=error)
