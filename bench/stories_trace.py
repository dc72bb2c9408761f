"""Why reports of one ECB+ seminal event end in several stories, traced at arrival (round 21).

Usage:
    PYTHONPATH=src:bench .venv/bin/python bench/stories_trace.py --cache /tmp/st21/ecb.pkl [--seeds 13 1 2]

Only the dev topics' documents are ingested (the held-out ones are not read), through ``pipeline.Ingest`` as
``bench/stories_eval.py`` does. Each time a report arrives while reports of its seminal event are stored
already, its assignment is recorded with what it saw; at the end a report counts as **missed** when its
final story holds none of those earlier reports (one happening split), and as a **wrong join** when it
joined a story at arrival that held no report of its seminal event (two happenings merged). A missed report
is put in the first class that explains it:

- ``never compared``: no earlier report of its event was among the articles the grouping compared (the
  term keys shared and the related event keys);
- ``joined another story first``: a report of its event scored the join score, but another story scored
  higher and took it (the sibling's story was below the bridge score, or its core refused a bridge);
- ``core: ...``: the best sibling story scored enough, and the core check refused it (``far`` from the
  core's dates, ``another day`` — round 20's rule, ``thread`` — round 18's, ``score`` — under the core
  score);
- below the join score: ``conflict`` (the score before conflicts reached the join score), ``date factor``
  (the publication gap's discount made the difference), ``agreement`` (none), else ``low similarity``,
  split by whether the two share a name and whether the hand-set score (no pair model) would have joined.

Printed per arrival order and summed: B-cubed P / R / F1 of the dev topics, the counts of each class, and
the wrong joins by how they joined (copy, event key, similarity band).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench")]

import stories_eval as se  # noqa: E402
from eventwire import stories  # noqa: E402
from eventwire.stories import assign, core, grouping, similarity  # noqa: E402
from eventwire.stories.grouping import StoryScore  # noqa: E402
from eventwire.stories.keys import story_keys, term_keys  # noqa: E402

DEV = "dev topics (1st, 3rd, ...)"


@dataclass(slots=True)
class Arrival:
    """One report's assignment, with the reports of its seminal event stored before it."""

    article_id: str
    siblings: list[str]
    joined: list[str]
    how: str
    why: str = ""
    details: dict[str, object] = field(default_factory=dict)


def pair_score(profile, other, weights) -> float:
    """A new report's score against a stored one, as the grouping compares them."""
    return similarity.story_similarity(profile, other.dated_profile(profile.published), weights).score


def _core_refusal(profile, found: StoryScore, index) -> str | None:
    """Which part of the core check refuses ``found`` (None: it passes)."""
    members = index.story_profiles(index.story_core(found.story_id, core.CORE_SIZE))
    vocabulary = profile.vocabulary().union(*(c.profile.vocabulary() for c in members))
    weights = index.term_weights(vocabulary)
    if core.near_core(profile, found, members, weights):
        return None
    if members and not found.undated and core.far_from_core(profile, members):
        return "core: far"
    if members and not found.undated and core.another_days_happening(profile, members):
        return "core: another day"
    if not found.undated and core.later_happening(profile, members):
        return "core: thread"
    return "core: score"


def _below_join(profile, sibling, weights, join: float) -> str:
    """Why the best sibling pair scored under the join score."""
    s = similarity.story_similarity(profile, sibling.dated_profile(profile.published), weights)
    if s.conflicts and s.before_conflict >= join:
        return "conflict: " + "+".join(sorted(s.conflicts))
    if s.date_factor < 1 and s.score / s.date_factor >= join:
        return "date factor"
    shared = set(profile.names) & set(sibling.profile.names)
    similarity.USE_PAIR_MODEL = False
    try:
        hand = similarity.story_similarity(profile, sibling.dated_profile(profile.published), weights).score
    finally:
        similarity.USE_PAIR_MODEL = True
    name = "a name shared" if shared else "no name shared"
    bar = "hand-set joins" if hand >= join else "hand-set too"
    words = "words < 0.2" if s.words < 0.2 else "words >= 0.2"
    return f"low similarity: {name}; {words}; {bar}"


def explain_miss(
    article, mentions, events, index, profile, siblings: set[str], joined_first: str | None
) -> str:
    """The first class that explains why a report did not join its event's stored reports."""
    keys = story_keys(article.text, events)
    wanted, latest = grouping.keys_to_read(keys)
    candidates = index.candidates(wanted, assign.KEY_CANDIDATES, latest)
    match = grouping.matching_stories(keys, candidates, article.published)
    terms = term_keys(profile, index.term_weights(profile.vocabulary()))
    found = index.term_articles(terms, article.published, assign.WINDOW_DAYS, assign.PER_KEY)
    compared = {*grouping.likely_articles(found), *match.related}
    others = index.story_profiles(compared)
    mine = [o for o in others if o.article_id in siblings]
    if not mine:
        return "never compared: " + why_not_compared(article, profile, index, terms, siblings)
    vocabulary = profile.vocabulary().union(*(o.profile.vocabulary() for o in others))
    weights = index.term_weights(vocabulary)
    join = grouping.JOIN_SCORE
    ranked = grouping.ranked_stories(profile, others, weights, 0.0)
    sibling_stories = {o.story_id for o in mine}
    best_sibling = next((r for r in ranked if r.story_id in sibling_stories), None)
    if best_sibling is None or best_sibling.score < join:
        closest = max(mine, key=lambda o: pair_score(profile, o, weights))
        return _below_join(profile, closest, weights, join)
    refusal = _core_refusal(profile, best_sibling, index)
    if refusal:
        return refusal
    if joined_first and joined_first not in sibling_stories:
        return "joined another story first"
    return "joined, split later (merge order)"


def why_not_compared(article, profile, index, terms: list[str], siblings: set[str]) -> str:
    """Why no stored report of the event was among the compared: outside the publication window, cut by
    the per-key limit, or sharing fewer than ``MIN_SHARED_TERMS`` term keys."""

    def reached(window: int, per_key: int) -> bool:
        found = index.term_articles(terms, article.published, window, per_key)
        return bool(siblings & set(grouping.likely_articles(found, limit=10**6)))

    if reached(assign.WINDOW_DAYS, 10**6):
        return "the per-key or compared limit"
    if reached(3000, 10**6):
        return "outside the publication window"
    shared = Counter(index.term_articles(terms, None, 3000, 10**6))
    best = max((shared[s] for s in siblings), default=0)
    would = would_score(profile, index, siblings)
    return f"{best} term key(s) shared (< {grouping.MIN_SHARED_TERMS}); {would}"


def would_score(profile, index, siblings: set[str]) -> str:
    """Whether the best stored report of the event would have scored the join score, had it been compared."""
    mine = index.story_profiles(siblings)
    vocabulary = profile.vocabulary().union(*(o.profile.vocabulary() for o in mine))
    weights = index.term_weights(vocabulary)
    best = max((pair_score(profile, o, weights) for o in mine), default=0.0)
    return "would score the join score" if best >= grouping.JOIN_SCORE else "would score under it"


def how_joined(found) -> str:
    if not found.story_ids:
        return "new story"
    if found.copy_of:
        return "copy"
    if found.similar is None:
        return "event key"
    score = found.similar.score
    return "similarity " + ("< 0.3" if score < 0.3 else "< 0.4" if score < 0.4 else ">= 0.4")


def trace_order(seed: int, analyses: dict, shared: Path, db: Path) -> tuple[tuple, Counter, Counter, list]:
    """Ingest the dev documents in one arrival order with the assignment traced."""
    articles, gold, topic = se.ecb_articles(shared, seed, None)
    dev = se.topic_halves(gold, topic)[DEV]
    articles = [a for a in articles if a.article_id in dev]
    arrivals: list[Arrival] = []
    real = stories.assign_story

    def traced(article, mentions, events, index, profile=None):
        found = real(article, mentions, events, index, profile)
        stored = [p for p in index.story_profiles([a for a in dev if dev[a] == dev.get(article.article_id)])]
        siblings = [p.article_id for p in stored if p.article_id != article.article_id]
        sibling_stories = {p.story_id for p in stored if p.article_id != article.article_id}
        arrival = Arrival(article.article_id, siblings, list(found.story_ids), how_joined(found))
        if siblings and not sibling_stories & set(found.story_ids):
            first = found.story_ids[0] if found.story_ids else None
            arrival.why = explain_miss(article, mentions, events, index, found.profile, set(siblings), first)
        elif found.story_ids and not sibling_stories & set(found.story_ids):
            arrival.why = "wrong join"  # no report of its event stored, or none in the stories it joined
        elif set(found.story_ids) - sibling_stories:
            arrival.why = "wrong join"
            arrival.how = "bridged a story of another happening"
        arrivals.append(arrival)
        return found

    stories.assign_story = traced
    try:
        store, _ = se.ingest(articles, analyses, db)
    finally:
        stories.assign_story = real
    predicted = se.story_of(store)
    store.dispose()
    misses: Counter = Counter()
    wrong: Counter = Counter()
    for arrival in arrivals:
        final = predicted[arrival.article_id]
        if arrival.siblings and all(predicted[s] != final for s in arrival.siblings):
            misses[arrival.why or "joined, split later (merge order)"] += 1
        if arrival.why == "wrong join":
            wrong[arrival.how] += 1
    return se.b_cubed(dev, predicted), misses, wrong, arrivals


def _print(title: str, counts: Counter) -> None:
    total = sum(counts.values())
    print(f"  {title}: {total}")
    for key, n in counts.most_common():
        print(f"    {key:60} {n:4}  {n / max(total, 1):6.1%}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--cache", type=Path, required=True)
    p.add_argument("--seeds", type=int, nargs="+", default=[13, 1, 2])
    args = p.parse_args()
    if not args.cache.exists():
        print(f"{args.cache}: no NLP cache (run bench/stories_eval.py --cache first)", file=sys.stderr)
        return 1
    analyses, _ = se.analyse_all([], args.cache, "ecb")
    all_misses: Counter = Counter()
    all_wrong: Counter = Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for seed in args.seeds:
            db = Path(tmp) / f"t{seed}.db"
            (pr, rc, f1), misses, wrong, _ = trace_order(seed, analyses, args.shared, db)
            print(f"order {seed}: dev B-cubed P {pr:.3f}  R {rc:.3f}  F1 {f1:.3f}")
            _print("missed reports (one happening split), by first cause", misses)
            _print("wrong joins at arrival (no report of its event in the story), by how", wrong)
            all_misses.update(misses)
            all_wrong.update(wrong)
    print(f"summed over orders {args.seeds}:")
    _print("missed reports", all_misses)
    _print("wrong joins", all_wrong)
    return 0


if __name__ == "__main__":
    sys.exit(main())
