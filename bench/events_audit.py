"""Precision audit of the events stage on real news: a reproducible random sample of coded records.

Usage:
    PYTHONPATH=src .venv/bin/python bench/events_audit.py [--corpus guardian bbc wikinews dai2017]
        [--n 120] [--seed 1] [--shared ../shared] [--judgements bench/data/events_audit_seed1.tsv]
        [--save FILE] [--compare FILE] [--rescore]

Articles are drawn at random (fixed seed) from each corpus and coded with the actors stage's
mentions; from each corpus's pooled records, an equal share of the n records is drawn at random
(same seed) and printed: id, type, mode, confidence, actor and recipient (name [country/kb id]),
who said so, the trigger and the sentence. The sentences are printed at run time only.

``--rescore`` (with ``--judgements``) re-codes only the articles of the judged records with the
current code and reports which judged records are still produced (their precision) and which are
gone (removed right / removed wrong: type right and happened, or not).

``--judgements FILE`` reads a hand-judged TSV (columns: id, type_ok, happened, actor_ok,
recipient_ok, error_class; y/n, "-" where not applicable) and prints the precision of the type and
of the whole record over the judged ids of this sample. Corpora: guardian_syria_sample, bbc_news_2225
(politics), wikinews_2019_2020, news_articles_dai2017 beyond its first 1,000 articles (the rounds
before read the first 1,000).

``--save FILE`` writes each drawn record's id and parties (JSON lines); ``--compare FILE`` prints,
for the judged records of this sample, those whose actor or recipient differ from a saved run (old
and new parties, the old judgement and the sentence), so that only they need judging again. With
``--rescore`` both apply to the judged records still produced (like for like across a changed draw).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from eventwire.events import EventCoder
from eventwire.nlp import load_pipeline
from eventwire.records import Article, Entity, Event

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("guardian", "bbc", "wikinews", "dai2017")
DAI_SKIP = 1000  # the rounds before read dai2017's first 1,000 articles
MAX_CHARS = 8000  # long articles are cut (at a paragraph) to keep the parse short
POOL_FACTOR = 3  # code articles until a corpus's pool holds this many times its quota
MAX_ARTICLES = 60


@dataclass(frozen=True)
class Record:
    """One coded record with the article it came from."""

    corpus: str
    article: Article
    event: Event

    @property
    def key(self) -> str:
        start, end = self.event.reports[0].trigger_span or self.event.reports[0].span
        return f"{self.corpus}:{self.article.article_id}:{start}-{end}:{self.event.event_type}"


def cut(text: str) -> str:
    """The article's text, cut at the last paragraph break before MAX_CHARS."""
    if len(text) <= MAX_CHARS:
        return text
    head = text[:MAX_CHARS]
    return head[: head.rfind("\n")] if "\n" in head else head


def read_guardian(shared: Path) -> list[Article]:
    path = shared / "corpora/guardian_syria_sample/Guardian_SDF_sample.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Article(
            article_id=f"g{row['']}", source_path="guardian", text=cut(row["text"]), published=row["date"]
        )
        for row in rows
        if row["text"].strip()
    ]


def read_bbc(shared: Path) -> list[Article]:
    path = shared / "corpora/bbc_news_2225/bbc_news.jsonl"
    articles = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["category"] == "politics":
                articles.append(Article(article_id=row["id"], source_path="bbc", text=cut(row["text"])))
    return articles


def read_wikinews(shared: Path) -> list[Article]:
    articles = []
    for year in ("2019", "2020"):
        path = shared / f"corpora/wikinews_2019_2020/wikinews_{year}.csv"
        with path.open(encoding="utf-8", newline="") as handle:
            for i, row in enumerate(csv.DictReader(handle)):
                articles.append(
                    Article(
                        article_id=f"w{year}-{i}",
                        source_path="wikinews",
                        text=cut(row["text"]),
                        title=row["title"],
                        published=row["date"],
                    )
                )
    return articles


def read_dai2017(shared: Path) -> list[Article]:
    path = shared / "corpora/news_articles_dai2017/news_articles.jsonl"
    articles = []
    with path.open(encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if i < DAI_SKIP:
                continue
            row = json.loads(line)
            date = row.get("publish_date", "").split()[0].split("/")
            published = f"{date[0]}-{int(date[1]):02d}-{int(date[2]):02d}" if len(date) == 3 else None
            articles.append(
                Article(
                    article_id=f"d{row['article_id']}",
                    source_path="dai2017",
                    text=cut(row["text"]),
                    published=published,
                )
            )
    return articles


READERS = {"guardian": read_guardian, "bbc": read_bbc, "wikinews": read_wikinews, "dai2017": read_dai2017}


def drawn_records(
    corpus: str, articles: list[Article], quota: int, seed: int, nlp, coder, find
) -> list[Record]:
    """Code randomly drawn articles until the pool is large enough, then draw `quota` records."""
    rng = random.Random(f"{seed}:{corpus}")
    order = rng.sample(articles, len(articles))
    pool: list[Record] = []
    for article in order[:MAX_ARTICLES]:
        doc = nlp(article.text)
        events, _ = coder(doc, find(doc, article), article)
        pool.extend(Record(corpus, article, event) for event in events)
        if len(pool) >= POOL_FACTOR * quota:
            break
    return rng.sample(pool, min(quota, len(pool)))


def party(entity: Entity) -> str:
    """Name [country/kb id/sectors] of one argument."""
    codes = "/".join(x for x in (entity.country, entity.kb_id, ",".join(entity.sectors)) if x)
    mention = f" <{entity.mention}>" if entity.mention and entity.mention != entity.name else ""
    return f"{entity.name}{mention} [{codes or '-'}]"


def describe(record: Record) -> Iterator[str]:
    """The printed lines of one record."""
    event, report = record.event, record.event.reports[0]
    trigger = record.article.text[slice(*report.trigger_span)] if report.trigger_span else "?"
    head = f"{event.event_type} mode={event.mode} conf={event.confidence:.2f}"
    yield f"== {record.key}  {head} trigger={trigger!r}"
    yield f"   A: {'; '.join(party(e) for e in event.actor) or '-'}"
    yield f"   R: {'; '.join(party(e) for e in event.recipient) or '-'}"
    if event.attributed_to:
        yield f"   said by: {party(event.attributed_to)}"
    yield f"   S: {' '.join(report.sentence.split())[:400]}"


def parties(record: Record) -> dict[str, str]:
    """The record's id and its printed actor and recipient."""
    event = record.event
    return {
        "id": record.key,
        "actor": "; ".join(party(e) for e in event.actor) or "-",
        "recipient": "; ".join(party(e) for e in event.recipient) or "-",
    }


def save_parties(records: list[Record], path: Path) -> None:
    """Write each record's id and parties, one JSON object a line."""
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(parties(record)) + "\n")


def print_changed_parties(records: list[Record], path: Path, judgements: dict[str, dict[str, str]]) -> None:
    """The judged records whose parties differ from the saved run, old beside new."""
    with path.open(encoding="utf-8") as handle:
        before = {row["id"]: row for row in map(json.loads, handle)}
    changed = 0
    for record in records:
        old, new = before.get(record.key), parties(record)
        if old is None or record.key not in judgements or old == new:
            continue
        changed += 1
        row = judgements[record.key]
        verdict = " ".join(f"{key}={row[key]}" for key in ("actor_ok", "recipient_ok", "error_class"))
        print(f"~~ {record.key}  (judged: {verdict})")
        for side in ("actor", "recipient"):
            if old[side] != new[side]:
                print(f"   {side[0].upper()} before: {old[side]}\n   {side[0].upper()} after:  {new[side]}")
        print(f"   S: {' '.join(record.event.reports[0].sentence.split())[:400]}")
    print(f"{changed} judged records changed their parties")


def read_judgements(path: Path) -> dict[str, dict[str, str]]:
    """Hand judgements by record id (tab-separated, header row)."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")
        return {row["id"]: row for row in rows}


def record_ok(row: dict[str, str]) -> bool:
    """Type right, happened, and actor and recipient right (or rightly empty)."""
    return all(row[key] in ("y", "-") for key in ("type_ok", "happened", "actor_ok", "recipient_ok"))


def only_codes_wrong(row: dict[str, str]) -> bool:
    """Type right and happened, and the only fault a country/kb code the actors stage gave."""
    classes = {c for c in row["error_class"].split(",") if c and c != "-"}
    return row["type_ok"] == "y" and row["happened"] == "y" and classes == {"code"}


def print_precision(records: list[Record], judgements: dict[str, dict[str, str]]) -> None:
    """Precision of the type and of the whole record over the judged records of the sample."""
    rows = [judgements[r.key] for r in records if r.key in judgements]
    if not rows:
        print("no judged record in this sample")
        return
    n = len(rows)
    type_ok = sum(row["type_ok"] == "y" for row in rows)
    happened = sum(row["type_ok"] == "y" and row["happened"] == "y" for row in rows)
    whole = sum(record_ok(row) for row in rows)
    print(f"judged {n} of {len(records)} records")
    print(f"  type precision {type_ok / n:.3f} ({type_ok}/{n})")
    print(f"  type right and happened {happened / n:.3f} ({happened}/{n})")
    print(f"  whole record precision {whole / n:.3f} ({whole}/{n})")
    sans = sum(record_ok(row) or only_codes_wrong(row) for row in rows)
    print(f"  whole record precision, actors-stage codes aside {sans / n:.3f} ({sans}/{n})")
    for corpus in sorted({r.corpus for r in records}):
        mine = [judgements[r.key] for r in records if r.corpus == corpus and r.key in judgements]
        right = sum(row["type_ok"] == "y" for row in mine)
        print(f"  {corpus}: type precision {right / max(1, len(mine)):.3f} ({right}/{len(mine)})")
    classes = Counter(c for row in rows for c in row["error_class"].split(",") if c and c != "-")
    for name, count in classes.most_common():
        print(f"  {count:4}  {name}")


def judged_articles(judgements: dict[str, dict[str, str]], shared: Path) -> list[tuple[str, Article]]:
    """The (corpus, article) pairs the judged record ids name."""
    wanted: dict[str, set[str]] = {}
    for key in judgements:
        corpus, article_id = key.split(":")[:2]
        wanted.setdefault(corpus, set()).add(article_id)
    return [
        (corpus, article)
        for corpus, ids in wanted.items()
        for article in READERS[corpus](shared)
        if article.article_id in ids
    ]


def print_rescore(judgements: dict[str, dict[str, str]], records: list[Record]) -> None:
    """Judged records still produced (their precision) and the ones the current code no longer produces."""
    produced = {r.key for r in records}
    kept = [row for key, row in judgements.items() if key in produced]
    gone = [row for key, row in judgements.items() if key not in produced]
    right = sum(row["type_ok"] == "y" and row["happened"] == "y" for row in gone)
    n = max(1, len(kept))
    type_ok = sum(row["type_ok"] == "y" for row in kept)
    happened = sum(row["type_ok"] == "y" and row["happened"] == "y" for row in kept)
    whole = sum(record_ok(row) for row in kept)
    print(f"judged {len(judgements)}: still produced {len(kept)}, removed {len(gone)}", end="")
    print(f" (removed right {right}, removed wrong {len(gone) - right})")
    print(f"  still produced: type precision {type_ok / n:.3f} ({type_ok}/{len(kept)})")
    print(f"  still produced: type right and happened {happened / n:.3f} ({happened}/{len(kept)})")
    print(f"  still produced: whole record precision {whole / n:.3f} ({whole}/{len(kept)})")
    for key, row in judgements.items():
        if key not in produced:
            verdict = "right" if row["type_ok"] == "y" and row["happened"] == "y" else "wrong"
            print(f"  removed {verdict}: {key} ({row['error_class']})")


def rescore(
    judgements: dict[str, dict[str, str]],
    shared: Path,
    nlp,
    coder,
    find,
    save: Path | None,
    compare: Path | None,
) -> None:
    """Re-code the judged records' articles and print what is still produced (see ``--rescore``); with
    ``save``/``compare``, the judged records' parties are written / compared with a saved rescore (round 19:
    like for like, since a record that appears or goes shifts the draw)."""
    records: list[Record] = []
    for corpus, article in judged_articles(judgements, shared):
        doc = nlp(article.text)
        events, _ = coder(doc, find(doc, article), article)
        records.extend(Record(corpus, article, event) for event in events)
    judged = [r for r in records if r.key in judgements]
    if save:
        save_parties(judged, save)
    if compare:
        print_changed_parties(judged, compare, judgements)
    print_rescore(judgements, records)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--corpus", nargs="*", default=list(CORPORA), choices=CORPORA)
    parser.add_argument("--n", type=int, default=120, help="records to draw (shared equally by the corpora)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--judgements", type=Path, default=None, help="hand-judged TSV to score")
    parser.add_argument("--quiet", action="store_true", help="print only the precision")
    parser.add_argument("--save", type=Path, default=None, help="write the records' parties (JSON lines)")
    parser.add_argument("--compare", type=Path, default=None, help="judged records whose parties changed")
    parser.add_argument("--rescore", action="store_true", help="re-code the judged records' articles only")
    args = parser.parse_args()
    if not (args.shared / "corpora").exists():
        print(f"{args.shared}: no corpora found (the audit needs ../shared)", file=sys.stderr)
        return 1
    from eventwire.actors import ActorResolver, KnowledgeBase

    resolver = ActorResolver(KnowledgeBase.load())
    nlp, coder = load_pipeline(), EventCoder()
    if args.rescore and args.judgements:
        rescore(read_judgements(args.judgements), args.shared, nlp, coder, resolver, args.save, args.compare)
        return 0
    quota = max(1, args.n // len(args.corpus))
    records: list[Record] = []
    for corpus in args.corpus:
        records += drawn_records(corpus, READERS[corpus](args.shared), quota, args.seed, nlp, coder, resolver)
    if not args.quiet:
        for record in records:
            print("\n".join(describe(record)))
    if args.save:
        save_parties(records, args.save)
    if args.judgements:
        judgements = read_judgements(args.judgements)
        if args.compare:
            print_changed_parties(records, args.compare, judgements)
        print_precision(records, judgements)
    return 0


if __name__ == "__main__":
    sys.exit(main())
