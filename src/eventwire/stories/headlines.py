"""The countries a report's headline names: "where" evidence of the report's happening ("FORD CANADA
FEBRUARY SALES RISE", "CHILEAN COPPER OUTPUT FALLS", "Japan's exports rise"). Wire headlines name the
country, or the company's country, that the lede's place mentions often do not: two statistical
releases of one template for two countries are two happenings.

The names are the knowledge base's (``actors.country_names``); ``data/stories/headlines.yaml`` says
which matches not to trust: a form that is also a common word ("TURKEY", "Chad") counts only when the
report's own place mentions name that country too; a form inside a phrase that names something else
("NEW MEXICO", "INDIAN OCEAN") or just before a currency word ("CANADIAN DLR BOND") is no country; in a
headline with lower-case words, a form written in lower case ("let us") is no name.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors import CountryName, country_names
from eventwire.stories.datafiles import read_data

_NEXT_WORD = re.compile(r"\W*?([^\W\d_]+)", re.UNICODE)


@dataclass(frozen=True, slots=True)
class HeadlineKnowledge:
    """What ``data/stories/headlines.yaml`` holds."""

    common_words: frozenset[str]
    not_countries: re.Pattern[str] | None
    currency_words: frozenset[str]


def _phrases(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = sorted((re.escape(str(p)).replace(r"\ ", r"\s+") for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def knowledge() -> HeadlineKnowledge:
    """The common words and the phrases that are no country, read once."""
    data = read_data("headlines.yaml")
    return HeadlineKnowledge(
        common_words=frozenset(str(w).lower() for w in data.get("common_words") or []),
        not_countries=_phrases(list(data.get("not_countries") or [])),
        currency_words=frozenset(str(w).lower() for w in data.get("currency_words") or []),
    )


def _inside_other_names(title: str, k: HeadlineKnowledge) -> list[tuple[int, int]]:
    return [m.span() for m in k.not_countries.finditer(title)] if k.not_countries else []


def _names_a_currency(found: CountryName, title: str, k: HeadlineKnowledge) -> bool:
    """A form just before a currency word ("CANADIAN DLR BOND") names the currency, not a place."""
    following = _NEXT_WORD.match(title, found.end)
    return following is not None and following.group(1).lower() in k.currency_words


def _written_as_name(found: CountryName, mixed_case: bool) -> bool:
    """A form in a headline with lower-case words must be capitalised to be a name."""
    return not mixed_case or found.text[:1].isupper()


def _trusted(found: CountryName, mixed_case: bool, named: Collection[str], k: HeadlineKnowledge) -> bool:
    """A common word is a country only when the report names it too, or, in a headline with lower-case
    words, when it is written in capitals ("US")."""
    if found.form not in k.common_words:
        return True
    return found.country in named or (mixed_case and len(found.text) > 1 and found.text.isupper())


def headline_countries(title: str | None, named: Collection[str] = ()) -> list[str]:
    """The countries ``title`` names, distinct, in order (``named``: the countries the report's own
    place mentions resolve to, which a common word needs)."""
    if not title:
        return []
    k = knowledge()
    mixed_case = any(c.islower() for c in title)
    others = _inside_other_names(title, k)
    found = (
        n.country
        for n in country_names(title)
        if not any(start <= n.start and n.end <= end for start, end in others)
        and not _names_a_currency(n, title, k)
        and _written_as_name(n, mixed_case)
        and _trusted(n, mixed_case, named, k)
    )
    return list(dict.fromkeys(found))
