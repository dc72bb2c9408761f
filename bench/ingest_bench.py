"""Measure the ingest stage on ../shared: throughput and memory, date accuracy, furniture left and removed.

    .venv/bin/python bench/ingest_bench.py [--shared ../shared] [--limit N]

Prints its figures; docs/ingest.md keeps the latest run. Needs ../shared (exits with a message otherwise).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from eventwire.ingest import IngestConfig, clean_text, read_inputs
from eventwire.ingest.fields import find_column
from eventwire.ingest.pubdate import date_from_url, parse_date
from eventwire.records import Article, IngestError

THROUGHPUT = {
    "news_articles_dai2017": "news_articles_dai2017/news_articles.jsonl",
    "bbc_news_2225": "bbc_news_2225/bbc_news.jsonl",
    "guardian_syria_sample": "guardian_syria_sample/Guardian_SDF_sample.csv",
    "wikinews_2019_2020": "wikinews_2019_2020",
    "reuters21578": "reuters21578/reuters21578.jsonl",
}
# Phrases of page furniture looked for in the clean text (the residue the rules should leave at zero).
FURNITURE_PROBES = (
    "Latest from",
    "Don't Miss",
    "Exit mobile version",
    "Previous Story",
    "Next Story",
    "ALSO READ",
    "Share this slide",
    "Learn more",
    "Media playback is not supported",
    "Source:-",
    "contributed to this report",
    "do not necessarily reflect",
    "Here's how.",
    "/TASS/.",
    "(Reuters) -",
)


def main() -> None:
    args = _arguments()
    shared = Path(args.shared)
    if not (shared / "corpora").is_dir():
        sys.exit(f"no corpora under {shared}: nothing to measure")
    print(f"# ingest bench — {date.today().isoformat()} — limit {args.limit or 'none'} records per corpus\n")
    seeds(shared / "examples" / "seeds")
    throughput(shared / "corpora", args.limit)
    dates(shared / "corpora", args.limit)
    furniture(shared / "corpora", args.limit)


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", default=str(Path(__file__).resolve().parents[1] / ".." / "shared"))
    parser.add_argument("--limit", type=int, default=0, help="records per corpus (0 = all)")
    return parser.parse_args()


def seeds(folder: Path) -> None:
    print("## seed scrapes")
    for result in read_inputs([folder]):
        if isinstance(result, IngestError):
            print(f"  ERROR {result}")
            continue
        print(
            f"  {Path(result.source_path).name}: title={result.title!r} published={result.published} "
            f"({result.published_source}) outlet={result.outlet!r} chars={len(result.text)}"
        )
    print()


def throughput(corpora: Path, limit: int) -> None:
    print("## throughput (read_inputs, one process) vs. baseline (json/csv parsing only)")
    print("  corpus | records | articles | errors | s | articles/s | baseline records/s | ratio | RSS MB")
    for name, relative in THROUGHPUT.items():
        path = corpora / relative
        if not path.exists():
            continue
        baseline_s, baseline_n = _timed(lambda p=path: _raw_records(p, limit))
        start = time.perf_counter()
        counts: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        for result in _limited(read_inputs([path]), limit):
            counts["article" if isinstance(result, Article) else "error"] += 1
            if isinstance(result, IngestError):
                reasons[result.reason.split("(")[0].strip()] += 1
        seconds = time.perf_counter() - start
        total = counts["article"] + counts["error"]
        print(
            f"  {name} | {total} | {counts['article']} | {counts['error']} | {seconds:.1f} | "
            f"{counts['article'] / seconds:.0f} | {baseline_n / baseline_s:.0f} | "
            f"{seconds / baseline_s:.0f}x | {_peak_rss_mb():.0f}"
        )
        if reasons:
            print(f"      errors: {dict(reasons.most_common(4))}")
    print()


def dates(corpora: Path, limit: int) -> None:
    """Date lines and URL paths against the corpora's own date metadata."""
    print("## publication dates from text and URL, checked against the corpus metadata")
    india = corpora / "india_police_events/metadata.jsonl"
    checks: list[tuple[str, Path, Callable[[dict[str, object]], tuple[date | None, date | None]]]] = [
        ("date line, wikinews_2019", corpora / "wikinews_2019_2020/wikinews_2019.csv", _date_line_vs_field),
        ("date line, india_police_events", india, _date_line_vs_field),
        ("URL path, news_articles_dai2017", corpora / THROUGHPUT["news_articles_dai2017"], _url_vs_field),
        ("URL path, india_police_events", india, _url_vs_field),
    ]
    print("  source | records | found | equal to metadata | differing (metadata minus found, days: count)")
    for label, path, check in checks:
        if not path.exists():
            continue
        found = correct = total = 0
        gaps: Counter[int] = Counter()
        for record in _limited(_raw_records(path, limit), limit):
            total += 1
            extracted, truth = check(record)
            if extracted is not None:
                found += 1
                correct += extracted == truth
                if truth is not None and extracted != truth:
                    gaps[(truth - extracted).days] += 1
        share = f"{correct / found:.1%}" if found else "-"
        found_share = f"{found / max(total, 1):.0%}"
        differing = dict(gaps.most_common(5))
        print(f"  {label} | {total} | {found} ({found_share}) | {correct} ({share}) | {differing}")
    print()


def _date_line_vs_field(record: dict[str, object]) -> tuple[date | None, date | None]:
    text_column = find_column(list(record), "text") or "text"
    scrape = clean_text(str(record.get(text_column) or ""), config=IngestConfig())
    return scrape.published, parse_date(record.get("date"))


def _url_vs_field(record: dict[str, object]) -> tuple[date | None, date | None]:
    published = record.get("publish_date") or record.get("date")
    return date_from_url(str(record.get("url") or "")), parse_date(published)


def furniture(corpora: Path, limit: int) -> None:
    """What the rules removed, and furniture phrases left in raw vs. clean text."""
    print("## furniture: removals by rule, and probe phrases in raw vs. clean text")
    for name in ("news_articles_dai2017", "bbc_news_2225", "guardian_syria_sample", "wikinews_2019_2020"):
        path = corpora / THROUGHPUT[name]
        if not path.exists():
            continue
        rules: Counter[str] = Counter()
        raw_hits = clean_hits = raw_chars = clean_chars = 0
        for record in _limited(_raw_records(path, limit), limit):
            text_column = find_column(list(record), "text") or "text"
            title_column = find_column(list(record), "title")
            raw = str(record.get(text_column) or "")
            scrape = clean_text(raw, title=str(record[title_column]) if title_column else None)
            rules.update(r.rule for r in scrape.removed)
            raw_hits += sum(p in raw for p in FURNITURE_PROBES)
            clean_hits += sum(p in scrape.text for p in FURNITURE_PROBES)
            raw_chars += len(raw)
            clean_chars += len(scrape.text)
        print(
            f"  {name}: probes in raw {raw_hits} -> clean {clean_hits}; "
            f"text kept {clean_chars / max(raw_chars, 1):.1%}; removals {dict(rules.most_common(8))}"
        )
    print()


def _raw_records(path: Path, limit: int) -> Iterator[dict[str, object]]:
    """The records of a JSONL/CSV corpus (or folder of them), parsed with nothing else done."""
    files = sorted(p for p in path.rglob("*") if p.suffix in (".jsonl", ".csv")) if path.is_dir() else [path]
    count = 0
    for file in files:
        with file.open(encoding="utf-8", newline="") as handle:
            if file.suffix == ".csv":
                csv.field_size_limit(10**8)
                rows: Iterator[dict[str, object]] = iter(csv.DictReader(handle))
            else:
                rows = (json.loads(line) for line in handle if line.strip())
            for row in rows:
                yield row
                count += 1
                if limit and count >= limit:
                    return


def _timed(make: Callable[[], Iterator[object]]) -> tuple[float, int]:
    start = time.perf_counter()
    count = sum(1 for _ in make())
    return max(time.perf_counter() - start, 1e-6), count


def _limited(items: Iterator[object], limit: int) -> Iterator[object]:
    for index, item in enumerate(items):
        if limit and index >= limit:
            return
        yield item


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    main()
