"""Dumps: JSONL (one record a line), CSV/TSV (one record a row) and JSON files, streamed record by record.

Each record becomes a draft article or one ``IngestError`` naming it (``path#L<line>`` for JSONL,
``path#row<n>`` for CSV, ``path#<index>`` for JSON arrays); a bad record never stops the file.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from functools import partial
from typing import TextIO

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.cursor import LineCursor
from eventwire.ingest.draft import Draft
from eventwire.ingest.errors import Errors, contain, ingest_error
from eventwire.ingest.fields import find_column, record_to_draft
from eventwire.ingest.streams import BoundedLines
from eventwire.records import IngestError

Result = Draft | IngestError
DELIMITERS = (",", "\t", ";", "|")


def read_jsonl(
    stream: TextIO, path: str, config: IngestConfig, cursor: LineCursor | None = None
) -> Iterator[Result]:
    """One result per non-blank line. With a ``cursor``, reading starts where it points and it follows
    every result."""
    cursor = cursor or LineCursor()
    cursor.resume(stream)
    lines = BoundedLines(stream, config.max_line_chars, start=cursor.number)
    for line in lines:
        where = f"{path}#L{lines.line_number}"
        overlong = lines.take_overlong()
        if overlong is not None:
            result = ingest_error(where, Errors.E008, size=overlong, limit=config.max_line_chars)
        elif line.strip():
            result = contain(where, partial(_json_line, line, where, config))
        else:
            continue
        cursor.mark(stream, lines.line_number)
        yield result


def _json_line(line: str, where: str, config: IngestConfig) -> Result:
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, RecursionError) as error:
        return ingest_error(where, Errors.E009, detail=_json_detail(error))
    if not isinstance(record, dict):
        return ingest_error(where, Errors.E010, kind=_json_kind(record))
    return record_to_draft(record, where, config)


def read_json(text: str, path: str, config: IngestConfig) -> Iterator[Result]:
    """A JSON document: one record, a list of records, or an object holding a list of records."""
    try:
        document = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        yield ingest_error(path, Errors.E009, detail=_json_detail(error))
        return
    records = _json_records(document)
    if records is None:
        yield (
            record_to_draft(document, path, config)
            if isinstance(document, dict)
            else ingest_error(path, Errors.E010, kind=_json_kind(document))
        )
        return
    for index, record in enumerate(records):
        where = f"{path}#{index}"
        if isinstance(record, dict):
            yield contain(where, partial(record_to_draft, record, where, config))
        else:
            yield ingest_error(where, Errors.E010, kind=_json_kind(record))


def _json_records(document: object) -> list[object] | None:
    """The list of records a JSON document holds, or None when it is a single record."""
    if isinstance(document, list):
        return document
    if isinstance(document, dict) and find_column(list(document), "text") is None:
        for value in document.values():
            if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                return value
    return None


def read_csv(
    stream: TextIO,
    path: str,
    config: IngestConfig,
    delimiter: str | None = None,
    cursor: LineCursor | None = None,
) -> Iterator[Result]:
    """One result per data row; the header row names the columns. With a ``cursor``, the data rows start
    where it points (after the header is read) and it follows every result."""
    csv.field_size_limit(max(csv.field_size_limit(), config.max_line_chars))
    lines = BoundedLines(stream, config.max_line_chars)
    header_line = next(lines, None)
    if header_line is None:
        return
    delimiter = delimiter or sniff_delimiter(header_line)
    header = next(csv.reader([header_line], delimiter=delimiter), [])
    if find_column(header, "text") is None:
        yield ingest_error(path, Errors.E014, columns=", ".join(header[:12]) or "none")
        return
    cursor = cursor or LineCursor()
    cursor.resume(stream)
    rows = _csv_rows(csv.reader(lines, delimiter=delimiter), lines, header, path, config, cursor.number)
    for number, result in rows:
        cursor.mark(stream, number)
        yield result


def _csv_rows(
    reader: Iterator[list[str]],
    lines: BoundedLines,
    header: list[str],
    path: str,
    config: IngestConfig,
    number: int = 0,
) -> Iterator[tuple[int, Result]]:
    """(data row number, result) for each row after the ``number`` rows read before."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            number += 1
            yield number, ingest_error(f"{path}#row{number}", Errors.E013, detail=error)
            continue
        overlong = lines.take_overlong()
        if overlong is not None:
            number += 1
            where = f"{path}#row{number}"
            yield number, ingest_error(where, Errors.E008, size=overlong, limit=config.max_line_chars)
        elif any(cell.strip() for cell in row):
            number += 1
            where = f"{path}#row{number}"
            yield number, contain(where, partial(_csv_row, row, header, where, config))


def _csv_row(row: list[str], header: list[str], where: str, config: IngestConfig) -> Result:
    if len(row) > len(header):
        return ingest_error(where, Errors.E013, detail=f"{len(row)} fields, header has {len(header)}")
    record: Mapping[str, object] = dict(zip(header, row, strict=False))
    return record_to_draft(record, where, config)


def sniff_delimiter(header_line: str) -> str:
    """The delimiter the header line uses most."""
    return max(DELIMITERS, key=header_line.count)


def _json_detail(error: Exception) -> str:
    if isinstance(error, json.JSONDecodeError):
        return f"{error.msg.removesuffix(' at')} at column {error.colno}"  # "Invalid control character at"
    return "nested too deeply"


def _json_kind(value: object) -> str:
    return {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )
