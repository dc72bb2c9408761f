"""The ingest stage: files, folders and dumps in; clean ``Article`` records (or ``IngestError``) out.

Public interface:
    read_inputs(paths, config=None) -> InputReader (an Iterator[Article | IngestError])
        Read files and folders recursively (sorted by name inside folders), detect each file's format
        (plain-text scrapes, HTML, JSONL, JSON, CSV/TSV, WARC, RSS/Atom; any of them gzip-compressed),
        strip page furniture, and yield one Article per report or one IngestError per unreadable input
        or record, in input order. Never raises for a bad input; streams dumps with bounded memory.
        ``.take_positions()`` tells how far each file was read (``InputPosition``);
        ``.resume_from(lookup)`` goes on from positions an earlier run saved (``pipeline.Ingest`` does
        both, so a stopped ingest resumes where its last committed batch ended).
    IngestConfig
        Size limits, supported languages, duplicate handling, "today" for date checks.
    read_text(text, source_path="<text>", config=None) -> Article | IngestError
        One plain-text scrape given as a string (an upload, a pasted article).
    read_record(record, source_path, config=None) -> Article | IngestError
        One dump record given as a mapping with the usual column names (a Spark row, an API payload).
    clean_text(text, title=None) -> Scrape
        The plain-text cleaner on its own (date line, title, credits, furniture, offsets), for debugging.
    Errors
        The catalogue of error reasons.
    storable(text) -> str
        ``text`` with NUL characters and lone surrogates replaced by U+FFFD (what every database
        stores); articles and errors leave ingest this way.
    repair_mojibake(text) -> (text, runs or None)
        UTF-8 once read as Windows-1252 ("â€œ") repaired with ftfy, with runs back to the input; every
        report's text and title go through it.
"""

from collections.abc import Iterable, Mapping
from pathlib import Path

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.draft import Metadata, draft_from_text, finish
from eventwire.ingest.errors import Errors, contain, ingest_error
from eventwire.ingest.fields import record_to_draft
from eventwire.ingest.inputs import InputReader
from eventwire.ingest.mojibake import repair_mojibake
from eventwire.ingest.storable import storable
from eventwire.ingest.text import Scrape, parse_scrape
from eventwire.records import Article, IngestError

__all__ = [
    "Errors",
    "IngestConfig",
    "InputReader",
    "Scrape",
    "clean_text",
    "read_inputs",
    "read_record",
    "read_text",
    "repair_mojibake",
    "storable",
]


def read_inputs(paths: Iterable[str | Path], config: IngestConfig | None = None) -> InputReader:
    """Articles and errors from every file under ``paths``, in order (see the module docstring)."""
    return InputReader(paths, config)


def clean_text(text: str, title: str | None = None, config: IngestConfig | None = None) -> Scrape:
    """Clean one plain-text scrape: what ``read_inputs`` does to a ``.txt`` file, without the file."""
    return parse_scrape(text, title=title, config=config)


def read_text(
    text: str, source_path: str = "<text>", config: IngestConfig | None = None
) -> Article | IngestError:
    """One plain-text scrape given as a string, read as a ``.txt`` file would be."""
    config = config or IngestConfig()
    if len(text) > config.max_text_chars:
        return ingest_error(source_path, Errors.E025, size=len(text), limit=config.max_text_chars)
    return contain(
        source_path, lambda: _finish(draft_from_text(source_path, text, Metadata(), config), config)
    )


def read_record(
    record: Mapping[str, object], source_path: str, config: IngestConfig | None = None
) -> Article | IngestError:
    """One dump record (column names as in JSONL/CSV dumps, aliases accepted)."""
    config = config or IngestConfig()
    return contain(source_path, lambda: _finish(record_to_draft(record, source_path, config), config))


def _finish(draft: object, config: IngestConfig) -> Article | IngestError:
    return draft if isinstance(draft, IngestError) else finish(draft, config)  # type: ignore[arg-type]
