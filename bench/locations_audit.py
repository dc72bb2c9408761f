"""Where did it happen? A reproducible random sample of stored events and their locations to judge.

Usage:
    PYTHONPATH=src .venv/bin/python bench/locations_audit.py --db eventwire.db --events events.jsonl
        [--n 60] [--seed 1] [--unlocated | --source SOURCE] [--judgements FILE] [--rescore]

``--events`` is the database's export (``eventwire export FILE --db DB``); the database gives the
article texts (printed at run time only: no article text is saved). Each drawn event is printed with
its type, parties, sentence and location (mention, name, feature, country) and, when the location's
mention lies outside the event's sentence, the text around that mention (a lede's or a dateline's
place). ``--unlocated`` draws events without a location instead, to judge whether the article tells
where they happened (the locations missed); ``--source parties`` draws only locations of that source (e.g. the
country inferred from a domestic event's parties).

``--judgements FILE`` reads a TSV (columns: article_id, trigger_start, event_type, location as judged
(``label_of``), location_ok, precision_ok, error_class; y/n, "-" where not applicable): for located
events, location_ok says the place is where the event happened (or lies around it: a city for an event in
one of its districts), precision_ok that it is as fine as the article allows for this event (not a
country where the text names the city); for unlocated events, location_ok = "n" means the article tells
where the event happened and no location was given. ``--rescore`` reads the judged events themselves
instead of a fresh draw: a judged event whose location is unchanged keeps its verdict; one whose location
is gone counts as removed right or removed wrong (by its old verdict); one whose location changed is
listed to judge again.
``--save FILE`` writes a judgement TSV of the drawn events with their locations and empty verdicts.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections import Counter
from pathlib import Path

from eventwire.store import Store
from eventwire.store.browse import get_article

CONTEXT = 160
Key = tuple[str, int, str]


def read_events(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def key_of(event: dict) -> Key:
    """The event's first report: article, trigger start, type (stable across runs of the same code)."""
    report = event["reports"][0]
    start = (report.get("trigger_span") or report["span"])[0]
    return report["article_id"], int(start), event["event_type"]


def draw(events: list[dict], n: int, seed: int, located: bool, source: str | None = None) -> list[dict]:
    """``n`` events drawn with ``seed``: located or not, and (``source``) only locations read from there."""
    pool = [e for e in events if (e.get("location") is not None) == located]
    if source is not None:
        pool = [e for e in pool if (e.get("location") or {}).get("source") == source]
    pool.sort(key=key_of)
    return random.Random(seed).sample(pool, min(n, len(pool)))


def with_texts(db: str, events: list[dict]) -> dict[str, str]:
    """The text of each drawn event's article."""
    store = Store(db)
    texts: dict[str, str] = {}
    with store.reading() as conn:
        for event in events:
            article_id = event["reports"][0]["article_id"]
            if article_id not in texts:
                texts[article_id] = (get_article(conn, article_id) or {}).get("text") or ""
    store.dispose()
    return texts


def label_of(location: dict | None) -> str:
    """The location as the judgements record it: name|feature|start of its mention."""
    if not location:
        return "None"
    return f"{location.get('name')}|{location.get('feature')}|{(location.get('span') or [None])[0]}"


def party_label(parties: list[dict]) -> str:
    return "; ".join(f"{p.get('name')} [{p.get('kb_id') or p.get('country') or '-'}]" for p in parties) or "-"


def location_label(location: dict | None) -> str:
    if not location:
        return "None"
    return (
        f"{location.get('mention')!r} → {location.get('name')} ({location.get('feature')}, "
        f"{location.get('country')}) at {location.get('span')}"
    )


def show(k: int, event: dict, text: str) -> None:
    report = event["reports"][0]
    start, end = report["span"]
    article_id, trigger_start, event_type = key_of(event)
    print(f"[{k}] {article_id}\t{trigger_start}\t{event_type} {event.get('mode') or ''}")
    print(f"    actor: {party_label(event['actor'])} | recipient: {party_label(event['recipient'])}")
    print(f"    sentence: {report['sentence'][:400]!r}")
    location = event.get("location")
    print(f"    location: {location_label(location)}")
    span = (location or {}).get("span")
    if span and not (start <= span[0] < end):
        print(f"    place told at: {text[max(0, span[0] - CONTEXT) : span[1] + CONTEXT]!r}")
    if location is None:
        print(f"    lede: {text[:300]!r}")


def read_judgements(path: Path) -> dict[Key, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(row["article_id"], int(row["trigger_start"]), row["event_type"]): row for row in rows}


def share(verdicts: list[dict[str, str]], column: str) -> str:
    judged = [v[column] for v in verdicts if v.get(column) in ("y", "n")]
    if not judged:
        return "-"
    right = sum(v == "y" for v in judged)
    return f"{right / len(judged):.3f} ({right}/{len(judged)})"


def rescore(events: list[dict], verdicts: dict[Key, dict[str, str]]) -> tuple[list[dict], dict]:
    """The judged events still located as judged (verdicts kept); the others reported by kind."""
    by_key = {key_of(e): e for e in events}
    kept, removed = [], Counter()
    for key in sorted(verdicts):
        old, event = verdicts[key], by_key.get(key)
        now = label_of(event.get("location")) if event else "gone"
        if now == old["location"]:
            kept.append(event)
        elif now in ("None", "gone"):
            removed["right" if old["location_ok"] == "y" else "wrong"] += 1
            print(f"REMOVED {key}: {old['location']} ({now}), was location_ok {old['location_ok']}")
        else:
            print(
                f"CHANGED {key}: {old['location']} -> {now}, "
                f"was location_ok {old['location_ok']}: judge again"
            )
    print(f"removed right {removed['right']}, removed wrong {removed['wrong']}")
    return kept, verdicts


def save(path: Path, drawn: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        f.write("article_id\ttrigger_start\tevent_type\tlocation\tlocation_ok\tprecision_ok\terror_class\n")
        for event in drawn:
            article_id, start, event_type = key_of(event)
            f.write(f"{article_id}\t{start}\t{event_type}\t{label_of(event.get('location'))}\t\t\t\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--events", type=Path, required=True)
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--unlocated", action="store_true")
    parser.add_argument(
        "--source", help="draw only locations of this source (sentence, lede, dateline, parties)"
    )
    parser.add_argument("--judgements", type=Path)
    parser.add_argument("--rescore", action="store_true")
    parser.add_argument("--save", type=Path)
    args = parser.parse_args()
    events = read_events(args.events)
    verdicts = read_judgements(args.judgements) if args.judgements else {}
    located = sum(e.get("location") is not None for e in events)
    features = Counter((e.get("location") or {}).get("feature") for e in events if e.get("location"))
    print(f"{len(events)} events, {located} located ({located / max(1, len(events)):.1%}): {dict(features)}")
    if args.rescore:
        drawn, verdicts = rescore(events, verdicts)
    else:
        drawn = draw(events, args.n, args.seed, located=not args.unlocated, source=args.source)
    texts = with_texts(args.db, drawn)
    for k, event in enumerate(drawn):
        show(k, event, texts[event["reports"][0]["article_id"]])
    if args.save:
        save(args.save, drawn)
    judged = [verdicts[key] for e in drawn if (key := key_of(e)) in verdicts]
    if judged:
        errors = Counter(v.get("error_class") for v in judged if v.get("error_class") not in (None, "", "-"))
        print(
            f"judged {len(judged)} of {len(drawn)}: location right {share(judged, 'location_ok')}, "
            f"precision right {share(judged, 'precision_ok')}; errors {dict(errors)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
