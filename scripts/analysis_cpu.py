"""CPU seconds per article of the analysis in one process (no profiler), for before/after comparisons.

    PYTHONPATH=src .venv/bin/python scripts/analysis_cpu.py [--n 200] [--policy events]
    PYTHONPATH=../main/src .venv/bin/python scripts/analysis_cpu.py   # the baseline, interleaved
    PYTHONPATH=src .venv/bin/python scripts/analysis_cpu.py --components [--policy exact]

Loads the stages as ``eventwire ingest --sentences POLICY`` does (the lazily loaded tables first, then
``gc.freeze()``), then times ``Stages.analyse`` (selection, parse, actors, events, timeline) over the
first ``--n`` dai2017 articles in batches of 64 with ``time.process_time``. Prints one JSON line: the
eventwire source folder, CPU seconds, articles, ms per article, share of characters parsed, events,
and a digest of every event (``Event.to_dict()``) to check that two codes give the same output.

``--components``: instead, the CPU seconds of each spaCy component of ``nlp.load_pipeline()`` over the
texts the parser sees under ``--policy`` (``exact``: whole articles), each component run over the
whole set in turn (``pipe``, batches of 32), and their shares.
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
from eventwire.nlp import run_component
from eventwire.pipeline import Stages, parsed_view
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
    selector = SentenceSelector(finder, stages.selector.policy)
    try:
        from eventwire.scale.select import with_selector  # round 10 on (a split parse)
    except ImportError:
        return replace(stages, selector=selector)
    return with_selector(stages, selector)


def component_seconds(stages: Stages, texts: list[str]) -> dict[str, float]:
    """CPU seconds of the tokenizer and each pipeline component over ``texts``, one after the other."""
    nlp = stages.nlp
    start = time.process_time()
    docs = [nlp.make_doc(t) for t in texts]
    seconds = {"tokenizer": time.process_time() - start}
    for name, component in nlp.pipeline:
        start = time.process_time()
        docs = run_component(component, docs, 32)
        seconds[name] = time.process_time() - start
    return seconds


def print_components(stages: Stages, articles: list[Article], policy: str) -> None:
    """One JSON line: each component's CPU seconds and share over the texts the parser sees."""
    texts = [parsed_view(stages, a).text for a in articles]
    seconds = component_seconds(stages, texts)
    total = sum(seconds.values())
    shares = {name: f"{s:.2f} s ({s / total:.1%})" for name, s in seconds.items()}
    print(json.dumps({"policy": policy, "articles": len(articles), "total_s": round(total, 2), **shares}))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--policy", default="events")
    parser.add_argument("--rules", help="another selection.yaml (round 8 on: load_rules(path))")
    parser.add_argument("--components", action="store_true", help="CPU share of each spaCy component")
    args = parser.parse_args()
    if not DAI.is_file():
        raise SystemExit(f"no corpus at {DAI}")
    articles = first_articles(args.n)
    stages = load_stages(args.policy)
    if args.rules:
        stages = with_rules(stages, Path(args.rules))
    if args.components:
        print_components(stages, articles, args.policy)
        return
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
    parsed, context = chars, 0
    if stages.selector is not None:
        parsed = sum(e - s for a in articles for s, e in stages.selector.spans(a.text))
    if hasattr(stages.selector, "split_spans"):
        context = sum(e - s for a in articles for s, e in stages.selector.split_spans(a.text)[1])
    print(
        json.dumps(
            {
                "src": str(Path(eventwire.__file__).resolve().parents[1]),
                "cpu_s": round(seconds, 2),
                "articles": len(articles),
                "ms_per_article": round(1000 * seconds / len(articles), 1),
                "parsed_share": round((parsed - context) / chars, 3),
                "context_share": round(context / chars, 3),
                "events": events,
                "digest": digest.hexdigest()[:12],
            }
        )
    )


if __name__ == "__main__":
    main()
