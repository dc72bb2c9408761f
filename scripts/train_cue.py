"""Train the fast path's learned sentence cue (``eventwire.scale.learned``) and choose its threshold
for recall.

Data: dai2017 articles 300–999 and 2,000–2,999 (read order, 0-based) and ``reuters21578.jsonl`` lines
1–1,500, all outside the identity samples of ``scripts/selection_shares.py`` (dai-first 0–299,
dai-1000 1,000–1,999, dai-3000 3,000–3,299, reuters-8000, GSR). Each article is analysed by the exact
path (every sentence parsed; cached under ``--cache``, not in the repository); every unit of the cheap
pass with an event cue (under ``--rules``) is an example, positive when the exact path codes an event
whose trigger starts in it. Model: logistic regression over ``CueFinder.unit_features`` (words, word
pairs, trigger lemmas, the cheap pass's flags, position, length, quotation marks, digits), features
seen in at least ``--min-count`` units, fixed seed. Out-of-fold scores (5 folds grouped by article)
choose the regularisation (log-loss) and the threshold: the highest whose out-of-fold recall of the
events in units outside the lede (always parsed) is at least ``--recall``. The model is then fitted
on all examples and written with that threshold to ``data/scale/cue_model.npz``.

Usage: PYTHONPATH=src .venv/bin/python scripts/train_cue.py [--recall 0.99] [--no-save]
Needs scikit-learn and scipy (dev extra); the shipped inference needs numpy only.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from eventwire.pipeline import Stages  # noqa: E402
from eventwire.scale.cues import CueFinder  # noqa: E402
from eventwire.scale.learned import CueModel, model_path  # noqa: E402
from eventwire.scale.rules import load_rules  # noqa: E402
from eventwire.scale.select import lede_units  # noqa: E402
from selection_shares import REUTERS, Exact, dai_articles, exact_analyses, line_articles, unit_of  # noqa: E402

SEED = 17
C_GRID = (0.03, 0.1, 0.3)
FOLDS = 5
MODEL_FILE = "cue_model.npz"
SAMPLES = ("train-dai-300", "train-dai-2000", "train-reuters-1")
RULES = ROOT / "src" / "eventwire" / "data" / "scale" / "selection_split.yaml"


@dataclass
class Examples:
    """The cue units of the training articles: features, labels and what recall counts."""

    features: list[dict[str, float]]
    labels: list[int]
    events: list[int]  # exact-path events whose trigger is in the unit
    chars: list[int]
    lede: list[bool]  # in the lede (parsed whatever the cue says)
    groups: list[int]  # article number
    total_chars: int = 0
    total_events: int = 0


def training_articles(cache: Path, stages: Stages, names: list[str]) -> list[Exact]:
    """The exact path's analyses of the named training samples (cached)."""
    samples = {
        "train-dai-300": lambda: dai_articles(300, 700),
        "train-dai-2000": lambda: dai_articles(2000, 1000),
        "train-reuters-1": lambda: line_articles(REUTERS, 1, 1500, cache),
    }
    analyses: list[Exact] = []
    for name in names:
        analyses += exact_analyses(stages, name, samples[name](), cache)
    return analyses


def examples(finder: CueFinder, analyses: list[Exact]) -> Examples:
    """Every cue unit of the articles, labelled by the exact path's events."""
    found = Examples([], [], [], [], [], [])
    for number, exact in enumerate(analyses):
        text = exact.article.text
        pairs = finder.with_features(text)
        units = [unit for unit, _ in pairs]
        events = Counter(unit_of(units, offset) for offset in exact.triggers)
        lede = set(lede_units(units, finder.rules))
        found.total_chars += len(text)
        found.total_events += len(exact.triggers)
        for i, (unit, features) in enumerate(pairs):
            if not unit.event:
                continue
            found.features.append(dict.fromkeys(features, 1.0))
            found.labels.append(int(events[i] > 0))
            found.events.append(events[i])
            found.chars.append(unit.span[1] - unit.span[0])
            found.lede.append(i in lede)
            found.groups.append(number)
    return found


def model(c: float) -> LogisticRegression:
    return LogisticRegression(C=c, max_iter=3000, random_state=SEED)


def out_of_fold(x, y: np.ndarray, groups: np.ndarray, c: float) -> np.ndarray:
    """Log-odds of each example from a model that did not see its article."""
    scores = np.zeros(len(y))
    for train, test in GroupKFold(n_splits=FOLDS).split(x, y, groups):
        scores[test] = model(c).fit(x[train], y[train]).decision_function(x[test])
    return scores


def threshold_for_recall(scores: np.ndarray, data: Examples, recall: float) -> float:
    """The highest threshold keeping at least ``recall`` of the events in cue units outside the lede."""
    events = np.array(data.events) * ~np.array(data.lede)
    order = np.argsort(-scores)
    kept = np.cumsum(events[order]) / max(events.sum(), 1)
    first = int(np.searchsorted(kept, recall - 1e-12))
    return float(scores[order][min(first, len(order) - 1)])


def report(scores: np.ndarray, data: Examples, thresholds: list[float]) -> None:
    """Recall and characters kept at each threshold (out of fold)."""
    events = np.array(data.events)
    outside = ~np.array(data.lede)
    chars = np.array(data.chars)
    print("| threshold | events in kept non-lede cue units | cue characters kept | of all characters |")
    print("| ---: | ---: | ---: | ---: |")
    for t in thresholds:
        kept = scores >= t
        recall = (events * outside * kept).sum() / max((events * outside).sum(), 1)
        cue_chars = (chars * (kept | ~outside)).sum()
        print(
            f"| {t:.2f} | {recall:.2%} | {cue_chars / chars.sum():.1%} | "
            f"{cue_chars / max(data.total_chars, 1):.1%} |"
        )


def fitted(x, y: np.ndarray, names: np.ndarray, c: float, threshold: float) -> CueModel:
    """The model fitted on every example (weights below 1e-4 dropped)."""
    final = model(c).fit(x, y)
    weights = final.coef_[0]
    keep = np.abs(weights) >= 1e-4
    return CueModel(
        {str(n): float(w) for n, w in zip(names[keep], weights[keep], strict=True)},
        float(final.intercept_[0]),
        threshold,
    )


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--cache", default="/tmp/ew-scale12-cache", help="folder for the exact analyses")
    parser.add_argument("--rules", default=str(RULES), help="selection rules of the cheap cue")
    parser.add_argument("--recall", type=float, default=0.99, help="out-of-fold recall the threshold keeps")
    parser.add_argument("--min-count", type=int, default=3, help="units a feature must be seen in")
    parser.add_argument("--samples", default=",".join(SAMPLES), help="training samples to use")
    parser.add_argument("--no-save", action="store_true")
    return parser.parse_args()


def main() -> int:
    args = arguments()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    stages = Stages.load()
    finder = CueFinder.load(stages.nlp, stages.resolver.kb, load_rules(Path(args.rules)))
    if finder.model is not None:
        print(f"{args.rules}: train from rules without a learned_cue", file=sys.stderr)
        return 1
    data = examples(finder, training_articles(cache, stages, args.samples.split(",")))
    seen = Counter(name for features in data.features for name in features)
    vectorizer = DictVectorizer()
    kept = [{k: v for k, v in f.items() if seen[k] >= args.min_count} for f in data.features]
    x = vectorizer.fit_transform(kept)
    y, groups = np.array(data.labels), np.array(data.groups)
    print(
        f"{len(y):,} cue units ({y.sum():,} with an event) of {len(set(data.groups)):,} articles, "
        f"{x.shape[1]:,} features; {data.total_events:,} exact events"
    )
    losses = {c: log_loss(y, 1 / (1 + np.exp(-out_of_fold(x, y, groups, c)))) for c in C_GRID}
    best = min(losses, key=losses.__getitem__)
    print(f"out-of-fold log-loss per C: {losses}; chosen C={best}")
    scores = out_of_fold(x, y, groups, best)
    threshold = threshold_for_recall(scores, data, args.recall)
    wanted = [threshold_for_recall(scores, data, r) for r in (0.95, 0.97, 0.98, 0.99, 0.995, 1.0)]
    report(scores, data, sorted({*wanted, threshold}, reverse=True))
    print(f"threshold for out-of-fold recall {args.recall}: {threshold:.3f}")
    if args.no_save:
        return 0
    cue = fitted(x, y, vectorizer.get_feature_names_out(), best, threshold)
    path = model_path(MODEL_FILE)
    cue.save(path)
    print(f"saved {path} ({path.stat().st_size // 1024} KiB, {len(cue.weights):,} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
