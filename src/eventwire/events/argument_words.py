"""The word lists of the argument rules of rounds 10 and 11 (``data/events/arguments.yaml``), read once."""

from __future__ import annotations

from functools import cache

from eventwire.events.patterns import as_set, read_yaml

ARGUMENT_WORDS = "arguments.yaml"


@cache
def argument_words() -> dict[str, frozenset[str]]:
    """Every word list of arguments.yaml, lower-cased (raises PatternError when it is unreadable)."""
    return {name: as_set(words) for name, words in read_yaml(ARGUMENT_WORDS).items()}


def argument_word_set(name: str) -> frozenset[str]:
    """One named word list of arguments.yaml (empty when it does not exist)."""
    return argument_words().get(name, frozenset())
