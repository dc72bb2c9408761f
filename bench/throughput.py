"""Throughput and peak memory of eventwire end to end against the spaCy small pipeline alone, and the
fast path's events against the exact path's.

    PYTHONPATH=src .venv/bin/python bench/throughput.py \\
        --corpus ../shared/corpora/news_articles_dai2017/news_articles.jsonl \\
        --corpus ../shared/corpora/reuters21578/reuters21578.jsonl \\
        --sizes 2000,20000 [--workers 2] [--sentences events] [--sample 300] \\
        [--json docs/throughput.json] [--svg docs/throughput.svg] [--trace /tmp/memory]

The articles are the corpora concatenated in the order given, read with ``ingest.read_inputs``; a size
N takes the first N articles. For each size, in one run and back to back (so both see the same load
of a shared machine; the order alternates from size to size):
- baseline: ``nlp.load_pipeline(indexed_rules=False)`` (every component, as shipped) over the
  article texts with ``nlp.pipe`` on as many processes as eventwire's workers;
- eventwire: ``pipeline.Ingest`` into a fresh SQLite database in a temporary folder, reading the
  corpora with ``read_inputs``, on a ``WorkerPool`` of ``--workers`` processes, with the fast path.
Each run is its own subprocess; its peak memory is the largest sum of the resident set sizes of the
subprocess and all its descendants, sampled from /proc every 0.1 s (and, as a cross-check, the
operating system's peak of the largest single process); the largest PSS sum comes with its anonymous
and file-backed parts at that sample. ``--trace`` also gives each process's PSS in its mappings of the
SQLite database files. Articles/s is given over the whole run
(start-up included) and after the first batch (steady state).

Then the fast-vs-exact comparison: the first ``--sample`` articles and the PLOVER GSR sentences
analysed with ``--sentences exact`` and with the chosen policy; events are identical when their type,
actors, recipients and sentence are.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path

from eventwire.ingest import read_inputs
from eventwire.records import Article, Event, IngestError, InputPosition
from throughput_plot import write_svg

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DEFAULT_CORPORA = (
    SHARED / "corpora" / "news_articles_dai2017" / "news_articles.jsonl",
    SHARED / "corpora" / "reuters21578" / "reuters21578.jsonl",
)
GSR = SHARED / "corpora" / "plover_gsr_cameo" / "PLOVER_GSR_CAMEO.json"
BATCH = 64
SEGMENT = 1000  # articles per segment of the rate against the articles stored so far
SAMPLE_EVERY = 0.1  # seconds between two readings of the process tree's memory
TRACE_EVERY = 3.0  # seconds between two lines of a --trace file


# ---------------------------------------------------------------- the articles


class FirstArticles:
    """The first ``limit`` articles of ``read_inputs(paths)`` (errors passed on), still resumable."""

    def __init__(self, paths: list[str], limit: int) -> None:
        self.reader = read_inputs(paths)
        self.limit = limit
        self.articles = 0
        self.finished_inputs = 0
        self.finished_articles = 0

    def resume_from(self, lookup) -> FirstArticles:
        self.reader.resume_from(lookup)
        return self

    def take_positions(self) -> list[InputPosition]:
        return self.reader.take_positions()

    def __iter__(self) -> Iterator[Article | IngestError]:
        for item in self.reader:
            if isinstance(item, Article):
                if self.articles == self.limit:
                    return
                self.articles += 1
            yield item
        self.finished_inputs = self.reader.finished_inputs
        self.finished_articles = self.reader.finished_articles


def words(text: str) -> int:
    """Whitespace-separated words."""
    return len(text.split())


@dataclass
class Selection:
    """The articles of the run: texts (for the baseline), word counts and where they come from."""

    texts: list[str] = field(default_factory=list)
    words: list[int] = field(default_factory=list)
    origin: Counter[str] = field(default_factory=Counter)  # corpus file -> articles taken
    last: dict[str, str] = field(default_factory=dict)  # corpus file -> last record taken
    errors: int = 0


def select(paths: list[str], limit: int) -> Selection:
    """Read the first ``limit`` articles of the corpora, in order."""
    chosen = Selection()
    for item in FirstArticles(paths, limit):
        if isinstance(item, IngestError):
            chosen.errors += 1
            continue
        corpus = item.source_path.split("#")[0]
        chosen.texts.append(item.text)
        chosen.words.append(words(item.text))
        chosen.origin[corpus] += 1
        chosen.last[corpus] = item.source_path
    return chosen


# ---------------------------------------------------------------- one measured run (a subprocess)


def run_baseline(texts_file: str, size: int, workers: int) -> dict:
    """The spaCy small pipeline, every component, over the first ``size`` texts."""
    from eventwire import nlp

    with open(texts_file, encoding="utf-8") as lines:
        texts = [json.loads(line) for line in islice(lines, size)]
    start = time.perf_counter()
    pipeline = nlp.load_pipeline(indexed_rules=False)  # spaCy's pipeline exactly as shipped
    first = None
    for n, _doc in enumerate(nlp.parse(pipeline, texts, batch_size=BATCH, n_process=workers), 1):
        if n == BATCH:
            first = time.perf_counter()
    return _timings(start, first, len(texts))


def run_eventwire(corpora: list[str], size: int, workers: int, policy: str) -> dict:
    """``eventwire ingest`` of the first ``size`` articles into a fresh SQLite database."""
    from eventwire.pipeline import Ingest
    from eventwire.scale.select import load_stages
    from eventwire.scale.workers import WorkerPool
    from eventwire.store import Store

    marks: list[float] = []
    counts: list[int] = []
    parent_cpu: list[float] = []  # the parent's CPU seconds at each mark (reading and storing)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ew-bench-") as folder:
        store = Store(Path(folder) / "bench.db")
        inputs = FirstArticles(corpora, size)

        def progress(n: int) -> None:
            marks.append(time.perf_counter())
            parent_cpu.append(time.process_time())
            counts.append((counts[-1] if counts else 0) + n)

        if workers > 1:  # as ``eventwire ingest --workers N`` does
            with WorkerPool(workers, policy) as pool:
                summary = Ingest(store, pool, batch_size=BATCH).run(pool.ahead(inputs, BATCH), progress)
        else:
            summary = Ingest(store, load_stages(policy), batch_size=BATCH).run(inputs, progress)
        result = _timings(start, marks[0] if marks else None, summary.read)
        result.update(stored=summary.stored, reports=sum(summary.reports_by_type.values()))
        result["segments"] = segment_rates(counts, marks, SEGMENT)
        # the parent's CPU milliseconds per article in each segment (hardly depends on the machine's load)
        result["parent_segments"] = [
            [n, round(1000 / rate, 2)] for n, rate in segment_rates(counts, parent_cpu, SEGMENT) if rate
        ]
        store.engine.dispose()
    return result


def segment_rates(counts: list[int], marks: list[float], every: int) -> list[list[float]]:
    """[articles read by the segment's end, articles/s within it] for each ``every`` articles read (from
    the batch marks: the rate as the database grows)."""
    out: list[list[float]] = []
    last_n, last_t = None, None
    for n, t in zip(counts, marks, strict=True):
        if last_n is None:
            last_n, last_t = n, t
        elif n - last_n >= every or n == counts[-1]:
            out.append([n, round((n - last_n) / max(t - last_t, 1e-9), 1)])
            last_n, last_t = n, t
    return out


def _timings(start: float, first: float | None, articles: int) -> dict:
    end = time.perf_counter()
    steady = end - first if first is not None and articles > BATCH else None
    return {
        "articles": articles,
        "seconds": end - start,
        "steady_seconds": steady,
        "steady_articles": articles - BATCH if steady else None,
    }


def child_main(args: argparse.Namespace) -> None:
    """Entry point of a measured subprocess: one JSON line on stdout."""
    if args.child == "baseline":
        result = run_baseline(args.texts, args.size, args.workers)
    else:
        result = run_eventwire(args.corpus, args.size, args.workers, args.sentences)
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers, once they were waited for
    result["largest_process_mb"] = max(own.ru_maxrss, children.ru_maxrss) / 1024
    result["parent_cpu_seconds"] = own.ru_utime + own.ru_stime  # the ingest's parent: reading and storing
    result["cpu_seconds"] = own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    print(json.dumps(result), flush=True)


# ---------------------------------------------------------------- the parent: sampling and the runs


def parent_pid(pid: int) -> int | None:
    """The parent of process ``pid`` (from /proc), None when it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return int(stat.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def descendants(root: int) -> list[int]:
    """``root`` and every process below it (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit() and (ppid := parent_pid(int(entry))) is not None:
            children.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, ()))
    return found


ROLLUP_FIELDS = ("Rss:", "Pss:", "Pss_Anon:", "Pss_File:", "Private_Clean:", "Private_Dirty:")


@dataclass
class Memory:
    """One process's memory in bytes: resident, proportional (and its anonymous and file-backed parts),
    private (pages no other process shares)."""

    rss: int = 0
    pss: int = 0
    pss_anon: int = 0
    pss_file: int = 0
    private: int = 0


def memory_of(pid: int) -> Memory:
    """The memory of one process from its ``smaps_rollup`` (zeros once it is gone)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as rollup:
            fields = {
                k: int(v.split()[0]) * 1024
                for k, v in (line.split(":", 1) for line in rollup if line.startswith(ROLLUP_FIELDS))
            }
        private = fields["Private_Clean"] + fields["Private_Dirty"]
        return Memory(
            fields["Rss"], fields["Pss"], fields.get("Pss_Anon", 0), fields.get("Pss_File", 0), private
        )
    except (OSError, KeyError, IndexError, ValueError):
        return Memory()


DATABASE_SUFFIXES = (".db", ".db-wal", ".db-shm")  # the SQLite files a process maps


def database_pss(pid: int) -> int:
    """Bytes of PSS in ``pid``'s mappings of SQLite database files (``/proc/PID/smaps``; 0 if gone)."""
    total, counting = 0, False
    try:
        with open(f"/proc/{pid}/smaps", encoding="utf-8", errors="replace") as smaps:
            for line in smaps:
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) * 1024 if counting else 0
                elif _is_mapping_header(line):
                    counting = line.rstrip().endswith(DATABASE_SUFFIXES)
    except (OSError, ValueError):
        return 0
    return total


def _is_mapping_header(line: str) -> bool:
    """Whether an smaps line starts a mapping ("START-END PERMS OFFSET DEV INODE [PATH]")."""
    fields = line.split(maxsplit=2)
    return len(fields) >= 2 and "-" in fields[0] and len(fields[1]) == 4 and not fields[0].endswith(":")


TEMPLATE_NAME = "ew-template"  # /proc/PID/comm of the process the workers are forked from (scale.template)


def process_name(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/comm", encoding="utf-8", errors="replace") as comm:
            return comm.read().strip()
    except OSError:
        return ""


@dataclass
class TreeMemory:
    """The memory of a process tree at one sample, in bytes."""

    rss: int = 0
    pss: int = 0
    pss_anon: int = 0
    pss_file: int = 0
    worker_private: int = 0  # the largest of a worker
    template_pss: int = 0


def tree_memory(root: int) -> TreeMemory:
    """Bytes resident (RSS) and proportionally resident (PSS: shared pages split among their
    processes, so the sum is what the tree really holds, with its anonymous and file-backed parts) in
    ``root`` and all its descendants; the largest private memory of a worker (a descendant's own pages,
    copied or new; the template the workers are forked from is not a worker) and the template's PSS
    (0 without one; a child the template forks to build a table, which keeps its name, is neither)."""
    sizes = [(pid, process_name(pid), memory_of(pid)) for pid in descendants(root)]
    workers = [m.private for pid, name, m in sizes if pid != root and name != TEMPLATE_NAME]
    templates = [m.pss for pid, name, m in sizes if name == TEMPLATE_NAME and parent_pid(pid) == root]
    return TreeMemory(
        rss=sum(m.rss for *_, m in sizes),
        pss=sum(m.pss for *_, m in sizes),
        pss_anon=sum(m.pss_anon for *_, m in sizes),
        pss_file=sum(m.pss_file for *_, m in sizes),
        worker_private=max(workers, default=0),
        template_pss=sum(templates),
    )


def trace_line(root: int, started: float) -> str:
    """One JSON line of a memory trace: every process of the tree with its role, PSS (and its anonymous,
    file-backed and database-file parts), private and RSS (MB), ``seconds`` since the run started."""
    processes = {}
    for pid in descendants(root):
        name = process_name(pid)
        role = "parent" if pid == root else "template" if name == TEMPLATE_NAME else "worker"
        m = memory_of(pid)
        processes[str(pid)] = {
            "role": role,
            "pss": m.pss >> 20,
            "anon": m.pss_anon >> 20,
            "file": m.pss_file >> 20,
            "db": database_pss(pid) >> 20,
            "private": m.private >> 20,
            "rss": m.rss >> 20,
        }
    return json.dumps({"seconds": round(time.perf_counter() - started, 1), "processes": processes})


def measured(command: list[str], env: dict[str, str] | None = None, trace: str | None = None) -> dict:
    """Run one measured subprocess; its JSON result with the peak RSS of its process tree. ``trace``:
    also append each process's memory every TRACE_EVERY seconds to this JSONL file."""
    peak = peak_private = peak_template = 0
    at_peak = TreeMemory()  # the sample of the largest tree PSS (its anonymous/file split)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_private, peak_template, at_peak
        traced = 0.0
        while not done.wait(SAMPLE_EVERY):
            now = tree_memory(process.pid)
            peak, peak_private = max(peak, now.rss), max(peak_private, now.worker_private)
            peak_template = max(peak_template, now.template_pss)
            if now.pss > at_peak.pss:
                at_peak = now
            if trace and time.perf_counter() - traced >= TRACE_EVERY:
                traced = time.perf_counter()
                with open(trace, "a", encoding="utf-8") as out:
                    out.write(trace_line(process.pid, started) + "\n")

    sampler = threading.Thread(target=sample, daemon=True)
    load_before = os.getloadavg()[0]
    sampler.start()
    out, _ = process.communicate()
    done.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"measured run failed (exit {process.returncode}): {' '.join(command)}")
    result = json.loads(out.strip().splitlines()[-1])
    result.update(
        tree_peak_mb=peak / 2**20,
        tree_pss_mb=at_peak.pss / 2**20,
        tree_pss_anon_mb=at_peak.pss_anon / 2**20,  # at the peak of the tree's PSS
        tree_pss_file_mb=at_peak.pss_file / 2**20,
        worker_private_mb=peak_private / 2**20,
        template_pss_mb=peak_template / 2**20,
        load=(load_before + os.getloadavg()[0]) / 2,
    )
    return result


def child_command(args: argparse.Namespace, kind: str, size: int, texts_file: str) -> list[str]:
    child = "eventwire" if kind.startswith("eventwire") else kind
    command = [sys.executable, str(Path(__file__).resolve()), "--child", child, "--size", str(size)]
    command += ["--workers", str(args.workers), "--sentences", args.sentences, "--texts", texts_file]
    for corpus in args.corpus:
        command += ["--corpus", corpus]
    return command


def child_env(args: argparse.Namespace, kind: str) -> dict[str, str] | None:
    """The environment of a run: ``eventwire-before`` imports eventwire from ``--before-src``."""
    if kind != "eventwire-before":
        return None
    return {**os.environ, "PYTHONPATH": str(Path(args.before_src).resolve())}


def throughput(args: argparse.Namespace, sizes: list[int], chosen: Selection, folder: str) -> list[dict]:
    """Baseline and eventwire at every size, back to back, alternating which goes first."""
    texts_file = str(Path(folder) / "texts.jsonl")
    with open(texts_file, "w", encoding="utf-8") as out:
        out.writelines(json.dumps(text) + "\n" for text in chosen.texts)
    rows = []
    kinds = ([] if args.skip_baseline else ["baseline"]) + ["eventwire"]
    kinds += ["eventwire-before"] if args.before_src else []
    for index, size in enumerate(sizes):
        order = kinds if index % 2 == 0 else kinds[::-1]
        for kind in order:
            print(f"  running {kind} on {size:,} articles …", file=sys.stderr, flush=True)
            trace = f"{args.trace}.{kind}.{size}.jsonl" if args.trace else None
            result = measured(child_command(args, kind, size, texts_file), child_env(args, kind), trace)
            result.update(kind=kind, size=size, words=sum(chosen.words[:size]))
            print(f"  {json.dumps(result)}", file=sys.stderr, flush=True)  # kept if a later run fails
            rows.append(result)
    return rows


def print_ratio(size: int, base: dict, ours: dict) -> None:
    """One run of eventwire against the baseline at the same size."""
    ratio, steady_ratio = rates(ours)[0] / rates(base)[0], (rates(ours)[2] or 0) / (rates(base)[2] or 1)
    cpu_ratio = cpu_per_article(base) / max(cpu_per_article(ours), 1e-9)
    print(
        f"- {size:,} articles: {ours['kind']}/baseline = {ratio:.2f}× (whole run), {steady_ratio:.2f}× "
        f"(after the first batch), {cpu_ratio:.2f}× in CPU-seconds per article (baseline "
        f"{cpu_per_article(base):.3f} s, {ours['kind']} {cpu_per_article(ours):.3f} s); "
        f"peak {ours['tree_peak_mb']:,.0f} MB RSS ({ours['tree_pss_mb']:,.0f} MB PSS), "
        f"{ours['stored']:,} articles stored, {ours['reports']:,} event reports"
    )


def cpu_per_article(row: dict) -> float:
    """User and system CPU seconds of the whole run (parent and workers) per article."""
    return row.get("cpu_seconds", 0.0) / max(row["articles"], 1)


def rates(row: dict) -> tuple[float, float, float | None]:
    """Articles/s and words/s over the whole run, articles/s after the first batch."""
    per_article = row["words"] / row["articles"]
    steady = row["steady_articles"] / row["steady_seconds"] if row["steady_seconds"] else None
    return row["articles"] / row["seconds"], per_article * row["articles"] / row["seconds"], steady


def print_throughput(rows: list[dict], sizes: list[int]) -> None:
    print(
        "| size | run | seconds | articles/s | words/s | articles/s after 1st batch | peak RSS, tree (MB) "
        "| peak PSS, tree (MB) | anonymous / file at the peak | largest process (MB) | worker private (MB) "
        "| template PSS (MB) "
        "| CPU s / article | load avg |"
    )
    print(
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    for row in rows:
        per_s, words_s, steady = rates(row)
        print(
            f"| {row['size']:,} | {row['kind']} | {row['seconds']:.0f} | {per_s:.1f} | {words_s:,.0f} | "
            f"{steady or 0:.1f} | {row['tree_peak_mb']:,.0f} | {row['tree_pss_mb']:,.0f} | "
            f"{row.get('tree_pss_anon_mb', 0):,.0f} / {row.get('tree_pss_file_mb', 0):,.0f} | "
            f"{row['largest_process_mb']:,.0f} | {row.get('worker_private_mb', 0):,.0f} | "
            f"{row.get('template_pss_mb', 0):,.0f} | "
            f"{cpu_per_article(row):.3f} | "
            f"{row['load']:.1f} |"
        )
    print()
    for size in sizes:
        base = next((r for r in rows if r["size"] == size and r["kind"] == "baseline"), None)
        for ours in (r for r in rows if r["size"] == size and r["kind"].startswith("eventwire")):
            if base is not None:
                print_ratio(size, base, ours)
    for row in rows:
        if row.get("segments"):
            cells = ", ".join(f"{n:,.0f}: {rate:.1f}" for n, rate in row["segments"])
            parents = ", ".join(f"{n:,.0f}: {ms:.1f}" for n, ms in row.get("parent_segments", []))
            parent = row.get("parent_cpu_seconds", 0.0) / max(row["articles"], 1)
            print(
                f"- {row['kind']} {row['size']:,}: articles/s by articles read ({cells}); "
                f"parent {parent * 1000:.1f} CPU ms/article (by articles read: {parents})"
            )
    ours = [r for r in rows if r["kind"] == "eventwire"]
    if len(ours) >= 2:
        small, large = rates(ours[0]), rates(ours[-1])
        print(
            f"- eventwire articles/s at {ours[-1]['size']:,} vs {ours[0]['size']:,}: "
            f"{large[0] / small[0] - 1:+.1%} (whole run), {(large[2] or 0) / (small[2] or 1) - 1:+.1%} "
            "(after the first batch)"
        )
    print()


# ---------------------------------------------------------------- fast path against exact path


def event_key(event: Event) -> tuple:
    """What makes two events the same: type, actors, recipients and sentence."""

    def who(entities) -> tuple[str, ...]:
        return tuple(e.kb_id or e.name for e in entities)

    return (event.event_type, who(event.actor), who(event.recipient), event.reports[0].sentence)


def gsr_articles(path: Path) -> list[Article]:
    """The PLOVER gold-standard sentences, one article each (none when the file is absent)."""
    from eventwire.pipeline import text_article

    if not path.is_file():
        return []
    records = json.loads(path.read_text(encoding="utf-8"))
    return [text_article(r["text"], None, f"gsr:{r['id']}") for r in records if r.get("text")]


def coded_events(articles: list[Article], workers: int, policy: str) -> list[list[tuple]]:
    """Event keys of each article under ``policy``."""
    from eventwire.scale.workers import WorkerPool

    with WorkerPool(workers, policy) as pool:
        return [[event_key(e) for e in an.events] for an in pool.analyse(articles)]


def compare(name: str, articles: list[Article], workers: int, policy: str) -> dict:
    """Events of the exact path against the fast path's on ``articles``."""
    start = time.perf_counter()
    exact = coded_events(articles, workers, "exact")
    middle = time.perf_counter()
    fast = coded_events(articles, workers, policy)
    end = time.perf_counter()
    missing, extra, same_articles = Counter(), Counter(), 0
    for slow, quick in zip(exact, fast, strict=True):
        lost, gained = Counter(slow) - Counter(quick), Counter(quick) - Counter(slow)
        missing += lost
        extra += gained
        same_articles += not lost and not gained
    n_exact, n_fast = sum(map(len, exact)), sum(map(len, fast))
    identical = n_exact - sum(missing.values())
    print(
        f"### {name}: {len(articles)} articles, exact {middle - start:.0f} s, {policy} {end - middle:.0f} s"
    )
    print(
        f"- events: exact {n_exact}, {policy} {n_fast}; identical {identical} "
        f"({identical / max(n_exact, 1):.1%} of exact, {identical / max(n_fast, 1):.1%} of {policy}); "
        f"articles with identical events {same_articles}/{len(articles)}"
    )
    placed = Counter(key[0::3] for key in extra.elements())
    same_place = sum(min(n, placed[key]) for key, n in Counter(k[0::3] for k in missing.elements()).items())
    print(
        f"- of the {sum(missing.values())} events only in exact, {same_place} have an event of the same "
        f"type and sentence only in {policy} (they differ in actors or recipients only)"
    )
    for label, keys in (("only in exact", missing), (f"only in {policy}", extra)):
        for key, n in sorted(keys.items(), key=lambda kv: kv[0][3])[:12]:
            kind, actors, recipients, sentence = key
            print(
                f"  - {label}{f' ×{n}' if n > 1 else ''}: {kind} {list(actors)} → {list(recipients)} "
                f"— “{' '.join(sentence.split())[:140]}”"
            )
    print()
    return {
        "name": name,
        "articles": len(articles),
        "exact": n_exact,
        "fast": n_fast,
        "identical": identical,
        "same_articles": same_articles,
        "only_exact": sum(missing.values()),
        "only_fast": sum(extra.values()),
        "same_type_and_sentence": same_place,
    }


def sample_articles(paths: list[str], size: int, start: int = 0) -> list[Article]:
    """``size`` articles of the first corpus from article ``start`` on (0-based, readable articles)."""
    articles = (a for a in FirstArticles(paths[:1], start + size) if isinstance(a, Article))
    return list(islice(articles, start, None))


# ---------------------------------------------------------------- main


def arguments() -> argparse.Namespace:
    from eventwire.scale.workers import available_cores

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--corpus", action="append", help="JSONL (or any read_inputs input); repeatable")
    parser.add_argument("--sizes", default="2000,20000", help="comma-separated numbers of articles")
    parser.add_argument("--workers", type=int, default=available_cores(), help="processes (default: cores)")
    parser.add_argument("--sentences", default="events", choices=["exact", "events", "context"])
    parser.add_argument("--sample", type=int, default=300, help="articles of the fast-vs-exact comparison")
    parser.add_argument("--sample-start", type=int, default=0, help="first article compared (3000: held out)")
    parser.add_argument("--gsr", default=str(GSR), help="PLOVER GSR JSON for the comparison ('' to skip)")
    parser.add_argument("--skip-throughput", action="store_true", help="only the fast-vs-exact comparison")
    parser.add_argument(
        "--skip-baseline", action="store_true", help="eventwire only (compare with an earlier run)"
    )
    parser.add_argument(
        "--before-src", help="also run eventwire from this src folder (../main/src) as eventwire-before"
    )
    parser.add_argument("--json", help="write the figures here")
    parser.add_argument(
        "--trace", help="also trace each process's memory over every run to PREFIX.KIND.SIZE.jsonl"
    )
    parser.add_argument("--svg", help="write the plot (throughput and peak memory against size) here")
    parser.add_argument("--child", choices=["baseline", "eventwire"], help=argparse.SUPPRESS)
    parser.add_argument("--size", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--texts", help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.corpus = args.corpus or [str(p) for p in DEFAULT_CORPORA]
    missing = [c for c in args.corpus if not Path(c).exists()]
    if missing:
        sys.exit(f"no such corpus: {', '.join(missing)}")
    return args


def describe(chosen: Selection) -> None:
    print(
        f"Articles: {len(chosen.texts):,} ({sum(chosen.words):,} words), the corpora concatenated in order "
        f"({chosen.errors} unreadable records skipped):"
    )
    for corpus, n in chosen.origin.items():
        print(f"- {corpus}: first {n:,} articles (to {chosen.last[corpus].rsplit('/', 1)[-1]})")
    print()


def main() -> None:
    args = arguments()
    if args.child:
        child_main(args)
        return
    sizes = sorted(int(s) for s in args.sizes.split(",") if s.strip())
    print(
        f"# eventwire throughput — {date.today().isoformat()} — {args.workers} workers, "
        f"--sentences {args.sentences}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}\n"
    )
    figures: dict = {"workers": args.workers, "sentences": args.sentences, "sizes": sizes}
    if not args.skip_throughput:
        chosen = select(args.corpus, max(sizes))
        describe(chosen)
        sizes = [s for s in sizes if s <= len(chosen.texts)] or [len(chosen.texts)]
        with tempfile.TemporaryDirectory(prefix="ew-bench-") as folder:
            rows = throughput(args, sizes, chosen, folder)
        print("## throughput (baseline and eventwire back to back at each size)\n")
        print_throughput(rows, sizes)
        figures["runs"] = rows
        if args.svg:
            write_svg(rows, Path(args.svg))
    if args.sample:
        print(f"## fast path ({args.sentences}) against exact\n")
        figures["compare"] = [
            compare(
                f"sample from article {args.sample_start}",
                sample_articles(args.corpus, args.sample, args.sample_start),
                args.workers,
                args.sentences,
            )
        ]
        gsr = gsr_articles(Path(args.gsr)) if args.gsr else []
        if gsr:
            figures["compare"].append(compare("PLOVER GSR sentences", gsr, args.workers, args.sentences))
    if args.json:
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
