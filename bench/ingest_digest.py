"""Same stored rows, and the CPU they cost: ``eventwire ingest`` with several source trees, interleaved.

    PYTHONPATH=src .venv/bin/python bench/ingest_digest.py /tmp/mix300.jsonl \\
        --src /tmp/base/src --src src [--repeat 2] [--workers 2] [--keep DIR]

Each run is ``eventwire ingest INPUT --db FRESH.db --workers N`` in a subprocess whose ``PYTHONPATH`` is
that ``--src`` (the runs alternate between the trees, ``--repeat`` rounds, so both see the same load).
Printed per run, one JSON line: the tree, CPU seconds of the command and of everything it waited for
(parent, template, workers: ``getrusage``), wall seconds, and a sha256 of each table's rows. The digest
reads the database with ``sqlite3`` alone (every table of ``sqlite_master``, rows as sorted JSON without
the columns recording when or in which order they were written), so it does not depend on the code
measured. The last line says whether every run stored the same rows.

``--analyses FILE``: instead of ``eventwire ingest``, each run stores the analyses pickled in FILE (a list
of ``pipeline.Analysis``, e.g. ``bench/merge_equality.py --analyses``) batch by batch as the ingest's
parent does (``Ingest.add_analysed``), in one process: the CPU of the parent's writing alone, without the
workers and the reading. ``--base-db DB``: each run starts from a copy of DB (the storing's cost against
a database of that size) instead of an empty database.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VOLATILE = {"ingested_at", "at", "updated_at", "quote_id", "id"}  # as tests/reliability/reliab_fingerprint
EVENTWIRE = Path(sys.executable).with_name("eventwire")


def _plain(value: object) -> object:
    return value.hex() if isinstance(value, bytes) else value


def table_digests(db: Path) -> dict[str, list]:
    """Table name -> [rows, sha256 of its sorted rows]."""
    found: dict[str, list] = {}
    with sqlite3.connect(db) as conn:
        names = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        ]
        for name in names:
            if name.startswith("sqlite_") or name in ("schema_info", "alembic_version"):
                continue
            quoted = '"' + name.replace('"', '""') + '"'  # a name read from sqlite_master
            cursor = conn.execute("SELECT * FROM " + quoted)
            columns = [c[0] for c in cursor.description]
            rows = sorted(
                json.dumps({c: _plain(v) for c, v in zip(columns, row, strict=True) if c not in VOLATILE})
                for row in cursor
            )
            digest = hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]
            found[name] = [len(rows), digest]
    return found


def copy_database(base: Path, db: Path) -> None:
    """A copy of ``base`` (with its write-ahead log, if any) at ``db``."""
    for suffix in ("", "-wal"):
        if Path(f"{base}{suffix}").exists():
            shutil.copyfile(f"{base}{suffix}", f"{db}{suffix}")


def run_ingest(source: str, inputs: str, db: Path, workers: int) -> dict:
    """One ``eventwire ingest`` with ``source`` first on the path; its CPU and wall seconds."""
    env = {**os.environ, "PYTHONPATH": source}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    command = [str(EVENTWIRE), "ingest", inputs, "--db", str(db), "--workers", str(workers)]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"src": source, "cpu_s": round(cpu, 2), "wall_s": round(wall, 1), "load": os.getloadavg()[0]}


def run_store(source: str, analyses: str, db: Path) -> dict:
    """The pickled analyses stored by ``source``'s ``Ingest.add_analysed``, in a subprocess."""
    env = {**os.environ, "PYTHONPATH": source}
    command = [sys.executable, __file__, "--store-child", analyses, "--src", source, str(db)]
    start = time.perf_counter()
    out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    wall = time.perf_counter() - start
    return {
        "src": source,
        "cpu_s": json.loads(out)["cpu_s"],
        "wall_s": round(wall, 1),
        "load": os.getloadavg()[0],
    }


def store_child(analyses: str, db: str) -> None:
    """In the subprocess: store the analyses into ``db``; print the CPU seconds of storing."""
    import pickle

    from eventwire.pipeline import DEFAULT_BATCH, Ingest, Summary
    from eventwire.store import Store

    loaded = pickle.loads(Path(analyses).read_bytes())
    ingest = Ingest(Store(db), stages=None)  # type: ignore[arg-type]  # everything arrives analysed
    start = time.process_time()
    summary = Summary()
    for i in range(0, len(loaded), DEFAULT_BATCH):
        ingest.add_analysed(loaded[i : i + DEFAULT_BATCH], [], summary)
    print(json.dumps({"cpu_s": round(time.process_time() - start, 2)}))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("input", help="what eventwire ingest reads (e.g. a JSONL file)")
    parser.add_argument(
        "--src", action="append", required=True, help="a source tree for PYTHONPATH; repeatable"
    )
    parser.add_argument("--repeat", type=int, default=1, help="rounds over the trees")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--keep", help="keep the databases in this folder")
    parser.add_argument("--analyses", help="store these pickled analyses instead of running the ingest")
    parser.add_argument("--base-db", help="start each run from a copy of this database")
    parser.add_argument("--store-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.store_child:
        store_child(args.store_child, args.input)
        return
    folder = Path(args.keep or tempfile.mkdtemp(prefix="ew-digest-"))
    folder.mkdir(parents=True, exist_ok=True)
    digests = set()
    for round_ in range(args.repeat):
        for n, source in enumerate(args.src):
            db = folder / f"run{round_}_{n}.db"
            for stale in folder.glob(f"{db.name}*"):
                stale.unlink()
            if args.base_db:
                copy_database(Path(args.base_db), db)
            if args.analyses:
                result = run_store(source, args.analyses, db)
            else:
                result = run_ingest(source, args.input, db, args.workers)
            tables = table_digests(db)
            result["articles"] = tables.get("articles", [0])[0]
            result["tables"] = tables
            result["digest"] = hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()[:16]
            digests.add(result["digest"])
            print(json.dumps(result), flush=True)
    print(json.dumps({"same_rows": len(digests) == 1, "digests": sorted(digests)}))


if __name__ == "__main__":
    main()
