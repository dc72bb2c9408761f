"""Plain-text scrapes: find the date line, title, outlet credit and dateline; strip furniture; keep offsets.

The same cleaning runs on the text fields of dumps and on the text trafilatura extracts from HTML, so a
date line, a credit or a teaser block is handled the same wherever it comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.credits import Credit, is_suffix_credit, take_lead_credit, take_suffix_credit
from eventwire.ingest.furniture import Removal, cut_spans, cut_tails, drop_furniture_lines, drop_repeats
from eventwire.ingest.lines import Line, assemble, paragraphs, split_lines
from eventwire.ingest.offsets import Run
from eventwire.ingest.pubdate import match_date_line

MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 30
BODY_LINE_WORDS = 25  # a line this long is article text: the header ends there
TITLE_START = re.compile(r"[\w\"“‘'(]")
TITLE_END_NOT = (".", ",", ";", ":")


@dataclass(slots=True)
class Scrape:
    """What a plain-text scrape says, and its clean text with offsets into the input string."""

    text: str
    offsets: list[Run]
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    dateline: str | None = None
    removed: list[Removal] = field(default_factory=list)


def parse_scrape(
    text: str, title: str | None = None, find_title: bool = True, config: IngestConfig | None = None
) -> Scrape:
    """Clean a scrape. A known ``title`` is removed from the text; otherwise one is looked for."""
    config = config or IngestConfig()
    lines = split_lines(text)
    published, removed = _take_date_lines(lines, config)
    lines, spans = cut_spans(lines)
    lines, furniture = drop_furniture_lines(lines, config.min_body_chars_before_block)
    removed += spans + furniture
    if title is None and find_title:
        title = _take_title(lines, config.header_lines)
    lines, repeats = drop_repeats(lines, title)
    removed += repeats + cut_tails(lines)
    groups = paragraphs(lines)
    credits = _take_credits(groups)
    removed += [Removal(f"credit:{c.rule}", c.text) for c in credits]
    clean, offsets = assemble(groups)
    return Scrape(
        text=clean,
        offsets=offsets,
        title=title,
        published=published,
        outlet=next((c.outlet for c in credits if c.outlet), None),
        dateline=next((c.place for c in credits if c.place), None),
        removed=removed,
    )


def _take_date_lines(lines: list[Line], config: IngestConfig) -> tuple[date | None, list[Removal]]:
    """Remove date lines (and date prefixes) from the header; the publication date is the earliest
    date not labelled as an update."""
    dates: list[date] = []
    removed: list[Removal] = []
    seen = 0
    for line in list(lines):
        if line.blank:
            continue
        seen += 1
        found = match_date_line(line.text, config.today)
        if found is not None:
            removed.append(Removal("date_line", line.text[: found.end].strip()))
            if found.value is not None and not found.late:
                dates.append(found.value)
            if found.whole_line:
                lines.remove(line)
                continue
            line.cut_head(found.end)
        if seen >= config.header_lines or _is_body(line.text):
            break
    return (min(dates) if dates else None), removed


def _is_body(text: str) -> bool:
    return len(text.split()) >= BODY_LINE_WORDS


def _take_title(lines: list[Line], header_lines: int) -> str | None:
    """Remove and return the first line if it reads as a headline above more text."""
    content = [i for i, line in enumerate(lines) if not line.blank]
    if len(content) < 2:
        return None
    first = lines[content[0]]
    if not _looks_like_title(first.text) or is_suffix_credit(first.text):
        return None
    following = lines[content[0] + 1]
    if not following.blank and following.text[:1].islower():
        return None  # a wrapped first line continues on the next one
    rest_chars = sum(len(lines[i].text) for i in content[1 : header_lines + 1])
    if rest_chars <= len(first.text):
        return None
    del lines[content[0]]
    return first.text


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and len(text) <= MAX_TITLE_CHARS
        and not text.endswith(TITLE_END_NOT)
        and TITLE_START.match(text) is not None
        and next((ch for ch in text if ch.isalpha()), "a").isupper()
    )


def _take_credits(groups: list[list[Line]]) -> list[Credit]:
    """Outlet credits and datelines at the start and end of the first paragraph."""
    if not groups:
        return []
    first = groups[0]
    found = [take_lead_credit(first[0]), take_suffix_credit(first[-1])]
    return [c for c in found if c is not None]
