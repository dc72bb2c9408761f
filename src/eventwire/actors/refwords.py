"""The word lists of references.yaml: which words refer back to named actors, and how."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.names import alias_key
from eventwire.actors.paths import packaged_kb_dir
from eventwire.datafiles import parse_yaml


@dataclass(frozen=True, slots=True)
class ReferenceWords:
    """The word lists of references.yaml."""

    classes: dict[str, str]  # noun key -> country, countries, actors or organisation
    capitalised_only: frozenset[str]
    kind_refs: dict[str, frozenset[str]]
    determiners: frozenset[str]
    numbers: dict[str, int]
    window: int
    meeting_words: frozenset[str]


@lru_cache(maxsize=1)
def reference_words() -> ReferenceWords:
    with open(packaged_kb_dir() / "references.yaml", encoding="utf-8") as fh:
        raw = parse_yaml(fh)
    classes: dict[str, str] = {}
    for key, cls in (
        ("country_nouns", "country"),
        ("plural_country_nouns", "countries"),
        ("plural_actor_nouns", "actors"),
        ("organisation_nouns", "organisation"),
    ):
        classes.update({alias_key(w): cls for w in raw[key]})
    return ReferenceWords(
        classes=classes,
        capitalised_only=frozenset(alias_key(w) for w in raw["capitalised_only"]),
        kind_refs={k: frozenset(alias_key(w) for w in v) for k, v in raw["kind_refs"].items()},
        determiners=frozenset(raw["determiners"]),
        numbers={str(k): int(v) for k, v in raw["numbers"].items()},
        window=int(raw["window"]),
        meeting_words=frozenset(str(w).lower() for w in raw["meeting_words"]),
    )
