"""Whether two reports state the same specifics of one happening (round 9): the counterpart of
``conflict.py``. Reports of one happening told in different words (a brief and a long report, an early
report and the charge days later) often score low on words; the specifics they share — the victim's age,
the person the lede is about — are rare by chance between two happenings. Each agreement found raises
the story similarity by its factor (``AGREEMENT_FACTORS``), never above 1.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from eventwire.stories.evidence import Evidence

# Chosen on the dev half of the ECB+ topics (docs/stories.md, round 9).
AGREEMENT_FACTORS = {"age": 1.5, "subject": 1.3}
# Specifics agree only between reports published within this many days (or undated): the same person
# leads the news of many happenings over weeks (a nominee confirmed, then recused), one happening's
# reports come within days.
AGREEMENT_DAYS = 3


@dataclass(slots=True)
class Agreement:
    """The kinds of specifics both reports state alike, and the factor they raise the similarity by."""

    kinds: list[str]
    factor: float


def published_close(a: str | None, b: str | None) -> bool:
    """Published within ``AGREEMENT_DAYS`` of each other, or either undated (or unreadable)."""
    try:
        return (
            not a
            or not b
            or abs((date.fromisoformat(a[:10]) - date.fromisoformat(b[:10])).days) <= AGREEMENT_DAYS
        )
    except ValueError:
        return True


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
    by kind, default ``AGREEMENT_FACTORS``); none between reports published more than
    ``AGREEMENT_DAYS`` apart."""
    if not published_close(a_published, b_published):
        return Agreement([], 1.0)
    found = {"age": same_age(a, b), "subject": same_subject(a, b)}
    kinds = [k for k, hit in found.items() if hit]
    return Agreement(kinds, math.prod((factors or AGREEMENT_FACTORS)[k] for k in kinds))
