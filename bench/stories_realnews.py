"""Story grouping on real news: WikinewsSum clusters and the size of stories in a stream of dated news.

Usage:
    .venv/bin/python bench/stories_realnews.py [--shared ../shared] [--seed 13] [--dai 1500] [--cache F]

- WikinewsSum (``corpora/wikinewssum_en_sample``): each Wikinews story with the English source articles it
  cites (> 300 characters); every source is read by the ingest stage as a JSON record (title, text, URL,
  and the date of its Wayback capture as the publication date, or none with ``--no-dates``), analysed,
  shuffled and streamed through ``pipeline.Ingest`` as `eventwire ingest` does. B-cubed precision, recall
  and F1 against the Wikinews story each source belongs to. The stories are of many topics (2004–2005),
  and most have one to four sources: the figure measures mostly that distinct happenings stay apart.
- Chaining (``corpora/news_articles_dai2017``, first ``--dai`` articles, their own dates): no labels, so
  the figures describe the grouping: the largest stories, how many days they span, the share of
  articles in stories of more than ten, with the titles of the largest story for a look by eye. A story
  is one happening; a story spanning weeks of loosely related reports is a chain of single links.
- Template reports (``corpora/reuters21578``, the first ``--reuters`` articles of the 1987 wire, their
  own dates): the same figures, and what the largest stories hold (their most frequent title words and
  a few titles). Earnings reports of different companies ("<CO> 4TH QTR NET — Shr … cts vs …") share
  their template words; a story holding many companies' results is a template story, not a happening.

Usage for the round 5 figures: ``--dai 2000 --reuters 2000 6000 --cache /tmp/real.pkl``. ``--joins``
(round 12): how each report of the largest stories joined (a copy, an event key, similarity and its
score, a new story; the stories it merged), and the count of each kind over all articles.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import random
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from stories_eval import analyse_all, b_cubed, ingest, story_of  # noqa: E402

MIN_CHARS = 300
WAYBACK_DATE = re.compile(r"/web/(\d{4})(\d{2})(\d{2})\d*/")


def how_joined(found) -> tuple[str, str]:
    """How an article went into its story, from its ``stories.Assignment``: the kind (a copy, the same
    event between identified actors by its keys, similarity, or a story of its own) and that kind told
    with the score and the number of stories it merged."""
    if found.copy_of:
        kind, told = "copy", "copy"
    elif found.similar is not None:
        kind, told = "similarity", f"similarity {found.similar.score:.2f}"
    elif found.story_ids:
        kind, told = "event key", "event key"
    else:
        kind, told = "new story", "new story"
    merged = len(found.story_ids)
    return kind, told + (f", merges {merged} stories" if merged > 1 else "")


@contextlib.contextmanager
def recording_joins() -> Iterator[dict[str, tuple[str, str]]]:
    """While inside, how each article stored through ``pipeline.Ingest`` joined its story, by id."""
    from eventwire import stories

    joins: dict[str, tuple[str, str]] = {}
    assign = stories.assign_story

    def recorded(article, mentions, events, index, profile=None):
        found = assign(article, mentions, events, index, profile)
        joins[article.article_id] = how_joined(found)
        return found

    stories.assign_story = recorded
    try:
        yield joins
    finally:
        stories.assign_story = assign


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--seed", type=int, default=13, help="order in which the articles arrive")
    p.add_argument(
        "--dai", type=int, default=1500, help="dai2017 articles for the chaining figures (0: none)"
    )
    p.add_argument(
        "--reuters", type=int, nargs="*", default=[], help="Reuters-21578 first N articles (several sizes)"
    )
    p.add_argument("--no-wikinews", action="store_true", help="skip the WikinewsSum figures")
    p.add_argument("--no-dates", action="store_true", help="WikinewsSum sources without publication dates")
    p.add_argument("--cache", type=Path, help="pickle of the NLP analyses, written once, then reused")
    p.add_argument(
        "--joins", action="store_true", help="how each shown report of the largest stories joined (and all)"
    )
    return p.parse_args()


def wikinews_articles(shared: Path, seed: int, dated: bool) -> tuple[list, dict[str, str]]:
    """The English sources as the ingest stage reads them, shuffled; the Wikinews story of each."""
    from eventwire.ingest import read_record
    from eventwire.records import Article

    path = shared / "corpora/wikinewssum_en_sample/cleaned_endataset.jsonl"
    articles, gold = [], {}
    for number, line in enumerate(path.open(encoding="utf-8")):
        for k, source in enumerate(json.loads(line)["sources"]):
            if source.get("language") != "en" or len(source.get("maintext") or "") <= MIN_CHARS:
                continue
            captured = WAYBACK_DATE.search(source.get("archive_url") or "")
            record = {"title": source.get("title"), "text": source["maintext"], "url": source.get("url")}
            if dated and captured:
                record["published"] = "-".join(captured.groups())
            article = read_record(record, f"wikinewssum:{number}/{k}")
            if isinstance(article, Article) and article.article_id not in gold:
                articles.append(article)
                gold[article.article_id] = str(number)
    random.Random(seed).shuffle(articles)
    return articles, gold


def first_articles(path: Path, limit: int) -> list:
    """The first ``limit`` articles the ingest stage reads from ``path``."""
    from eventwire.ingest import read_inputs
    from eventwire.records import Article

    found = []
    for item in read_inputs([path]):
        if isinstance(item, Article):
            found.append(item)
            if len(found) >= limit:
                break
    return found


def evaluate_wikinews(args, folder: Path) -> None:
    articles, gold = wikinews_articles(args.shared, args.seed, not args.no_dates)
    analyses, _ = analyse_all(articles, args.cache, "wikinewssum")
    store, _ = ingest(articles, analyses, folder / "wikinews.db")
    predicted = story_of(store)
    store.dispose()
    p, r, f = b_cubed(gold, predicted)
    dates = "without dates" if args.no_dates else "dated by their Wayback capture"
    print(f"WikinewsSum ({len(articles)} English sources of {len(set(gold.values()))} stories, {dates}):")
    print(f"  B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({len(set(predicted.values()))} predicted stories)")


def _span_days(published: list[str | None]) -> int:
    days = sorted(date.fromisoformat(p[:10]) for p in published if p)
    return (days[-1] - days[0]).days if len(days) > 1 else 0


def _title_words(titles: list[str]) -> str:
    """The most frequent words of a story's titles (what it holds, at a glance)."""
    counts = Counter(w for t in titles for w in set(re.findall(r"[A-Za-z][A-Za-z'-]+", t.upper())))
    return ", ".join(f"{w} {n}" for w, n in counts.most_common(6))


def describe_stories(
    label: str, articles: list, analyses: dict, db: Path, show: int, joins: bool = False
) -> None:
    """Stories of a stream of dated news: sizes, spans, the share in stories of more than ten, and what
    the ``show`` largest hold (``joins``: how each of their reports joined, all of them listed)."""
    from eventwire.store import queries

    with recording_joins() as joined:
        store, rate = ingest(articles, analyses, db)
    with store.reading() as conn:
        stories = list(queries.list_stories(conn))
        titles = {a["article_id"]: a.get("title") or "" for a in queries.list_articles(conn)}
    store.dispose()
    sizes = sorted((len(s["article_ids"]) for s in stories), reverse=True)
    multi = [s for s in stories if len(s["article_ids"]) > 1]
    big = sum(n for n in sizes if n > 10)
    spans = Counter(min(_span_days(s["published"]), 8) for s in multi)
    print(f"{label}, first {len(articles)} articles: {len(stories)} stories ({rate:.1f} articles/s)")
    print(f"  largest: {sizes[:8]}; articles in stories of more than 10: {big} ({big / len(articles):.1%})")
    print(
        "  days spanned by stories of 2+ articles: "
        + ", ".join(f"{d}{'+' if d == 8 else ''}: {n}" for d, n in sorted(spans.items()))
    )
    for story in sorted(stories, key=lambda s: -len(s["article_ids"]))[:show]:
        members = sorted(zip(story["published"], story["article_ids"], strict=True), key=lambda x: x[0] or "")
        days = [d for d, _ in members if d]
        period = f"{days[0]} to {days[-1]}" if days else "undated"
        print(
            f"  story of {len(members)} ({period}); title words: "
            f"{_title_words([titles.get(a, '') for _, a in members])}"
        )
        for day, aid in members if joins else members[:6]:
            way = f"  [{joined[aid][1]}]" if joins and aid in joined else ""
            print(f"    {day}  {titles.get(aid, '')[:90]}{way}")
    if joins:
        kinds = Counter(kind for kind, _ in joined.values())
        print("  how every article joined: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


def describe_chaining(args, folder: Path) -> None:
    path = args.shared / "corpora/news_articles_dai2017/news_articles.jsonl"
    articles = first_articles(path, args.dai)
    analyses, _ = analyse_all(articles, args.cache, f"dai{args.dai}")
    describe_stories("news_articles_dai2017", articles, analyses, folder / "dai.db", 1, args.joins)


def describe_templates(args, folder: Path) -> None:
    path = args.shared / "corpora/reuters21578/reuters21578.jsonl"
    every = first_articles(path, max(args.reuters))
    analyses, _ = analyse_all(every, args.cache, "reuters")  # any size: a larger cached run serves
    for size in sorted(args.reuters):
        describe_stories("Reuters-21578", every[:size], analyses, folder / f"reuters{size}.db", 3, args.joins)


def main() -> int:
    args = _args()
    if not (args.shared / "corpora").is_dir():
        print(f"stories_realnews: {args.shared}/corpora not found; nothing to measure")
        return 0
    with tempfile.TemporaryDirectory(prefix="ew-stories-real-") as tmp:
        if not args.no_wikinews:
            evaluate_wikinews(args, Path(tmp))
        if args.dai:
            describe_chaining(args, Path(tmp))
        if any(args.reuters):  # "--reuters 0": none, as "--dai 0"
            describe_templates(args, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
