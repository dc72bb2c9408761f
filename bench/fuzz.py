"""Fuzz run: feed 100,000+ generated inputs (hypothesis) to every part that reads raw input — the file
readers, the text cleaner and furniture remover, the date resolver, the place finder, name matching, the
actor resolver on parsed text, the events stage's furniture guard, and dumps resumed at any record — and
report, per target, how many inputs ran and whether any crashed or broke an invariant.

    .venv/bin/python bench/fuzz.py                  # the full run (about 140,000 inputs)
    .venv/bin/python bench/fuzz.py --scale 0.05     # a quick one
    .venv/bin/python bench/fuzz.py --only dates places

Exit status 1 when any target failed; the failing input (shrunk by hypothesis) is printed.
The strategies and checks are those of tests/reliability (reliab_strategies.py).
"""

from __future__ import annotations

import argparse
import gzip
import platform
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "reliability"))

from hypothesis import HealthCheck, Phase, given, seed, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from reliab_strategies import (  # noqa: E402
    DATE_TEXTS,
    NAME_TEXTS,
    PLACE_TEXTS,
    PUBLISHED,
    READER_INPUTS,
    SHAPED_TEXT,
    check_dates,
    check_places,
    check_reader_results,
)

warnings.filterwarnings("ignore", message="Surrogate character", category=RuntimeWarning)  # unidecode

from eventwire.ingest import IngestConfig, clean_text, read_inputs, storable  # noqa: E402
from eventwire.ingest.furniture import remove_furniture  # noqa: E402

CONFIG = IngestConfig(min_text_chars=1)


@dataclass
class Target:
    name: str
    budget: int  # inputs in the full run
    strategy: st.SearchStrategy
    check: Callable[[object], object]


class Workdir:
    """One temporary folder for the reader targets (a fresh file name per input)."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="eventwire-fuzz-"))
        self.n = 0

    def write(self, name: str, data: bytes) -> Path:
        self.n += 1
        sub = self.folder / str(self.n % 1000)
        sub.mkdir(exist_ok=True)
        path = sub / name
        path.write_bytes(data)
        return path


def build_targets(work: Workdir) -> list[Target]:
    from eventwire.actors import KnowledgeBase
    from eventwire.events.furniture import is_boilerplate, is_teaser, line_around, load_rules
    from eventwire.timeline import Gazetteer

    gazetteer, kb, rules = Gazetteer.load(), KnowledgeBase.load(include_user=False), load_rules()
    stages = _Lazy()

    def reader(value: tuple[str, bytes]) -> None:
        name, data = value
        path = work.write(name, data)
        check_reader_results(list(read_inputs([path], CONFIG)), str(path))

    def resumed(value: tuple[str, int, bool]) -> None:
        text, cut, compress = value
        data = text.encode("utf-8", "surrogatepass")
        path = work.write("d.jsonl" + (".gz" if compress else ""), gzip.compress(data) if compress else data)
        _check_resume(path, cut)

    def cleaner(text: str) -> None:
        scrape = clean_text(text, config=CONFIG)
        clean, runs, _ = remove_furniture(text)
        for c, o, n in runs:
            assert clean[c : c + n] == text[o : o + n]
        for c, o, n in scrape.offsets:
            assert scrape.text[c : c + n] == text[o : o + n]

    def names(value: tuple[str, str | None]) -> None:
        found = kb.lookup(*value)
        assert all(e.name and e.kb_id and 0 <= e.score <= 1 for e in found)

    def resolver(text: str) -> None:
        from eventwire.pipeline import text_article

        article = text_article(text, "2023-05-03", "<fuzz>")
        for mention in stages.get().resolver(stages.get().nlp(article.text), article):
            assert article.text[mention.span[0] : mention.span[1]] == mention.text

    def furniture_guard(value: tuple[str, int, int]) -> None:
        text, a, b = value
        start, end = sorted((min(a, len(text)), min(b, len(text))))
        line = line_around(text, start, end)
        assert line in text
        is_boilerplate(line, rules), is_teaser(line, rules)

    dump = st.lists(st.one_of(SHAPED_TEXT, st.just("")), max_size=4).map("\n".join)
    return [
        Target("readers", 36_000, READER_INPUTS, reader),
        Target("resume", 6_000, st.tuples(dump, st.integers(0, 12), st.booleans()), resumed),
        Target("cleaner", 20_000, st.one_of(SHAPED_TEXT, st.text(max_size=400)), cleaner),
        Target("dates", 25_000, st.tuples(DATE_TEXTS, PUBLISHED), lambda v: check_dates(*v)),
        Target("places", 20_000, PLACE_TEXTS, lambda t: check_places(gazetteer, storable(t))),
        Target("names", 20_000, st.tuples(NAME_TEXTS, st.one_of(st.none(), st.dates().map(str))), names),
        Target("resolver", 2_000, st.one_of(NAME_TEXTS, PLACE_TEXTS), resolver),
        Target(
            "furniture",
            12_000,
            st.tuples(st.text(max_size=300), st.integers(0, 320), st.integers(0, 320)),
            furniture_guard,
        ),
    ]


class _Lazy:
    """The full stages, loaded only if a target needs them."""

    def __init__(self) -> None:
        self._stages = None

    def get(self):
        if self._stages is None:
            from eventwire.pipeline import Stages

            self._stages = Stages.load()
        return self._stages


def _check_resume(path: Path, cut: int) -> None:
    full = [(x.source_path, type(x).__name__) for x in read_inputs([path], CONFIG)]
    first = read_inputs([path], CONFIG).resume_from(lambda key: None)
    head = [(x.source_path, type(x).__name__) for x in islice(first, cut)]
    saved = {p.path: p for p in first.take_positions()}
    rest = [(x.source_path, type(x).__name__) for x in read_inputs([path], CONFIG).resume_from(saved.get)]
    assert head + rest == full, (head, rest, full)


def run(target: Target, n: int, seed_value: int) -> tuple[int, float, str | None]:
    """Run ``n`` inputs through ``target``; returns (inputs run, seconds, failure or None)."""
    calls = 0

    @seed(seed_value)
    @settings(
        max_examples=n,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    @given(target.strategy)
    def probe(value: object) -> None:
        nonlocal calls
        calls += 1
        target.check(value)

    started = time.monotonic()
    try:
        probe()
        failure = None
    except Exception as error:  # hypothesis re-raises the shrunk failing example
        failure = f"{type(error).__name__}: {' '.join(str(error).split())[:600]}"
    return calls, time.monotonic() - started, failure


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every target's budget")
    parser.add_argument("--only", nargs="*", help="run only these targets")
    parser.add_argument("--seed", type=int, default=20240611)
    args = parser.parse_args()
    work = Workdir()
    targets = [t for t in build_targets(work) if not args.only or t.name in args.only]
    print(f"eventwire fuzz run: python {platform.python_version()}, seed {args.seed}, scale {args.scale}")
    print(f"{'target':<11}{'inputs':>9}{'seconds':>9}{'inputs/s':>10}  result")
    total, failed = 0, 0
    for target in targets:
        calls, seconds, failure = run(target, max(1, int(target.budget * args.scale)), args.seed)
        total += calls
        failed += failure is not None
        rate = calls / seconds if seconds else 0.0
        print(
            f"{target.name:<11}{calls:>9,}{seconds:>9.1f}{rate:>10.0f}  {failure or 'no crash'}", flush=True
        )
    verdict = f"{failed} target(s) FAILED" if failed else "no crash in any target"
    print(f"{'total':<11}{total:>9,}   {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
