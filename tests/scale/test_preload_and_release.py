"""Loading lazily loaded tables before the fork, and freeing the parent's copy after it."""

from __future__ import annotations

import platform
import sys
import types
from functools import lru_cache

import pytest

from eventwire.scale.preload import cached_loaders, preloaded_tables, takes_no_arguments
from eventwire.scale.release import clear_package_caches, clear_word_caches, trim_heap

PACKAGE = "fakestage"


@pytest.fixture
def fake_package(monkeypatch):
    """A package ``fakestage`` with one module holding cached loaders and an ordinary function."""
    module = types.ModuleType(f"{PACKAGE}.tables")
    calls: list[str] = []

    def table() -> dict[str, int]:
        calls.append("table")
        return {"a": 1}

    def per_word(word: str) -> str:
        calls.append(word)
        return word.upper()

    def optional(folder: str | None = None) -> str:
        calls.append("optional")
        return folder or "default"

    for function in (table, per_word, optional):
        function.__module__ = module.__name__
        setattr(module, function.__name__, lru_cache(maxsize=4)(function))
    module.plain = lambda: calls.append("plain")
    monkeypatch.setitem(sys.modules, PACKAGE, types.ModuleType(PACKAGE))
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return module, calls


def test_only_argument_free_functions_count_as_loaders() -> None:
    assert takes_no_arguments(lambda: None)
    assert takes_no_arguments(lambda folder=None: folder)
    assert not takes_no_arguments(lambda word: word)
    assert not takes_no_arguments(lambda *, key: key)


def test_preload_calls_each_cached_loader_of_the_package_once(fake_package) -> None:
    module, calls = fake_package
    assert {f.__name__ for f in cached_loaders((PACKAGE,))} == {"table", "optional"}
    assert len(preloaded_tables((PACKAGE,))) == 2
    assert sorted(calls) == ["optional", "table"]
    module.table()
    assert sorted(calls) == ["optional", "table"]  # later calls are served from the cache


def test_release_empties_the_caches_of_the_package_only(fake_package) -> None:
    module, calls = fake_package
    module.table()
    module.per_word("x")
    assert clear_package_caches(PACKAGE) == 3
    assert module.table.cache_info().currsize == module.per_word.cache_info().currsize == 0
    module.table()
    assert calls.count("table") == 2
    assert clear_package_caches("nosuchpackage") == 0


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="malloc_trim is glibc's")
def test_the_heap_is_trimmed_with_glibc() -> None:
    assert trim_heap()


def test_word_caches_are_emptied_but_small_loader_caches_kept(fake_package) -> None:
    module, _ = fake_package
    memo = lru_cache(maxsize=50_000)(lambda word: word.lower())
    memo.__module__ = module.__name__
    module.memo = memo
    module.table()
    memo("Word")
    assert clear_word_caches(PACKAGE) == 1
    assert memo.cache_info().currsize == 0
    assert module.table.cache_info().currsize == 1
