"""The amounts a report's headline and lede state ("U.K. MONEY MARKET GIVEN 85 MLN STG HELP", "SALES UP 8.6
PCT", "$1.2 billion deal", "ONE BILLION STG", "9-3/4 PCT"): "what" evidence of periodic reports, which
state a new amount in one template each day or week. Each amount is "<unit>:<value>" (the value scaled:
"85 MLN STG" is "stg:85000000"); the units are the currency and percent words, and the number words, of
``data/stories/headlines.yaml``. Round 17: the counts a running tally states each day ("12 medals", "1,200
new cases"), with the count words of that file as units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.stories.datafiles import read_data

_NUMBER = r"\d+(?:,\d{3})*(?:\.\d+)?(?:-\d{1,2}/\d{1,2}(?!\d))?"
_TOKEN = r"([^\W\d_]+|%)"
_GAP = r"\s{0,3}"  # wire text breaks lines (and doubles them) inside an amount: "700\n\nmln stg"
_FRACTION = re.compile(r"(.+)-(\d+)/(\d+)")


@dataclass(frozen=True, slots=True)
class AmountKnowledge:
    """What ``data/stories/headlines.yaml`` holds about amounts."""

    scales: dict[str, float]
    units: dict[str, str]  # word -> unit ("pct" and "percent" -> "pct")
    tolerance: float
    number_words: dict[str, float]
    pattern: re.Pattern[str]
    counts: dict[str, str]  # count word -> unit ("medals" -> "medals")
    new_counts: dict[str, str]  # count word after "new" -> unit ("cases" -> "new-cases")


@lru_cache(maxsize=1)
def knowledge() -> AmountKnowledge:
    """The scale, currency and percent words, read once."""
    data = read_data("headlines.yaml")
    units = {str(w).lower(): str(w).lower() for w in data.get("currency_words") or []}
    units.update({str(w).lower().replace(" ", ""): "pct" for w in data.get("percent_words") or []})
    scales = {str(k).lower(): float(v) for k, v in (data.get("amount_scales") or {}).items()}
    words = {str(k).lower(): float(v) for k, v in (data.get("number_words") or {}).items()}
    counts = {str(k).lower(): str(v).lower() for k, v in (data.get("count_words") or {}).items()}
    new_counts = {str(k).lower(): str(v).lower() for k, v in (data.get("new_count_words") or {}).items()}
    tolerance = float(data.get("amount_tolerance", 0.01))
    return AmountKnowledge(scales, units, tolerance, words, _amount_pattern(words), counts, new_counts)


def _amount_pattern(number_words: dict[str, float]) -> re.Pattern[str]:
    """A number (digits, a fraction, or a number word), an optional scale word and a unit word."""
    spelled = "|".join(sorted(map(re.escape, number_words), key=len, reverse=True))
    number = rf"({_NUMBER}|\b(?:{spelled})\b)" if spelled else f"({_NUMBER})"
    return re.compile(rf"(\$)?\s?{number}{_GAP}{_TOKEN}?(?:{_GAP}{_TOKEN})?", re.UNICODE | re.IGNORECASE)


def number_value(number: str, k: AmountKnowledge) -> float:
    """The value of a number as written: "1,250", "9-3/4" (9.75) or a number word ("two")."""
    if spelled := k.number_words.get(number.lower()):
        return spelled
    fraction = _FRACTION.fullmatch(number)
    if fraction is None:
        return float(number.replace(",", ""))
    whole, numerator, denominator = fraction.groups()
    return float(whole.replace(",", "")) + int(numerator) / max(int(denominator), 1)


def count_unit(words: list[str], k: AmountKnowledge) -> str | None:
    """The unit of a tally's count: a count word ("12 medals"), or "new" and one ("1,200 new cases")."""
    if not words:
        return None
    if words[0] == "new" and len(words) > 1:
        return k.new_counts.get(words[1])
    return k.counts.get(words[0])


def _amount(match: re.Match[str], k: AmountKnowledge) -> str | None:
    """One amount as "<unit>:<scaled value>"; None for a number without a unit ("2,800 WORKERS")."""
    dollar, number, first, second = match.groups()
    words = [w.lower() for w in (first, second) if w]
    scale = 1.0
    if words and words[0] in k.scales:
        scale = k.scales[words.pop(0)]
    unit = k.units.get(words[0]) if words else None
    unit = unit or ("dlrs" if dollar else None) or (count_unit(words, k) if scale == 1.0 else None)
    if unit is None or (number.lower() in k.number_words and scale == 1.0 and unit != "pct"):
        return None  # "one dollar", "a pound": a number word counts only with a scale ("two mln stg")
    return f"{unit}:{number_value(number, k) * scale:g}"


def stated_amounts(text: str | None) -> list[str]:
    """The amounts a headline (or lede) states, distinct, in order ("stg:8.5e+07", "pct:8.6")."""
    if not text:
        return []
    k = knowledge()
    found = (_amount(m, k) for m in k.pattern.finditer(text))
    return list(dict.fromkeys(a for a in found if a))


def _parse(amount: str) -> tuple[str, float]:
    unit, _, value = amount.partition(":")
    return unit, float(value)


def same_amount(a: str, b: str) -> bool:
    """One unit, values within the relative tolerance."""
    (unit_a, x), (unit_b, y) = _parse(a), _parse(b)
    return unit_a == unit_b and abs(x - y) <= knowledge().tolerance * max(abs(x), abs(y))


def different_amounts(
    a: list[str], a_published: str | None, b: list[str], b_published: str | None
) -> bool | None:
    """Two headlines published on different days that both state amounts, none of one's among the
    other's (None: an amount or a date missing; False: published the same day, or an amount shared)."""
    if not a or not b or not a_published or not b_published:
        return None
    if a_published[:10] == b_published[:10]:
        return False
    return not any(same_amount(x, y) for x in a for y in b)


def leading_amounts_differ(
    a: list[str], a_published: str | None, b: list[str], b_published: str | None
) -> bool | None:
    """Two reports published on different days, each leading with an amount of one unit (its
    headline's first, else its lede's), neither's first amount among the other's: a daily report's new
    figure (None: an amount or a date missing, or leading amounts of different units — independent
    reports of one happening lead with different figures; False: published the same day, or a leading
    amount shared: one happening retold)."""
    if not a or not b or not a_published or not b_published or _parse(a[0])[0] != _parse(b[0])[0]:
        return None
    if a_published[:10] == b_published[:10]:
        return False
    return not any(same_amount(a[0], y) for y in b) and not any(same_amount(b[0], x) for x in a)
