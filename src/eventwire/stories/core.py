"""A story's core: its first reports. A new report joins a story only when it is close to the core too,
not only to one member: single links between related reports (an appeal, then a confirmation hearing of
the same week, then an executive order) would otherwise chain a story away from the happening it began
with. The check is bounded: a few stored profiles per story that a report scores high enough against.

A story is bounded in time too (round 5): a dated report does not join a story whose dated core reports
were all published more than ``CORE_DAYS`` from it (reports of one happening and its follow-ups come
within days; a thread of weeks is several stories). Undated reports, stories with an undated core, and
a report whose closest report in the story is undated (its time is unknown: nothing says the two are
far apart) are exempt.

Round 18, threads: a dense week's reports of one topic (a minister's tour, stop after stop; one official's
statement after another) chain through single links a day apart, each new report near enough to the
core's topic (``CORE_SCORE``). A dated report whose happening day (its lede's day, else its publication:
``days.happening_day``) is more than ``THREAD_DAYS`` from every dated core report's must be as close to the
core as a report joining it (``JOIN_SCORE``): the same happening told days later leads with its day or
repeats its specifics. Only within ``THREAD_WINDOW_DAYS`` of the core (the dense fortnight); the same
exemptions hold.

Round 20, a dense week's days: one topic's happenings a day apart (a refusal on Monday, the reply on
Tuesday) are told in the same words and names, and each new one is close to the story's first reports.
A report of a known outlet whose happening (``days.happening_span``: its lede's day, else the day before
its publication to that day) is at least ``SEPARATE_DAYS`` from every dated core report's of a known
outlet, within ``THREAD_WINDOW_DAYS``, and after the day each dated core report was published, and whose
lede states none of their days (nor theirs its day: ``days.days_apart``) reports another happening of the
topic: it joins only as a retelling, as close to the core as ``RETELL_SCORE``, whichever member it is
closest to. A document without an outlet (a web page) may carry a capture or update date rather than a
news cycle's, so it is left out; the same exemptions hold.

Round 21, aftermath: a death's tributes the next day, a crash's black box found days into the search, a
storm's landfall are told on later days without the first day, yet they are the happening's. A report of
another day whose headline or lede tells an aftermath (``happenings.aftermath_words``) needs the join
score against the core (as a thread's later report), not a retelling's.
"""

from __future__ import annotations

from eventwire.stories.days import days_apart, happening_day, happening_span, read_day
from eventwire.stories.grouping import (
    BRIDGE_SCORE,
    BRIDGE_SCORE_WITH_MEANING,
    JOIN_SCORE,
    JOIN_SCORE_WITH_MEANING,
    ProfiledArticle,
    StoryScore,
    published_near,
)
from eventwire.stories.happenings import different_kinds
from eventwire.stories.profile import Profile
from eventwire.stories.similarity import SAME_DAYS, profile_bags, story_similarity
from eventwire.stories.weights import TermWeights

# Chosen on the dev half of the ECB+ topics and the dai2017 chaining figures (docs/stories.md).
CORE_SIZE = 3  # a story's first reports (by publication date, then article id) that make its core
CORE_SCORE = 0.15  # the least similarity to the closest core report, for scores of words and names
CORE_SCORE_WITH_MEANING = 0.3  # the same with sentence embeddings (their scores run higher)
# The most days between a report and its story's nearest dated core report. From the data: dated ECB+
# reports of one seminal event run up to 55-58 days from their first ones (follow-ups weeks later), and
# a bound of 14-42 days costs the dev topics 0.007 of F1 (docs/stories.md, round 5); at 14 days it
# cuts dai2017's longest chain from 42 reports to 26.
CORE_DAYS = 60
# Round 18, threads: the most days between a report's happening and its story core's for the core score
# to suffice; a report of a later day must be as close to the core as a report joining it (JOIN_SCORE).
THREAD_DAYS = 2
# ... within the fortnight a topic's news is dense (similarity.SAME_DAYS: no date discount yet). A report
# weeks later that still scores high against a member is a retrospective of the happening (ECB+: a trial
# six weeks after the crime, one seminal event); the date factor and CORE_DAYS govern it.
THREAD_WINDOW_DAYS = SAME_DAYS
# Round 20: a report whose happening is this many days or more from every dated core report's, stating
# none of their days, reports another happening of the topic; it joins only as close to the core as a
# report bridging two stories (a retelling in the core's own words).
SEPARATE_DAYS = 1
RETELL_SCORE = BRIDGE_SCORE
RETELL_SCORE_WITH_MEANING = BRIDGE_SCORE_WITH_MEANING


def core_similarity(profile: Profile, core: list[ProfiledArticle], weights: TermWeights) -> float:
    """The similarity of a report to the closest of a story's core reports (0 for an empty core)."""
    mine = profile_bags(profile, weights)
    scores = (
        story_similarity(profile, c.dated_profile(profile.published), weights, mine).score for c in core
    )
    return max(scores, default=0.0)


def core_threshold(profile: Profile, later: bool = False) -> float:
    """The core score a report needs, with or without sentence embeddings; ``later``: its happening is
    days from the core's (``later_happening``), so it needs the join score."""
    meaning = profile.embedding is not None
    if later:
        return JOIN_SCORE_WITH_MEANING if meaning else JOIN_SCORE
    return CORE_SCORE_WITH_MEANING if meaning else CORE_SCORE


def later_happening(profile: Profile, core: list[ProfiledArticle]) -> bool:
    """A dated report whose happening day (its lede's day, else its publication: ``days.happening_day``)
    is more than ``THREAD_DAYS`` from every dated core report's, and at most ``THREAD_WINDOW_DAYS`` from
    the nearest: the next happening of a thread, unless it is as close to the core as a report of the
    happening itself."""
    mine = happening_day(profile.evidence.days, profile.published)
    theirs = [happening_day(c.profile.evidence.days, c.profile.published) for c in core]
    dated = [day for day in theirs if day is not None]
    if mine is None or not dated:
        return False
    nearest = min(abs((mine - day).days) for day in dated)
    return THREAD_DAYS < nearest <= THREAD_WINDOW_DAYS


def another_days_happening(profile: Profile, core: list[ProfiledArticle]) -> bool:
    """A dated outlet's report whose happening is ``SEPARATE_DAYS`` or more (at most
    ``THREAD_WINDOW_DAYS``) from every dated outlet's core report's and after each dated core report was
    published, and whose lede states none of their days, nor theirs its day (``days.days_apart``):
    another day's happening of the topic, unless it retells the core."""
    if not profile.evidence.outlet:
        return False
    gaps = [
        days_apart(profile.evidence.days, profile.published, c.profile.evidence.days, c.profile.published)
        for c in core
        if c.profile.evidence.outlet
    ]
    dated = [gap for gap in gaps if gap is not None]
    if not dated or not SEPARATE_DAYS <= min(dated) <= THREAD_WINDOW_DAYS:
        return False
    return all(happened_after(profile, c.profile) for c in core if c.profile.published)


def happened_after(later: Profile, earlier: Profile) -> bool:
    """Whether a report's happening (its earliest possible day, ``days.happening_span``) falls after the
    day another report was published: that report cannot be telling it (one news cycle's reports, or a
    report that arrives after a later one, may differ in the days their ledes tell)."""
    span = happening_span(later.evidence.days, later.published)
    published = read_day(earlier.published)
    return span is not None and published is not None and span[0] > published


def retell_threshold(profile: Profile) -> float:
    """The core score a report of another day needs (``another_days_happening``): a retelling's."""
    return RETELL_SCORE_WITH_MEANING if profile.embedding is not None else RETELL_SCORE


def tells_aftermath(profile: Profile) -> bool:
    """Whether a report's headline or lede tells a happening's aftermath (tributes, a black box found, a
    landfall: ``happenings.aftermath_words``): a happening's own later day, more likely than another
    happening of the topic."""
    return bool(profile.evidence.aftermath)


def another_day_threshold(profile: Profile) -> float:
    """The core score a report of another day's happening needs: a thread's later report's when it tells
    an aftermath, else a retelling's."""
    if tells_aftermath(profile):
        return core_threshold(profile, later=True)
    return retell_threshold(profile)


def far_from_core(profile: Profile, core: list[ProfiledArticle]) -> bool:
    """A dated report published more than ``CORE_DAYS`` from every dated report of the core."""
    dated = [c.profile.published for c in core if c.profile.published]
    if not profile.published or not dated:
        return False
    return not any(published_near(profile.published, day, CORE_DAYS) for day in dated)


def another_kind(profile: Profile, core: list[ProfiledArticle]) -> bool:
    """The report's main happening is of another kind than that of every core report telling a kind of
    its family, and one does (``happenings.different_kinds``): a weapons test's report that retells, further
    down, the meeting a tour's story is about."""
    told = [different_kinds(profile.evidence.kinds, c.profile.evidence.kinds) for c in core]
    return True in told and False not in told


def near_core(profile: Profile, found: StoryScore, core: list[ProfiledArticle], weights: TermWeights) -> bool:
    """Whether a report that scores ``found`` against a story is close enough to the story's ``core``:
    at once when its closest report is in the core (or the core is unknown), never when it was published
    far from the core's dates, and with the join score when its happening is days from the core's (round
    18: a thread's next happening), unless its closest report is undated; a report of another day's
    happening (round 20) only as a retelling, even when its closest report is in the core, or as a thread's
    later report when it tells an aftermath (round 21). A report joining by an event key (``by_event``)
    whose main happening is of another kind than the core's (round 28, ``another_kind``) does not join:
    the event is one it retells."""
    if found.by_event and core and another_kind(profile, core):
        return False
    if core and not found.undated and far_from_core(profile, core):
        return False
    if core and not found.undated and another_days_happening(profile, core):
        return core_similarity(profile, core, weights) >= another_day_threshold(profile)
    if not core or found.article_id in {c.article_id for c in core}:
        return True
    later = not found.undated and later_happening(profile, core)
    return core_similarity(profile, core, weights) >= core_threshold(profile, later)
