"""Cross-validation of story grouping by topic, on the ECB+ dev topics only (round 13's driver, round 14's
bench): the figure that chooses pair features and settings without fitting them on the topics scored.

Usage:
    PYTHONPATH=src .venv/bin/python bench/stories_cv.py --cache /tmp/s12/ecb.pkl
        [--references deployed in_sample hand_set] [--variants base join=0.2 ...]
        [--features rare_words numbers+rare_words ...] [--folds 4] [--seeds 13 1 2] [--arrival] [--json OUT]

Only the dev documents are ingested (the held-out documents are not even read). The dev topics are split
into ``--folds`` folds by alternate topic. For each fold the pair model is refitted, as
``scripts/train_pair_scorer.py`` fits it (same pairs, features, L2 and scale), on the pairs of the other
folds' topics (``--arrival``, round 15: each pair scored with the term weights at the later report's
arrival, as the training script scores them); the dev documents are grouped through ``pipeline.Ingest``
in every arrival order (``--seeds``) with that model, and scored by B-cubed F1 on the fold's documents.
Printed: each fold's F1 (mean over orders) and the mean over folds, out of fold ("oof") for every variant
and feature set, and for the references (``deployed``: the model in ``data/stories/pair_scorer.yaml``;
``in_sample``: refitted on every dev topic; ``hand_set``: no model).

Variants: ``base`` (main's settings); ``join=``, ``bridge=``, ``core=`` (thresholds); ``C=`` (the model's
L2 strength); ``basic`` (words and names without interactions); ``majority=X`` (a story-level check: a
story of three or more compared reports is joined only if the report scores X or more against at least
half of them, not against one member only); round 15, a story's core chosen among its first members
(``MEMBERS_READ``, or N with ``central=N``) instead of its first ``CORE_SIZE`` reports: ``central`` (the
``CORE_SIZE`` members scoring highest on average against the others), ``union`` (one stand-in report with
every member's words and names); round 23, ``support=L:K`` (a story under the join score but at ``L`` or more
is kept when one name of the report is named by ``K`` of its compared reports) and ``undated_join=L`` (the
join score ``L`` for a report without a publication date; ``undated_join_dated=L`` and
``undated_join_undated=L``: only against a story whose closest report is dated, or undated); round 24,
``specifics=L`` (``grouping.SPECIFICS_SCORE``: a story whose member scores ``L`` and states the report's
specifics is joined or bridged; ``specifics=off``: never).
Feature sets (``bench/stories_cv_features.py``): candidate pair features, ``+`` between candidates
measured together.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "bench"), str(ROOT / "scripts")]

import numpy as np  # noqa: E402

import stories_cv_features as candidates  # noqa: E402
import stories_eval as se  # noqa: E402
import train_pair_scorer as tp  # noqa: E402
from eventwire.stories import assign, core, grouping, pairscore, similarity  # noqa: E402
from eventwire.stories.agreement import agreement  # noqa: E402
from eventwire.stories.grouping import ProfiledArticle  # noqa: E402
from eventwire.stories.profile import Profile  # noqa: E402

DEV = "dev topics (1st, 3rd, ...)"
CANDIDATE_PREFIX = "~"  # a training row's features of one candidate, kept apart until chosen
Row = tuple[dict[str, float], float, int, bool, str, str]  # features, hand-set, topic, same, a, b
THRESHOLDS = {
    "join": (grouping, "JOIN_SCORE"),
    "bridge": (grouping, "BRIDGE_SCORE"),
    "core": (core, "CORE_SCORE"),
}
DEFAULTS = {name: getattr(mod, attr) for name, (mod, attr) in THRESHOLDS.items()}
SPECIFICS_DEFAULT = grouping.SPECIFICS_SCORE


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0], epilog=__doc__.split("\n\n", 1)[1])
    p.formatter_class = argparse.RawDescriptionHelpFormatter
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--cache", type=Path, required=True, help="NLP analyses (bench/stories_eval.py --cache)")
    p.add_argument("--folds", type=int, default=4)
    p.add_argument("--seeds", type=int, nargs="+", default=[13, 1, 2], help="arrival orders")
    p.add_argument("--references", nargs="*", default=["deployed", "in_sample", "hand_set"])
    p.add_argument("--variants", nargs="*", default=["base"])
    p.add_argument(
        "--reference-variants", nargs="*", default=["base"], help="variants the references are run with"
    )
    p.add_argument(
        "--features", nargs="*", default=[], help="candidate sets, e.g. rare_words numbers+lede_words"
    )
    p.add_argument(
        "--arrival",
        action="store_true",
        help="training pairs scored with the term weights at the later report's arrival (keys end @arrival)",
    )
    p.add_argument(
        "--arrival-orders",
        type=int,
        nargs="+",
        default=[13],
        help="with --arrival: the training pairs of each of these arrival orders, stacked",
    )
    p.add_argument("--json", type=Path, help="results file: read to skip what is done, written as it goes")
    return p.parse_args()


class Folds:
    """The dev documents, their gold stories, and the fold of each (alternate dev topics)."""

    def __init__(self, shared: Path, n_folds: int) -> None:
        _, gold, topic = se.ecb_articles(shared, 13, None)
        self.shared = shared
        self.gold = se.topic_halves(gold, topic)[DEV]
        self.topic = {a: topic[a] for a in self.gold}
        fold_of = {t: i % n_folds for i, t in enumerate(sorted(set(self.topic.values())))}
        self.docs = [{a for a in self.gold if fold_of[self.topic[a]] == k} for k in range(n_folds)]

    def articles(self, seed: int) -> list:
        """The dev documents in arrival order ``seed``."""
        arts, _, _ = se.ecb_articles(self.shared, seed, None)
        return [a for a in arts if a.article_id in self.gold]


def pair_rows(folds: Folds, analyses: dict, arrival: bool = False, order: int = 13) -> list[Row]:
    """The training pairs of ``train_pair_scorer`` over the dev documents (every pair of one topic, the
    cross-topic pairs scoring ``CROSS_MIN``), with every candidate feature computed too; each pair scored
    with the term weights at the later report's arrival in arrival order ``order`` (``arrival``, round 15),
    else the final ones."""
    similarity.USE_PAIR_MODEL = False
    profiles, pair_weights = tp.stored_pairs(folds.articles(order), analyses, folds.gold, arrival)
    rows: list[Row] = []
    for a, b in itertools.combinations(sorted(profiles), 2):
        pa, pb = profiles[a], profiles[b]
        weights = pair_weights(a, b)
        s = similarity.story_similarity(pa, pb, weights)
        same_topic = folds.topic[a] == folds.topic[b]
        if not same_topic and s.score < tp.CROSS_MIN:
            continue
        alike = agreement(pa.evidence, pa.published, pb.evidence, pb.published).kinds
        f = pairscore.pair_features(s.words, s.names, s.meaning, s.conflicts, alike)
        for name, candidate in candidates.CANDIDATES.items():  # each candidate's own, kept apart
            f[CANDIDATE_PREFIX + name] = candidate(pa, pb, weights)  # type: ignore[assignment]
        rows.append((f, s.score, folds.topic[a] if same_topic else -1, folds.gold[a] == folds.gold[b], a, b))
    similarity.USE_PAIR_MODEL = True
    return rows


def with_candidates(features: dict, chosen: list[str]) -> dict[str, float]:
    """A row's features with those of the ``chosen`` candidates added."""
    out = {k: v for k, v in features.items() if not k.startswith(CANDIDATE_PREFIX)}
    for name in chosen:
        out.update(features[CANDIDATE_PREFIX + name])
    return out


def fitted(rows: list[Row], chosen: list[str], c: float = 1.0, base: tuple[str, ...] = tp.INTERACTIONS):
    """A ``PairModel`` fitted on ``rows`` as the training script fits it, with the ``chosen`` candidates'
    features."""
    r4 = [(with_candidates(f, chosen), h, t, y) for f, h, t, y, *_ in rows]
    extra = [n for name in chosen for n in candidates.FEATURE_NAMES[name]]
    names = tp.feature_names(r4, (*base, *extra), True)
    x, y = tp.matrix(r4, names)
    m = tp.fit(x, y, c)
    knots = tp.scale_knots(m.predict_proba(x)[:, 1], np.array([h for _, h, *_ in r4]))
    coefficients = dict(zip(names, map(float, m.coef_[0]), strict=True))
    return pairscore.PairModel(float(m.intercept_[0]), coefficients, tuple(tuple(k) for k in knots))


def use_model(model: pairscore.PairModel | None) -> None:
    """Score pairs with ``model`` (None: the hand-set score)."""
    models = {"words_and_names": model, "with_meaning": None}
    pairscore._models = lambda: models  # type: ignore[assignment]
    similarity.USE_PAIR_MODEL = model is not None


_RANKED = grouping.ranked_stories
DEPLOYED = pairscore._models()  # the model of data/stories/pair_scorer.yaml, before any is swapped in


def majority_check(share_score: float) -> Callable:
    """``grouping.ranked_stories`` that passes over a story of three or more compared reports unless the
    new report scores ``share_score`` against at least half of them."""

    def ranked(profile, others, weights, threshold, dated_threshold=None):
        found = _RANKED(profile, others, weights, threshold, dated_threshold)
        by_story: dict[str, list[float]] = {}
        mine = similarity.profile_bags(profile, weights)
        for other in others:
            if any(s.story_id == other.story_id for s in found):
                dated = other.dated_profile(profile.published)
                score = grouping.story_similarity(profile, dated, weights, mine).score
                by_story.setdefault(other.story_id, []).append(score)
        return [s for s in found if _most_agree(by_story.get(s.story_id, []), share_score)]

    return ranked


def support_check(low: float, members: int) -> Callable:
    """``grouping.ranked_stories`` that also keeps a story scoring under the join score but ``low`` or more
    when one name of the new report is named by ``members`` or more of the story's compared reports
    (round 23: story-level evidence, the story's name told by several of its reports, not one)."""

    def ranked(profile, others, weights, threshold, dated_threshold=None):
        found = _RANKED(profile, others, weights, min(threshold, low), dated_threshold)
        return [s for s in found if s.score >= threshold or _named_by(profile, others, s.story_id) >= members]

    return ranked


def _named_by(profile: Profile, others: list[ProfiledArticle], story_id: str) -> int:
    """The most compared reports of one story that name one name of ``profile``."""
    mine = set(profile.names)
    counts = Counter(n for o in others if o.story_id == story_id for n in mine.intersection(o.profile.names))
    return max(counts.values(), default=0)


def undated_check(low: float, closest: str = "any") -> Callable:
    """``grouping.ranked_stories`` with the join score ``low`` for a report without a publication date;
    ``closest`` "dated" or "undated": only against a story whose closest report is (or is not) dated (on
    ECB+ every page of a topic's first happening is undated: "undated" pairs are mostly one happening by
    the corpus's construction, "dated" ones are not)."""

    def ranked(profile, others, weights, threshold, dated_threshold=None):
        if profile.published is not None:
            return _RANKED(profile, others, weights, threshold, dated_threshold)
        found = _RANKED(profile, others, weights, min(threshold, low), dated_threshold)
        return [s for s in found if s.score >= threshold or _closest_kind(s) in (closest, "any")]

    def _closest_kind(found) -> str:
        return closest if closest == "any" else ("undated" if found.undated else "dated")

    return ranked


_CORE_CHECK = assign.core_check
MEMBERS_READ = 30  # a story's members read to find its representative (round 15's variants)


def most_central(members: list[ProfiledArticle], weights, size: int) -> list[ProfiledArticle]:
    """The ``size`` members scoring highest on average against the story's other members."""

    def centrality(m: ProfiledArticle) -> float:
        others = [o for o in members if o.article_id != m.article_id]
        scores = [
            similarity.story_similarity(m.profile, o.dated_profile(m.profile.published), weights).score
            for o in others
        ]
        return sum(scores) / len(scores) if scores else 0.0

    return sorted(members, key=lambda m: (-centrality(m), m.article_id))[:size]


def union_of(members: list[ProfiledArticle]) -> list[ProfiledArticle]:
    """One stand-in report with the words and names of every member (counts summed), the earliest date,
    and no evidence of its own (it conflicts with nothing)."""
    terms: dict[str, float] = {}
    names: dict[str, float] = {}
    for m in members:
        for t, c in m.profile.terms.items():
            terms[t] = terms.get(t, 0.0) + c
        for n, c in m.profile.names.items():
            names[n] = names.get(n, 0.0) + c
    dated = sorted(m.profile.published for m in members if m.profile.published)
    union = Profile(terms, names, published=dated[0] if dated else None)
    return [ProfiledArticle("union:" + members[0].story_id, members[0].story_id, union)] if members else []


def representative_check(choose: Callable, read: int = MEMBERS_READ) -> Callable:
    """``assign.core_check`` with the story's core chosen among its first ``read`` members by
    ``choose(members, weights)`` instead of its first ``CORE_SIZE`` reports."""

    def check(profile, index):
        def keep(found) -> bool:
            members = index.story_profiles(index.story_core(found.story_id, read))
            vocabulary = profile.vocabulary().union(*(m.profile.vocabulary() for m in members))
            weights = index.term_weights(vocabulary)
            return core.near_core(profile, found, choose(members, weights), weights)

        return keep

    return check


REPRESENTATIVES = {
    "central": lambda members, weights: most_central(members, weights, core.CORE_SIZE),
    "union": lambda members, weights: union_of(members),
}


def _most_agree(scores: list[float], share_score: float) -> bool:
    return len(scores) < 3 or sum(x >= share_score for x in scores) * 2 >= len(scores)


def set_variant(name: str) -> dict:
    """Apply a variant's settings; the model options it asks for (``fitted`` keywords)."""
    for key, (mod, attr) in THRESHOLDS.items():
        setattr(mod, attr, DEFAULTS[key])
    grouping.ranked_stories = _RANKED
    grouping.SPECIFICS_SCORE = SPECIFICS_DEFAULT
    assign.core_check = _CORE_CHECK
    key, _, value = name.partition("=")
    if key in REPRESENTATIVES:
        assign.core_check = representative_check(REPRESENTATIVES[key], int(value or MEMBERS_READ))
    elif key in THRESHOLDS:
        mod, attr = THRESHOLDS[key]
        setattr(mod, attr, float(value))
    elif key == "specifics":
        grouping.SPECIFICS_SCORE = None if value == "off" else float(value)
    elif key == "majority":
        grouping.ranked_stories = majority_check(float(value))
    elif key == "support":
        low, _, members = value.partition(":")
        grouping.ranked_stories = support_check(float(low), int(members or 3))
    elif key in ("undated_join", "undated_join_dated", "undated_join_undated"):
        grouping.ranked_stories = undated_check(
            float(value), key.removeprefix("undated_join").strip("_") or "any"
        )
    elif key == "C":
        return {"c": float(value)}
    elif key == "basic":
        return {"base": tp.BASIC}
    elif key != "base":
        raise SystemExit(f"stories_cv: unknown variant {name!r}")
    return {}


def grouped(folds: Folds, analyses: dict, seeds: list[int]) -> dict[int, dict[str, str]]:
    """Each arrival order's predicted story of every dev document."""
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for seed in seeds:
            store, _ = se.ingest(folds.articles(seed), analyses, Path(tmp) / f"{seed}.db")
            out[seed] = se.story_of(store)
            store.dispose()
    return out


def fold_f1(folds: Folds, predicted: dict[int, dict[str, str]], k: int) -> dict[int, float]:
    """B-cubed F1 on fold ``k``'s documents in each arrival order."""
    part = {a: folds.gold[a] for a in folds.docs[k]}
    return {seed: se.b_cubed(part, p)[2] for seed, p in predicted.items()}


def out_of_fold(
    folds: Folds, rows: list[Row], analyses: dict, seeds: list[int], variant: str, extra: list[str]
) -> list[dict[int, float]]:
    """Each fold's F1 in each arrival order, with the model refitted without the fold's topics."""
    options = set_variant(variant)
    per_fold: list[dict[int, float]] = []
    for k, docs in enumerate(folds.docs):
        train = [r for r in rows if r[4] not in docs and r[5] not in docs]
        use_model(fitted(train, extra, **options))
        per_fold.append(fold_f1(folds, grouped(folds, analyses, seeds), k))
    set_variant("base")
    return per_fold


def reference(
    folds: Folds, rows: list[Row], analyses: dict, seeds: list[int], name: str
) -> list[dict[int, float]]:
    """Each fold's F1 in each arrival order with one model for all folds (deployed, in sample, or none)."""
    model = {
        "deployed": lambda: DEPLOYED["words_and_names"],
        "in_sample": lambda: fitted(rows, []),
        "hand_set": lambda: None,
    }[name]()
    use_model(model)
    predicted = grouped(folds, analyses, seeds)
    return [fold_f1(folds, predicted, k) for k in range(len(folds.docs))]


def main() -> int:
    args = _args()
    os.environ.setdefault("EVENTWIRE_EMBEDDINGS", "0")  # the words-and-names model is the one refitted
    if not (args.shared / "corpora/ecbplus/docs.jsonl").exists():
        print(f"{args.shared}: ../shared corpora not found", file=sys.stderr)
        return 1
    import pickle

    analyses = pickle.loads(args.cache.read_bytes())["ecb"]
    candidates.remember_first_sentences()
    folds = Folds(args.shared, args.folds)
    results = json.loads(args.json.read_text()) if args.json and args.json.exists() else {}
    orders = args.arrival_orders if args.arrival else [13]
    rows = [row for order in orders for row in pair_rows(folds, analyses, args.arrival, order)]
    mode = ("@arrival" + "".join(f"-{o}" for o in orders[1:] or ())) if args.arrival else ""
    sizes = [len(d) for d in folds.docs]
    print(f"dev documents {len(folds.gold)}, folds of {sizes} documents, {len(rows)} training pairs")

    def record(key: str, by_order: list[dict[int, float]]) -> None:
        per_fold = [sum(f.values()) / len(f) for f in by_order]
        orders = {seed: sum(f[seed] for f in by_order) / len(by_order) for seed in args.seeds}
        results[key], results[key + "#orders"] = per_fold, orders
        mean = sum(per_fold) / len(per_fold)
        print(f"{key:40} folds {' '.join(f'{v:.3f}' for v in per_fold)}  mean {mean:.4f}", flush=True)
        spread = max(orders.values()) - min(orders.values())
        told = " ".join(f"{seed}:{v:.3f}" for seed, v in orders.items())
        print(f"{'':40} by order (mean of folds) {told}  spread {spread:.3f}", flush=True)
        if args.json:
            args.json.write_text(json.dumps(results, indent=1))

    for name, variant in itertools.product(args.references, args.reference_variants):
        key = f"{name}|{variant}" + (mode if name == "in_sample" else "")
        if key not in results:
            set_variant(variant)
            record(key, reference(folds, rows, analyses, args.seeds, name))
            set_variant("base")
    settings = [(v, []) for v in args.variants] + [("base", s.split("+")) for s in args.features]
    for variant, extra in settings:
        key = f"oof|{variant}" + (f"|{'+'.join(extra)}" if extra else "") + mode
        if key in results:
            continue
        unknown = [f for f in extra if f not in candidates.CANDIDATES]
        if unknown:
            raise SystemExit(f"stories_cv: unknown candidate features {unknown}")
        candidates.use(extra)
        record(key, out_of_fold(folds, rows, analyses, args.seeds, variant, extra))
        candidates.use([])
    return 0


if __name__ == "__main__":
    sys.exit(main())
