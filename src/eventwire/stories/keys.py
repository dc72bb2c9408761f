"""Story keys: short strings that two reports of one happening are likely to share.

- ``text:<hash>``: the same normalised text (an exact republication);
- ``lsh:<band>:<hash>``: a MinHash LSH band of word shingles (a near-duplicate, light edits);
- ``ev:<TYPE>:<actor>|<actor>``: an event of one type between the same two resolved actors;
- ``term:<word>`` / ``term:@<name>``: one of the article's most telling words or names (candidates for
  the similarity check, looked up within a window of publication dates).
Keys live in the database, so new articles find earlier ones without anything held in memory.
"""

from __future__ import annotations

import hashlib
import math
import re
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from datasketch import MinHash, MinHashLSH

from eventwire.records import Entity, Event
from eventwire.stories.spans import enclosing_date, event_date
from eventwire.stories.weights import NAME_PREFIX, TermWeights

if TYPE_CHECKING:
    from eventwire.stories.profile import Profile

NUM_PERM = 64
NEAR_DUPLICATE_JACCARD = 0.5
SHINGLE_WORDS = 4
_WORD = re.compile(r"\w+", re.UNICODE)


def _digest(data: str | bytes, size: int = 8) -> str:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return hashlib.blake2b(raw, digest_size=size).hexdigest()


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def text_key(text: str) -> str:
    return "text:" + _digest(" ".join(words(text)), 12)


def shingles(text: str, k: int = SHINGLE_WORDS) -> set[str]:
    toks = words(text)
    if len(toks) < k:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + k]) for i in range(len(toks) - k + 1)}


@lru_cache(maxsize=1)
def _empty_minhash() -> MinHash:
    """A MinHash before any shingle; its permutations are drawn once, not per article."""
    return MinHash(num_perm=NUM_PERM, seed=1)


def minhash(text: str) -> MinHash:
    mh = _empty_minhash().copy()
    mh.update_batch([s.encode("utf-8") for s in shingles(text)])
    return mh


@lru_cache(maxsize=1)
def lsh_bands() -> tuple[int, int]:
    """Bands and rows that datasketch finds best for the near-duplicate threshold."""
    lsh = MinHashLSH(threshold=NEAR_DUPLICATE_JACCARD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


def lsh_keys(text: str) -> list[str]:
    if len(words(text)) < SHINGLE_WORDS * 3:  # too short for shingles to mean anything
        return []
    values = minhash(text).hashvalues
    bands, rows = lsh_bands()
    return [f"lsh:{b}:{_digest(values[b * rows : (b + 1) * rows].tobytes())}" for b in range(bands)]


def actor_key(entity: Entity) -> str | None:
    """A resolved actor's identity: its KB id, else country and first sector; None when unknown."""
    if entity.kb_id:
        return entity.kb_id
    if entity.country:
        return f"{entity.country}:{entity.sectors[0] if entity.sectors else ''}"
    return None


def event_keys(event: Event) -> list[str]:
    """One key per pair of distinct resolved participants (actors and recipients together)."""
    people = sorted({k for e in (*event.actor, *event.recipient) if (k := actor_key(e))})
    return [f"ev:{event.event_type}:{a}|{b}" for a, b in combinations(people, 2)]


def story_keys(text: str, events: list[Event]) -> dict[str, str | None]:
    """Every key of one article, each with the date of the event it came from (None for text keys; a
    range's enclosing date, ``spans.enclosing_date``)."""
    keys: dict[str, str | None] = {text_key(text): None}
    keys.update(dict.fromkeys(lsh_keys(text)))
    for ev in events:
        for k in event_keys(ev):
            if keys.get(k) is None:
                keys[k] = enclosing_date(event_date(ev.date, ev.date_end))
    return keys


# A country's KB id is its country code (ISO 3166 alpha-3, or a PLOVER code): no person's or body's id
# has this form (Q-numbers; prefixed ids such as "org:nato" hold a colon).
_COUNTRY_CODE = re.compile(r"[A-Z]{3}")


def is_country(part: str) -> bool:
    """An actor key that names a whole country ("USA"), not a person, a body or a sector of it."""
    return _COUNTRY_CODE.fullmatch(part) is not None


def identified_actor(part: str) -> bool:
    """A key's actor identified by its KB id: not a country's sector ("USA:GOV"), nor a country itself
    ("USA"): a country is the setting of many happenings (round 12: a person and a country chained one
    thread's reports of a week through "ev:CONSULT:<Sessions>|RUS", as the profile leaves countries out
    of its names)."""
    return ":" not in part and not is_country(part)


def is_specific(key: str) -> bool:
    """An event key between two identified actors (both persons or bodies with KB ids)."""
    _, _, pair = key.split(":", 2)
    return all(identified_actor(part) for part in pair.split("|"))


def between_known_parties(key: str) -> bool:
    """An event key between two parties with KB ids, countries included ("USA", not "USA:GOV"): who meets
    whom is known, though a country alone does not make the happening (``is_specific``)."""
    _, _, pair = key.split(":", 2)
    return all(":" not in part for part in pair.split("|"))


# An article's most telling terms, kept as keys for finding reports with other wording. Round 21: 20 (12
# before): a quarter of the ECB+ dev reports that missed their happening's story shared one of 12 keys with
# it, and most would have scored the join score once compared (docs/stories.md, round 21).
TERM_KEYS = 20
MAX_TERM_LENGTH = 80


def term_keys(profile: Profile, weights: TermWeights, n: int = TERM_KEYS) -> list[str]:
    """``term:<term>`` keys for the profile's most telling words and names (log count x IDF)."""
    scored = [(term, (1.0 + math.log(c)) * weights.idf(term)) for term, c in profile.terms.items()]
    scored += [
        (NAME_PREFIX + name, (1.0 + math.log(c)) * weights.idf(NAME_PREFIX + name))
        for name, c in profile.names.items()
    ]
    best = sorted((x for x in scored if x[1] > 0), key=lambda x: (-x[1], x[0]))[:n]
    return ["term:" + term[:MAX_TERM_LENGTH] for term, _ in best]
