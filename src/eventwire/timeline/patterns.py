"""Compile the pattern templates of time_patterns.yaml into regular expressions.

Placeholders: {YEAR} {N1} {N2} {MONTH} {MONTH2} {MONTHFULL} {MONTHFULL2} {DAY} {DAY2} {WEEKDAY}
{WEEKDAYFULL} {PART} {DAYWORD} {MOD} {UNIT} {UNITS} {NUM} {SEASON} {EDGE} {YEARCUE} {ORD} {HOUR}
{HOUR12} {AMPM} {TZ} {CLOCKWORD} {NARR} {SIDE} {NPERIOD} {HOLIDAY}; each expands to a named group (the name in
lower case, e.g. `month`, `month2`, `weekday`) except {YEARCUE}, which is a bare alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from eventwire.timeline.first_chars import with_first_chars
from eventwire.timeline.vocab import TimeVocabulary, load_vocabulary, read_data_yaml

TIME_ZONES = ("GMT", "UTC", "ET", "EST", "EDT", "CET", "CEST", "BST", "PST", "PDT", "local time")


@dataclass(frozen=True, slots=True)
class TimePattern:
    """One compiled pattern and the resolver kind it feeds."""

    kind: str
    regex: re.Pattern[str]
    order: int
    needs: tuple[str, ...] = ()  # guards (time_patterns.yaml `guards`) the text must contain first


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, spaces matching any whitespace."""
    escaped = {re.escape(w).replace(r"\ ", r"\s+") for w in words}
    return "|".join(sorted(escaped, key=lambda w: (-len(w), w)))


def capitalised_forms(names: Iterable[str], full_names: Iterable[str]) -> str:
    """Regex alternation of names with a capital initial or in capitals, longest name first;
    abbreviations ("Jan", "Sept") take an optional dot. No letter may follow."""
    full = set(full_names)
    forms: dict[str, int] = {}
    for name in names:
        for form in (name.capitalize(), name.upper()):
            escaped = re.escape(form) + ("" if name in full else r"\.?")
            forms[escaped] = len(name)
    ordered = sorted(forms, key=lambda f: (-forms[f], f))
    return "(?:" + "|".join(ordered) + ")(?![A-Za-z])"


def proper_name_forms(names: Iterable[str]) -> str:
    """Regex alternation of multi-word names, longest first: the first word capitalised, later words
    and parts after a hyphen in either case ("New Year's Day", "Eid al-Fitr"); an apostrophe matches a
    straight or a curly one."""
    forms = {proper_name_form(name) for name in names}
    return "|".join(sorted(forms, key=lambda f: (-len(f), f)))


def proper_name_form(name: str) -> str:
    parts = re.split(r"(\s+|-)", name)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(r"\s+" if part.isspace() else "-")
        elif index == 0:
            out.append(re.escape(part[:1].upper() + part[1:]).replace("'", "['’]"))
        else:
            either = f"[{part[:1].upper()}{part[:1].lower()}]" if part[:1].isalpha() else re.escape(part[:1])
            out.append(either + re.escape(part[1:]).replace("'", "['’]"))
    return "".join(out)


def named(group: str, body: str, ignore_case: bool = False) -> str:
    inner = f"(?i:{body})" if ignore_case else f"(?:{body})"
    return f"(?P<{group}>{inner})"


def placeholders(vocab: TimeVocabulary) -> dict[str, str]:
    """The regex text of every placeholder."""
    months, weekdays = vocab.full_month_names(), vocab.full_weekday_names()
    all_months = capitalised_forms(vocab.months, months)
    full_months = capitalised_forms(months, months)
    all_weekdays = capitalised_forms(vocab.weekdays, weekdays)
    full_weekdays = capitalised_forms(weekdays, weekdays)
    singular_units = [u for u in vocab.period_units if u == vocab.period_units[u] and u != "day"]
    numbers = [*vocab.numbers, "a few", "a couple of", "several"]
    day = r"(?<![\d.,])(?P<{g}>[0-3]?\d)(?:st|nd|rd|th)?"
    return {
        "YEAR": r"(?P<year>(?:1[89]|20)\d\d)",
        "N1": r"(?P<n1>[0-3]?\d)",
        "N2": r"(?P<n2>[0-3]?\d)",
        "MONTH": named("month", all_months),
        "MONTH2": named("month2", all_months),
        "MONTHFULL": named("month", full_months),
        "MONTHFULL2": named("month2", full_months),
        "DAY": day.format(g="day"),
        "DAY2": day.format(g="day2"),
        "WEEKDAY": named("weekday", all_weekdays),
        "WEEKDAYFULL": named("weekday", full_weekdays),
        "PART": named("part", alternation(vocab.parts_of_day), ignore_case=True),
        "DAYWORD": named("dayword", alternation(vocab.day_words), ignore_case=True),
        "MOD": named("mod", alternation(vocab.period_modifiers), ignore_case=True),
        "UNIT": named("unit", alternation(singular_units), ignore_case=True),
        "UNITS": named("unit", alternation(vocab.period_units), ignore_case=True),
        "NUM": named("num", r"\d{1,3}|" + alternation(numbers), ignore_case=True),
        "SEASON": named("season", alternation(vocab.seasons), ignore_case=True),
        "EDGE": named("edge", alternation(vocab.period_edges), ignore_case=True),
        "YEARCUE": alternation(vocab.year_cues),
        "ORD": named("ord", alternation(vocab.ordinals), ignore_case=True),
        "HOUR": r"(?P<hour>[01]?\d|2[0-3])",
        "HOUR12": r"(?P<hour>1[0-2]|0?[1-9])",
        "AMPM": r"(?P<ampm>(?i:a\.m\.|p\.m\.|a\.m|p\.m|am|pm))(?!\w)",
        "TZ": named("tz", alternation(TIME_ZONES)) + r"(?!\w)",
        "CLOCKWORD": named("clockword", alternation(vocab.clock_words), ignore_case=True),
        "NARR": named("narr", alternation(vocab.narrative_days), ignore_case=True),
        "SIDE": named("side", alternation(vocab.narrative_sides), ignore_case=True),
        "NPERIOD": named("nperiod", alternation(vocab.narrative_periods), ignore_case=True),
        "HOLIDAY": named("holiday", proper_name_forms(vocab.holidays)),
        "NOTNAMED": "".join(rf"(?<!{re.escape(word)}\s)" for word in vocab.year_names),
    }


def expand(template: str, table: dict[str, str]) -> str:
    """Replace every {NAME} placeholder of a template; unknown names are an error."""

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in table:
            raise KeyError(f"time_patterns.yaml: unknown placeholder {{{name}}}")
        return table[name]

    return re.sub(r"\{([A-Z0-9]+)\}", substitute, template)


@lru_cache(maxsize=1)
def load_patterns() -> tuple[TimePattern, ...]:
    """All patterns of time_patterns.yaml, compiled once per process."""
    table = placeholders(load_vocabulary())
    data = read_data_yaml("time_patterns.yaml")
    guards = set(data.get("guards", {}))
    return tuple(compile_pattern(p, i, table, guards) for i, p in enumerate(data["patterns"]))


def compile_pattern(raw: dict, order: int, table: dict[str, str], guards: set[str]) -> TimePattern:
    """One pattern entry of time_patterns.yaml; a guard it needs must be declared."""
    needs = tuple(raw.get("needs", ()))
    unknown = [name for name in needs if name not in guards]
    if unknown:
        raise KeyError(f"time_patterns.yaml: pattern {order} needs undeclared guard(s) {unknown}")
    regex = with_first_chars(re.compile(expand(raw["regex"], table)))
    return TimePattern(kind=raw["kind"], regex=regex, order=order, needs=needs)


@lru_cache(maxsize=1)
def load_guards() -> dict[str, re.Pattern[str]]:
    """The guards of time_patterns.yaml by name: a pattern runs only where all it needs are found."""
    table = placeholders(load_vocabulary())
    raw = read_data_yaml("time_patterns.yaml").get("guards", {})
    return {name: with_first_chars(re.compile(expand(template, table))) for name, template in raw.items()}
