"""The kinds of happening a report's headline and lede tell (a firing, an arrest, an earthquake), from the
word forms in ``data/stories/happenings.yaml``: "what" evidence for happenings the political event coder
does not code. Kinds come in families whose kinds exclude each other as a report's main happening.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from eventwire.stories.datafiles import read_data

_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@lru_cache(maxsize=1)
def kind_forms() -> dict[tuple[str, ...], str]:
    """Word forms (as tuples of words) -> "family/kind", read once from the data file."""
    forms: dict[tuple[str, ...], str] = {}
    for family, kinds in read_data("happenings.yaml")["families"].items():
        for kind, words in kinds.items():
            forms.update({tuple(str(w).lower().split()): f"{family}/{kind}" for w in words})
    return forms


FormTable = Callable[[], dict[tuple[str, ...], str]]


@lru_cache(maxsize=4)
def _longest(table: FormTable) -> int:
    """The most words a form of a (cached) table has."""
    return max(map(len, table()), default=1)


def _forms_found(text: str, table: FormTable) -> list[str]:
    """The values of a table's word forms (tuples of lower-cased words) the text uses, sorted."""
    words = [w.lower() for w in _WORDS.findall(text)]
    forms, longest = table(), _longest(table)
    found = {
        value
        for i in range(len(words))
        for n in range(1, longest + 1)
        if (value := forms.get(tuple(words[i : i + n])))
    }
    return sorted(found)


def happening_kinds(text: str) -> list[str]:
    """The "family/kind" names whose word forms the text uses, sorted."""
    return _forms_found(text, kind_forms)


def family(kind: str) -> str:
    """The family of a "family/kind" name."""
    return kind.split("/", 1)[0]


def main_kinds(headline: str | None, lede: str) -> list[str]:
    """The kinds of a report's main happening: of each family, the kinds its headline tells, else those
    its lede tells (a weapons test's headline, whose lede adds that a minister "visits" the region, tells
    a test), sorted."""
    told = happening_kinds(headline or "")
    headline_families = {family(k) for k in told}
    return sorted({*told, *(k for k in happening_kinds(lede) if family(k) not in headline_families)})


@lru_cache(maxsize=1)
def aftermath_forms() -> dict[tuple[str, ...], str]:
    """Word forms of a happening's aftermath (as tuples of words) -> the form as written (round 21)."""
    words = read_data("happenings.yaml")["aftermath"]["words"]
    return {tuple(str(w).lower().split()): str(w).lower() for w in words}


def aftermath_words(text: str) -> list[str]:
    """The aftermath forms the text uses ("tributes", "black box", "landfall"), sorted."""
    return _forms_found(text, aftermath_forms)


def different_kinds(a: list[str], b: list[str]) -> bool | None:
    """Both tell kinds of one family and share none of that family's kinds (None: no family both tell)."""
    told = None
    for family in {k.split("/", 1)[0] for k in a} & {k.split("/", 1)[0] for k in b}:
        mine = {k for k in a if k.startswith(family + "/")}
        theirs = {k for k in b if k.startswith(family + "/")}
        if not mine & theirs:
            return True
        told = False
    return told
