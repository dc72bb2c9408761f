"""One outlet's series told apart (rounds 16 and 17): items of one outlet that tell different happenings
in one template — interviews of one candidate after another, one minister's talks with one counterpart
and then another, a running count's milestones weeks apart, one speaker's statements of one day on
different subjects. An outlet tells one happening once, with its follow-ups, so two of its items that
disagree on who, when or what about are two happenings; across outlets the same disagreements are common
within one happening (a lede's extra person is a source one outlet quotes and another does not), so
these conflicts are only between items of one known outlet (``Evidence.outlet``).
"""

from __future__ import annotations

from eventwire.stories.days import far_apart_days
from eventwire.stories.evidence import Evidence
from eventwire.stories.headline_people import different_headline_people
from eventwire.stories.headline_subject import different_subjects

MEETING_PARTIES = 2  # ledes naming this many parties alike tell of one meeting (round 17)


def unknown_share(lede_people: list[str], other_people: list[str]) -> float:
    """The share of one lede's people that the other report never names."""
    return len(set(lede_people) - set(other_people)) / len(lede_people)


def different_counterparts(a: Evidence, b: Evidence) -> bool | None:
    """Each lede names a party in full (not a source quoted) whom the other report never names: one
    minister's talks with one counterpart, then another (None: a lede names no party in full)."""
    if not a.lede_parties or not b.lede_parties:
        return None
    return unknown_share(a.lede_parties, b.people) > 0 and unknown_share(b.lede_parties, a.people) > 0


def one_outlet(a: Evidence, b: Evidence) -> bool:
    """Both reports come from one known outlet (round 16): its series of items in one template (its
    interviews of one candidate after another, one minister's talks of one day, a running count)."""
    return a.outlet is not None and a.outlet == b.outlet


def headline_or_lede_people(e: Evidence) -> list[str]:
    """The people a headline names, else (a headline naming nobody: "Two top diplomats discuss ...") the
    parties its lede names (round 17)."""
    return e.headline_people or e.lede_parties


def one_meeting(a: Evidence, b: Evidence) -> bool:
    """Both ledes name two parties or more alike: items on several subjects of one meeting between them."""
    return len(set(a.lede_parties) & set(b.lede_parties)) >= MEETING_PARTIES


def one_speaker(a: Evidence, b: Evidence) -> bool:
    """Both ledes name one person alike (the speaker), or neither names anyone in full (the parser
    missed the speaker)."""
    return bool(set(a.lede_people) & set(b.lede_people)) or not (a.lede_people or b.lede_people)


def different_statements(
    a: Evidence, a_published: str | None, b: Evidence, b_published: str | None
) -> bool | None:
    """One speaker's items of one day whose headlines share no subject word: statements on different
    subjects (None: published on different days or undated, items of one meeting, ledes naming different
    people, or a headline without subject words)."""
    if not a_published or not b_published or a_published[:10] != b_published[:10]:
        return None
    if one_meeting(a, b) or not one_speaker(a, b):
        return None
    return different_subjects(a.headline_subject, b.headline_subject)


def series_items_differ(
    a: Evidence, a_published: str | None, b: Evidence, b_published: str | None
) -> dict[str, bool | None]:
    """Two items of one outlet's series told apart: their headlines name different people (a nameless
    headline: its lede's parties), their ledes different parties, their happenings are weeks apart, or
    one speaker's headlines of one day share no subject word (None for reports of other or unknown
    outlets: there a lede's extra person is often a source one outlet quotes and another does not)."""
    if not one_outlet(a, b):
        return {"headline": None, "counterpart": None, "span": None, "topic": None}
    a_named, b_named = headline_or_lede_people(a), headline_or_lede_people(b)
    return {
        "counterpart": different_counterparts(a, b),
        "headline": different_headline_people(a_named, a.people, b_named, b.people),
        "span": far_apart_days(a.days, a_published, b.days, b_published),
        "topic": different_statements(a, a_published, b, b_published),
    }
