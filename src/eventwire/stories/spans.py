"""An event's date as one value, a range included: "2011/2015" (ISO 8601's interval) for an event told
"between 2011 and 2015" (``Event.date_end``), and the one date that holds it, for a story key."""

from __future__ import annotations

RANGE_SEP = "/"  # an event told as a range, "2011/2015" (ISO 8601's interval): ``event_date``
UNIT_LENGTHS = (10, 7, 4, 3)  # a day, a month, a year, a decade ("198": the 1980s)


def event_date(day: str | None, end: str | None = None) -> str | None:
    """An event's date as one value: its date, or "start/end" when it tells a range ("between 2011 and
    2015": ``Event.date_end``), which ``dates_compatible`` reads as every date from start to end."""
    if day is None or not end or end <= day:
        return day
    return f"{day}{RANGE_SEP}{end}"


def enclosing_date(day: str | None) -> str | None:
    """The one date that holds a range, at the precision its two ends share ("2011-03-03/2011-03-05" ->
    "2011-03", "2011/2015" -> "201", as the timeline writes "the 1980s"); None when they share no
    decade; a date is itself. A story key's date is one such value (the store keeps ten characters)."""
    if day is None or RANGE_SEP not in day:
        return day
    start, end = day.split(RANGE_SEP, 1)
    shared = next(
        (n for n, (x, y) in enumerate(zip(start, end, strict=False)) if x != y), min(len(start), len(end))
    )
    unit = next((n for n in UNIT_LENGTHS if n <= shared), None)
    return start[:unit] if unit else None


def date_bounds(day: str) -> tuple[str, str]:
    """The first and last date of a date or a range (each at its own precision)."""
    start, _, end = day.partition(RANGE_SEP)
    return start, end or start
