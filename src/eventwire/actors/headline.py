"""The countries a short text (a headline) names: the knowledge base's country names, aliases and
demonyms, matched case-insensitively, longest first ("Papua New Guinea", not "Guinea").

It reads only the packaged country table (``loading.read_countries``: milliseconds, no full knowledge
base), so a stage that has no ``KnowledgeBase`` at hand can call it. Which matches to trust (a word
that is also a common word, "Turkey", "Chad") is the caller's choice: each match says what it matched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.loading import read_countries
from eventwire.actors.paths import packaged_kb_dir

# a word: an abbreviation with dots ("U.S.", "U.K"), or letters and digits with an inner apostrophe
_WORD = re.compile(r"[^\W\d_](?:\.[^\W\d_])+\.?|[^\W\d_][^\W_]*(?:['’][^\W\d_]+)?", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True, slots=True)
class CountryName:
    """One country name found in a text: where (character offsets), the text as written, the KB form it
    matched (lower-cased words) and the country's code."""

    start: int
    end: int
    text: str
    form: str
    country: str


def _key(word: str) -> str:
    """A word as the index holds it: lower-cased, without a possessive or a final dot."""
    return _POSSESSIVE.sub("", word.lower()).rstrip(".")


def _words(text: str) -> list[re.Match[str]]:
    return list(_WORD.finditer(text))


@lru_cache(maxsize=1)
def country_forms() -> dict[tuple[str, ...], str]:
    """Every name, alias and demonym of the packaged country table, as word keys -> country code
    (a form two countries share, "Congolese", is left out: it names neither for sure)."""
    entities, forms = read_countries(packaged_kb_dir())
    found: dict[tuple[str, ...], set[str]] = {}
    for entity in entities:
        extra = forms.get(entity.kb_id)
        demonyms = extra.demonyms if extra else []
        for surface in (entity.name, *entity.aliases, *demonyms):
            key = tuple(_key(m.group()) for m in _words(surface))
            if key:
                found.setdefault(key, set()).add(entity.kb_id)
    return {key: next(iter(codes)) for key, codes in found.items() if len(codes) == 1}


@lru_cache(maxsize=1)
def _longest_form() -> int:
    return max(len(key) for key in country_forms())


def country_names(text: str) -> list[CountryName]:
    """The country names, aliases and demonyms ``text`` states, in order, the longest match at each
    place, whatever the case ("CHILEAN COPPER OUTPUT", "Japan's exports", "U.S. SALES")."""
    words = _words(text or "")
    keys = [_key(m.group()) for m in words]
    forms, longest = country_forms(), _longest_form()
    found: list[CountryName] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            code = forms.get(tuple(keys[i : i + n]))
            if code is not None:
                start, end = words[i].start(), words[i + n - 1].end()
                found.append(CountryName(start, end, text[start:end], " ".join(keys[i : i + n]), code))
                i += n
                break
        else:
            i += 1
    return found
