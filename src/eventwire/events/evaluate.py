"""Evaluate the events stage on labelled corpora in ``../shared/corpora`` (see docs/events.md).

Each dataset is coded sentence by sentence (every sentence is its own one-line article) and scored:

- ``plover_gsr``: PLOVER gold-standard records (CAMEO manual examples). Type accuracy = the type of
  the most confident event equals the gold type; precision/recall/F1 over (sentence, type) pairs;
  actor/recipient country accuracy where actors are resolved. Reported for the development half
  (seen while writing the rules), the held-out half, and all records.
- ``pentaclass``: ConfliBERT CAMEO sentences; the quad class of the most confident event (none =
  statement) against the PentaClass label; accuracy and macro-F1.
- ``case2021``: ACLED-style subtypes mapped to acceptable PLOVER types (eval_mappings.yaml).
- ``india_police``: police KILL / ARREST / FORCE / ANY_ACTION sentence labels, predicted from
  events of the mapped types whose actor is the police.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.events.classify import sentence_features
from eventwire.events.coder import EventCoder
from eventwire.events.mentions import mentions_from_entities
from eventwire.events.patterns import Lexicon, as_set, load_lexicon, read_yaml
from eventwire.ingest import repair_mojibake
from eventwire.records import Article, Event, Mention

MentionFinder = Callable[[Doc, Article], list[Mention]]
PENTA_NONE = 0
CV_SEED = 13


@dataclass(slots=True)
class DatasetScore:
    """Scores of one dataset (or one part of it)."""

    name: str
    n: int
    metrics: dict[str, float] = field(default_factory=dict)
    note: str = ""

    def line(self) -> str:
        """One printable line."""
        values = "  ".join(
            f"{k}={v:.3f}" if isinstance(v, float) else f"{k}={v}" for k, v in self.metrics.items()
        )
        return f"{self.name:28} n={self.n:<6} {values}" + (f"  ({self.note})" if self.note else "")


@dataclass(slots=True)
class Coded:
    """One evaluated sentence with its events."""

    key: str
    text: str
    events: list[Event]

    @property
    def top(self) -> Event | None:
        """The most confident event."""
        return max(self.events, key=lambda e: e.confidence) if self.events else None

    @property
    def types(self) -> set[str]:
        """All coded event types."""
        return {e.event_type for e in self.events}


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    """Precision, recall and F1."""
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def one_line_articles(items: Iterable[tuple[str, str]], nlp: Language) -> Iterator[tuple[Doc, Article]]:
    """(key, text) pairs parsed, each as its own one-line article keyed by ``key``."""
    pairs = list(items)
    for (key, text), doc in zip(pairs, nlp.pipe([t for _, t in pairs], batch_size=64), strict=True):
        yield doc, Article(article_id=key, source_path=key, text=text)


def code_sentences(
    items: Iterable[tuple[str, str]], nlp: Language, coder: EventCoder, find_mentions: MentionFinder
) -> Iterator[Coded]:
    """Code (key, sentence) pairs, each as its own one-line article."""
    pairs = ((k, " ".join(t.split())) for k, t in items)
    for doc, article in one_line_articles(pairs, nlp):
        events, _ = coder(doc, find_mentions(doc, article), article)
        yield Coded(article.article_id, article.text, events)


def default_mentions(doc: Doc, article: Article) -> list[Mention]:
    """Stand-in mention finder: spaCy entities, unresolved."""
    return mentions_from_entities(doc)


def gsr_records(shared: Path, lexicon: Lexicon) -> list[dict]:
    """PLOVER gold records with current type names, one per (sentence, event)."""
    path = shared / "corpora/plover_gsr_cameo/PLOVER_GSR_CAMEO.json"
    records = [
        r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("event") not in (None, "DOCUMENT")
    ]
    for record in records:
        record["plover"] = lexicon.old_types.get(record["event"], (record["event"], ""))[0]
    return records


def gsr_half(record_id: str) -> str:
    """The fixed development / held-out split of the gold records (by id hash)."""
    return "dev" if int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def country_codes(entries: object) -> set[str]:
    """Gold actor codes of a record's source/target field."""
    if not isinstance(entries, list):
        return set()
    return {str(e.get("code", "")).upper() for e in entries if isinstance(e, dict) and e.get("code")}


GSR_IGO_FAMILY = frozenset({"UNO", "EUR"})  # the GSR (2016) codes the UN and the EU as IGO


def gsr_codes(codes: set[str]) -> set[str]:
    """Predicted codes as the GSR writes them: the UN and the EU are also "IGO" (as in actors_eval)."""
    return codes | {"IGO"} if codes & GSR_IGO_FAMILY else codes


def score_gsr(records: list[dict], coded: dict[str, Coded], name: str) -> DatasetScore:
    """Type accuracy, pair P/R/F1 and country accuracy for a set of gold records."""
    by_text: dict[str, set[str]] = {}
    for record in records:
        by_text.setdefault(record["text"], set()).add(record["plover"])
    correct = tp = fp = fn = 0
    actor_hits = actor_total = recipient_hits = recipient_total = 0
    for text, gold in by_text.items():
        result = coded[text]
        top = result.top
        correct += int(top is not None and top.event_type in gold)
        tp += len(result.types & gold)
        fp += len(result.types - gold)
        fn += len(gold - result.types)
    for record in records:
        match = [e for e in coded[record["text"]].events if e.event_type == record["plover"]]
        if not match:
            continue
        for side, field_name in (("actor", "source"), ("recipient", "target")):
            gold_codes = country_codes(record.get(field_name))
            predicted = gsr_codes({x.country for e in match for x in getattr(e, side) if x.country})
            if not gold_codes or not predicted:
                continue
            hit = int(bool(gold_codes & predicted))
            if side == "actor":
                actor_hits, actor_total = actor_hits + hit, actor_total + 1
            else:
                recipient_hits, recipient_total = recipient_hits + hit, recipient_total + 1
    metrics = {"type_accuracy": correct / len(by_text) if by_text else 0.0, **prf(tp, fp, fn)}
    if actor_total:
        metrics["actor_country_acc"] = actor_hits / actor_total
        metrics["actor_country_n"] = actor_total
    if recipient_total:
        metrics["recipient_country_acc"] = recipient_hits / recipient_total
        metrics["recipient_country_n"] = recipient_total
    return DatasetScore(name, len(by_text), metrics)


def evaluate_gsr(shared: Path, nlp: Language, coder: EventCoder, find: MentionFinder) -> list[DatasetScore]:
    """The PLOVER gold-standard records: development half, held-out half, all."""
    records = gsr_records(shared, coder.lexicon)
    texts = sorted({r["text"] for r in records})
    coded = {c.key: c for c in code_sentences(((t, t) for t in texts), nlp, coder, find)}
    coded = {text: coded[text] for text in texts}
    halves = {"dev": [], "heldout": []}
    for record in records:
        halves[gsr_half(record["id"])].append(record)
    return [
        score_gsr(halves["dev"], coded, "plover_gsr (dev half)"),
        score_gsr(halves["heldout"], coded, "plover_gsr (held-out half)"),
        score_gsr(records, coded, "plover_gsr (all)"),
    ]


def penta_rows(shared: Path) -> list[tuple[str, int]]:
    """(sentence, label) rows of cameo_class/train.tsv."""
    path = shared / "corpora/conflibert_cameo/cameo_class/train.tsv"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text and label.strip().isdigit():
            rows.append((text, int(label)))
    return rows


def macro_f1(gold: list[int], predicted: list[int], labels: Iterable[int]) -> float:
    """Macro-averaged F1 over the labels."""
    scores = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted, strict=True) if g == label and p != label)
        scores.append(prf(tp, fp, fn)["f1"])
    return sum(scores) / len(scores) if scores else 0.0


def penta_of(coded: Coded, quad_to_label: dict[str, int]) -> int:
    """The PentaClass label of a coded sentence: its top event's quad class, or statement."""
    top = coded.top
    return quad_to_label.get(top.quad_class or "", PENTA_NONE) if top else PENTA_NONE


def evaluate_penta(shared: Path, nlp: Language, coder: EventCoder, find: MentionFinder) -> list[DatasetScore]:
    """CAMEO PentaClass sentences: the rules alone, and the learned classifier cross-validated.

    The shipped classifier was trained on these sentences, so the rules are run without it here
    and the classifier's figure comes from 5-fold cross-validation (refitted per fold).
    """
    rows = penta_rows(shared)
    mapping = read_yaml("eval_mappings.yaml")["pentaclass"]
    quad_to_label = {quad: int(label) for label, quad in mapping.items()}
    rules = EventCoder(min_confidence=coder.min_confidence, lexicon=coder.lexicon, use_classifier=False)
    coded = list(code_sentences(((str(i), t) for i, (t, _) in enumerate(rows)), nlp, rules, find))
    gold = [label for _, label in rows]
    predicted = [penta_of(c, quad_to_label) for c in coded]
    scores = [
        DatasetScore(
            "pentaclass (rules)", len(rows), penta_metrics(gold, predicted), "train.tsv, no training"
        )
    ]
    cross_validated = penta_cross_validation(rows, nlp, rules.lexicon, find)
    if cross_validated is not None:
        note = "train.tsv, 5-fold CV, C=3 (chosen by nested CV in scripts/train_pentaclass.py)"
        scores.append(
            DatasetScore("pentaclass (classifier, CV)", len(rows), penta_metrics(gold, cross_validated), note)
        )
    return scores


def penta_metrics(gold: list[int], predicted: list[int]) -> dict[str, float]:
    """Accuracy and macro-F1 over the five classes."""
    accuracy = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p) / len(gold)
    return {"accuracy": accuracy, "macro_f1": macro_f1(gold, predicted, range(5))}


def penta_cross_validation(
    rows: list[tuple[str, int]], nlp: Language, lexicon: Lexicon, find: MentionFinder
) -> list[int] | None:
    """Out-of-fold PentaClass predictions of the classifier (None without scikit-learn)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import StratifiedKFold, cross_val_predict
    except ImportError:
        return None
    coder = EventCoder(min_confidence=0.0, lexicon=lexicon, use_classifier=False)
    texts = [" ".join(t.split()) for t, _ in rows]
    coded = code_sentences(((str(i), t) for i, t in enumerate(texts)), nlp, coder, find)
    features = [
        sentence_features(doc[:], c.events)
        for c, doc in zip(coded, nlp.pipe(texts, batch_size=64), strict=True)
    ]
    x = DictVectorizer().fit_transform(features)
    model = LogisticRegression(C=3.0, max_iter=3000, class_weight="balanced", random_state=CV_SEED)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=CV_SEED)
    return [int(p) for p in cross_val_predict(model, x, [label for _, label in rows], cv=folds)]


def evaluate_case(shared: Path, nlp: Language, coder: EventCoder, find: MentionFinder) -> list[DatasetScore]:
    """CASE 2021 task 2 snippets, ACLED subtypes mapped to acceptable PLOVER types."""
    rows, mapping = case_rows(shared)
    coded = list(code_sentences(((r[0], r[1]) for r in rows), nlp, coder, find))
    return [score_case(rows, coded, mapping)]


def case_rows(shared: Path) -> tuple[list[list[str]], dict[str, frozenset[str]]]:
    """CASE 2021 task 2 rows (id, snippet, subtype) with a mapped subtype, and the mapping."""
    path = shared / "corpora/case2021_task2_event_types/test_set_final_release_with_labels.tsv"
    mapping = {k: as_set(v) for k, v in read_yaml("eval_mappings.yaml")["case2021"].items()}
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return [r for r in rows if len(r) >= 3 and r[2].strip() in mapping], mapping


def score_case(rows: list[list[str]], coded: list[Coded], mapping: dict[str, frozenset[str]]) -> DatasetScore:
    """Accuracy and P/R/F1 of the top event's type against the acceptable mapped types."""
    correct = tp = fp = fn = 0
    for row, result in zip(rows, coded, strict=True):
        acceptable = {t.upper() for t in mapping[row[2].strip()]}
        top = result.top
        predicted = top.event_type if top else None
        correct += int(predicted in acceptable if acceptable else predicted is None)
        if predicted is not None:
            tp, fp = tp + int(predicted in acceptable), fp + int(predicted not in acceptable)
        if acceptable and not (result.types & acceptable):
            fn += 1
    metrics = {"accuracy": correct / len(rows), **prf(tp, fp, fn)}
    return DatasetScore("case2021 (mapped types)", len(rows), metrics, "test set, snippets of 1-3 sentences")


def india_rows(shared: Path, limit: int | None, skip: int = 0) -> list[dict]:
    """Sentence rows of IndiaPoliceEvents: those of its documents after the first ``skip``, at most ``limit``
    documents (the first 600 are the development half since session 33, the rest held out)."""
    path = shared / "corpora/india_police_events/sents.jsonl"
    rows, docs = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if not docs or row["doc_id"] != docs[-1]:
            docs.append(row["doc_id"])
        if len(docs) <= skip:
            continue
        if limit is not None and len(docs) > skip + limit:
            break
        rows.append(row)
    return rows


def police_event(
    event: Event, types: frozenset[str], police: frozenset[str], implicit_mode: str | None
) -> bool:
    """An event of one of the types whose actor names the police (or, for ``implicit_mode``, has none)."""
    if event.event_type not in types:
        return False
    if implicit_mode and not event.actor and event.mode == implicit_mode:
        return True
    words = {w.strip(".,").lower() for a in event.actor for w in (a.mention or a.name).split()}
    return bool(words & police)


def evaluate_india(
    shared: Path, nlp: Language, coder: EventCoder, find: MentionFinder, limit: int | None, skip: int = 0
) -> list[DatasetScore]:
    """IndiaPoliceEvents sentence labels, predicted from police-actor events of mapped types."""
    mappings = read_yaml("eval_mappings.yaml")
    labels = {k: frozenset(t.upper() for t in v) for k, v in mappings["india_police"].items()}
    police = as_set(mappings["police_words"])
    implicit = mappings.get("india_police_implicit_actor", {})
    rows = india_rows(shared, limit, skip)
    texts = ((str(i), repair_mojibake(r["sent_text"])[0]) for i, r in enumerate(rows))  # as ingest reads it
    coded = list(code_sentences(texts, nlp, coder, find))
    scores = []
    for label, types in labels.items():
        tp = fp = fn = 0
        for row, result in zip(rows, coded, strict=True):
            gold = label in row["sent_labels"]
            predicted = any(police_event(e, types, police, implicit.get(label)) for e in result.events)
            tp, fp, fn = (
                tp + int(gold and predicted),
                fp + int(predicted and not gold),
                fn + int(gold and not predicted),
            )
        scores.append(DatasetScore(f"india_police {label}", len(rows), {**prf(tp, fp, fn), "gold": tp + fn}))
    return scores


DATASETS = ("plover_gsr", "pentaclass", "case2021", "india_police")


def evaluate(
    shared: Path,
    nlp: Language,
    coder: EventCoder | None = None,
    find_mentions: MentionFinder | None = None,
    datasets: Iterable[str] = DATASETS,
    india_limit: int | None = None,
    india_skip: int = 0,
) -> list[DatasetScore]:
    """Scores per dataset; datasets whose files are absent are skipped with a note."""
    coder = coder or EventCoder(lexicon=load_lexicon())
    find = find_mentions or default_mentions
    runners = {
        "plover_gsr": lambda: evaluate_gsr(shared, nlp, coder, find),
        "pentaclass": lambda: evaluate_penta(shared, nlp, coder, find),
        "case2021": lambda: evaluate_case(shared, nlp, coder, find),
        "india_police": lambda: evaluate_india(shared, nlp, coder, find, india_limit, india_skip),
    }
    scores: list[DatasetScore] = []
    for name in datasets:
        try:
            scores.extend(runners[name]())
        except FileNotFoundError as exc:
            scores.append(DatasetScore(name, 0, note=f"skipped: {exc.filename} not found"))
    return scores


def type_confusion(coded: list[Coded], gold: dict[str, str]) -> Counter[tuple[str, str]]:
    """(gold type, top predicted type or NONE) counts, for error analysis."""
    return Counter((gold[c.key], c.top.event_type if c.top else "NONE") for c in coded)
