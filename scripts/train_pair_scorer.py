"""Fit the learned pair scorer (``stories/pairscore.py``) on pairs of the ECB+ dev topics; print its
leave-one-topic-out figures against the hand-set score; with ``--write``, store the coefficients and the
scale in ``src/eventwire/data/stories/pair_scorer.yaml``.

Usage:
    .venv/bin/python scripts/train_pair_scorer.py [--shared ../shared] [--cache /tmp/s5/ecb.pkl]
        [--no-embeddings] [--features basic|interactions] [--arrival-weights] [--write]

The ECB+ documents go through ``pipeline.Ingest`` as in ``bench/stories_eval.py`` (the NLP analyses
replayed from ``--cache``); the pairs are every pair of documents of one dev topic (the hard ones: one
kind of happening, several happenings) and the pairs of different dev topics whose hand-set score
reaches ``CROSS_MIN`` (the easy negatives the grouping compares too). Label: the same seminal event.
The pairs are scored with the term weights of the whole corpus; round 15, ``--arrival-weights``: with
those the grouping had when the later of the two reports arrived (the document frequencies of the reports
stored before it, ``arrival_weights``), as the stream scores a new report against earlier ones (measured
by ``bench/stories_cv.py --arrival``: no gain out of fold, so the deployed model keeps the final weights).
Fitted with scikit-learn's LogisticRegression (L2, C=1, lbfgs: deterministic). The
probability is mapped onto the hand-set score's scale by rank on the same pairs (``scale_knots``), so
the join, bridge and core scores keep their meaning: a threshold passes as many training pairs as before,
the model decides which.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import yaml

if TYPE_CHECKING:
    from eventwire.stories import TermWeights

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

CROSS_MIN = 0.05  # pairs of different topics enter the training only from this hand-set score
MIN_FIRED = 5  # a conflict or agreement kind gets a coefficient only when it fires on this many pairs
# The kinds ECB+ carries evidence of; the wire's kinds (organisation, period, amount, day: dated reports
# of templates) fire on a handful of ECB+ pairs by accident and keep their hand-set factors.
LEARNED_KINDS = ("conflict:who", "conflict:where", "conflict:what", "conflict:when", "conflict:kind")
SCALE_POINTS = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
BASIC = ("words", "names", "no_names")
INTERACTIONS = (*BASIC, "words_x_names", "sqrt_words")
MEANING = ("meaning", "words_x_meaning")
DATA = ROOT / "src/eventwire/data/stories/pair_scorer.yaml"
HEADER = "# Learned pair scorer (round 10): written by scripts/train_pair_scorer.py (stories/pairscore.py)\n"


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--cache", type=Path, help="pickle of the NLP analyses (bench/stories_eval.py --cache)")
    p.add_argument("--no-embeddings", action="store_true", help="the words-and-names model")
    p.add_argument("--features", choices=("basic", "interactions"), default="interactions")
    p.add_argument(
        "--hand-set-conflicts",
        action="store_true",
        help="no conflict features: every conflict kind keeps its hand-set factor on top of the model",
    )
    p.add_argument("--C", type=float, default=1.0, help="inverse L2 strength")
    p.add_argument(
        "--arrival-weights",
        action="store_true",
        help="score each pair with the term weights at the later report's arrival, not the whole corpus's",
    )
    p.add_argument("--write", action="store_true", help="store the fitted model in the data file")
    return p.parse_args()


class FrequenciesAt(Mapping[str, int]):
    """The document frequencies of the reports stored before the ``at``-th (``positions``: each term's
    storing positions, increasing): the store's ``story_terms`` as it was when that report arrived."""

    def __init__(self, positions: Mapping[str, list[int]], at: int) -> None:
        self.positions, self.at = positions, at

    def __getitem__(self, term: str) -> int:
        found = bisect_left(self.positions.get(term, ()), self.at)
        if not found:
            raise KeyError(term)
        return found

    def __iter__(self) -> Iterator[str]:
        return (t for t in self.positions if t in self)

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __contains__(self, term: object) -> bool:
        return bool(self.positions.get(term, ())) and self.positions[term][0] < self.at  # type: ignore[index]

    def get(self, term: str, default: int | None = None) -> int | None:  # type: ignore[override]
        found = bisect_left(self.positions.get(term, ()), self.at)
        return found if found else default


def arrival_weights(
    order: list[str], vocabularies: Mapping[str, Iterable[str]]
) -> Callable[[str, str], TermWeights]:
    """The term weights a pair of reports is scored with in the stream: the store's as the later of the
    two arrived (``order``: the articles in the order they were stored; ``vocabularies``: each one's
    profile terms, as ``Writer.add_story_profile`` counts them)."""
    from eventwire.stories import TermWeights

    position = {a: i for i, a in enumerate(order)}
    positions: dict[str, list[int]] = {}
    for i, article_id in enumerate(order):
        for term in vocabularies[article_id]:
            positions.setdefault(term, []).append(i)
    made: dict[int, TermWeights] = {}

    def weights(a: str, b: str) -> TermWeights:
        at = max(position[a], position[b])
        if at not in made:
            made[at] = TermWeights(n_docs=at, df=FrequenciesAt(positions, at))
        return made[at]

    return weights


def stored_pairs(
    articles: list, analyses: dict, wanted: Iterable[str], arrival: bool
) -> tuple[dict, Callable]:
    """The stored profiles of the ``wanted`` articles after the ``articles`` are ingested in their order,
    and the term weights of each pair: at the later one's arrival (``arrival``), else the final ones."""
    from stories_eval import ingest

    with tempfile.TemporaryDirectory() as tmp:
        store, _ = ingest(articles, analyses, Path(tmp) / "train.db")
        with store.transaction() as writer:
            stored = {p.article_id: p.profile for p in writer.story_profiles(a.article_id for a in articles)}
            final = writer.term_weights(set().union(*(p.vocabulary() for p in stored.values())))
        store.dispose()
    profiles = {a: stored[a] for a in sorted(wanted)}
    if not arrival:
        return profiles, lambda a, b: final
    vocabularies = {a: p.vocabulary() for a, p in stored.items()}
    counted = Counter(t for v in vocabularies.values() for t in v)
    if final.n_docs != len(articles) or any(final.df.get(t) != n for t, n in counted.items()):
        raise SystemExit("train_pair_scorer: the stored profiles do not add up to the store's frequencies")
    return profiles, arrival_weights([a.article_id for a in articles], vocabularies)


def dev_pairs(args: argparse.Namespace) -> list[tuple[dict[str, float], float, int, bool]]:
    """(features, hand-set score, topic, same happening) of the training pairs of the dev topics."""
    from eventwire.stories import similarity
    from eventwire.stories.agreement import agreement
    from eventwire.stories.pairscore import pair_features
    from stories_eval import analyse_all, ecb_articles, topic_halves

    similarity.USE_PAIR_MODEL = False  # the hand-set score, for comparison and the scale
    articles, gold, topic = ecb_articles(args.shared, 13, None)
    analyses, _ = analyse_all(articles, args.cache, "ecb")
    dev = topic_halves(gold, topic)["dev topics (1st, 3rd, ...)"]
    profiles, pair_weights = stored_pairs(articles, analyses, dev, args.arrival_weights)
    rows = []
    for a, b in itertools.combinations(sorted(profiles), 2):
        pa, pb = profiles[a], profiles[b]
        weights = pair_weights(a, b)
        s = similarity.story_similarity(pa, pb, weights)
        if topic[a] != topic[b] and s.score < CROSS_MIN:
            continue
        alike = agreement(pa.evidence, pa.published, pb.evidence, pb.published).kinds
        features = pair_features(s.words, s.names, s.meaning, s.conflicts, alike)
        hand_set = s.before_conflict if args.hand_set_conflicts else s.score
        rows.append((features, hand_set, topic[a] if topic[a] == topic[b] else -1, dev[a] == dev[b]))
    return rows


def feature_names(rows: list, base: tuple[str, ...], conflicts: bool) -> list[str]:
    """The signal features, and the kinds of agreement (and of conflict, when ``conflicts``) that fire
    often enough."""
    kinds = LEARNED_KINDS if conflicts else ()
    fired: dict[str, int] = {}
    for features, *_ in rows:
        for name in features:
            if name.startswith("agreement:") or name in kinds:
                fired[name] = fired.get(name, 0) + 1
    return [*base, *sorted(k for k, n in fired.items() if n >= MIN_FIRED)]


def matrix(rows: list, names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([[f.get(n, 0.0) for n in names] for f, *_ in rows])
    y = np.array([int(same) for *_, same in rows])
    return x, y


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=2000).fit(x, y)


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve: the chance a same-happening pair outscores a different one."""
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(y, scores))


def leave_one_topic_out(rows: list, names: list[str], c: float) -> np.ndarray:
    """Each pair's probability from a model fitted without its topic (cross-topic pairs: without them)."""
    x, y = matrix(rows, names)
    groups = np.array([t for _, _, t, _ in rows])
    out = np.zeros(len(rows))
    for t in sorted(set(groups)):
        held = groups == t
        out[held] = fit(x[~held], y[~held], c).predict_proba(x[held])[:, 1]
    return out


def scale_knots(probabilities: np.ndarray, hand_set: np.ndarray) -> list[list[float]]:
    """(probability, score) knots: the probability passing as many pairs as each hand-set score does."""
    knots = []
    for point in SCALE_POINTS:
        share = float(np.mean(hand_set >= point))
        p = float(np.quantile(probabilities, 1.0 - share)) if share < 1.0 else 0.0
        if not knots or p > knots[-1][0]:
            knots.append([round(p, 6), point])
    knots.append([1.0, 1.0])
    return knots


def report(rows: list, names: list[str], loto: np.ndarray) -> None:
    _, y = matrix(rows, names)
    hand = np.array([s for _, s, _, _ in rows])
    within = np.array([t >= 0 for _, _, t, _ in rows])
    print(f"pairs: {len(rows)} ({int(within.sum())} within topics, {int(y.sum())} of one happening)")
    print(f"AUC, all pairs: hand-set {auc(hand, y):.3f}  learned (leave one topic out) {auc(loto, y):.3f}")
    print(
        f"AUC, within topics: hand-set {auc(hand[within], y[within]):.3f}  "
        f"learned {auc(loto[within], y[within]):.3f}"
    )


def write_model(model, names: list[str], knots: list, meaning: bool, n_pairs: int) -> None:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    data["with_meaning" if meaning else "words_and_names"] = {
        "enabled": True,
        "trained_on": f"ECB+ dev topics, {n_pairs} pairs (scripts/train_pair_scorer.py)",
        "intercept": round(float(model.intercept_[0]), 4),
        "coefficients": {n: round(float(w), 4) for n, w in zip(names, model.coef_[0], strict=True)},
        "scale": knots,
    }
    DATA.write_text(HEADER + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def main() -> int:
    args = _args()
    if not (args.shared / "corpora/ecbplus/docs.jsonl").exists():
        print(f"{args.shared}: ../shared corpora not found", file=sys.stderr)
        return 1
    if args.no_embeddings:
        os.environ["EVENTWIRE_EMBEDDINGS"] = "0"
    from eventwire.stories import embedding

    meaning = embedding.available()
    rows = dev_pairs(args)
    base = INTERACTIONS if args.features == "interactions" else BASIC
    names = feature_names(rows, (*base, *MEANING) if meaning else base, not args.hand_set_conflicts)
    loto = leave_one_topic_out(rows, names, args.C)
    report(rows, names, loto)
    x, y = matrix(rows, names)
    model = fit(x, y, args.C)
    for n, w in zip(names, model.coef_[0], strict=True):
        print(f"  {n:24} {w:+.3f}")
    print(f"  {'intercept':24} {model.intercept_[0]:+.3f}")
    knots = scale_knots(model.predict_proba(x)[:, 1], np.array([s for _, s, _, _ in rows]))
    print(f"scale: {knots}")
    if args.write:
        write_model(model, names, knots, meaning, len(rows))
        print(f"written: {DATA}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
