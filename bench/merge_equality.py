"""Incremental story merging against the whole re-merge: the same stored rows, and what each costs.

    PYTHONPATH=src .venv/bin/python bench/merge_equality.py \\
        --corpus ../shared/corpora/news_articles_dai2017/news_articles.jsonl --n 500 \\
        [--skip 0] [--base-db DB] [--analyses /tmp/analyses.pickle] [--profile]

The articles (``--n`` of them after the first ``--skip``, read with ``ingest.read_inputs``) are analysed
once in this process (fast path; cached in ``--analyses``), then stored twice, batch by batch as
``eventwire ingest`` stores them (``Ingest.add_analysed``, batches of 64): once re-merging every touched
story whole, once merging each batch's reports into the stored events (``remerge.remerge_story``
with ``new_articles``). Each starts from a copy of ``--base-db`` (or an empty database). Printed: the
CPU seconds of storing each way (with ``--profile``, cProfile's cumulative CPU seconds of the story
stage's functions), and whether every row of the tables a merge writes is identical.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import shutil
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

from sqlalchemy import select

from eventwire.ingest import read_inputs
from eventwire.pipeline import DEFAULT_BATCH, Analysis, Ingest, Summary
from eventwire.records import Article
from eventwire.store import Store
from eventwire.store import schema as t

TABLES = (t.events, t.event_actors, t.stories, t.actors, t.dyads, t.actor_terms, t.retired_ids)
PROFILED = (
    "remerge_story",
    "remerge_whole",
    "remerge_added",
    "assign_story",
    "_write",
    "update_story_events",
    "replace_story_events",
    "stored_reports",
    "story_event_dates",
    "merge_story",
)


def read_articles(corpus: Path, skip: int, n: int) -> list[Article]:
    """The ``n`` readable articles after the first ``skip``."""
    found = (x for x in read_inputs([corpus]) if isinstance(x, Article))
    return list(islice(found, skip, skip + n))


def analysed(articles: list[Article], cache: Path | None) -> list[Analysis]:
    """The articles analysed on the fast path, in this process (read from ``cache`` when it exists)."""
    if cache is not None and cache.exists():
        return pickle.loads(cache.read_bytes())
    from eventwire.scale.select import load_stages

    stages = load_stages("events")
    out: list[Analysis] = []
    for i in range(0, len(articles), DEFAULT_BATCH):
        out.extend(stages.analyse(articles[i : i + DEFAULT_BATCH]))
    if cache is not None:
        cache.write_bytes(pickle.dumps(out))
    return out


def store_all(db: Path, analyses: list[Analysis], incremental: bool, profile: bool) -> tuple[float, dict]:
    """Store the analyses batch by batch; CPU seconds, and cProfile's cumulative seconds by function."""
    ingest = Ingest(Store(db), _NoAnalysis(), incremental_merge=incremental)
    profiler = cProfile.Profile(time.process_time) if profile else None  # CPU time: the load varies
    start = time.process_time()
    if profiler:
        profiler.enable()
    summary = Summary()
    for i in range(0, len(analyses), DEFAULT_BATCH):
        ingest.add_analysed(analyses[i : i + DEFAULT_BATCH], [], summary)
    if profiler:
        profiler.disable()
    cpu = time.process_time() - start
    ingest.store.dispose()
    return cpu, _cumulative(profiler) if profiler else {}


class _NoAnalysis:
    def analyse(self, articles: list[Article]):
        raise RuntimeError("everything arrives analysed")


def _cumulative(profiler: cProfile.Profile) -> dict[str, float]:
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    found: dict[str, float] = {}
    for (filename, _, name), (_, _, _, cumulative, _) in stats.items():
        if name in PROFILED and "eventwire" in filename:
            found[name] = found.get(name, 0.0) + cumulative
    return found


def table_rows(db: Path) -> dict[str, list[tuple]]:
    """Every row of the tables a merge writes, which event each report is in, each article's story."""
    store = Store(db)
    with store.reading() as conn:
        out = {table.name: sorted(map(tuple, conn.execute(select(table))), key=repr) for table in TABLES}
        out["reports"] = sorted(conn.execute(select(t.reports.c.report_id, t.reports.c.event_id)))
        out["articles"] = sorted(conn.execute(select(t.articles.c.article_id, t.articles.c.story_id)))
    store.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--base-db", type=Path, help="start from a copy of this database")
    parser.add_argument("--analyses", type=Path, help="cache of the analyses (pickle)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args(argv)

    analyses = analysed(read_articles(args.corpus, args.skip, args.n), args.analyses)
    print(f"{len(analyses)} articles analysed, {sum(len(a.events) for a in analyses)} event reports")
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for mode in ("whole", "incremental"):
            db = Path(tmp) / f"{mode}.db"
            if args.base_db:
                shutil.copy(args.base_db, db)
            cpu, profiled = store_all(db, analyses, mode == "incremental", args.profile)
            rows[mode] = table_rows(db)
            timing = ", ".join(f"{k} {v:.2f} s" for k, v in sorted(profiled.items()))
            print(f"{mode:>11}: storing {cpu:.2f} CPU s" + (f"; cumulative: {timing}" if timing else ""))
    differing = [name for name in rows["whole"] if rows["whole"][name] != rows["incremental"][name]]
    sizes = ", ".join(f"{name} {len(r)}" for name, r in rows["whole"].items())
    print(f"rows: {sizes}")
    print("identical" if not differing else f"DIFFERENT: {', '.join(differing)}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
