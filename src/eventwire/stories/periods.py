"""The reference periods a report's headline and lede state ("February car sales", "4TH QTR NET", "in the
week ended March 4"), from the words in ``data/stories/periods.yaml``: "when" evidence for periodic
reports, which repeat one template for each month, quarter or week. Each period is "<granularity>:<value>"
("month:2", "quarter:4", "week:3-4"); a month with a day ("March 4") is a date, not a period, unless a
week word is next to it. A week's end stated relative to the publication date ("the week ended
yesterday", "the week ending Wednesday") is resolved against it by the timeline stage's date finder
(round 8), as the same "week:M-D".
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass
from functools import lru_cache

from eventwire.stories.datafiles import read_data
from eventwire.timeline import find_dates

_TOKENS = re.compile(r"[^\W_]+", re.UNICODE)
_DAY = re.compile(r"\d{1,2}")
WEEK_WINDOW = 4  # words between a week word and its "<Month> <day>"


@dataclass(frozen=True, slots=True)
class PeriodKnowledge:
    """What ``data/stories/periods.yaml`` holds."""

    months: dict[str, int]
    ambiguous: frozenset[str]
    prepositions: frozenset[str]
    quarters: dict[str, int]
    quarter_words: frozenset[str]
    week_words: frozenset[str]


def _numbered(data: dict[int, list[str]]) -> dict[str, int]:
    return {str(w).lower(): int(n) for n, words in data.items() for w in words}


@lru_cache(maxsize=1)
def knowledge() -> PeriodKnowledge:
    """The month, quarter and week words, read once."""
    data = read_data("periods.yaml")
    return PeriodKnowledge(
        months=_numbered(data["months"]),
        ambiguous=frozenset(str(w).lower() for w in data["ambiguous_months"]),
        prepositions=frozenset(str(w).lower() for w in data["month_prepositions"]),
        quarters=_numbered(data["quarters"]),
        quarter_words=frozenset(str(w).lower() for w in data["quarter_words"]),
        week_words=frozenset(str(w).lower() for w in data["week_words"]),
    )


def _day(word: str) -> int | None:
    return int(word) if _DAY.fullmatch(word) and 1 <= int(word) <= 31 else None


def _month_at(words: list[str], i: int, k: PeriodKnowledge) -> int | None:
    """The month the i-th word names (an ambiguous one only after a preposition)."""
    month = k.months.get(words[i])
    if month is None or (words[i] in k.ambiguous and (i == 0 or words[i - 1] not in k.prepositions)):
        return None
    return month


def _near_week_word(words: list[str], i: int, k: PeriodKnowledge) -> bool:
    window = words[max(0, i - WEEK_WINDOW) : i + WEEK_WINDOW]
    return any(w in k.week_words for w in window)


def _month_period(words: list[str], i: int, k: PeriodKnowledge) -> str | None:
    """The period the i-th word begins: "month:N" for a month alone, "week:N-D" for "<Month> <day>"
    next to a week word, None for a date ("March 4")."""
    month = _month_at(words, i, k)
    if month is None:
        return None
    day = _day(words[i + 1]) if i + 1 < len(words) else None
    day = day if day is not None else (_day(words[i - 1]) if i > 0 else None)
    if day is None:
        return f"month:{month}"
    return f"week:{month}-{day}" if _near_week_word(words, i, k) else None


def _quarter_period(words: list[str], i: int, k: PeriodKnowledge) -> str | None:
    quarter = k.quarters.get(words[i])
    if quarter is not None and i + 1 < len(words) and words[i + 1] in k.quarter_words:
        return f"quarter:{quarter}"
    return None


def _relative_weeks(text: str, tokens: list[re.Match[str]], published: str, k: PeriodKnowledge) -> list:
    """(word index, "week:M-D") for each day the date finder resolves against ``published`` next to a
    week word ("the week ended yesterday")."""
    weeks = [i for i, t in enumerate(tokens) if t.group().lower() in k.week_words]
    if not weeks:
        return []
    starts = [t.start() for t in tokens]
    found = []
    for expression in find_dates(text, published):
        if expression.precision != "day" or not expression.value or len(expression.value) != 10:
            continue
        i = next((n for n, start in enumerate(starts) if start >= expression.span[0]), len(starts))
        if any(abs(i - w) <= WEEK_WINDOW for w in weeks):
            found.append((i, f"week:{int(expression.value[5:7])}-{int(expression.value[8:10])}"))
    return found


def stated_periods(text: str, published: str | None = None) -> list[str]:
    """The reference periods the text states, distinct, in the order stated (the first of each
    granularity is the one the report leads with); ``published`` (an ISO date) resolves a week's end
    stated relative to it ("the week ended yesterday")."""
    k = knowledge()
    tokens = list(_TOKENS.finditer(text))
    words = [t.group().lower() for t in tokens]
    found = [(i, _month_period(words, i, k) or _quarter_period(words, i, k)) for i in range(len(words))]
    if published:
        with suppress(ValueError):  # a publication date the date finder cannot read: no relative week
            found.extend(_relative_weeks(text, tokens, published, k))
    return list(dict.fromkeys(p for _, p in sorted(found, key=lambda x: x[0]) if p))


def granularity(period: str) -> str:
    """The unit of a period: "month", "quarter" or "week"."""
    return period.split(":", 1)[0]


def different_periods(a: list[str], b: list[str]) -> bool | None:
    """Both state a period of one granularity, and neither's first of it is among the other's (None: no
    granularity stated by both)."""
    told = None
    for unit in {granularity(p) for p in a} & {granularity(p) for p in b}:
        mine = [p for p in a if granularity(p) == unit]
        theirs = [p for p in b if granularity(p) == unit]
        if mine[0] not in theirs and theirs[0] not in mine:
            return True
        told = False
    return told
