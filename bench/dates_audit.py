"""When did it happen? A reproducible random sample of stored events and their dates to judge.

Usage:
    PYTHONPATH=src .venv/bin/python bench/dates_audit.py --db eventwire.db --events events.jsonl
        [--n 60] [--seed 1] [--source SOURCE | --undated] [--judgements FILE] [--rescore] [--save FILE]

``--events`` is the database's export (``eventwire export FILE --db DB``); the database gives the
article texts (printed at run time only: no article text is saved). Each drawn event is printed with its
type, parties, sentence, publication day and date (value, precision, source, expression) and, when the
date's expression lies outside the event's sentence, the text around it; for a date taken from the lede
or the publication day, the lede. The draw is over all events, dated or not (``--source lede`` draws
only dates of that source, ``--undated`` only undated events).

``--judgements FILE`` reads a TSV (columns: article_id, trigger_start, event_type, date as drawn
(``label_of``), date_ok, error_class; y/n, "-" where it cannot be told): for a dated event, date_ok says
the event happened within the date at its precision (on that day, in that month or year); for an undated
one, date_ok = "y" when the article does not tell when it happened (unknown is the right answer) and "n"
when it does (a date missed). ``--rescore`` reads the judged events themselves instead of a fresh draw:
an event whose date is unchanged keeps its verdict; a changed one is listed to judge again.
The figures: dated right (of dated events judged), undated right (of undated events judged), and every
event's date right (dated right or rightly undated, of all judged).
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

from locations_audit import key_of, party_label, read_events, read_judgements, share, with_texts

CONTEXT = 160
LEDE_CHARS = 400
Key = tuple[str, int, str]


def label_of(event: dict) -> str:
    """The date as the judgements record it: value|precision|source."""
    return f"{event.get('date')}|{event.get('date_precision')}|{event.get('date_source')}"


def draw(events: list[dict], n: int, seed: int, source: str | None, undated: bool) -> list[dict]:
    """``n`` events drawn with ``seed``: all, only dates of ``source``, or only undated events."""
    pool = events
    if undated:
        pool = [e for e in events if not e.get("date")]
    elif source is not None:
        pool = [e for e in events if e.get("date_source") == source]
    pool = sorted(pool, key=key_of)
    return random.Random(seed).sample(pool, min(n, len(pool)))


def show(k: int, event: dict, text: str) -> None:
    report = event["reports"][0]
    start, end = report["span"]
    article_id, trigger_start, event_type = key_of(event)
    print(f"[{k}] {article_id}\t{trigger_start}\t{event_type}  published {report.get('published')}")
    print(f"    actor: {party_label(event['actor'])} | recipient: {party_label(event['recipient'])}")
    print(f"    sentence: {report['sentence'][:400]!r}")
    print(
        f"    date: {event.get('date')} ({event.get('date_precision')}, {event.get('date_source')}, "
        f"{event.get('date_expression')!r})"
    )
    expression = event.get("date_expression")
    told_at = text.find(expression) if expression else -1
    if expression and not (start <= told_at < end) and told_at >= 0:
        print(f"    told at: {text[max(0, told_at - CONTEXT) : told_at + len(expression) + CONTEXT]!r}")
    if event.get("date_source") in ("lede", "published", None) or not event.get("date"):
        print(f"    lede: {text[:LEDE_CHARS]!r}")


def rescore(events: list[dict], verdicts: dict[Key, dict[str, str]]) -> list[dict]:
    """The judged events whose date is unchanged (verdicts kept); the others listed to judge again."""
    by_key = {key_of(e): e for e in events}
    kept = []
    for key in sorted(verdicts):
        old, event = verdicts[key], by_key.get(key)
        if event is None:
            print(f"GONE {key}: was {old['date']} date_ok {old['date_ok']}")
        elif label_of(event) == old["date"]:
            kept.append(event)
        else:
            was = f"was date_ok {old['date_ok']}"
            print(f"CHANGED {key}: {old['date']} -> {label_of(event)}, {was}: judge again")
    return kept


def save(path: Path, drawn: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("article_id\ttrigger_start\tevent_type\tdate\tdate_ok\terror_class\n")
        for event in drawn:
            article_id, start, event_type = key_of(event)
            f.write(f"{article_id}\t{start}\t{event_type}\t{label_of(event)}\t\t\n")


def report(drawn: list[dict], verdicts: dict[Key, dict[str, str]]) -> None:
    """The three shares over the judged events among ``drawn``, and the error classes."""
    judged = [(e, verdicts[key]) for e in drawn if (key := key_of(e)) in verdicts]
    if not judged:
        return
    dated = [v for e, v in judged if e.get("date")]
    undated = [v for e, v in judged if not e.get("date")]
    errors = Counter(v.get("error_class") for _, v in judged if v.get("error_class") not in (None, "", "-"))
    every = share([v for _, v in judged], "date_ok")
    print(
        f"judged {len(judged)} of {len(drawn)}: dated right {share(dated, 'date_ok')}, "
        f"undated right {share(undated, 'date_ok')}, every date right {every}"
    )
    by_source: Counter[str | None] = Counter()
    right: Counter[str | None] = Counter()
    for event, verdict in judged:
        if verdict.get("date_ok") in ("y", "n"):
            by_source[event.get("date_source")] += 1
            right[event.get("date_source")] += verdict["date_ok"] == "y"
    print("by source: " + ", ".join(f"{s}: {right[s]}/{n}" for s, n in by_source.most_common()))
    print(f"errors {dict(errors)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--events", type=Path, required=True)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--source", help="draw only dates of this source (sentence, lede, published, ...)")
    parser.add_argument("--undated", action="store_true", help="draw only undated events")
    parser.add_argument("--judgements", type=Path)
    parser.add_argument("--rescore", action="store_true")
    parser.add_argument("--save", type=Path)
    args = parser.parse_args()
    events = read_events(args.events)
    verdicts = read_judgements(args.judgements) if args.judgements else {}
    sources = Counter(e.get("date_source") for e in events)
    print(f"{len(events)} events; date sources {dict(sources)}")
    drawn = (
        rescore(events, verdicts)
        if args.rescore
        else draw(events, args.n, args.seed, args.source, args.undated)
    )
    texts = with_texts(args.db, drawn)
    for k, event in enumerate(drawn):
        show(k, event, texts[event["reports"][0]["article_id"]])
    if args.save:
        save(args.save, drawn)
    report(drawn, verdicts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
