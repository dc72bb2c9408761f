"""Files and formats: walk paths recursively in a stable order, and tell each file's format.

Content decides first (WARC header, markup, JSON), the extension (ignoring ``.gz``) breaks ties.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from eventwire.ingest.errors import Errors, ingest_error
from eventwire.ingest.fields import find_column
from eventwire.ingest.knowledge import load
from eventwire.ingest.tabular import sniff_delimiter
from eventwire.records import IngestError

FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)\b", re.I)
XML_PROLOGUE = re.compile(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?xml-stylesheet[^>]*>\s*)*", re.S)
FEED_SNIFF_CHARS = 2000


class Format(StrEnum):
    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    TSV = "tsv"
    WARC = "warc"
    FEED = "feed"


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | IngestError]:
    """Each file under ``paths``: given order at the top, sorted by name inside folders.

    Hidden entries inside folders are skipped; symbolic links to folders already visited are not followed.
    """
    visited: set[str] = set()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, visited)
        elif path.is_file():
            yield path
        elif path.exists():
            yield ingest_error(str(path), Errors.E024)
        else:
            yield ingest_error(str(path), Errors.E023)


def _walk(folder: Path, visited: set[str]) -> Iterator[Path | IngestError]:
    real = os.path.realpath(folder)
    if real in visited:
        return
    visited.add(real)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield ingest_error(str(folder), Errors.E022, detail=error.strerror or error)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        if path.is_dir():
            yield from _walk(path, visited)
        elif path.is_file():
            yield path
        else:
            yield ingest_error(str(path), Errors.E024)


@lru_cache(maxsize=1)
def _extensions() -> dict[str, Format]:
    table = load("formats.yaml")
    return {ext: Format(fmt) for fmt, exts in table["extensions"].items() for ext in exts}


@lru_cache(maxsize=1)
def _compressed() -> frozenset[str]:
    return frozenset(load("formats.yaml")["compressed"])


def extension_format(path: Path) -> Format | None:
    """The format the file name suggests (``a.jsonl.gz`` → JSONL)."""
    suffixes = [s.lstrip(".").lower() for s in path.suffixes]
    while suffixes and suffixes[-1] in _compressed():
        suffixes.pop()
    return _extensions().get(suffixes[-1]) if suffixes else None


def detect_format(path: Path, head: bytes, text_head: str) -> Format:
    """The format of a file from its first bytes (decompressed), their text, and its name."""
    if head.startswith(b"WARC/"):
        return Format.WARC
    by_name = extension_format(path)
    start = text_head.lstrip("\ufeff \t\r\n")
    if start.startswith("<"):
        return _markup_format(start, by_name)
    if start.startswith(("{", "[")):
        return _json_format(start, by_name)
    if by_name in (Format.CSV, Format.TSV, Format.HTML, Format.JSONL, Format.JSON):
        return by_name
    if _looks_like_csv_header(start):
        return Format.CSV
    return Format.TEXT


def _markup_format(start: str, by_name: Format | None) -> Format:
    prologue = XML_PROLOGUE.match(start)
    rest = start[prologue.end() if prologue else 0 :][:FEED_SNIFF_CHARS]
    if FEED_ROOT.match(rest) or (by_name is Format.FEED and FEED_ROOT.search(rest)):
        return Format.FEED
    return Format.HTML


def _json_format(start: str, by_name: Format | None) -> Format:
    if by_name is Format.JSON or start.startswith("["):
        return Format.JSON
    if by_name is Format.JSONL:
        return Format.JSONL
    first_line = start.split("\n", 1)[0]
    try:
        json.loads(first_line)
    except (json.JSONDecodeError, RecursionError):
        return Format.JSON if "\n" in start else Format.JSONL
    return Format.JSONL


def _looks_like_csv_header(start: str) -> bool:
    """A first line of delimited column names, one of them a text column."""
    first_line = start.split("\n", 1)[0].strip()
    delimiter = sniff_delimiter(first_line)
    if first_line.count(delimiter) == 0 or len(first_line) > 1000:
        return False
    columns = [c.strip().strip("\"'") for c in first_line.split(delimiter)]
    return find_column(columns, "text") is not None
