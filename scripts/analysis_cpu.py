"""CPU seconds per article of the analysis in one process (no profiler), for before/after comparisons.

    PYTHONPATH=src .venv/bin/python scripts/analysis_cpu.py [--n 200] [--policy events]
    PYTHONPATH=../main/src .venv/bin/python scripts/analysis_cpu.py   # the baseline, interleaved

Loads the stages as ``eventwire ingest --sentences POLICY`` does (the lazily loaded tables first, then
``gc.freeze()``), then times ``Stages.analyse`` (selection, parse, actors, events, timeline) over the
first ``--n`` dai2017 articles in batches of 64 with ``time.process_time``. Prints one JSON line: the
eventwire source folder, CPU seconds, articles, ms per article, share of characters parsed, events,
and a digest of every event (``Event.to_dict()``) to check that two codes give the same output.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import time
from dataclasses import replace
from itertools import islice
from pathlib import Path

import eventwire
from eventwire.ingest import read_inputs
from eventwire.pipeline import Stages
from eventwire.records import Article
from eventwire.scale.preload import preloaded_tables
from eventwire.scale.select import load_stages

DAI = (
    Path(__file__).resolve().parents[1]
    / ".."
    / "shared"
    / "corpora"
    / "news_articles_dai2017"
    / "news_articles.jsonl"
)
BATCH = 64


def first_articles(n: int) -> list[Article]:
    return list(islice((a for a in read_inputs([str(DAI)]) if isinstance(a, Article)), n))


def with_rules(stages: Stages, path: Path) -> Stages:
    """The stages with the fast path of another rules file."""
    from eventwire.scale.cues import CueFinder
    from eventwire.scale.rules import load_rules
    from eventwire.scale.select import SentenceSelector

    finder = CueFinder.load(stages.nlp, stages.resolver.kb, load_rules(path))
    return replace(stages, selector=SentenceSelector(finder, stages.selector.policy))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--policy", default="events")
    parser.add_argument("--rules", help="another selection.yaml (round 8 on: load_rules(path))")
    args = parser.parse_args()
    if not DAI.is_file():
        raise SystemExit(f"no corpus at {DAI}")
    articles = first_articles(args.n)
    stages = load_stages(args.policy)
    if args.rules:
        stages = with_rules(stages, Path(args.rules))
    preloaded_tables()
    gc.freeze()
    digest, events = hashlib.sha256(), 0
    start = time.process_time()
    analyses = [an for i in range(0, len(articles), BATCH) for an in stages.analyse(articles[i : i + BATCH])]
    seconds = time.process_time() - start
    for analysis in analyses:
        events += len(analysis.events)
        for event in analysis.events:
            digest.update(json.dumps(event.to_dict(), sort_keys=True).encode())
    chars = sum(len(a.text) for a in articles)
    parsed = chars
    if stages.selector is not None:
        parsed = sum(e - s for a in articles for s, e in stages.selector.spans(a.text))
    print(
        json.dumps(
            {
                "src": str(Path(eventwire.__file__).resolve().parents[1]),
                "cpu_s": round(seconds, 2),
                "articles": len(articles),
                "ms_per_article": round(1000 * seconds / len(articles), 1),
                "parsed_share": round(parsed / chars, 3),
                "events": events,
                "digest": digest.hexdigest()[:12],
            }
        )
    )


if __name__ == "__main__":
    main()
