"""Names two countries share ("Congo", "Georgia"), or parties of two countries ("Democrats": the US
party or the UK's Liberal Democrats): the article's own words say which one it means.

The table is data (``data/kb/ambiguous_names.yaml``): for each name, a default actor (a country code
or a KB id) and cue words per actor (capitals, provinces, leaders, armed groups; for parties the
other parties and the parliament of their country). The actor with the most cues in the article
wins; without cues, the default.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.names import alias_key, raw_tokens
from eventwire.actors.paths import packaged_kb_dir
from eventwire.datafiles import parse_yaml


@dataclass(frozen=True, slots=True)
class SharedName:
    """A name several countries share, with the words that point to each."""

    default: str
    cues: tuple[tuple[str, str], ...]  # (alias key of a cue, country), longest cue first


@lru_cache(maxsize=1)
def shared_names() -> dict[str, SharedName]:
    """Alias key of a shared name -> its default and cues."""
    with open(packaged_kb_dir() / "ambiguous_names.yaml", encoding="utf-8") as fh:
        raw = parse_yaml(fh) or {}
    table = {}
    for name, entry in raw.items():
        cues = [(alias_key(str(cue)), code) for code, words in entry["cues"].items() for cue in words]
        cues.sort(key=lambda item: -len(item[0]))
        table[alias_key(name)] = SharedName(entry["default"], tuple(cues))
    return table


def country_meant(key: str, article_words: str) -> str | None:
    """The country a shared name means in an article (its words as " w1 w2 … "), or None."""
    shared = shared_names().get(key)
    if shared is None:
        return None
    counts: dict[str, int] = {}
    text = article_words
    for cue, code in shared.cues:  # longest first: "Democratic Republic of Congo" hides "Republic of Congo"
        found = text.count(f" {cue} ")
        if found:
            counts[code] = counts.get(code, 0) + found
            text = text.replace(f" {cue} ", " | ")
    if not counts:
        return shared.default
    best = max(counts.values())
    leaders = [code for code, n in counts.items() if n == best]
    return shared.default if shared.default in leaders else sorted(leaders)[0]


def article_words(text: str) -> str:
    """An article's text as its alias-key words, space-padded, for cue counting."""
    return f" {' '.join(raw_tokens(text))} "
