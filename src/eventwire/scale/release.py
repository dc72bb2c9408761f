"""Emptying the package's caches and giving freed heap back to the system.

Before the template process (``scale.template``) forks its workers, ``clear_word_caches()`` empties the
large per-word memos the loading filled (each worker memoises what it meets) and ``trim_heap()`` returns
the freed pages; ``clear_package_caches()`` empties every module-level cache of the package.
"""

from __future__ import annotations

import ctypes
import functools

from eventwire.scale.preload import module_caches

PACKAGE = "eventwire"
WORD_CACHE_SIZE = 1_000  # an lru_cache this large memoises a function of a word, it does not hold a table


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
