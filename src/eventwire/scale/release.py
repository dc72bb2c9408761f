"""Free the stages a parent process loaded only to fork its workers from.

After the fork the workers hold the loaded stages; every page a worker writes (reference counts of
the objects it reads) is copied into that worker, so the parent's original of a page both workers
wrote is held by the parent alone. The parent reads and writes articles and never analyses them, so
once it has dropped its own reference to the stages, ``release_memory()`` empties the per-process caches
of the ``eventwire`` modules that keep loaded data, collects them and hands the freed heap back to the
operating system. The workers' copies are not affected: they are other processes.
"""

from __future__ import annotations

import ctypes
import functools
import gc

from eventwire.scale.preload import module_caches

PACKAGE = "eventwire"
WORD_CACHE_SIZE = 1_000  # an lru_cache this large memoises a function of a word, it does not hold a table


def release_memory() -> None:
    """Empty the package's caches and return the memory freed by dropping loaded stages to the system
    (the caller drops its own references to them first)."""
    clear_package_caches()
    gc.unfreeze()
    gc.collect()
    trim_heap()


def clear_package_caches(package: str = PACKAGE) -> int:
    """Empty every ``functools.lru_cache`` defined at module level in ``package``; how many."""
    caches = list(module_caches((package,)))
    for cached in caches:
        cached.cache_clear()
    return len(caches)


def clear_word_caches(package: str = PACKAGE) -> int:
    """Empty the package's large ``lru_cache`` memos of per-word functions (name tokens, skeletons, ...);
    how many. Filled while the knowledge base is indexed, they would be forked into every worker, where
    each hit rewrites the cache's links (so its pages); emptied, each worker memoises what it meets."""
    caches = [c for c in module_caches((package,)) if _is_word_cache(c)]
    for cached in caches:
        cached.cache_clear()
    return len(caches)


def _is_word_cache(cached: functools._lru_cache_wrapper) -> bool:
    return (cached.cache_parameters()["maxsize"] or 0) >= WORD_CACHE_SIZE


def trim_heap() -> bool:
    """Give free heap pages back to the system (glibc's ``malloc_trim``); False where there is none."""
    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)  # the C library's, where it has one
    if trim is None:
        return False
    trim(0)
    return True
