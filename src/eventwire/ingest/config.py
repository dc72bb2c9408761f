"""Limits and choices of the ingest stage, in one place (all have safe defaults)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class IngestConfig:
    """How much to read and what to accept.

    Sizes cap memory: single documents (text, HTML, JSON) are read whole up to ``max_file_bytes``;
    dumps (JSONL, CSV, WARC, feeds) are streamed, each line or record capped on its own.
    """

    max_file_bytes: int = 20_000_000  # one text/HTML/JSON document, after decompression
    max_line_chars: int = 5_000_000  # one JSONL line or CSV row
    max_record_bytes: int = 20_000_000  # one WARC payload or feed item
    max_text_chars: int = 500_000  # clean text of one article
    max_html_depth: int = 250  # nesting levels (libxml2 stops at 255)
    max_html_elements: int = 200_000
    accept_truncated_html: bool = False
    languages: tuple[str, ...] = ("en",)  # ISO 639-1 codes coded downstream
    min_language_confidence: float = 0.8  # refuse another language only when this sure
    min_language_chars: int = 40  # shorter texts are not judged
    min_text_chars: int = 20  # clean text shorter than this (or without letters) is not an article
    min_body_chars_before_block: int = 150  # a teaser block only ends the article after this much text
    header_lines: int = 10  # leading lines searched for date lines and a title
    skip_duplicate_files: bool = True
    today: date | None = None  # "now" for rejecting future dates; None means the real today
