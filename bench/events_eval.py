"""Evaluate the events stage on the labelled corpora in ../shared and print the figures.

Usage:
    .venv/bin/python bench/events_eval.py [--shared ../shared] [--datasets plover_gsr pentaclass ...]
        [--india-limit N] [--errors N] [--speed N] [--stand-in]

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
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from eventwire.events import EventCoder, mentions_from_entities
from eventwire.events.evaluate import DATASETS, code_sentences, evaluate, gsr_half, gsr_records
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


def measure_speed(shared: Path, nlp, coder: EventCoder, n: int) -> None:
    """Articles per second of the coder alone (parsing timed separately) on full news articles."""
    path = shared / "corpora/news_articles_dai2017/news_articles.jsonl"
    if not path.exists():
        print(f"speed: {path} not found")
        return
    texts = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
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
        "--india-limit", type=int, default=None, help="first N documents of IndiaPoliceEvents"
    )
    parser.add_argument(
        "--errors", type=int, default=0, help="print N development-half errors of the gold set"
    )
    parser.add_argument(
        "--stand-in", action="store_true", help="spaCy entities + country table instead of the actors stage"
    )
    parser.add_argument("--speed", type=int, default=0, help="time the coder on N news articles (dai2017)")
    args = parser.parse_args()
    if not args.shared.exists():
        print(f"{args.shared}: not found (the evaluation needs ../shared)", file=sys.stderr)
        return 1
    nlp = load_pipeline()
    coder = EventCoder() if args.min_confidence is None else EventCoder(min_confidence=args.min_confidence)
    find = stand_in_finder(country_table(args.shared)) if args.stand_in else resolver_finder()
    started = time.perf_counter()
    for score in evaluate(args.shared, nlp, coder, find, args.datasets, args.india_limit):
        print(score.line())
    print(f"elapsed {time.perf_counter() - started:.1f}s")
    if args.errors:
        print_gsr_errors(args.shared, nlp, coder, find, args.errors)
    if args.speed:
        measure_speed(args.shared, nlp, coder, args.speed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
