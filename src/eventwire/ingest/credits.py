"""Outlet credits and datelines around a lede ("BAGHDAD (Reuters) -", "AGENCY- ", "…reports Outlet").

They are metadata, not article text: the matching rules of ``data/ingest/credits.yaml`` find them, and
this module removes them from the line and returns the outlet and dateline place they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.ingest.knowledge import compile_pattern, load
from eventwire.ingest.lines import Line

MAX_LEAD_CHARS = 120  # credits sit at the very start of a lede
MIN_TITLECASE_CAPS = 5  # "REUTERS" → "Reuters", but "AFP" and "TASS" stay
MIN_TITLECASE_PLACE = 4  # "OSLO" → "Oslo", but "UAE" stays


@dataclass(frozen=True, slots=True)
class CreditRule:
    name: str
    pattern: re.Pattern[str]


@dataclass(frozen=True, slots=True)
class Credit:
    """What a credit said: the outlet and the dateline place (either may be None)."""

    rule: str
    outlet: str | None
    place: str | None
    text: str


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[CreditRule, ...]]:
    data = load("credits.yaml")
    return {
        kind: tuple(
            CreditRule(
                str(e["name"]), compile_pattern(str(e["pattern"]), bool(e.get("case_sensitive", False)))
            )
            for e in data[kind]
        )
        for kind in ("lead", "lede_suffix")
    }


def take_lead_credit(line: Line) -> Credit | None:
    """Remove a credit or dateline from the start of ``line`` (in place) and return it."""
    head = line.text[:MAX_LEAD_CHARS]
    for rule in _rules()["lead"]:
        match = rule.pattern.match(head)
        if match is None or match.end() >= len(line.text) or _names_a_common_word(match):
            continue
        credit = _credit(rule.name, match)
        line.cut_head(match.end())
        return credit
    return None


def take_suffix_credit(line: Line) -> Credit | None:
    """Remove an outlet credit from the end of ``line`` (in place) and return it."""
    offset = max(0, len(line.text) - MAX_LEAD_CHARS)
    window = line.text[offset:]
    for rule in _rules()["lede_suffix"]:
        match = rule.pattern.search(window)
        if match is None or offset + match.start() == 0:
            continue
        credit = _credit(rule.name, match)
        line.cut_tail(offset + match.start())
        return credit
    return None


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in load("credits.yaml")["not_names"])


def _names_a_common_word(match: re.Match[str]) -> bool:
    """ "The- …" is a typo, not a credit: no credited name is a common word."""
    names = (v for k, v in match.groupdict().items() if k in ("outlet", "place") and v)
    return any(name.strip().casefold() in _common_words() for name in names)


def _credit(rule: str, match: re.Match[str]) -> Credit:
    groups = match.groupdict()
    return Credit(
        rule=rule,
        outlet=tidy_name(groups.get("outlet")),
        place=tidy_name(groups.get("place"), min_caps=MIN_TITLECASE_PLACE),
        text=match.group().strip(),
    )


def tidy_name(name: str | None, min_caps: int = MIN_TITLECASE_CAPS) -> str | None:
    """Strip a credited name; all-capital names of ``min_caps`` letters or more get title case
    ("REUTERS" → "Reuters", "OSLO" → "Oslo" for places)."""
    if not name:
        return None
    name = " ".join(name.split()).strip(" .,-/")
    if not name:
        return None
    if name.isupper() and len(name.replace(" ", "")) >= min_caps:
        name = name.title()
    return name


def is_suffix_credit(text: str) -> bool:
    """``text`` ends in a "…reports Outlet" credit (so it is a lede, not a headline)."""
    tail = text[-MAX_LEAD_CHARS:]
    return any(rule.pattern.search(tail) for rule in _rules()["lede_suffix"])
