"""The template process's memory: what the workers are forked from, with its tables built or kept.

    PYTHONPATH=src .venv/bin/python bench/template_memory.py [--src /tmp/before/src --src src] [--types]

For each ``--src`` tree (default: the eventwire this Python imports), in a subprocess whose ``PYTHONPATH``
is that tree, the template's preparation (``scale.workers._prepare_template`` for ``--sentences
events``: the stages loaded, the lazily loaded tables, ``compact_for_fork``) then ``gc.freeze()``, twice:
**built**, with an empty cache folder (the first run after the code or the data changed: every kept
table is built), and **kept**, with the folder the first run filled (every later run). Printed per
run, one JSON line: the tree, the case, CPU seconds of the process and of the children it waited for,
its RSS, PSS and anonymous memory (``/proc/self/smaps_rollup``) after loading, the objects the
collector tracks, the size of each kept table's pickle and, with ``--types``, the most common types.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import gc, json, resource, sys, time
from collections import Counter
from pathlib import Path
import eventwire
from eventwire.scale import workers
from eventwire.scale.select import Policy

started = time.process_time()
workers._prepare_template(Policy.events, None)
gc.freeze()
cpu = time.process_time() - started
memory = {}
for line in Path("/proc/self/smaps_rollup").read_text().splitlines():
    parts = line.split()
    if len(parts) == 3 and parts[0].rstrip(":") in ("Rss", "Pss", "Anonymous"):
        memory[parts[0].rstrip(":").lower() + "_mb"] = round(int(parts[1]) / 1024, 1)
children = resource.getrusage(resource.RUSAGE_CHILDREN)
row = {
    "src": str(Path(eventwire.__file__).parents[1]),
    "cpu_s": round(cpu, 2),
    "children_cpu_s": round(children.ru_utime + children.ru_stime, 2),
    **memory,
    "objects": gc.get_freeze_count() + len(gc.get_objects()),
}
if "--types" in sys.argv:
    gc.unfreeze()
    row["types"] = Counter(type(o).__name__ for o in gc.get_objects()).most_common(15)
print(json.dumps(row))
"""


def run(src: str | None, cache: Path, case: str, types: bool) -> dict[str, object]:
    """One preparation of the template in a fresh process reading and writing ``cache``."""
    env = {**os.environ, "EVENTWIRE_CACHE_DIR": str(cache)}
    if src is not None:
        env["PYTHONPATH"] = str(Path(src).resolve())
    command = [sys.executable, "-c", CHILD] + (["--types"] if types else [])
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    row = json.loads(done.stdout.strip().splitlines()[-1])
    row["case"] = case
    row["pickles_mb"] = {
        p.name.rsplit("-", 1)[0]: round(p.stat().st_size / 2**20, 1) for p in cache.glob("*.pickle")
    }
    return row


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--src", action="append", help="an eventwire src folder (repeatable; default: this one)"
    )
    parser.add_argument("--types", action="store_true", help="also the most common types of the objects")
    args = parser.parse_args()
    for src in args.src or [None]:
        with tempfile.TemporaryDirectory(prefix="ew-template-cache-") as folder:
            for case in ("built", "kept"):
                print(json.dumps(run(src, Path(folder), case, args.types)), flush=True)


if __name__ == "__main__":
    main()
