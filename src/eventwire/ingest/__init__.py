"""The ingest stage: files, folders and dumps in; clean ``Article`` records (or ``IngestError``) out.

Public interface:
    read_inputs(paths, config=None) -> Iterator[Article | IngestError]
        Read files and folders recursively (sorted by name inside folders), detect each file's format
        (plain-text scrapes, HTML, JSONL, JSON, CSV/TSV, WARC, RSS/Atom; any of them gzip-compressed),
        strip page furniture, and yield one Article per report or one IngestError per unreadable input
        or record, in input order. Never raises for a bad input; streams dumps with bounded memory.
    IngestConfig
        Size limits, supported languages, duplicate handling, "today" for date checks.
    clean_text(text, title=None) -> Scrape
        The plain-text cleaner on its own (date line, title, credits, furniture, offsets), for debugging.
    Errors
        The catalogue of error reasons.
"""

from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.errors import Errors
from eventwire.ingest.reader import FileReader
from eventwire.ingest.text import Scrape, parse_scrape
from eventwire.ingest.walk import iter_files
from eventwire.records import Article, IngestError

__all__ = ["Errors", "IngestConfig", "Scrape", "clean_text", "read_inputs"]


def read_inputs(
    paths: Iterable[str | Path], config: IngestConfig | None = None
) -> Iterator[Article | IngestError]:
    """Articles and errors from every file under ``paths``, in order (see the module docstring)."""
    reader = FileReader(config)
    for item in iter_files(paths):
        if isinstance(item, IngestError):
            yield item
        else:
            yield from reader.read(item)


def clean_text(text: str, title: str | None = None, config: IngestConfig | None = None) -> Scrape:
    """Clean one plain-text scrape: what ``read_inputs`` does to a ``.txt`` file, without the file."""
    return parse_scrape(text, title=title, config=config)
