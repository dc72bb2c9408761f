"""Date resolution figures: MEANTIME TIMEX3 values, and dated news articles (dai2017, Wikinews).

    .venv/bin/python bench/time_eval.py [--shared ../shared] [--events-sample 200] [--events FILE.jsonl]

1. MEANTIME (dev): each gold TIMEX3 of type DATE or TIME (not the creation time) is matched to an
   expression that overlaps it; value accuracy compares our value with the gold value brought to our
   forms (weeks -> the month holding the whole week, else the year; quarters, seasons -> year;
   "2008-10-10T10:00" -> "2008-10-10"), with the document creation time as the anchor.
2. Dated articles: every expression of every article, resolved against its publication date: share
   with day precision, past-tense values after publication (should be none), expressions/s.
3. Events: --events reads event records (jsonl, e.g. `eventwire events --format jsonl`) and counts
   day-precision dates and dates after their report's publication. Without it, a sample of articles
   is parsed and each past-tense main clause stands in for an event (trigger = its verb), annotated
   by timeline.annotate.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from spacy.tokens import Doc

from eventwire.records import Article, Entity, Event, Report, TimeExpression
from eventwire.timeline import Gazetteer, annotate, find_dates
from eventwire.timeline.anchor import span_value

ROOT = Path(__file__).resolve().parent.parent
SCORED_TYPES = {"DATE", "TIME"}


# ---------------------------------------------------------------- MEANTIME


def gold_value(value: str) -> tuple[str | None, str]:
    """A TIMEX3 value in our forms: (value, precision); (None, "unknown") for PRESENT_REF and the like."""
    value = value.strip()
    if m := re.fullmatch(r"(\d{4}-\d\d-\d\d)(?:T.*)?", value):
        return m.group(1), "day"
    if re.fullmatch(r"\d{4}-\d\d", value):
        return value, "month"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)-WE", value):  # a weekend: its Saturday, as a range's value
        return date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6).isoformat(), "day"
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", value):
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return span_value(monday, monday + timedelta(days=6))
    if m := re.fullmatch(r"(\d{4})(?:-(?:Q\d|H\d|SP|SU|FA|AU|WI))?", value):
        return m.group(1), "year"
    if re.fullmatch(r"\d{2,3}", value):
        return value, "unknown"
    return None, "unknown"


def meantime_figures(path: Path) -> dict[str, float]:
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    n_gold = matched = value_ok = precision_ok = unresolvable = 0
    for d in docs:
        found = find_dates(d["text"], d["dct"])
        for t in d["timexes"]:
            if t["type"] not in SCORED_TYPES or t["function_in_document"] == "CREATION_TIME":
                continue
            expected, expected_precision = gold_value(t["value"])
            if expected is None:
                unresolvable += 1
                continue
            n_gold += 1
            hit = next((x for x in found if x.span[0] < t["end"] and t["start"] < x.span[1]), None)
            if hit is None:
                continue
            matched += 1
            value_ok += hit.value == expected
            precision_ok += hit.precision == expected_precision
    return {
        "gold DATE/TIME timexes with a calendar value": n_gold,
        "gold PRESENT_REF/PAST_REF and the like (not scored)": unresolvable,
        "found (overlap)": matched / n_gold if n_gold else 0.0,
        "value accuracy (found)": value_ok / matched if matched else 0.0,
        "value accuracy (all gold)": value_ok / n_gold if n_gold else 0.0,
        "precision agreement (found)": precision_ok / matched if matched else 0.0,
    }


# ---------------------------------------------------------------- dated articles


def iso_date(text: str) -> str | None:
    """ "2017/2/7", "2017/3/9 7:11", "2019-01-04" -> ISO date."""
    m = re.match(r"(\d{4})[/-](\d{1,2})[/-](\d{1,2})", text or "")
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None


def dated_articles(shared: Path) -> Iterator[tuple[str, Article]]:
    """(corpus, article) for every dated article of dai2017 and Wikinews 2019-2020."""
    dai = shared / "corpora" / "news_articles_dai2017" / "news_articles.jsonl"
    if dai.exists():
        for line in dai.open(encoding="utf-8"):
            row = json.loads(line)
            published = iso_date(row.get("publish_date", ""))
            if published and row.get("text"):
                yield (
                    "dai2017",
                    Article(f"dai-{row['article_id']}", str(dai), row["text"], published=published),
                )
    csv.field_size_limit(10**8)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        path = shared / "corpora" / "wikinews_2019_2020" / name
        if not path.exists():
            continue
        with path.open(encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                published = iso_date(row.get("date", ""))
                if published and row.get("text"):
                    yield "wikinews", Article(f"wn-{name}-{i}", str(path), row["text"], published=published)


def after_publication(x: TimeExpression, published: str) -> bool:
    return (
        x.value is not None
        and re.fullmatch(r"\d{4}(-\d\d){0,2}", x.value) is not None
        and (x.value > published[: len(x.value)])
    )


def expression_figures(articles: list[tuple[str, Article]]) -> dict[str, dict[str, float]]:
    per_corpus: dict[str, Counter[str]] = {}
    seconds: Counter[str] = Counter()
    for corpus, article in articles:
        counts = per_corpus.setdefault(corpus, Counter())
        started = time.perf_counter()
        found = find_dates(article.text, article.published)
        seconds[corpus] += time.perf_counter() - started
        counts["articles"] += 1
        counts["chars"] += len(article.text)
        counts["expressions"] += len(found)
        counts["day precision"] += sum(x.precision == "day" for x in found)
        counts["resolved"] += sum(x.value is not None for x in found)
        counts["past after publication"] += sum(
            x.tense == "past" and after_publication(x, article.published) for x in found
        )
        counts["future"] += sum(x.tense == "future" for x in found)
        counts["weekday conflicts"] += sum(x.weekday_conflict for x in found)
    return {
        corpus: {
            "articles": c["articles"],
            "expressions": c["expressions"],
            "resolved share": c["resolved"] / c["expressions"] if c["expressions"] else 0.0,
            "day-precision share": c["day precision"] / c["expressions"] if c["expressions"] else 0.0,
            "past-tense values after publication": c["past after publication"],
            "future-tense expressions": c["future"],
            "weekday conflicts": c["weekday conflicts"],
            "expressions/s": c["expressions"] / seconds[corpus] if seconds[corpus] else 0.0,
            "articles/s": c["articles"] / seconds[corpus] if seconds[corpus] else 0.0,
        }
        for corpus, c in per_corpus.items()
    }


# ---------------------------------------------------------------- events


def stand_in_events(doc: Doc, article: Article) -> list[Event]:
    """One event per past-tense main clause, its verb as the trigger (until real events are fed in)."""
    events = []
    for i, sent in enumerate(doc.sents):
        root = sent.root
        if root.tag_ != "VBD":
            continue
        report = Report(
            article_id=article.article_id,
            source_path=article.source_path,
            sentence=sent.text,
            span=(sent.start_char, sent.end_char),
            published=article.published,
            trigger_span=(root.idx, root.idx + len(root.text)),
        )
        subject = next((t.text for t in root.children if t.dep_ == "nsubj"), "unknown")
        events.append(
            Event(f"{article.article_id}-{i}", root.lemma_.upper(), [Entity(subject, subject)], [], [report])
        )
    return events


def event_figures(events: list[Event]) -> dict[str, float]:
    n = len(events)
    day = sum(e.date_precision == "day" for e in events)
    after = sum(
        1
        for e in events
        if e.date and e.reports and e.reports[0].published and e.date > e.reports[0].published[: len(e.date)]
    )
    sources = Counter(e.date_source or "none" for e in events)
    located = sum(e.location is not None for e in events)
    figures: dict[str, float] = {
        "events": n,
        "day-precision share": day / n if n else 0.0,
        "dates after publication": after,
        "located share": located / n if n else 0.0,
    }
    figures.update({f"date source {k}": v / n for k, v in sorted(sources.items())})
    return figures


def events_from_jsonl(path: Path) -> list[Event]:
    events = []
    for line in path.open(encoding="utf-8"):
        if not line.strip():
            continue
        d = json.loads(line)
        reports = [
            Report(
                r["article_id"],
                r["source_path"],
                r.get("sentence", ""),
                tuple(r["span"]),
                published=r.get("published"),
            )
            for r in d.get("reports", [])
        ]
        event = Event(d["event_id"], d["event_type"], [], [], reports)
        event.date, event.date_precision, event.date_source = (
            d.get("date"),
            d.get("date_precision"),
            d.get("date_source"),
        )
        event.location = d.get("location")  # type: ignore[assignment]
        events.append(event)
    return events


def annotated_sample(articles: list[tuple[str, Article]], size: int) -> tuple[list[Event], float]:
    from eventwire.nlp import load_pipeline

    nlp, gazetteer = load_pipeline(), Gazetteer.load()
    step = max(1, len(articles) // size) if size else 1
    sample = [a for _, a in articles[::step]][:size]
    events: list[Event] = []
    started = time.perf_counter()
    for article, doc in zip(sample, nlp.pipe(a.text for a in sample), strict=True):
        article_events = stand_in_events(doc, article)
        annotate(article_events, doc, article, gazetteer)
        events.extend(article_events)
    return events, len(sample) / (time.perf_counter() - started)


# ---------------------------------------------------------------- report


def print_figures(title: str, figures: dict[str, float]) -> None:
    print(title)
    for name, value in figures.items():
        print(f"  {name}: {value:.3f}" if isinstance(value, float) else f"  {name}: {value}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--events-sample", type=int, default=200, help="articles parsed for stand-in events")
    parser.add_argument("--events", type=Path, help="event records (jsonl) from the full pipeline")
    args = parser.parse_args()
    meantime = args.shared / "corpora" / "meantime_en_timex" / "dev.jsonl"
    if not meantime.exists():
        print(f"{meantime}: not found (needs ../shared)", file=sys.stderr)
        return 1
    print_figures("MEANTIME dev (anchor: document creation time)", meantime_figures(meantime))
    articles = list(dated_articles(args.shared))
    for corpus, figures in expression_figures(articles).items():
        print_figures(f"{corpus}: every expression, anchored on the publication date", figures)
    if args.events:
        print_figures(f"events from {args.events}", event_figures(events_from_jsonl(args.events)))
    elif args.events_sample:
        events, rate = annotated_sample(articles, args.events_sample)
        figures = event_figures(events)
        figures["articles/s (parse + annotate)"] = rate
        print_figures(
            f"stand-in events (past-tense main clauses) of {args.events_sample} sampled articles", figures
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
