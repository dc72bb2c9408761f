"""Office titles: which office a title names, and which sectors a title implies.

Tables: ``data/kb/titles.csv`` (phrase -> office, scope, sectors) and ``data/kb/role_sectors.csv``
(patterns over a title -> sectors).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.names import alias_key
from eventwire.actors.paths import packaged_kb_dir


@dataclass(frozen=True, slots=True)
class Title:
    """An office title phrase."""

    office: str
    phrase: str
    scope: str  # national, igo, any, or sole (the office of the one state in only_for)
    sectors: tuple[str, ...]
    only_for: frozenset[str]


def _rows(name: str) -> list[dict[str, str]]:
    with open(packaged_kb_dir() / name, encoding="utf-8") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


@lru_cache(maxsize=1)
def titles() -> dict[str, Title]:
    """Title phrases by their alias key."""
    table: dict[str, Title] = {}
    for row in _rows("titles.csv"):
        title = Title(
            office=row["office"],
            phrase=alias_key(row["phrase"]),
            scope=row["scope"],
            sectors=tuple(s for s in row["sectors"].split("|") if s),
            only_for=frozenset(c for c in (row["only_for"] or "").split("|") if c),
        )
        table.setdefault(title.phrase, title)
    return table


@lru_cache(maxsize=1)
def _sector_patterns() -> tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]:
    return tuple(
        (re.compile(row["pattern"]), tuple(row["sectors"].split("|"))) for row in _rows("role_sectors.csv")
    )


def sectors_for_title(title: str) -> tuple[str, ...]:
    """Sectors implied by an office title ("Chief of the General Staff" -> MIL)."""
    text = alias_key(title)
    for pattern, sectors in _sector_patterns():
        if pattern.search(text):
            return sectors
    return ("GOV",)


_NOISE = re.compile(r"\b(the|federal|acting|interim|de facto)\b")


def office_of_title(
    title: str,
    country_words: frozenset[str] = frozenset(),
    scopes: frozenset[str] = frozenset({"national", "any", "sole"}),
    country: str | None = None,
) -> str | None:
    """The office key a position title names, if any ("Prime Minister of Iraq" -> prime_minister).

    ``country_words`` are alias keys of the country the position belongs to; they are removed
    ("Iraqi", "of Iraq") before the title is compared with the phrases of titles.csv. Only titles of
    the given ``scopes`` count (a national "Director General" is not an organisation's head), and a
    phrase limited to some countries counts only for them when ``country`` is given (a British
    "Secretary of State for Scotland" is no foreign minister).
    """
    text = alias_key(re.sub(r"\(.*?\)", " ", title))
    for words in sorted(country_words, key=len, reverse=True):
        text = re.sub(rf"\b(of|for)\s+(the\s+)?{re.escape(words)}\b|\b{re.escape(words)}\b", " ", text)
    text = " ".join(_NOISE.sub(" ", text).split())
    table = titles()
    for candidate in _title_prefixes(text):
        found = table.get(candidate)
        if found and found.scope in scopes:
            if country and found.only_for and country not in found.only_for:
                return None
            return found.office
    return None


def _title_prefixes(text: str) -> list[str]:
    """The title and its heads before " and " ("minister of foreign affairs and trade")."""
    out = [text]
    for cut in (" and ", " of the republic", " of the state"):
        if cut in text:
            out.append(text.split(cut)[0].strip())
    return out
