"""Load, before the workers are forked, what the stages would otherwise load on first use.

Many tables of the stages (city index, grammar, titles, cue lists, date patterns, ...) are read by
module-level loaders cached with ``functools.lru_cache`` the first time an article needs them. A
forked worker that loads one itself holds its own copy (and spends the time again in every worker);
loaded in the parent before the fork, it is one copy shared by every worker. ``preloaded_tables``
calls every such loader that takes no argument, in the modules of the stages' packages;
``warm_story_profiles`` loads what the workers' story profiles read (``stories.profile_article``: the
word frequencies of ``wordfreq``, about 35 MB, and the stories stage's tables).
"""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Iterator

from eventwire import stories
from eventwire.records import Article

STAGE_PACKAGES = (
    "eventwire.nlp",
    "eventwire.actors",
    "eventwire.events",
    "eventwire.timeline",
    "eventwire.scale",
)


WARM_UP_ARTICLE = Article(
    article_id="warm-up",
    source_path="warm-up",
    title="Minister meets envoy",
    text="The minister met the envoy in Paris on Monday, officials said.",
    published="2020-01-08",
)


def warm_story_profiles() -> None:
    """Build one story profile (no embedding), so what building one loads on first use is loaded now."""
    stories.profile_article(WARM_UP_ARTICLE, [], [], embedding=False)


def preloaded_tables(packages: tuple[str, ...] = STAGE_PACKAGES) -> list[object]:
    """What the argument-free cached loaders of ``packages`` hold (loading what is not loaded yet)."""
    return [loader() for loader in cached_loaders(packages)]


def cached_loaders(packages: tuple[str, ...]) -> Iterator[Callable[[], object]]:
    """Module-level ``lru_cache`` functions of ``packages`` that can be called without arguments."""
    return (cached for cached in module_caches(packages) if takes_no_arguments(cached))


def module_caches(packages: tuple[str, ...]) -> Iterator[functools._lru_cache_wrapper]:
    """Every ``functools.lru_cache`` function defined at module level in the imported modules of
    ``packages``."""
    for name, module in list(sys.modules.items()):
        if module is None or not any(name == p or name.startswith(f"{p}.") for p in packages):
            continue
        for value in list(vars(module).values()):
            if isinstance(value, functools._lru_cache_wrapper) and value.__module__ == name:
                yield value


def takes_no_arguments(function: Callable[..., object]) -> bool:
    """Whether ``function`` can be called with no argument at all."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return False
    needed = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
    return all(p.default is not p.empty or p.kind not in needed for p in parameters) and not any(
        p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is p.empty for p in parameters
    )
