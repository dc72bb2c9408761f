"""Name normalisation: fold spellings, honorifics, particles and transliterations to matching keys.

The rules live in ``data/kb/name_rules.yaml``; this module only applies them. Three forms are used:
``plain`` (ASCII, lower case, honorifics and particles removed, for fuzzy scoring), ``tokens`` (the
same, split), and ``skeleton`` keys (consonant skeleton per token, shared by transliteration variants
such as Qadhafi / Gaddafi).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from unidecode import unidecode

from eventwire.actors.paths import packaged_kb_dir
from eventwire.datafiles import parse_yaml

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/.,;:()\[\]\"“”]+")
_NON_WORD = re.compile(r"[^a-z0-9']")
STRICT_SIMILARITY = 88  # rapidfuzz ratio of folded spellings for name parts of unequal length …
CLOSE_SIMILARITY = 65  # … and for parts whose lengths differ by one letter at most


@dataclass(frozen=True, slots=True)
class NameRules:
    """The variant rules of name_rules.yaml, compiled."""

    honorifics: frozenset[str]
    particles: frozenset[str]
    token_synonyms: dict[str, str]
    folds: tuple[tuple[re.Pattern[str], str], ...]
    spelling_folds: tuple[tuple[re.Pattern[str], str], ...]
    feminine_endings: tuple[str, ...] = ()
    distinct_given_names: frozenset[frozenset[str]] = frozenset()
    family_name_first: frozenset[str] = frozenset()  # countries whose news names people family name first
    given_name_forms: frozenset[str] = frozenset()  # hypocoristic given names ("Charlie"), among the synonyms


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    """Load and compile the packaged name rules once."""
    with open(packaged_kb_dir() / "name_rules.yaml", encoding="utf-8") as fh:
        raw = parse_yaml(fh)
    return NameRules(
        honorifics=frozenset(raw["honorifics"]),
        particles=frozenset(raw["particles"]),
        token_synonyms={**raw["token_synonyms"], **(raw.get("given_name_forms") or {})},
        folds=tuple((re.compile(pattern), repl) for pattern, repl in raw["skeleton_folds"]),
        spelling_folds=tuple((re.compile(pattern), repl) for pattern, repl in raw["spelling_folds"]),
        feminine_endings=tuple(raw.get("feminine_endings") or ()),
        distinct_given_names=frozenset(frozenset(pair) for pair in raw.get("distinct_given_names") or ()),
        family_name_first=frozenset(raw.get("family_name_first") or ()),
        given_name_forms=frozenset(raw.get("given_name_forms") or ()),
    )


def hypocoristic(text: str) -> bool:
    """Whether a one-word name is a pet form of a given name ("Charlie", "Bill"; ``given_name_forms``)."""
    tokens = raw_tokens(text)
    return len(tokens) == 1 and tokens[0] in name_rules().given_name_forms


def ascii_lower(text: str) -> str:
    """Transliterate to ASCII and lower-case ("Zelenskyy’s" -> "zelenskyy’s" in ASCII)."""
    return unidecode(text).lower()


def raw_tokens(text: str) -> list[str]:
    """ASCII lower-case tokens, split on spaces, hyphens and punctuation, possessives removed."""
    return list(_raw_tokens(text))


@lru_cache(maxsize=200_000)
def _raw_tokens(text: str) -> tuple[str, ...]:
    tokens = []
    for part in _SEPARATORS.split(ascii_lower(text)):
        part = _NON_WORD.sub("", _POSSESSIVE.sub("", part)).strip("'")
        if part:
            tokens.append(part)
    return tuple(tokens)


def name_tokens(text: str, keep_honorifics: bool = False) -> list[str]:
    """Tokens of a name with honorifics (leading ones) and particles removed and synonyms folded."""
    rules = name_rules()
    tokens = raw_tokens(text)
    if not keep_honorifics:
        while len(tokens) > 1 and tokens[0] in rules.honorifics:
            tokens = tokens[1:]
    folded: list[str] = []
    for token in tokens:
        if token in rules.particles and len(tokens) > 1:
            continue
        folded.extend(rules.token_synonyms.get(token, token).split())
    return folded


def plain(text: str) -> str:
    """The normalised name as one string ("Al-Assad" -> "assad")."""
    return " ".join(name_tokens(text))


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """The consonant skeleton of one normalised token ("qadhafi" -> "kdf")."""
    out = token
    for pattern, repl in name_rules().folds:
        out = pattern.sub(repl, out)
    return out or token[:1]


@lru_cache(maxsize=200_000)
def spelling(token: str) -> str:
    """A token with transliteration differences folded but vowels kept ("qadhafi" -> "kazafi")."""
    out = token
    for pattern, repl in name_rules().spelling_folds:
        out = pattern.sub(repl, out)
    return out


def skeleton_key(tokens: list[str]) -> str:
    """Skeleton of every token, space-joined."""
    return " ".join(skeleton(t) for t in tokens)


def name_keys(text: str) -> tuple[str, str | None, str | None]:
    """(full key, first+last key, last-name key) of a name; the last two None for one-token names."""
    tokens = name_tokens(text)
    if not tokens:
        return "", None, None
    full = skeleton_key(tokens)
    if len(tokens) == 1:
        return full, None, None
    return full, f"{skeleton(tokens[0])} {skeleton(tokens[-1])}", skeleton(tokens[-1])


def same_name(a: str, b: str) -> bool:
    """Whether two written names can be one person's: every part spelled alike, strictly.

    Stricter than matching a mention: parts must share their skeleton and be spelled alike once
    transliteration is folded, near-identically when their lengths differ (Nasrallah / Nasrollah, Gaddafi
    / Qadhafi, but not Qiang / Keqiang or Keqiang / Guoying), and given names between the first and
    the last must agree when both names have them (Kim Min-seok is not Kim Young-sik).
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if min(len(ta), len(tb)) >= 2 and distinct_given_names(ta[0], tb[0]):
        return False
    if len(ta) == len(tb):
        return all(parts_agree(x, y) for x, y in zip(ta, tb, strict=True))
    short, long_ = (ta, tb) if len(ta) < len(tb) else (tb, ta)
    if len(short) < 2 or not (parts_agree(short[0], long_[0]) and parts_agree(short[-1], long_[-1])):
        return False
    middles = long_[1:-1]
    return all(any(parts_agree(m, other) for other in middles) for m in short[1:-1])


@lru_cache(maxsize=50_000)
def distinct_given_names(x: str, y: str) -> bool:
    """Whether two normalised given names are different names though spelled alike: a listed pair
    (Michael / Michelle), or one the other plus a feminine ending (Paul / Paula, Karim / Karima)."""
    if x == y:
        return False
    rules = name_rules()
    if frozenset((x, y)) in rules.distinct_given_names:
        return True
    short, long_ = (x, y) if len(x) < len(y) else (y, x)
    return len(short) >= 3 and long_.startswith(short) and long_[len(short) :] in rules.feminine_endings


def parts_agree(x: str, y: str) -> bool:
    """Whether two normalised name parts are one name, strictly (see ``same_name``)."""
    if x == y:
        return True
    if skeleton(x) != skeleton(y):
        return False
    sx, sy = spelling(x), spelling(y)
    threshold = STRICT_SIMILARITY if abs(len(sx) - len(sy)) > 1 else CLOSE_SIMILARITY
    return fuzz.ratio(sx, sy) >= threshold


def alias_key(text: str) -> str:
    """Key for exact alias matching of organisations and places: ASCII, lower case, single-spaced."""
    return " ".join(raw_tokens(text))
