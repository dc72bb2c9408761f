"""A corpus we write ourselves from templates: short wire reports of meetings, aid, accusations, protests and
attacks between countries, in several formats, with republished copies, exact duplicates and broken
records, so kill-and-resume and load tests run on hundreds of articles without ../shared.

Deterministic for a seed; every article is distinct text unless it is meant as a copy.
"""

from __future__ import annotations

import csv
import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

COUNTRIES = [
    ("Norway", "Oslo", "Norwegian"),
    ("Estonia", "Tallinn", "Estonian"),
    ("Kenya", "Nairobi", "Kenyan"),
    ("Chile", "Santiago", "Chilean"),
    ("Peru", "Lima", "Peruvian"),
    ("Ghana", "Accra", "Ghanaian"),
    ("Vietnam", "Hanoi", "Vietnamese"),
    ("Portugal", "Lisbon", "Portuguese"),
    ("Mongolia", "Ulaanbaatar", "Mongolian"),
    ("Finland", "Helsinki", "Finnish"),
    ("Uruguay", "Montevideo", "Uruguayan"),
    ("Senegal", "Dakar", "Senegalese"),
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# (sentence template, what happened): {a}/{b} countries, {ad}/{bd} demonyms, {city} the place, {day} weekday
LEDES = [
    "The foreign minister of {a} met his {bd} counterpart in {city} on {day} to discuss trade and fisheries.",
    "{a} sent emergency food aid to {b} on {day} after floods destroyed thousands of homes.",
    "{a} accused {b} on {day} of violating its airspace with military aircraft.",
    "Thousands of {ad} protesters marched in {city} on {day} against the government of {b}.",
    "{a} signed a trade agreement with {b} in {city} on {day}, officials said.",
    "{ad} troops attacked rebel positions near the border with {b} on {day}, the army said.",
    "The president of {a} criticised {b} on {day} for expelling {ad} diplomats.",
    "{a} and {b} agreed on {day} in {city} to resume direct flights next month.",
]
FOLLOWERS = [
    "Officials from both countries said the talks had been constructive.",
    "The ministry said further meetings would follow in the coming weeks.",
    "A spokesman declined to comment on the details.",
    "The statement did not say how many people were affected.",
    "Analysts said relations between the two countries had improved this year.",
    "Opposition leaders called for a parliamentary inquiry.",
]
OUTLETS = ["Harbour Wire", "Northern Ledger", "Meridian Post", "Coastal Times", "Atlas Daily"]


@dataclass(frozen=True)
class Corpus:
    """Where the files are and what a complete ingest of them must store."""

    root: Path
    n_articles: int  # distinct articles (exact copies and duplicate records count once)
    n_errors: int  # inputs and records that must be refused


def make_article(rng: random.Random, number: int, start: date) -> dict[str, str]:
    """One report: a lede built from a template, one or two follow-up sentences, metadata."""
    (a, _, ad), (b, city_b, bd) = rng.sample(COUNTRIES, 2)
    city = rng.choice([city_b, COUNTRIES[rng.randrange(len(COUNTRIES))][1]])
    published = start + timedelta(days=rng.randrange(365))
    day = WEEKDAYS[(published - timedelta(days=rng.randrange(1, 4))).weekday()]
    lede = rng.choice(LEDES).format(a=a, b=b, ad=ad, bd=bd, city=city, day=day)
    follow = " ".join(rng.sample(FOLLOWERS, rng.randrange(1, 3)))
    return {
        "id": f"gen-{number}",
        "title": f"{a} and {b}: report {number}",
        "text": f"{lede} {follow} Reference {number}.",
        "outlet": rng.choice(OUTLETS),
        "url": f"https://news.example.org/{published:%Y/%m/%d}/report-{number}",
        "published": published.isoformat(),
    }


def write_corpus(root: Path, n: int = 500, seed: int = 7) -> Corpus:
    """``n`` distinct articles spread over a JSONL dump (most of them, with broken lines), a CSV dump, a
    gzip JSONL, and single text files (one an exact copy of another), plus a few unreadable files."""
    rng = random.Random(seed)
    start = date(2023, 1, 1)
    articles = [make_article(rng, i, start) for i in range(n)]
    root.mkdir(parents=True, exist_ok=True)
    n_text, n_csv = min(20, n // 10), min(60, n // 5)
    jsonl, rest = articles[: n - n_text - n_csv], articles[n - n_text - n_csv :]
    errors = _write_jsonl(root / "dump.jsonl", jsonl, rng)
    _write_csv(root / "dump.csv", rest[:n_csv])
    for i, art in enumerate(rest[n_csv:]):
        (root / f"text_{i:03d}.txt").write_text(f"{art['title']}\n\n{art['text']}\n", encoding="utf-8")
    if n_text:
        (root / "text_copy.txt").write_bytes((root / "text_000.txt").read_bytes())  # exact duplicate
        errors += 1
    (root / "empty.txt").write_bytes(b"")
    (root / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return Corpus(root, n, errors + 2)


def _write_jsonl(path: Path, articles: list[dict[str, str]], rng: random.Random) -> int:
    """The articles one per line, with a broken line every 50 and a repeated record every 40; returns
    the number of broken lines."""
    lines, broken = [], 0
    for i, art in enumerate(articles):
        lines.append(json.dumps(art))
        if i % 50 == 25:
            lines.append('{"title": "cut off", "text": "The line ends')
            broken += 1
        if i % 40 == 39:
            lines.append(json.dumps(articles[rng.randrange(i)]))  # the same record again: stored once
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return broken


def _write_csv(path: Path, articles: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "title", "text", "outlet", "url", "published"])
        writer.writeheader()
        writer.writerows(articles)
