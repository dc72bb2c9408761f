"""Publication dates: parse what metadata fields, date lines and URL paths say, reject impossible dates.

Only day-precision dates count. A date is impossible before 1900-01-01 or after tomorrow (time zones).
Patterns are data (``data/ingest/dates.yaml``); python-dateutil does the parsing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from dateutil import parser as dateutil_parser

from eventwire.ingest.knowledge import compile_pattern, load

EARLIEST = date(1900, 1, 1)
EPOCH_SECONDS = (1e8, 1e11)  # numbers in this range are Unix seconds
EPOCH_MILLIS = (1e11, 1e14)  # and in this one, milliseconds
MAX_DATE_STRING = 200  # longer strings are cut before searching for a date


@dataclass(frozen=True, slots=True)
class DateLine:
    """A date line (or a date prefix of a line) at the head of a scrape."""

    value: date | None  # None when the date is impossible
    end: int  # characters of the line the date line takes up
    whole_line: bool
    late: bool  # labelled as an update ("Updated: …"), not the publication


@dataclass(frozen=True, slots=True)
class _Patterns:
    expression: re.Pattern[str]
    full_line: re.Pattern[str]
    labelled_prefix: re.Pattern[str]
    separated_prefix: re.Pattern[str]
    late_label: re.Pattern[str]
    url: tuple[re.Pattern[str], ...]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    data = load("dates.yaml")
    expr = "|".join(f"(?:{e})" for e in data["expressions"])
    date_ = rf"(?P<date>{expr}){data['time']}"
    label = rf"(?P<label>{data['labels']})\s*(?:on\b|:|-|–)?\s*"
    tail = r"(?:\s*[|·•]\s*.{0,40})?"
    return _Patterns(
        expression=compile_pattern(rf"\b(?:{expr})"),
        full_line=compile_pattern(rf"\W{{0,3}}(?:{label})?{date_}{tail}\W{{0,3}}", full=True),
        labelled_prefix=compile_pattern(rf"\W{{0,3}}{label}{date_}\s*[:|·•–—-]?\s+(?=\S)"),
        separated_prefix=compile_pattern(rf"\W{{0,3}}{date_}\s*[|·•–—-]+\s+(?=\S)"),
        late_label=compile_pattern(data["late_labels"]),
        url=tuple(compile_pattern(p) for p in data["url"]),
    )


def today_or(today: date | None) -> date:
    return today or datetime.now(UTC).date()


def is_possible(value: date, today: date | None = None) -> bool:
    """Not before 1900 and not after tomorrow."""
    return EARLIEST <= value <= today_or(today) + timedelta(days=1)


def parse_date(value: object, today: date | None = None) -> date | None:
    """The day a metadata value names (ISO or written date, or Unix time), if possible; else None."""
    found = _parse_any(value)
    return found if found is not None and is_possible(found, today) else None


def _parse_any(value: object) -> date | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return _from_epoch(float(value))
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        return _from_string(value[:MAX_DATE_STRING])
    return None


def _from_epoch(number: float) -> date | None:
    if EPOCH_MILLIS[0] <= number < EPOCH_MILLIS[1]:
        number /= 1000
    if not EPOCH_SECONDS[0] <= number < EPOCH_SECONDS[1]:
        return None
    return datetime.fromtimestamp(number, tz=UTC).date()


def _from_string(text: str) -> date | None:
    match = _patterns().expression.search(text)
    return _parse_expression(match.group()) if match else None


def _parse_expression(text: str) -> date | None:
    """Parse a day-precision date string; numeric day/month order follows its separator."""
    dayfirst = _numeric_dayfirst(text)
    try:
        return dateutil_parser.parse(text, dayfirst=dayfirst, fuzzy=True).date()
    except (ValueError, OverflowError, TypeError):
        return None


def _numeric_dayfirst(text: str) -> bool:
    """``31.12.2020`` and ``31/12/2020`` are day first; ``12/31/2020`` and ``03/10/2017`` month first."""
    numeric = re.match(r"\s*(\d{1,2})([/.])(\d{1,2})[/.]\d{4}", text)
    if not numeric:
        return False
    return numeric.group(2) == "." or int(numeric.group(1)) > 12


def match_date_line(line: str, today: date | None = None) -> DateLine | None:
    """The date line ``line`` is or starts with, if any.

    ("December 27, 2021", "Date: 2021-06-30T18:51", "date 2021-06-30 Text…")
    """
    patterns = _patterns()
    if len(line) > MAX_DATE_STRING * 2:
        line_head = line[: MAX_DATE_STRING * 2]
        full = None
    else:
        line_head = line
        full = patterns.full_line.match(line)
    match = full or patterns.labelled_prefix.match(line_head) or patterns.separated_prefix.match(line_head)
    if match is None:
        return None
    parsed = _parse_expression(match.group("date"))
    label = match.groupdict().get("label") or ""
    return DateLine(
        value=parsed if parsed is not None and is_possible(parsed, today) else None,
        end=len(line) if full else match.end(),
        whole_line=full is not None,
        late=bool(label and patterns.late_label.match(label)),
    )


def date_from_url(url: str | None, today: date | None = None) -> date | None:
    """The date a URL path spells (``/2024/09/03/``), if any and possible."""
    if not url:
        return None
    for pattern in _patterns().url:
        match = pattern.search(url)
        if match is None:
            continue
        try:
            found = date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        if is_possible(found, today):
            return found
    return None
