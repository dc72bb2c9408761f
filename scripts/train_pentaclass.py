"""Train the PentaClass sentence classifier and report honest cross-validated scores.

Data: ../shared/corpora/conflibert_cameo/cameo_class/train.tsv (the training portion; the test
portion is not in ../shared). Model: multinomial logistic regression over
``eventwire.events.classify.sentence_features`` (lemmas, bigrams, root verb, modals, and the rule
coder's events). Evaluation: nested stratified 5-fold cross-validation (the regularisation
strength is chosen inside each training fold), fixed seed. The shipped model is then fitted on all
training sentences with the C most often chosen.

Usage: .venv/bin/python scripts/train_pentaclass.py [--shared ../shared] [--no-save]
Needs scikit-learn (dev extra).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score
from sklearn.model_selection import GridSearchCV, StratifiedKFold

from eventwire.events import EventCoder
from eventwire.events.classify import LABELS, MODEL_FILE, LinearModel, sentence_features
from eventwire.events.evaluate import code_sentences, default_mentions, penta_rows
from eventwire.events.patterns import data_dir
from eventwire.nlp import load_pipeline

SEED = 13
C_GRID = [0.1, 0.3, 1.0, 3.0]


def featurise(shared: Path) -> tuple[list[dict[str, float]], np.ndarray]:
    """Feature dictionaries and labels of the training sentences."""
    rows = penta_rows(shared)
    nlp = load_pipeline()
    coder = EventCoder(min_confidence=0.0, use_classifier=False)
    coded = code_sentences(((str(i), text) for i, (text, _) in enumerate(rows)), nlp, coder, default_mentions)
    docs = nlp.pipe([" ".join(text.split()) for text, _ in rows], batch_size=64)
    features = []
    for result, doc in zip(coded, docs, strict=True):
        features.append(sentence_features(doc[:], result.events))
    return features, np.array([label for _, label in rows])


def model(c: float = 1.0) -> LogisticRegression:
    """The classifier with fixed settings."""
    return LogisticRegression(C=c, max_iter=3000, class_weight="balanced", random_state=SEED)


def nested_cv(x, y) -> tuple[list[float], list[float], list[float]]:
    """Outer 5-fold scores (accuracy, macro-F1) with C chosen by inner 3-fold CV."""
    outer = StratifiedKFold(n_splits=5, shuffle=True, random_state=SEED)
    accuracies, macro_f1s, chosen = [], [], []
    for train, test in outer.split(x, y):
        inner = StratifiedKFold(n_splits=3, shuffle=True, random_state=SEED)
        search = GridSearchCV(model(), {"C": C_GRID}, cv=inner, scoring="f1_macro")
        search.fit(x[train], y[train])
        predicted = search.predict(x[test])
        accuracies.append(accuracy_score(y[test], predicted))
        macro_f1s.append(f1_score(y[test], predicted, average="macro"))
        chosen.append(search.best_params_["C"])
    return accuracies, macro_f1s, chosen


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    parser.add_argument("--no-save", action="store_true")
    args = parser.parse_args()
    if not (args.shared / "corpora/conflibert_cameo/cameo_class/train.tsv").exists():
        print(f"{args.shared}: no conflibert_cameo/cameo_class/train.tsv", file=sys.stderr)
        return 1
    features, labels = featurise(args.shared)
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform(features)
    accuracies, macro_f1s, chosen = nested_cv(x, labels)
    print(f"nested 5-fold CV on train.tsv (n={len(labels)}, seed {SEED}):")
    print(f"  accuracy {np.mean(accuracies):.3f} (+/- {np.std(accuracies):.3f})")
    print(
        f"  macro-F1 {np.mean(macro_f1s):.3f} (+/- {np.std(macro_f1s):.3f})  folds {np.round(macro_f1s, 3)}"
    )
    best_c = Counter(chosen).most_common(1)[0][0]
    print(f"  C chosen per fold {chosen}; final C={best_c}")
    if args.no_save:
        return 0
    final = model(best_c).fit(x, labels)
    names = vectorizer.get_feature_names_out()
    keep = np.abs(final.coef_).max(axis=0) > 1e-3
    linear = LinearModel(
        index={str(name): i for i, name in enumerate(names[keep])},
        weights=final.coef_.T[keep],
        bias=final.intercept_,
        labels=tuple(LABELS[int(c)] for c in final.classes_),
    )
    path = data_dir() / MODEL_FILE
    linear.save(path)
    print(f"saved {path} ({path.stat().st_size // 1024} KiB, {int(keep.sum())} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
