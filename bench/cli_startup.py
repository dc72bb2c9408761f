"""CPU and wall time of each CLI command a tool calls once (start-up dominated), with and without the
tables kept built between runs (``eventwire.buildcache``).

    .venv/bin/python bench/cli_startup.py [--inputs ../shared/examples/seeds] [--repeat 2]

Runs, in a fresh temporary database: ingest of the inputs, the query commands (events, articles,
stories), the same ingest again (every article unchanged), code-sentences on two sentences, kb show,
dates and places — the commands of ``../shared/tools/contract_check.py``. Each round runs them once
with ``EVENTWIRE_CACHE_DIR`` off (every table built) and once with a cache folder of its own, warmed
by an untimed ingest first; the rounds alternate so both see the same machine load. Printed: one line per
command and mode (CPU seconds of the command, from ``getrusage``; wall seconds), then the totals.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVENTWIRE = Path(sys.executable).with_name("eventwire")
SENTENCES = "The German chancellor met the French president in Paris on Monday.\nRain is expected.\n"


def commands(inputs: Path, db: Path, sentences: Path) -> list[list[str]]:
    """The commands, in the contract check's order."""
    return [
        ["ingest", str(inputs), "--db", str(db), "--quiet"],
        ["events", "--db", str(db), "--format", "jsonl"],
        ["events", "--db", str(db), "--format", "csv"],
        ["articles", "--db", str(db), "--format", "jsonl"],
        ["stories", "--db", str(db), "--format", "jsonl"],
        ["ingest", str(inputs), "--db", str(db), "--quiet"],
        ["code-sentences", str(sentences), "--date", "2022-03-01", "--format", "jsonl"],
        ["kb", "show", "NATO", "--date", "2021-06-30", "--format", "json"],
        ["dates", "The minister arrived yesterday.", "--published", "2021-06-30", "--format", "json"],
        ["places", "The talks were held in Brussels.", "--format", "json"],
    ]


def timed(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU and wall seconds of one command (fails loudly on a non-zero exit)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([str(EVENTWIRE), *args], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"eventwire {' '.join(args)} failed: {done.stderr.strip()[-300:]}")
    return after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, wall


def run_round(inputs: Path, mode: str, work: Path) -> list[tuple[str, float, float]]:
    """Every command once in ``mode`` ("built" or "kept"), in a fresh database."""
    env = dict(os.environ)
    if mode == "built":
        env["EVENTWIRE_CACHE_DIR"] = "off"
    else:
        env["EVENTWIRE_CACHE_DIR"] = str(work / "cache")
        timed(["ingest", str(inputs), "--db", str(work / "warm.db"), "--quiet"], env)  # fills the cache
    db = work / f"{mode}.db"
    db.unlink(missing_ok=True)
    sentences = work / "sentences.txt"
    sentences.write_text(SENTENCES, encoding="utf-8")
    rows = []
    for args in commands(inputs, db, sentences):
        cpu, wall = timed(args, env)
        name = {"kb": "kb show", "events": f"events {args[-1]}"}.get(args[0], args[0])
        rows.append((name, cpu, wall))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=Path, default=ROOT.parent / "shared" / "examples" / "seeds")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of both modes, alternating")
    args = parser.parse_args()
    if not args.inputs.exists():
        sys.exit(f"{args.inputs}: no such file or folder (pass --inputs)")
    totals: dict[str, list[float]] = {"built": [], "kept": []}
    with tempfile.TemporaryDirectory(prefix="cli-startup-") as tmp:
        for _ in range(args.repeat):
            for mode in ("built", "kept"):
                rows = run_round(args.inputs, mode, Path(tmp))
                for name, cpu, wall in rows:
                    print(f"{mode:5s}  {name:16s} cpu {cpu:5.2f} s  wall {wall:5.2f} s")
                totals[mode].append(sum(cpu for _, cpu, _ in rows))
                print(f"{mode:5s}  {'TOTAL':16s} cpu {totals[mode][-1]:5.2f} s")
    for mode, values in totals.items():
        print(f"mean total CPU, tables {mode}: {sum(values) / len(values):.2f} s over {len(values)} round(s)")


if __name__ == "__main__":
    main()
