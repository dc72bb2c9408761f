"""Evaluate the events stage on the labelled corpora in ../shared and print the figures.

Usage:
    .venv/bin/python bench/events_eval.py [--shared ../shared] [--datasets plover_gsr pentaclass ...]
        [--india-limit N] [--india-skip N] [--errors N] [--speed N] [--stand-in] [--diagnose N]

``--weak N`` codes N dai2017 news articles (actors stage mentions) and counts the records an
analyst would distrust (no actor and no recipient, one party on both sides, ...; round 8).

``--diagnose N`` prints why the rules miss PentaClass training sentences (grouped by cause, N
examples each), the argument overlap with cameo_ner's source/target spans (N misses), and for the
gold records' held-out half only aggregate counts.

Actor mentions come from the actors stage (``ActorResolver(KnowledgeBase.load())``), so
actor/recipient country accuracy measures the whole chain. ``--stand-in`` uses spaCy's entities
with a stand-in resolver instead (country names and demonyms from
../shared/kb/plover_ngec_assets/countries.csv), which measures the argument structure alone.
See docs/events.md for what each number means and was measured on.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from eventwire.events import EventCoder, mentions_from_entities
from eventwire.events.diagnose import (
    OK,
    WEAK_KINDS,
    argument_overlap,
    cause_summary,
    outcome_counts,
    penta_diagnoses,
    read_ner,
    through_pronoun,
    weak_kinds,
)
from eventwire.events.evaluate import (
    DATASETS,
    code_sentences,
    evaluate,
    gsr_half,
    gsr_records,
    penta_rows,
)
from eventwire.events.patterns import read_yaml
from eventwire.nlp import load_pipeline
from eventwire.records import Article, Entity, Mention

ROOT = Path(__file__).resolve().parents[1]


def country_table(shared: Path) -> dict[str, str]:
    """Lower-case country names and demonyms -> ISO alpha-3 (a stand-in for the actors stage)."""
    path = shared / "kb/plover_ngec_assets/countries.csv"
    table: dict[str, str] = {}
    if not path.exists():
        return table
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            names = [row["Name"], *row.get("Nationality", "").split(",")]
            for name in names:
                if name.strip():
                    table[name.strip().lower()] = row["CCA3"]
    return table


def stand_in_finder(table: dict[str, str]):
    """Mentions from spaCy entities, with a country when the mention names one."""

    def find(doc: Doc, article: Article) -> list[Mention]:
        mentions = mentions_from_entities(doc)
        resolved = []
        for mention in mentions:
            key = mention.text.lower().removeprefix("the ").strip()
            code = table.get(key)
            if code:
                entity = Entity(name=mention.text, mention=mention.text, country=code, span=mention.span)
                mention = replace(mention, candidates=[entity])
            resolved.append(mention)
        return resolved

    return find


def resolver_finder():
    """The actors stage's resolver over the packaged knowledge base."""
    from eventwire.actors import ActorResolver, KnowledgeBase

    resolver = ActorResolver(KnowledgeBase.load())

    def find(doc: Doc, article: Article) -> list[Mention]:
        return resolver(doc, article)

    return find


def print_gsr_errors(shared: Path, nlp, coder: EventCoder, find, limit: int) -> None:
    """Development aid: gold vs predicted types on the development half of the gold records."""
    records = [r for r in gsr_records(shared, coder.lexicon) if gsr_half(r["id"]) == "dev"]
    coded = {c.key: c for c in code_sentences(((r["id"], r["text"]) for r in records), nlp, coder, find)}
    shown = 0
    for record in records:
        result = coded[record["id"]]
        top = result.top.event_type if result.top else "NONE"
        if top != record["plover"] and shown < limit:
            shown += 1
            print(
                f"  gold={record['plover']:9} top={top:9} all={sorted(result.types)} | {record['text'][:150]}"
            )


def print_diagnoses(shared: Path, nlp, coder: EventCoder, find, limit: int) -> None:
    """Development aid: why the rules miss PentaClass training sentences, and argument overlap."""
    rules = EventCoder(min_confidence=coder.min_confidence, lexicon=coder.lexicon, use_classifier=False)
    mapping = read_yaml("eval_mappings.yaml")["pentaclass"]
    quad_to_label = {quad: int(label) for label, quad in mapping.items()}
    diagnoses = penta_diagnoses(penta_rows(shared), nlp, rules, find, quad_to_label)
    print(f"pentaclass (rules) diagnoses of {len(diagnoses)} training sentences:")
    for cause, count in cause_summary(diagnoses).most_common():
        print(f"  {count:5}  {cause}")
    for cause, _ in cause_summary(diagnoses).most_common():
        if cause == OK:
            continue
        group = [d for d in diagnoses if d.cause == cause]
        details = Counter(d.detail.split(",")[0].split(":")[0] for d in group if d.detail)
        print(f"== {cause} ({len(group)}): {', '.join(f'{k} {v}' for k, v in details.most_common(25))}")
        for d in group[:limit]:
            print(f"    gold={d.gold} pred={d.predicted} [{d.detail[:60]}] {d.text[:140]}")
    overlap = argument_overlap(diagnoses, read_ner(shared))
    print(overlap.line())
    for text, event_type, actor, recipient, gold in overlap.misses[:limit]:
        print(f"    {event_type:9} A=[{actor}] R=[{recipient}] {gold} | {text[:110]}")
    print_gsr_counts(shared, nlp, coder, find)


def print_gsr_counts(shared: Path, nlp, coder: EventCoder, find) -> None:
    """Aggregate no event / wrong type / right type counts per half of the gold records (no sentences)."""
    records = gsr_records(shared, coder.lexicon)
    texts = sorted({r["text"] for r in records})
    events = {c.key: c.events for c in code_sentences(((t, t) for t in texts), nlp, coder, find)}
    for half in ("dev", "heldout"):
        gold: dict[str, set[str]] = {}
        for record in records:
            if gsr_half(record["id"]) == half:
                gold.setdefault(record["text"], set()).add(record["plover"])
        counts = outcome_counts(gold, events)
        print(f"plover_gsr ({half}) top event: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def dai2017_texts(shared: Path, n: int) -> list[str]:
    """The first n news articles of news_articles_dai2017 (empty when the corpus is absent)."""
    path = shared / "corpora/news_articles_dai2017/news_articles.jsonl"
    texts: list[str] = []
    if not path.exists():
        return texts
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    return texts


def print_weak_records(shared: Path, nlp, coder: EventCoder, find, n: int) -> None:
    """Counts of records an analyst would distrust on n dai2017 articles (see diagnose.weak_kinds)."""
    texts = dai2017_texts(shared, n)
    if not texts:
        print("weak records: news_articles_dai2017 not found")
        return
    counts: Counter[str] = Counter()
    total = 0
    for i, (text, doc) in enumerate(zip(texts, nlp.pipe(texts, batch_size=32), strict=True)):
        article = Article(article_id=str(i), source_path="dai2017", text=text)
        events, _ = coder(doc, find(doc, article), article)
        total += len(events)
        counts.update(kind for event in events for kind in weak_kinds(event, coder.lexicon))
        counts["pronoun"] += sum(through_pronoun(event, coder.lexicon) for event in events)
    per_article = total / len(texts)
    print(f"weak records on {len(texts)} dai2017 articles: {total} events ({per_article:.2f} per article)")
    for kind in WEAK_KINDS:
        print(f"  {counts[kind]:5}  {kind}")
    print(f"  {counts['pronoun']:5}  (not weak) a party reached through they/them/their/it/its")


def measure_speed(shared: Path, nlp, coder: EventCoder, n: int) -> None:
    """Articles per second of the coder alone (parsing timed separately) on full news articles."""
    texts = dai2017_texts(shared, n)
    if not texts:
        print("speed: news_articles_dai2017 not found")
        return
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=32))
    parsed = time.perf_counter()
    n_events = 0
    for i, (text, doc) in enumerate(zip(texts, docs, strict=True)):
        article = Article(article_id=str(i), source_path="dai2017", text=text)
        n_events += len(coder(doc, mentions_from_entities(doc), article)[0])
    coded = time.perf_counter()
    chars = sum(len(t) for t in texts)
    parse_rate, code_rate = len(texts) / (parsed - started), len(texts) / (coded - parsed)
    print(f"speed on {len(texts)} articles ({chars / len(texts):.0f} chars on average):")
    print(f"  parse {parse_rate:.1f} articles/s, events stage {code_rate:.1f} articles/s, {n_events} events")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--datasets", nargs="*", default=list(DATASETS), choices=DATASETS)
    parser.add_argument("--min-confidence", type=float, default=None)
    parser.add_argument(
        "--india-limit", type=int, default=None, help="at most N documents of IndiaPoliceEvents"
    )
    parser.add_argument(
        "--india-skip",
        type=int,
        default=0,
        help="IndiaPoliceEvents after its first N documents (--india-limit 600: development half; "
        "--india-skip 600: held out)",
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="print N development-half errors of the gold set"
    )
    parser.add_argument(
        "--stand-in", action="store_true", help="spaCy entities + country table instead of the actors stage"
    )
    parser.add_argument(
        "--diagnose", type=int, default=None, help="PentaClass/argument diagnostics, N examples each"
    )
    parser.add_argument("--speed", type=int, default=0, help="time the coder on N news articles (dai2017)")
    parser.add_argument(
        "--weak", type=int, default=0, help="count distrusted records on N dai2017 articles (actors stage)"
    )
    args = parser.parse_args()
    if not args.shared.exists():
        print(f"{args.shared}: not found (the evaluation needs ../shared)", file=sys.stderr)
        return 1
    nlp = load_pipeline()
    coder = EventCoder() if args.min_confidence is None else EventCoder(min_confidence=args.min_confidence)
    find = stand_in_finder(country_table(args.shared)) if args.stand_in else resolver_finder()
    if args.diagnose is not None:
        print_diagnoses(args.shared, nlp, coder, find, args.diagnose)
        return 0
    started = time.perf_counter()
    for score in evaluate(args.shared, nlp, coder, find, args.datasets, args.india_limit, args.india_skip):
        print(score.line())
    print(f"elapsed {time.perf_counter() - started:.1f}s")
    if args.errors:
        print_gsr_errors(args.shared, nlp, coder, find, args.errors)
    if args.weak:
        print_weak_records(args.shared, nlp, coder, find, args.weak)
    if args.speed:
        measure_speed(args.shared, nlp, coder, args.speed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
