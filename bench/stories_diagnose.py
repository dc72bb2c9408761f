"""Why ECB+ grouping loses B-cubed F1 (``bench/stories_eval.py --diagnose``): the loss split, counted over
pairs of documents of one topic, into over-merging (two seminal events joined in one story) and
under-merging (one seminal event split), with the evidence behind each.

For every pair of one topic (the dev topics by default) the two stored profiles are compared as the
grouping compares them (``stories.story_similarity`` with the database's term weights):

- over-merged pairs (two happenings, one story): how similar they are (a direct join at the join score,
  or a chain of weaker links), which conflicts fired, and which specifics both state that differ or agree
  (years, full dates, numbers, lede people, countries) — the evidence that could have kept them apart;
- under-merged pairs (one happening, two stories): whether a conflict split them (which kind) or their
  similarity is too low (missing similarity);
- the firing of every conflict kind on the different-happening and the same-happening pairs of the
  topics: a precise signal fires on the first and seldom on the second.
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.store import Store
    from eventwire.stories import Evidence
    from eventwire.stories.profile import Profile

SCORE_BANDS = (0.0, 0.1, 0.15, 0.2, 0.25, 0.4, 1.01)


@dataclass(slots=True)
class PairView:
    """One pair of documents of one topic, as the grouping sees it."""

    a: str
    b: str
    same_gold: bool
    same_story: bool
    score: float
    before_conflict: float
    conflicts: list[str]
    agreements: list[str]
    compared: list[str]
    specifics: dict[str, str]  # specific kind -> "agree" / "differ" (both state it)


def _agreement(x: Iterable[object], y: Iterable[object]) -> str | None:
    """ "agree" when two stated collections share a value, "differ" when not, None when one is empty."""
    x, y = set(x), set(y)
    if not x or not y:
        return None
    return "agree" if x & y else "differ"


def specifics_of(ea: Evidence, eb: Evidence) -> dict[str, str]:
    """Which specifics both reports state, and whether they agree (any value shared)."""
    ages = ea.quantities.get("age", []), eb.quantities.get("age", [])
    magnitudes = ea.quantities.get("magnitude", []), eb.quantities.get("magnitude", [])
    found = {
        "years": _agreement(ea.years, eb.years),
        "lede people": _agreement(ea.lede_people, eb.people),
        "lede subject": _agreement(
            [ea.main_person] if ea.main_person else [], [eb.main_person] if eb.main_person else []
        ),
        "lede countries": _agreement(ea.lede_countries, eb.countries),
        "ages": _agreement(*ages),
        "magnitudes": _agreement(*magnitudes),
    }
    return {k: v for k, v in found.items() if v}


def event_types_of(a: Profile, b: Profile) -> dict[str, str]:
    """Whether the event types the events stage coded in both reports share one (when both have any)."""
    found = _agreement((kind for kind, _ in a.events), (kind for kind, _ in b.events))
    return {"event types": found} if found else {}


def pair_views(
    store: Store, gold: dict[str, str], topic: dict[str, int], predicted: dict[str, str]
) -> list[PairView]:
    """Every pair of documents of one topic among ``gold``'s, with its similarity and evidence."""
    from eventwire.stories import story_similarity

    ids = sorted(gold)
    with store.transaction() as writer:
        profiles = {p.article_id: p.profile for p in writer.story_profiles(ids)}
        weights = writer.term_weights(set().union(*(p.vocabulary() for p in profiles.values())))
    out = []
    for a, b in itertools.combinations(ids, 2):
        if topic[a] != topic[b] or a not in profiles or b not in profiles:
            continue
        s = story_similarity(profiles[a], profiles[b], weights)
        out.append(
            PairView(
                a,
                b,
                gold[a] == gold[b],
                predicted[a] == predicted[b],
                s.score,
                s.before_conflict,
                s.conflicts,
                s.agreements,
                s.compared,
                specifics_of(profiles[a].evidence, profiles[b].evidence)
                | event_types_of(profiles[a], profiles[b]),
            )
        )
    return out


def _band(score: float) -> str:
    for lo, hi in itertools.pairwise(SCORE_BANDS):
        if lo <= score < hi:
            return f"[{lo:.2f}, {min(hi, 1.0):.2f})"
    return "?"


def _print_counts(title: str, counts: Counter, total: int) -> None:
    print(f"    {title}:")
    for key, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print(f"      {key!s:40} {n:5}  {n / max(total, 1):6.1%}")


def print_over_merged(pairs: list[PairView]) -> None:
    over = [p for p in pairs if p.same_story and not p.same_gold]
    print(f"  over-merged pairs (two seminal events of one topic in one story): {len(over)}")
    _print_counts(
        "direct similarity (below the join score: joined through a chain)",
        Counter(_band(p.score) for p in over),
        len(over),
    )
    none = Counter(none=sum(1 for p in over if not p.conflicts))
    _print_counts("conflicts fired", Counter(k for p in over for k in p.conflicts) + none, len(over))
    _print_counts("agreements found", Counter(k for p in over for k in p.agreements), len(over))
    _print_counts(
        "specifics both state", Counter(f"{k}: {v}" for p in over for k, v in p.specifics.items()), len(over)
    )
    nothing = sum(1 for p in over if not p.specifics)
    print(f"      no specific stated by both: {nothing} ({nothing / max(len(over), 1):.1%})")


def print_under_merged(pairs: list[PairView], join: float) -> None:
    under = [p for p in pairs if p.same_gold and not p.same_story]
    print(f"  under-merged pairs (one seminal event in several stories): {len(under)}")
    split_by = Counter(
        "conflict: " + "+".join(p.conflicts)
        if p.conflicts and p.before_conflict >= join
        else "similarity below the join score"
        if p.before_conflict < join
        else "scores enough (chain / core / order)"
        for p in under
    )
    _print_counts("what split them", split_by, len(under))
    _print_counts("similarity before conflicts", Counter(_band(p.before_conflict) for p in under), len(under))
    _print_counts("agreements found", Counter(k for p in under for k in p.agreements), len(under))
    _print_counts(
        "specifics both state",
        Counter(f"{k}: {v}" for p in under for k, v in p.specifics.items()),
        len(under),
    )


def print_signal_table(pairs: list[PairView]) -> None:
    diff = [p for p in pairs if not p.same_gold]
    same = [p for p in pairs if p.same_gold]
    kinds = sorted({k for p in pairs for k in p.compared} | {k for p in pairs for k in p.specifics})
    print(
        "  conflicts (or specifics that differ) over the topics' pairs: different happenings / one happening"
    )
    for kind in kinds:
        d = sum(1 for p in diff if kind in p.conflicts or p.specifics.get(kind) == "differ")
        s = sum(1 for p in same if kind in p.conflicts or p.specifics.get(kind) == "differ")
        print(f"    {kind:20} {d / max(len(diff), 1):6.1%} / {s / max(len(same), 1):6.1%}   ({d} / {s})")
    print("  agreements over the topics' pairs: different happenings / one happening")
    for kind in sorted({k for p in pairs for k in p.agreements}):
        d = sum(1 for p in diff if kind in p.agreements)
        s = sum(1 for p in same if kind in p.agreements)
        print(f"    {kind:20} {d / max(len(diff), 1):6.1%} / {s / max(len(same), 1):6.1%}   ({d} / {s})")


FEATURES = ("years", "lede people", "lede subject", "lede countries", "ages", "event types")


def print_features_by_error(pairs: list[PairView], join: float) -> None:
    """Per kind of error, each feature's state over its pairs (agree / differ / not stated by both): an
    over-merge a feature could have prevented differs there; a split it could have prevented agrees."""
    kinds = {
        "over-merged": [p for p in pairs if p.same_story and not p.same_gold],
        "under-merged": [p for p in pairs if p.same_gold and not p.same_story],
        "right, two happenings": [p for p in pairs if not p.same_story and not p.same_gold],
        "right, one happening": [p for p in pairs if p.same_story and p.same_gold],
    }
    print("  features by kind of pair: agree / differ / not stated by both")
    for kind, group in kinds.items():
        n = max(len(group), 1)
        cells = []
        for feature in FEATURES:
            agree = sum(1 for p in group if p.specifics.get(feature) == "agree")
            differ = sum(1 for p in group if p.specifics.get(feature) == "differ")
            cells.append(f"{feature} {agree / n:.0%}/{differ / n:.0%}/{(n - agree - differ) / n:.0%}")
        words = sum(1 for p in group if p.before_conflict >= join)
        print(f"    {kind} ({len(group)}): before conflicts >= join {words / n:.0%}; " + "; ".join(cells))


def pair_auc(pairs: list[PairView]) -> float:
    """The chance that a pair of one happening outscores a pair of two (ties count half): how well the
    score ranks the topics' pairs, whatever the threshold."""
    same = sorted(p.score for p in pairs if p.same_gold)
    diff = sorted(p.score for p in pairs if not p.same_gold)
    if not same or not diff:
        return float("nan")
    wins = 0.0
    for x in same:
        below, up_to = bisect.bisect_left(diff, x), bisect.bisect_right(diff, x)
        wins += below + (up_to - below) / 2
    return wins / (len(same) * len(diff))


def diagnose(
    store: Store, gold: dict[str, str], topic: dict[str, int], predicted: dict[str, str], join: float
) -> None:
    """Print the loss split and its evidence (see the module docstring)."""
    pairs = pair_views(store, gold, topic, predicted)
    print(f" diagnosis over {len(pairs)} pairs of one topic ({len(gold)} documents):")
    print(f"  AUC of the score over these pairs (one happening above two): {pair_auc(pairs):.3f}")
    print_over_merged(pairs)
    print_under_merged(pairs, join)
    print_features_by_error(pairs, join)
    print_signal_table(pairs)
