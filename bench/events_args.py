"""Arguments of the events stage: who did it to whom, measured and diagnosed (round 10).

Usage:
    PYTHONPATH=src .venv/bin/python bench/events_args.py [--shared ../shared] [--cache DIR]
        [--diagnose N] [--gsr] [--weak N [--skip K]] [--save FILE] [--compare FILE]

``--diagnose N`` codes the CAMEO PentaClass training sentences that have a source (S) and a target
(T) span in ``conflibert_cameo/cameo_ner/train.txt`` (rules only, actors-stage mentions), prints the
overlap figures of ``bench/events_eval.py --diagnose`` and groups the sentences whose recipient
misses the T span by cause (``eventwire.events.argument_causes``), with N examples each.
``--gsr`` prints the PLOVER gold records' figures (actor/recipient country accuracy).
``--weak N`` counts distrusted records on N dai2017 articles; ``--save FILE`` writes their records,
``--compare FILE`` prints the records whose parties differ from a saved run (for hand checks).
``--cache DIR`` keeps parses and mentions between runs (they do not depend on the events stage); the
cache key includes a fingerprint of the nlp and actors stages' code and data, so a change there parses anew.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc, DocBin

import eventwire
from eventwire.events import EventCoder
from eventwire.events.argument_causes import miss_cause
from eventwire.events.diagnose import (
    WEAK_KINDS,
    normalised,
    overlaps,
    read_ner,
    through_pronoun,
    top_event,
    weak_kinds,
)
from eventwire.events.evaluate import evaluate, penta_rows
from eventwire.nlp import load_pipeline
from eventwire.records import Article, Event, Mention

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from events_eval import dai2017_texts, resolver_finder  # noqa: E402

MENTION_SOURCES = ("actors", "nlp", "data/kb", "data/nlp", "records.py")


def mention_fingerprint() -> str:
    """A digest of the code and data the parses and mentions depend on (nlp and actors stages)."""
    package = Path(eventwire.__file__).resolve().parent
    digest = hashlib.sha1()
    for source in MENTION_SOURCES:
        root = package / source
        for path in sorted([root] if root.is_file() else root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(package)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def parsed(texts: list[str], nlp, find, cache: Path | None, name: str) -> list[tuple[Doc, list[Mention]]]:
    """(doc, mentions) of each text as a one-line article, from ``cache`` when it holds them (keyed on
    the texts and on the nlp and actors stages' code and data)."""
    key = hashlib.sha1(("\n".join(texts) + mention_fingerprint()).encode()).hexdigest()[:12]
    path = cache / f"{name}-{key}" if cache is not None else None
    if path is not None and path.with_suffix(".docs").exists():
        docs = list(DocBin().from_disk(path.with_suffix(".docs")).get_docs(nlp.vocab))
        mentions = pickle.loads(path.with_suffix(".mentions").read_bytes())
        return list(zip(docs, mentions, strict=True))
    docs = list(nlp.pipe(texts, batch_size=32))
    mentions = [find(doc, article(i, doc.text)) for i, doc in enumerate(docs)]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=True, docs=docs).to_disk(path.with_suffix(".docs"))
        path.with_suffix(".mentions").write_bytes(pickle.dumps(mentions))
    return list(zip(docs, mentions, strict=True))


def article(i: int, text: str) -> Article:
    """A one-line article of a text."""
    return Article(article_id=str(i), source_path="bench", text=text)


def ner_sentences(shared: Path) -> list[tuple[str, dict[str, str]]]:
    """PentaClass training sentences with an S and a T span (whitespace normalised), with the spans."""
    ner = read_ner(shared)
    found = []
    for text, _ in penta_rows(shared):
        roles = ner.get(normalised(text), {})
        if "S" in roles and "T" in roles:
            found.append((" ".join(text.split()), roles))
    return found


def diagnose(shared: Path, nlp, find, cache: Path | None, limit: int) -> None:
    """Overlap figures and the causes of recipient misses on the cameo_ner sentences."""
    sentences = ner_sentences(shared)
    coder = EventCoder(use_classifier=False)
    counts: Counter[str] = Counter()
    groups: dict[str, list[str]] = {}
    pairs = parsed([t for t, _ in sentences], nlp, find, cache, "cameo_ner")
    for i, ((text, roles), (doc, mentions)) in enumerate(zip(sentences, pairs, strict=True)):
        top = top_event(coder(doc, mentions, article(i, text))[0])
        if top is None:
            continue
        counts["coded"] += 1
        actor_hit, recipient_hit = overlaps(top.actor, roles["S"]), overlaps(top.recipient, roles["T"])
        counts["actor hits"] += actor_hit
        counts["recipient hits"] += recipient_hit
        counts["recipient missing"] += not top.recipient
        counts["swapped"] += overlaps(top.actor, roles["T"]) and overlaps(top.recipient, roles["S"])
        if not recipient_hit:
            cause = miss_cause(doc, top, roles["T"])
            groups.setdefault(cause, []).append(shown(top, roles, text))
    coded = counts["coded"] or 1
    print(
        f"arguments vs cameo_ner: {len(sentences)} sentences with S and T, {counts['coded']} coded; "
        f"actor overlaps S {counts['actor hits'] / coded:.3f}, recipient overlaps T "
        f"{counts['recipient hits'] / coded:.3f}, swapped {counts['swapped'] / coded:.3f}, "
        f"recipient missing {counts['recipient missing'] / coded:.3f}"
    )
    print("recipient misses by cause:")
    for cause, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(items):4}  {cause}")
    for cause, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"== {cause} ({len(items)})")
        for line in items[:limit]:
            print(f"    {line}")


def shown(event: Event, roles: dict[str, str], text: str) -> str:
    """One line of a miss: type, actor, recipient, gold spans, sentence."""
    actor = "; ".join(e.mention for e in event.actor)
    recipient = "; ".join(e.mention for e in event.recipient)
    return f"{event.event_type:9} A=[{actor}] R=[{recipient}] S={roles['S']} T={roles['T']} | {text[:160]}"


def weak(
    shared: Path,
    nlp,
    find,
    cache: Path | None,
    n: int,
    save: Path | None,
    compare: Path | None,
    skip: int = 0,
) -> None:
    """Distrusted-record counts on n dai2017 articles (after the first ``skip``); saved records and
    differences from a saved run."""
    texts = dai2017_texts(shared, skip + n)[skip:]
    coder = EventCoder()
    counts: Counter[str] = Counter()
    records = []
    for i, (doc, mentions) in enumerate(parsed(texts, nlp, find, cache, "dai2017")):
        for event in coder(doc, mentions, article(i, doc.text))[0]:
            counts.update(weak_kinds(event, coder.lexicon))
            counts["pronoun"] += through_pronoun(event, coder.lexicon)
            records.append(record_of(i, event))
    print(f"weak records on {len(texts)} dai2017 articles: {len(records)} events")
    for kind in WEAK_KINDS:
        print(f"  {counts[kind]:5}  {kind}")
    print(f"  {counts['pronoun']:5}  (not weak) a party reached through they/them/their/it/its")
    if save is not None:
        save.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    if compare is not None:
        print_changes(records, [json.loads(line) for line in compare.read_text().splitlines() if line])


def record_of(i: int, event: Event) -> dict:
    """The comparable parts of a record."""
    report = event.reports[0]
    return {
        "key": [i, report.span[0], event.event_type, list(report.trigger_span or [])],
        "sentence": report.sentence,
        "actor": [f"{e.mention}<{e.country}>" for e in event.actor],
        "recipient": [f"{e.mention}<{e.country}>" for e in event.recipient],
    }


def print_changes(records: list[dict], before: list[dict]) -> None:
    """Records whose parties differ from the saved run, and records only one run has."""
    old = {json.dumps(r["key"]): r for r in before}
    new = {json.dumps(r["key"]): r for r in records}
    changed = [k for k in new if k in old and parties(new[k]) != parties(old[k])]
    print(
        f"changed parties {len(changed)}, new records {len(new.keys() - old.keys())}, "
        f"gone records {len(old.keys() - new.keys())}"
    )
    for k in changed:
        a, b = old[k], new[k]
        print(f"  {k} A {a['actor']} -> {b['actor']} R {a['recipient']} -> {b['recipient']}")
        print(f"      | {b['sentence'][:240]}")
    for k in [k for k in new if k not in old] + [k for k in old if k not in new]:
        r = new.get(k) or old[k]
        side = "new" if k in new else "gone"
        print(f"  {side} {k} A {r['actor']} R {r['recipient']} | {r['sentence'][:200]}")


def parties(record: dict) -> tuple[list[str], list[str]]:
    """A saved record's actor and recipient names."""
    return record["actor"], record["recipient"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--cache", type=Path, default=None)
    parser.add_argument("--diagnose", type=int, default=None)
    parser.add_argument("--gsr", action="store_true")
    parser.add_argument("--weak", type=int, default=0)
    parser.add_argument("--save", type=Path, default=None)
    parser.add_argument("--compare", type=Path, default=None)
    parser.add_argument("--skip", type=int, default=0, help="with --weak: start after the first N articles")
    args = parser.parse_args()
    if not args.shared.exists():
        print(f"{args.shared}: not found (the evaluation needs ../shared)", file=sys.stderr)
        return 1
    nlp, find = load_pipeline(), resolver_finder()
    if args.diagnose is not None:
        diagnose(args.shared, nlp, find, args.cache, args.diagnose)
    if args.gsr:
        for score in evaluate(args.shared, nlp, EventCoder(), find, ["plover_gsr"]):
            print(score.line())
    if args.weak:
        weak(args.shared, nlp, find, args.cache, args.weak, args.save, args.compare, args.skip)
    return 0


if __name__ == "__main__":
    sys.exit(main())
