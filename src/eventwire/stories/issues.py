"""A template's next issue is no copy (round 8): a daily or weekly report repeats yesterday's text with new
figures ("The central bank said it provided the money market with 24 mln stg of help"; the next day, 85
mln), so its 4-word shingles make it a near-duplicate of every earlier issue. A near-duplicate published
on another day that states other figures or another period is a new happening of one template, not a
republication: it must earn its story by similarity, where the same evidence conflicts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from eventwire.stories.conflict import different_figures
from eventwire.stories.evidence import Evidence
from eventwire.stories.grouping import ProfiledArticle, StoryCandidate
from eventwire.stories.periods import different_periods
from eventwire.stories.profile import Profile

NEAR_DUPLICATE_KEYS = ("lsh:",)  # exact copies ("text:") state the same figures by construction


def another_issue(a: Evidence, a_published: str | None, b: Evidence, b_published: str | None) -> bool:
    """Two reports of one template for different days: other leading figures, or other periods."""
    return bool(different_figures(a, a_published, b, b_published) or different_periods(a.periods, b.periods))


def _other_day(profile: Profile, candidate: StoryCandidate) -> bool:
    return bool(
        candidate.key.startswith(NEAR_DUPLICATE_KEYS)
        and profile.published
        and candidate.published
        and candidate.published[:10] != profile.published[:10]
    )


def template_issues(
    profile: Profile,
    candidates: Iterable[StoryCandidate],
    read_profiles: Callable[[Iterable[str]], list[ProfiledArticle]],
) -> set[str]:
    """The near-duplicates among ``candidates`` that are another issue of the new report's template
    (``read_profiles``: the stored profiles of some articles, read only for near-duplicates of another
    day)."""
    others = {c.article_id for c in candidates if _other_day(profile, c)}
    if not others:
        return set()
    return {
        o.article_id
        for o in read_profiles(others)
        if another_issue(profile.evidence, profile.published, o.profile.evidence, o.profile.published)
    }


def without_issues(candidates: list[StoryCandidate], issues: set[str]) -> list[StoryCandidate]:
    """The candidates without the near-duplicate keys of another template issue."""
    return [c for c in candidates if not (c.article_id in issues and c.key.startswith(NEAR_DUPLICATE_KEYS))]
