"""A reproducible random sample of stored statements (quotations and reported speech) to judge by reading.

Usage:
    PYTHONPATH=src .venv/bin/python bench/quotes_sample.py --db eventwire.db [--n 25] [--seed 1]
        [--judgements FILE]

Prints each drawn statement with its speaker and the text around it in its article (at run time only:
no article text is saved). ``--judgements FILE`` reads a TSV (columns: article_id, span_start,
statement_ok, speaker_ok; y/n) and prints the share of drawn statements judged a real statement with
sound boundaries (not a title, a slogan, a scare quote or text between two quotations) and the share
whose speaker is right.
"""

from __future__ import annotations

import argparse
import csv
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


def read_judgements(path: Path) -> dict[tuple[str, int], dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(row["article_id"], int(row["span_start"])): row for row in rows}


def show(k: int, quote: dict) -> None:
    speaker = quote.get("speaker") or {}
    start, end = quote["span"]
    text = quote["article_text"]
    print(f"[{k}] {quote['article_id']}\t{start}\tspeaker={speaker.get('name')} ({speaker.get('country')})")
    print(f"    quote: {quote['text'][:240]!r}")
    print(f"    text:  {text[max(0, start - CONTEXT) : end + CONTEXT]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--n", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--judgements", type=Path)
    args = parser.parse_args()
    drawn = draw(args.db, args.n, args.seed)
    for k, quote in enumerate(drawn):
        show(k, quote)
    if args.judgements:
        verdicts = read_judgements(args.judgements)
        judged = [verdicts[key] for q in drawn if (key := (q["article_id"], q["span"][0])) in verdicts]
        if judged:
            ok = sum(v["statement_ok"] == "y" for v in judged)
            speaker_ok = sum(v["speaker_ok"] == "y" for v in judged)
            print(
                f"judged {len(judged)} of {len(drawn)}: statement {ok / len(judged):.3f}, "
                f"speaker {speaker_ok / len(judged):.3f}"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
