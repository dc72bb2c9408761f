"""Whether two reports state the same specifics of one happening (round 9): the counterpart of
``conflict.py``. Reports of one happening told in different words (a brief and a long report, an early
report and the charge days later) often score low on words; the specifics they share — the victim's age,
the person the lede is about — are rare by chance between two happenings. Each agreement found raises
the story similarity by its factor (``AGREEMENT_FACTORS``), never above the bridge score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from eventwire.stories.evidence import Evidence, knowledge

# Chosen on the dev half of the ECB+ topics (docs/stories.md, round 9).
AGREEMENT_FACTORS = {"age": 1.5, "subject": 1.3}
# Specifics agree only when one of the two reports is undated: dated reports are told apart by their
# dates (the date factor, the "day" evidence), while the same person leads the news of many happenings
# on one day (a central bank's officials, a minister's round of talks: with same-day agreement the
# largest Reuters-21578 story grew 69 -> 78, and WikinewsSum lost precision with 1 or 3 days apart).
# An undated report (a press release, a translation, a text without its metadata) has no time to tell
# it apart: its specifics stand in.

# The most an agreement raises a score to: that of bridging two stories (grouping.BRIDGE_SCORE, with
# sentence embeddings grouping.BRIDGE_SCORE_WITH_MEANING). Agreement lifts a report of one happening told
# in other words to the join score; it does not make two reports look like copies.
AGREEMENT_CAP = 0.4
# Round 24: the quantities (data/stories/evidence.yaml) that are a happening's own, for same_number.
HAPPENING_QUANTITIES = ("magnitude",)
AGREEMENT_CAP_WITH_MEANING = 0.6


@dataclass(slots=True)
class Agreement:
    """The kinds of specifics both reports state alike, and the factor they raise the similarity by."""

    kinds: list[str]
    factor: float


def agreement_cap(with_meaning: bool) -> float:
    """The most an agreement raises a score to, for scores with or without sentence embeddings."""
    return AGREEMENT_CAP_WITH_MEANING if with_meaning else AGREEMENT_CAP


def one_undated(a: str | None, b: str | None) -> bool:
    """Whether at least one of two publication dates is unknown."""
    return not a or not b


def same_age(a: Evidence, b: Evidence) -> bool:
    """Both state a person's age, and one value is the same."""
    mine, theirs = a.quantities.get("age"), b.quantities.get("age")
    return bool(mine and theirs and set(mine) & set(theirs))


def same_subject(a: Evidence, b: Evidence) -> bool:
    """Both ledes are about the same person: the first person each names in full."""
    return bool(a.main_person) and a.main_person == b.main_person


def agreement(
    a: Evidence,
    a_published: str | None,
    b: Evidence,
    b_published: str | None,
    factors: dict[str, float] | None = None,
) -> Agreement:
    """The specifics two reports state alike, and the factor they raise a similarity by (``factors``:
    by kind, default ``AGREEMENT_FACTORS``); none when both reports are dated."""
    if not one_undated(a_published, b_published):
        return Agreement([], 1.0)
    found = {"age": same_age(a, b), "subject": same_subject(a, b)}
    kinds = [k for k, hit in found.items() if hit]
    return Agreement(kinds, math.prod((factors or AGREEMENT_FACTORS)[k] for k in kinds))


@lru_cache(maxsize=1)
def quantity_tolerances() -> dict[str, float]:
    """How far two stated quantities of one kind may differ and still agree (evidence.yaml)."""
    return {q.kind: q.tolerance for q in knowledge().quantities}


def same_number(a: Evidence, b: Evidence) -> bool:
    """Both state one of a happening's own numbers alike (round 24): a magnitude (within its tolerance), a
    toll of the dead or the hurt. Not an age: a person's age comes with every report about them (a
    manager backed, then sacked weeks later; two politicians of one age)."""
    tolerance = quantity_tolerances()
    quantities = any(
        abs(x - y) <= tolerance[kind]
        for kind in HAPPENING_QUANTITIES
        for x in a.quantities.get(kind, ())
        for y in b.quantities.get(kind, ())
    )
    return quantities or any(set(counts) & set(b.tolls.get(kind, ())) for kind, counts in a.tolls.items())


def named_lede_person(a: Evidence, b: Evidence) -> bool:
    """A person one lede names in full is named by the other report too (the victim, the suspect)."""
    return bool(set(a.lede_people) & set(b.people) or set(b.lede_people) & set(a.people))


def same_specifics(a: Evidence, b: Evidence) -> bool:
    """Round 24: two reports state one happening's specifics alike — a number of its own
    (``same_number``) and a person one lede names (``named_lede_person``): a brief and a report days
    later, told in other words."""
    return same_number(a, b) and named_lede_person(a, b)
