"""A reproducible random sample of stored statements (quotations and reported speech) to judge by reading.

Usage:
    PYTHONPATH=src .venv/bin/python bench/quotes_sample.py --db eventwire.db [--n 25] [--seed 1]
        [--judgements FILE] [--save FILE] [--compare FILE]

Prints each drawn statement with its speaker (name, mention, KB id, country, sectors, role) and the text
around it in its article (at run time only: no article text is saved). ``--judgements FILE`` reads a TSV
(columns: article_id, span_start, statement_ok, speaker_ok and optionally speaker_code_ok; y/n) and prints
the share of drawn statements judged a real statement with sound boundaries (not a title, a slogan, a
scare quote or text between two quotations), the share whose speaker is right and, over the rows that
judge it, the share whose speaker's actor code (country and sectors, or KB id) is the true speaker's.
``--save FILE`` writes each drawn statement's key and speaker (JSON lines); ``--compare FILE`` prints the
judged statements whose speaker differs from a saved run (old and new speaker, old verdicts), so that only
they need judging again. ``--rescore`` (with ``--judgements``) reads the judged statements themselves instead
of a fresh draw (a change that adds or drops statements moves every pick of the draw): it prints those the
database still holds (with ``--compare``, those whose speaker changed) and those it no longer holds, with
their old verdicts, and the shares over the judged statements still held.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from pathlib import Path

from eventwire.store import Store
from eventwire.store.browse import count_quotes, get_article, quotes_page

CONTEXT = 150


def draw(db: str, n: int, seed: int) -> list[dict]:
    """n statements drawn at random (fixed seed) from the database, each with its article's text."""
    store = Store(db)
    with store.reading() as conn:
        quotes = quotes_page(conn, limit=count_quotes(conn))
        chosen = random.Random(seed).sample(quotes, min(n, len(quotes)))
        for quote in chosen:
            article = get_article(conn, quote["article_id"]) or {}
            quote["article_text"] = article.get("text") or ""
    store.dispose()
    return chosen


def held(db: str, keys: set[tuple[str, int]]) -> list[dict]:
    """The stored statements with these keys (article id, start), each with its article's text."""
    store = Store(db)
    with store.reading() as conn:
        quotes = [q for q in quotes_page(conn, limit=count_quotes(conn)) if key_of(q) in keys]
        for quote in quotes:
            article = get_article(conn, quote["article_id"]) or {}
            quote["article_text"] = article.get("text") or ""
    store.dispose()
    return sorted(quotes, key=key_of)


def read_judgements(path: Path) -> dict[tuple[str, int], dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(row["article_id"], int(row["span_start"])): row for row in rows}


def key_of(quote: dict) -> tuple[str, int]:
    return quote["article_id"], quote["span"][0]


def speaker_label(speaker: dict | None) -> str:
    """The speaker as judged: name, mention, KB id, country, sectors and role."""
    if not speaker:
        return "None"
    code = "/".join(
        str(part)
        for part in (speaker.get("kb_id"), speaker.get("country"), *speaker.get("sectors", []))
        if part
    )
    role = f", {speaker['role']}" if speaker.get("role") else ""
    return f"{speaker.get('name')} <{speaker.get('mention')}> [{code or '-'}{role}]"


def show(k: int, quote: dict) -> None:
    start, end = quote["span"]
    text = quote["article_text"]
    print(f"[{k}] {quote['article_id']}\t{start}\tspeaker={speaker_label(quote.get('speaker'))}")
    print(f"    quote: {quote['text'][:240]!r}")
    print(f"    text:  {text[max(0, start - CONTEXT) : end + CONTEXT]!r}")


def share(verdicts: list[dict[str, str]], column: str) -> str:
    """The share of "y" among the rows that judge a column ("-" when none does)."""
    judged = [v[column] for v in verdicts if v.get(column) in ("y", "n")]
    if not judged:
        return "-"
    return (
        f"{sum(v == 'y' for v in judged) / len(judged):.3f} ({sum(v == 'y' for v in judged)}/{len(judged)})"
    )


def save(path: Path, drawn: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for quote in drawn:
            f.write(
                json.dumps({"key": list(key_of(quote)), "speaker": speaker_label(quote.get("speaker"))})
                + "\n"
            )


def compare(path: Path, drawn: list[dict], verdicts: dict[tuple[str, int], dict[str, str]]) -> None:
    """Print the judged statements whose speaker changed since a saved run."""
    with path.open(encoding="utf-8") as f:
        before = {tuple(row["key"]): row["speaker"] for row in map(json.loads, f)}
    changed = 0
    for k, quote in enumerate(drawn):
        key = key_of(quote)
        now = speaker_label(quote.get("speaker"))
        if key in before and key in verdicts and before[key] != now:
            changed += 1
            verdict = verdicts[key]
            print(f"CHANGED [{k}] {key}: {before[key]} -> {now}")
            code = verdict.get("speaker_code_ok", "?")
            print(f"    old verdicts: speaker {verdict['speaker_ok']}, code {code}")
    print(f"{changed} judged statements changed their speaker")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--n", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--judgements", type=Path)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--rescore", action="store_true")
    args = parser.parse_args()
    verdicts = read_judgements(args.judgements) if args.judgements else {}
    if args.rescore:
        drawn = held(args.db, set(verdicts))
        gone = sorted(set(verdicts) - {key_of(q) for q in drawn})
        for key in gone:
            old = verdicts[key]
            print(f"GONE {key}: statement {old['statement_ok']}, speaker {old['speaker_ok']}")
        print(f"{len(gone)} judged statements no longer stored")
    else:
        drawn = draw(args.db, args.n, args.seed)
    for k, quote in enumerate(drawn):
        show(k, quote)
    if args.save:
        save(args.save, drawn)
    if args.compare:
        compare(args.compare, drawn, verdicts)
    judged = [verdicts[key] for q in drawn if (key := key_of(q)) in verdicts]
    if judged:
        print(
            f"judged {len(judged)} of {len(drawn)}: statement {share(judged, 'statement_ok')}, "
            f"speaker {share(judged, 'speaker_ok')}, speaker code {share(judged, 'speaker_code_ok')}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
