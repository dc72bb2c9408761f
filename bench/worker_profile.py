"""Where a worker's CPU goes: the worker's analysis in one process, each part timed on its own.

    PYTHONPATH=src .venv/bin/python bench/worker_profile.py --corpus FILE [--n 400] [--skip 0]
        [--repeat 1] [--cprofile OUT.prof] [--baseline] [--json OUT.json]

The stages are loaded and prepared as the template prepares them before forking its workers
(``scale.workers.compact_for_fork``, then ``gc.freeze()``); the articles are cut into the workers' tasks
(``scale.chunks``: 8 articles, at most 16,000 characters), and each task is analysed as
``scale.workers._analyse_chunk`` does: the cue pass (``parsed_view``), the tokenizer and each spaCy
component in turn over the task's texts, actors, events (with quotes), timeline, the report ids, the
story profile, and the pickling of what a worker sends back. ``time.process_time`` around each part;
no profiler, so the figures are a worker's own. Printed as one JSON line: CPU seconds and ms per article
per part, characters parsed of all characters, events and a digest of every event and profile (same
digest = same output as the tree's ``_analyse_chunk``; ``--check`` compares with it).

``--cprofile OUT``: the same loop once more under cProfile (written to OUT), and the cumulative CPU of
the functions in ``SUBPARTS`` (timeline's dates, places, locations; events' quotes; ...) as a share of
their part under the profiler. ``--baseline``: spaCy's small model exactly as shipped
(``load_pipeline(indexed_rules=False)``) over the whole texts, batches of 64, each component timed, as
the throughput bench's baseline does on its processes. ``--forked``: instead, the tasks analysed by
processes forked from the prepared stages and replaced as the template replaces its workers (250 tasks,
or 180 MB of private memory, read after every 8th task as ``scale.budget`` reads it; ``--check-every``),
their CPU, system time and minor faults, also per article of a fresh fork's first 8 tasks and of its
later ones (round 22; before, the memory was read after every task) (``--no-profile``: workers that
build no story profile, as before round 20; ``--in-process``: then two passes over the same articles in
the prepared process itself, cold and warm). ``--task-articles`` / ``--task-chars``: another task size.
Runs against any tree on ``PYTHONPATH`` (an older one may lack the worker's story profile: that part is
then timed with the parent's function).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import os
import pickle
import pstats
import resource
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from itertools import islice
from pathlib import Path

import eventwire
from eventwire import stories, timeline
from eventwire.ingest import read_inputs
from eventwire.nlp import MAX_CHARS, clip, load_pipeline, run_component
from eventwire.nlp.text import remember_text
from eventwire.pipeline import Stages, parsed_view
from eventwire.records import Article
from eventwire.scale.chunks import CHUNK_CHARS, bounded_chunks
from eventwire.scale.select import load_stages

TASK_ARTICLES = 8  # a batch of 64 over 2 workers in 4 chunks each (scale.workers.chunk_size)
BASELINE_BATCH = 64
SPACY_BATCH = 32  # nlp.parse's batch size
# Functions whose cumulative CPU under cProfile splits a part: (label, part, module suffix, function).
SUBPARTS = [
    ("events: find_quotes", "events", "events/speech.py", "find_quotes"),
    ("events: code_sentence", "events", "events/coder.py", "code_sentence"),
    ("events: speakers", "events", "events/speakers.py", "*"),
    ("timeline: article_context", "timeline", "timeline/article_context.py", "article_context"),
    ("timeline: find_dates", "timeline", "timeline/dates.py", "find_dates"),
    ("timeline: find_places", "timeline", "timeline/places.py", "find_places"),
    ("timeline: lede_span", "timeline", "timeline/article_context.py", "lede_span"),
    ("timeline: sentence_fact", "timeline", "timeline/event_dates.py", "sentence_fact"),
    ("timeline: sentence_location", "timeline", "timeline/event_places.py", "sentence_location"),
    ("timeline: organ_location", "timeline", "timeline/event_places.py", "organ_location"),
    ("timeline: lede_location", "timeline", "timeline/event_places.py", "lede_location"),
    ("timeline: told_at_lede_happening", "timeline", "timeline/event_places.py", "told_at_lede_happening"),
    ("timeline: tells_background", "timeline", "timeline/event_dates.py", "tells_background"),
    ("timeline: habit", "timeline", "timeline/article_context.py", "habit"),
    ("timeline: dateline_place", "timeline", "timeline/event_places.py", "dateline_place"),
    ("timeline: narrative_fact", "timeline", "timeline/event_dates.py", "narrative_fact"),
    ("profile: build_profile", "profile", "stories/profile.py", "build_profile"),
]


def read_articles(corpus: str, n: int, skip: int) -> list[Article]:
    """Articles ``skip`` .. ``skip + n`` of ``corpus`` as ``eventwire ingest`` reads them."""
    articles = (a for a in read_inputs([corpus]) if isinstance(a, Article))
    return list(islice(articles, skip, skip + n))


def prepared_stages() -> Stages:
    """The fast path's stages, prepared as the template prepares them for its forks."""
    stages = load_stages("events")
    try:
        from eventwire.scale.workers import compact_for_fork
    except ImportError:  # trees before round 9
        from eventwire.scale.preload import preloaded_tables

        preloaded_tables()
    else:
        compact_for_fork(stages)
    gc.freeze()
    return stages


def profile_function(build: bool = True) -> Callable[..., object]:
    """The story profile a worker builds (the parent's function in trees before round 20; with
    ``build=False``, none: a worker before round 20)."""
    if not build:
        return lambda an: None
    try:
        from eventwire.scale.workers import story_profile

        return lambda an: story_profile(an)
    except ImportError:
        return lambda an: stories.profile_article(an.article, an.mentions, an.events)


class Clock:
    """CPU seconds per part, added up over calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self._last = time.process_time()

    def start(self) -> None:
        self._last = time.process_time()

    def lap(self, part: str) -> None:
        now = time.process_time()
        self.seconds[part] += now - self._last
        self._last = now


def parsed_docs(stages: Stages, texts: list[str], clock: Clock) -> list:
    """``nlp.parse`` over ``texts``, the tokenizer and each component timed on its own."""
    nlp = stages.nlp
    clipped = [clip(t, MAX_CHARS) for t in texts]
    if not hasattr(nlp, "pipeline") or type(nlp).__name__ == "SplitPipeline":
        docs = list(nlp.pipe(clipped, batch_size=SPACY_BATCH))  # a split parse: timed whole
        clock.lap("spacy (split)")
    else:
        docs = [nlp.make_doc(t) for t in clipped]
        clock.lap("spacy: tokenizer")
        for name, component in nlp.pipeline:
            docs = run_component(component, docs, SPACY_BATCH)
            clock.lap(f"spacy: {name}")
    return [remember_text(doc, text) for doc, text in zip(docs, clipped, strict=True)]


class Analysed:
    """What ``_analyse_chunk`` reads of one analysis."""

    def __init__(self, article: Article, mentions: list, events: list, quotes: list) -> None:
        self.article, self.mentions, self.events, self.quotes = article, mentions, events, quotes


def analyse_task(stages: Stages, task: list[Article], clock: Clock, profile: Callable) -> list[tuple]:
    """One worker task, as ``pipeline.analyse`` + ``workers._analyse_chunk`` do it, part by part."""
    views = [parsed_view(stages, a) for a in task]
    clock.lap("cue pass (select)")
    docs = parsed_docs(stages, [v.text for v in views], clock)
    coded = []
    for article, view, doc in zip(task, views, docs, strict=True):
        mentions = stages.resolver(doc, view)
        clock.lap("actors")
        events, quotes = stages.coder(doc, mentions, view, whole_text=article.text)
        clock.lap("events (with quotes)")
        timeline.annotate(events, doc, view, stages.gazetteer, whole_text=article.text)
        clock.lap("timeline")
        for ev in events:
            for rep in ev.reports:
                rep.report_id = ev.event_id
        prof = profile(Analysed(article, mentions, events, quotes))
        clock.lap("story profile")
        coded.append((mentions, events, quotes, prof))
    pickle.dumps(coded, protocol=pickle.HIGHEST_PROTOCOL)
    clock.lap("pickling the results")
    return coded


TASK_SIZE = [TASK_ARTICLES, CHUNK_CHARS]  # articles and characters of a task (--task-articles, --task-chars)


def tasks(articles: list[Article]) -> Iterator[list[Article]]:
    """``articles`` cut as the pool cuts a batch into its workers' tasks."""
    return bounded_chunks(articles, TASK_SIZE[0], TASK_SIZE[1])


def digest_of(coded: list[tuple]) -> tuple[int, str]:
    """Events and a digest of every event and profile."""
    digest, events = hashlib.sha256(), 0
    for _, evs, _, prof in coded:
        events += len(evs)
        for ev in evs:
            digest.update(json.dumps(ev.to_dict(), sort_keys=True).encode())
        if prof is not None and hasattr(prof, "to_json"):
            digest.update(json.dumps(prof.to_json(), sort_keys=True, default=str).encode())
    return events, digest.hexdigest()[:12]


def run_once(stages: Stages, articles: list[Article]) -> tuple[dict[str, float], list[tuple]]:
    clock, profile, coded = Clock(), profile_function(), []
    for task in tasks(articles):
        clock.start()
        coded.extend(analyse_task(stages, task, clock, profile))
    return dict(clock.seconds), coded


def forked_workers(
    stages: Stages,
    articles: list[Article],
    memory_mb: float,
    max_tasks: int,
    profiles: bool,
    check_every: int | None = None,
) -> dict:
    """The tasks analysed one after the other by workers forked from this (prepared) process, each
    replaced, as the template replaces it, after ``max_tasks`` tasks or the task that took its private
    memory past ``memory_mb`` (read after every ``check_every``-th task, as ``scale.budget`` reads it):
    the workers' CPU with their warm-up and copied pages, the forks, and CPU and minor faults per task
    by the task's place in its worker (``per_task``: the first ``FIRST_TASKS`` tasks of a fresh fork
    against the later ones)."""
    from eventwire.scale.budget import CHECK_EVERY, private_memory_mb

    every = check_every or CHECK_EVERY
    todo, done, forks, runs = list(tasks(articles)), 0, 0, []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    while done < len(todo):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            os.close(read_end)
            clock, profile, ran, per_task = Clock(), profile_function(profiles), 0, []
            while done + ran < len(todo):
                start = resource.getrusage(resource.RUSAGE_SELF)
                analyse_task(stages, todo[done + ran], clock, profile)
                ran += 1
                private = private_memory_mb() if ran % every == 0 else None
                per_task.append(
                    task_usage(start, resource.getrusage(resource.RUSAGE_SELF), todo[done + ran - 1])
                )
                if ran >= max_tasks or (private is not None and private > memory_mb):
                    break
            with os.fdopen(write_end, "w") as out:
                json.dump(per_task, out)
            os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end) as answer:
            per_task = json.loads(answer.read() or "[]")
        os.waitpid(pid, 0)
        if not per_task:
            raise SystemExit("a forked worker failed")
        done, forks = done + len(per_task), forks + 1
        runs.append(per_task)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    return {
        "forks": forks,
        "check_every": every,
        "cpu_s": round(user + system, 2),
        "ms_per_article": round(1000 * (user + system) / len(articles), 2),
        "system_s": round(system, 2),
        "minor_faults": after.ru_minflt - before.ru_minflt,
        "per_task": by_place_in_worker(runs),
    }


FIRST_TASKS = 8  # the tasks of a fresh fork counted as its warm-up in ``per_task``


def task_usage(start: resource.struct_rusage, end: resource.struct_rusage, task: list[Article]) -> list:
    """One task's CPU seconds, system seconds, minor faults and articles."""
    return [
        end.ru_utime - start.ru_utime + end.ru_stime - start.ru_stime,
        end.ru_stime - start.ru_stime,
        end.ru_minflt - start.ru_minflt,
        len(task),
    ]


def by_place_in_worker(runs: list[list[list]]) -> dict[str, dict[str, float]]:
    """ms of CPU (and of it system), and minor faults, per article of the first ``FIRST_TASKS`` tasks of
    each fork and of its later tasks."""
    groups: dict[str, list[list]] = {"first": [], "later": []}
    for per_task in runs:
        groups["first"].extend(per_task[:FIRST_TASKS])
        groups["later"].extend(per_task[FIRST_TASKS:])
    found = {}
    for name, rows in groups.items():
        n = sum(r[3] for r in rows) or 1
        found[name] = {
            "tasks": len(rows),
            "articles": sum(r[3] for r in rows),
            "ms_per_article": round(1000 * sum(r[0] for r in rows) / n, 2),
            "system_ms_per_article": round(1000 * sum(r[1] for r in rows) / n, 2),
            "minor_faults_per_article": round(sum(r[2] for r in rows) / n, 1),
        }
    return found


def in_process_passes(stages: Stages, articles: list[Article], passes: int = 2) -> list[float]:
    """ms per article of each pass over ``articles`` in this process (the first warms its memos)."""
    found = []
    for _ in range(passes):
        start = time.process_time()
        run_once(stages, articles)
        found.append(round(1000 * (time.process_time() - start) / len(articles), 2))
    return found


def parsed_characters(stages: Stages, articles: list[Article]) -> int:
    selector = stages.selector
    if selector is None:
        return sum(len(a.text) for a in articles)
    return sum(e - s for a in articles for s, e in selector.spans(a.text))


def baseline_seconds(articles: list[Article]) -> dict[str, float]:
    """spaCy's small model as shipped over the whole texts, batches of 64, each component timed."""
    nlp = load_pipeline(indexed_rules=False)
    clock = Clock()
    for i in range(0, len(articles), BASELINE_BATCH):
        texts = [a.text for a in articles[i : i + BASELINE_BATCH]]
        clock.start()
        docs = [nlp.make_doc(t) for t in texts]
        clock.lap("spacy: tokenizer")
        for name, component in nlp.pipeline:
            docs = run_component(component, docs, BASELINE_BATCH)
            clock.lap(f"spacy: {name}")
    return dict(clock.seconds)


def subpart_seconds(profiler: cProfile.Profile, parts: dict[str, float]) -> dict[str, dict[str, float]]:
    """Cumulative CPU under the profiler of the ``SUBPARTS`` functions, and their share of their part's
    CPU under the profiler (whole part = the cumulative time of its entry function)."""
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    entry = {
        "actors": ("actors/resolve.py", "__call__"),
        "events": ("events/coder.py", "__call__"),
        "timeline": ("timeline/attach.py", "annotate"),
        "profile": ("stories/assign.py", "profile_article"),
    }

    def cumulative(suffix: str, function: str) -> float:
        total = 0.0
        for (filename, _, name), (_, _, _, cum, _) in stats.items():
            if filename.endswith(suffix) and (function == "*" or name == function):
                total = max(total, cum) if function != "*" else total + cum
        return total

    found = {}
    for label, part, suffix, function in SUBPARTS:
        whole = cumulative(*entry[part]) if part in entry else 0.0
        cum = cumulative(suffix, function)
        found[label] = {"cprofile_s": round(cum, 3), "share_of_part": round(cum / whole, 3) if whole else 0.0}
    return found


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--n", type=int, default=400)
    parser.add_argument("--skip", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="timed passes over the articles")
    parser.add_argument("--cprofile", help="also run once under cProfile, written to this file")
    parser.add_argument("--baseline", action="store_true", help="also time spaCy's model as shipped")
    parser.add_argument("--check", action="store_true", help="compare with the tree's _analyse_chunk")
    parser.add_argument("--json", help="append the result to this file")
    parser.add_argument(
        "--forked", action="store_true", help="only the workers' CPU, forked and replaced as the pool does"
    )
    parser.add_argument(
        "--in-process", action="store_true", help="--forked: then two passes in this process, for comparison"
    )
    parser.add_argument("--no-profile", action="store_true", help="--forked: workers build no story profile")
    parser.add_argument(
        "--memory-mb", type=float, default=180.0, help="a forked worker's private memory bound"
    )
    parser.add_argument("--max-tasks", type=int, default=250, help="tasks before a forked worker is replaced")
    parser.add_argument(
        "--check-every", type=int, help="--forked: tasks between two memory readings (default: the pool's)"
    )
    parser.add_argument("--task-articles", type=int, default=TASK_ARTICLES, help="articles of a task")
    parser.add_argument("--task-chars", type=int, default=CHUNK_CHARS, help="characters of a task")
    args = parser.parse_args()
    TASK_SIZE[:] = [args.task_articles, args.task_chars]
    articles = read_articles(args.corpus, args.n, args.skip)
    stages = prepared_stages()
    if args.forked:
        found = forked_workers(
            stages, articles, args.memory_mb, args.max_tasks, not args.no_profile, args.check_every
        )
        if args.in_process:
            found["in_process_ms_per_article"] = in_process_passes(stages, articles)
        src = str(Path(eventwire.__file__).resolve().parents[1])
        profiles = not args.no_profile
        line = json.dumps(
            {
                "src": src,
                "corpus": Path(args.corpus).name,
                "articles": len(articles),
                "profiles": profiles,
                **found,
            }
        )
        print(line)
        if args.json:
            with open(args.json, "a") as out:
                out.write(line + "\n")
        return
    run_once(stages, articles[:16])  # warm the per-word memos a little, as a worker's first task does
    runs = [run_once(stages, articles) for _ in range(args.repeat)]
    seconds = {part: min(r[0][part] for r in runs) for part in runs[0][0]}
    events, digest = digest_of(runs[0][1])
    chars = sum(len(a.text) for a in articles)
    result: dict[str, object] = {
        "src": str(Path(eventwire.__file__).resolve().parents[1]),
        "corpus": Path(args.corpus).name,
        "articles": len(articles),
        "skip": args.skip,
        "task": TASK_SIZE,
        "chars": chars,
        "parsed_share": round(parsed_characters(stages, articles) / chars, 3),
        "cpu_s": round(sum(seconds.values()), 2),
        "ms_per_article": {p: round(1000 * s / len(articles), 2) for p, s in seconds.items()},
        "runs_cpu_s": [round(sum(r[0].values()), 2) for r in runs],
        "events": events,
        "digest": digest,
    }
    if args.check:
        from eventwire.scale import workers

        workers._stages = stages
        coded = [c for task in tasks(articles) for c in workers._analyse_chunk(task)]
        result["check_digest"] = digest_of(coded)[1]
    if args.cprofile:
        profiler = cProfile.Profile()
        profiler.enable()
        run_once(stages, articles)
        profiler.disable()
        profiler.dump_stats(args.cprofile)
        result["subparts"] = subpart_seconds(profiler, seconds)
    if args.baseline:
        base = baseline_seconds(articles)
        result["baseline_ms_per_article"] = {p: round(1000 * s / len(articles), 2) for p, s in base.items()}
        result["baseline_cpu_s"] = round(sum(base.values()), 2)
    line = json.dumps(result)
    print(line)
    if args.json:
        with open(args.json, "a") as out:
            out.write(line + "\n")


if __name__ == "__main__":
    main()
