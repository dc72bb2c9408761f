"""How far an event's confidence tells whether it is right: precision per confidence band on judged real news.

Usage:
    PYTHONPATH=src .venv/bin/python bench/events_calibration.py [--shared ../shared]
        [--judgements bench/data/events_audit_seed19.tsv ...] [--thresholds 0.5 0.6 0.7 0.8 0.9]

Re-codes, with the current code, the articles of the hand-judged audit records (``bench/events_audit.py``;
by default every ``bench/data/events_audit_seed*.tsv`` from seed 10 on, the rounds whose judging guide is
the current one) and joins each judged record still produced with its verdict. Prints, per confidence
band, the records and their precision (type right; type right and it happened; the whole record), then
for each threshold the share of the judged records kept and their precision: what an analyst filtering
with ``--min-confidence`` gets. A record judged in several seeds counts once (the latest seed's verdict).
Judged seeds are the rules' development material, so the precision is optimistic; a fresh seed, given
alone with ``--judgements``, is the honest estimate.
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from events_audit import Record, judged_articles, read_judgements, record_ok
from eventwire.events import EventCoder
from eventwire.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
FIRST_SEED = 10  # seeds 1-5 were judged by an older guide
BANDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True)
class Judged:
    """A judged record's current confidence and its verdicts."""

    confidence: float
    type_ok: bool
    happened: bool
    whole: bool
    reason: str = ""


def default_judgements() -> list[Path]:
    """The judged audit seeds from FIRST_SEED on, in seed order."""
    found = []
    for path in (ROOT / "bench/data").glob("events_audit_seed*.tsv"):
        seed = int(re.sub(r"\D", "", path.stem))
        if seed >= FIRST_SEED:
            found.append((seed, path))
    return [path for _, path in sorted(found)]


def merged_judgements(paths: list[Path]) -> dict[str, dict[str, str]]:
    """Verdicts by record id; a later file's verdict replaces an earlier one's."""
    merged: dict[str, dict[str, str]] = {}
    for path in paths:
        merged.update(read_judgements(path))
    return merged


def judged_records(judgements: dict[str, dict[str, str]], shared: Path) -> list[Judged]:
    """Re-code the judged records' articles and pair each judged record still produced with its verdict."""
    from eventwire.actors import ActorResolver, KnowledgeBase

    resolver = ActorResolver(KnowledgeBase.load())
    nlp, coder = load_pipeline(), EventCoder()
    found: list[Judged] = []
    for corpus, article in judged_articles(judgements, shared):
        doc = nlp(article.text)
        events, _ = coder(doc, resolver(doc, article), article)
        for event in events:
            row = judgements.get(Record(corpus, article, event).key)
            if row is None:
                continue
            type_ok = row["type_ok"] == "y"
            happened = type_ok and row["happened"] == "y"
            reason = event.reports[0].reason or ""
            found.append(Judged(event.confidence, type_ok, happened, record_ok(row), reason))
    return found


def precision_line(label: str, records: list[Judged], total: int) -> str:
    """Records, share of all, and the three precisions of a set of judged records."""
    n = len(records)
    if not n:
        return f"{label:>14}  {0:5}"
    share = n / total
    type_ok = sum(r.type_ok for r in records) / n
    happened = sum(r.happened for r in records) / n
    whole = sum(r.whole for r in records) / n
    return f"{label:>14}  {n:5}  {share:6.1%}  {type_ok:6.3f}  {happened:9.3f}  {whole:6.3f}"


def print_calibration(records: list[Judged], thresholds: list[float]) -> None:
    total = len(records)
    header = f"{'':>14}  {'n':>5}  {'share':>6}  {'type':>6}  {'happened':>9}  {'whole':>6}"
    print("per confidence band")
    print(header)
    for low, high in itertools.pairwise(BANDS):
        band = [r for r in records if low <= r.confidence < high]
        print(precision_line(f"[{low:.1f}, {min(high, 1.0):.1f})", band, total))
    print("kept at or above a threshold (--min-confidence)")
    print(header)
    for threshold in thresholds:
        print(precision_line(f">= {threshold:.2f}", [r for r in records if r.confidence >= threshold], total))


def reason_kinds(reason: str) -> list[str]:
    """Coarse kinds of a report's reason line: the pattern's origin, the trigger's part of speech, a changed
    type, and each framing ("reported speech", "a stated intent", "in a relative clause", ...)."""
    if not reason:
        return ["(no reason)"]
    head, *framing = reason.split("; ")
    kinds = [
        "pattern from the CAMEO dictionary" if "(CAMEO" in head else "pattern from triggers.yaml",
        f"{head.split(' ', 1)[0]} trigger",
    ]
    if " read as " in head:
        kinds.append("type changed (read as)")
    kinds += [part.split(" (", 1)[0] for part in framing] or ["no framing"]
    return kinds


def print_by_reason(records: list[Judged]) -> None:
    """Precision of the records whose reason shows each kind (a record counts under each of its kinds)."""
    total = len(records)
    by_kind: dict[str, list[Judged]] = {}
    for record in records:
        for kind in reason_kinds(record.reason):
            by_kind.setdefault(kind, []).append(record)
    print("by what the reason line says")
    print(f"{'':>14}  {'n':>5}  {'share':>6}  {'type':>6}  {'happened':>9}  {'whole':>6}  kind")
    for kind, group in sorted(by_kind.items(), key=lambda item: -len(item[1])):
        print(precision_line("", group, total) + f"  {kind}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--judgements", type=Path, nargs="*", default=None)
    parser.add_argument("--thresholds", type=float, nargs="*", default=[0.0, 0.5, 0.6, 0.7, 0.8, 0.9])
    args = parser.parse_args()
    if not (args.shared / "corpora").exists():
        print(f"{args.shared}: no corpora found (the calibration needs ../shared)", file=sys.stderr)
        return 1
    paths = args.judgements or default_judgements()
    judgements = merged_judgements(paths)
    records = judged_records(judgements, args.shared)
    print(f"{len(judgements)} judged records in {len(paths)} files; {len(records)} still produced")
    print_calibration(records, args.thresholds)
    print_by_reason(records)
    return 0


if __name__ == "__main__":
    sys.exit(main())
