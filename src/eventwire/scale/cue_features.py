"""The features of one sentence-like unit the learned cue reads (``scale.learned``): what the cheap
pass already knows, nothing parsed.

Words and word pairs (lower case), the trigger lemmas whose pattern's words are all in the unit, the
cheap pass's flags (an event cue, a name, a pronoun, a country, a full name, an unfinished end), the
unit's position in the article, its length, quotation marks, digits and capitalised words, bucketed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

QUOTES = frozenset('"“”«»')
POSITION_EDGES = (1, 2, 3, 4, 6, 10, 20)
LENGTH_EDGES = (4, 8, 14, 22, 32, 45, 60)
CAPITAL_EDGES = (1, 2, 3, 5, 8)


@dataclass(frozen=True, slots=True)
class UnitFacts:
    """What the cheap pass found in a unit, as the features need it."""

    event: bool
    named: bool
    pronoun: bool
    country: bool
    full_name: bool
    finished: bool
    capitalised: int  # capitalised words that are not function words


def bucket(value: float, edges: Sequence[float]) -> int:
    """The number of the sorted ``edges`` at or below ``value``."""
    return bisect_right(edges, value)


def unit_features(
    piece: str, words: list[str], cue_lemmas: Iterable[str], facts: UnitFacts, index: int, count: int
) -> list[str]:
    """The named features of unit ``index`` of ``count`` whose text is ``piece``."""
    features = [f"w:{w}" for w in words]
    features += [f"b:{a}_{b}" for a, b in pairwise(words)]
    features += [f"c:{lemma}" for lemma in cue_lemmas]
    features += [name for name, on in _flags(facts).items() if on]
    features += _shape(piece, words, facts, index, count)
    return features


def _flags(facts: UnitFacts) -> dict[str, bool]:
    return {
        "f:event": facts.event,
        "f:named": facts.named,
        "f:pronoun": facts.pronoun,
        "f:country": facts.country,
        "f:full_name": facts.full_name,
        "f:unfinished": not facts.finished,
    }


def _shape(piece: str, words: list[str], facts: UnitFacts, index: int, count: int) -> list[str]:
    stripped = piece.strip()
    shape = [
        f"pos:{bucket(index, POSITION_EDGES)}",
        f"rel:{int(10 * index / max(count, 1))}",
        f"len:{bucket(len(words), LENGTH_EDGES)}",
        f"caps:{bucket(facts.capitalised, CAPITAL_EDGES)}",
    ]
    if any(c in QUOTES for c in piece):
        shape.append("s:quote")
    if stripped[:1] in QUOTES:
        shape.append("s:quote_start")
    if any(c.isdigit() for c in piece):
        shape.append("s:digit")
    if stripped.endswith("?"):
        shape.append("s:question")
    if stripped.endswith(":"):
        shape.append("s:colon")
    return shape
