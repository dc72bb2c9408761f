"""Person-name matching: candidate retrieval by skeleton keys, scoring with rapidfuzz.

Keys come from ``names.py``: the full name, first + last name, and (for one-word mentions) the
family name alone. A mention retrieves every person sharing one of its keys; each candidate is then
scored by how much of the name matched and how close the spellings are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz

from eventwire.actors.model import KBEntity
from eventwire.actors.names import distinct_given_names, name_tokens, skeleton, skeleton_key, spelling

MATCH_WEIGHT = {"full": 1.0, "first_last": 0.93, "surname": 0.8}
UNIQUE_SURNAME_WEIGHT = 0.88  # a family name only one person in the KB bears
GIVEN_NAME_MIN = 10  # KB persons whose first name a word is, for it to count as a given name …
GIVEN_NAME_RATIO = 3  # … and how many times more often it is a first name than a family name
MATCH_MEMO_SIZE = 8192  # mentions a NameIndex remembers the matches of (then it forgets them all)
TOKEN_SIMILARITY = 70  # rapidfuzz ratio every name part must reach against the KB's spelling …
FOLDED_SIMILARITY = 80  # … or reach once transliteration differences are folded (names.spelling)
# A person's names are kept packed in one string (one object instead of a dozen: less memory, and a
# forked worker that reads them copies one object's page, not a dozen's): names, a name from its
# tokens, and tokens are separated by these control characters; names holding one stay unpacked.
BETWEEN_NAMES, BEFORE_TOKENS, BETWEEN_TOKENS = "\x1e", "\x1f", "\x1d"
SEPARATORS = (BETWEEN_NAMES, BEFORE_TOKENS, BETWEEN_TOKENS)
Names = list[tuple[str, list[str]]]


@dataclass(frozen=True, slots=True)
class NameMatch:
    kb_id: str
    alias: str  # the KB name or alias that matched
    score: float  # 0..1
    how: str  # full, first_last or surname


class NameIndex:
    """Skeleton-key index over the names and aliases of persons."""

    def __init__(self) -> None:
        self.full: dict[str, set[str]] = defaultdict(set)
        self.first_last: dict[str, set[str]] = defaultdict(set)
        self.surname: dict[str, set[str]] = defaultdict(set)
        self.names: dict[str, str | Names] = {}  # by KB id, packed (``pack_names``)
        self.first_names: Counter[str] = Counter()  # lower-cased first word -> persons whose name starts so
        self.family_names: Counter[str] = Counter()  # lower-cased last word -> persons whose name ends so
        self._matches: dict[tuple[str, bool], tuple[NameMatch, ...]] = {}  # ``match`` memo

    def add(self, entity: KBEntity) -> None:
        self._matches.clear()
        names = self.names_of(entity.kb_id)
        seen = {" ".join(tokens) for _, tokens in names}
        firsts, lasts = set(), set()
        for alias in (entity.name, *entity.aliases):
            tokens = name_tokens(alias)
            if not tokens or " ".join(tokens) in seen:
                continue
            seen.add(" ".join(tokens))
            names.append((alias, tokens))
            self.full[skeleton_key(tokens)].add(entity.kb_id)
            if len(tokens) >= 2:
                firsts.add(tokens[0].lower())
                lasts.add(tokens[-1].lower())
                self.first_last[f"{skeleton(tokens[0])} {skeleton(tokens[-1])}"].add(entity.kb_id)
                if len(tokens[-1]) >= 3:
                    self.surname[skeleton(tokens[-1])].add(entity.kb_id)
        if names:
            self.names[entity.kb_id] = pack_names(names)
        self.first_names.update(firsts)
        self.family_names.update(lasts)

    def mostly_given_name(self, word: str) -> bool:
        """Whether a one-word name is far more often a given name than a family name among the KB's persons
        ("Paul", "Martin": many persons are called so, few bear it as their family name; not "Putin")."""
        key = word.lower()
        given = self.first_names[key]
        return given >= GIVEN_NAME_MIN and given >= GIVEN_NAME_RATIO * self.family_names[key]

    def names_of(self, kb_id: str) -> Names:
        """The names of a person (each with its tokens), in the order they were added."""
        names = self.names.get(kb_id, [])
        return unpack_names(names) if isinstance(names, str) else list(names)

    def match(self, mention: str, allow_surname: bool = True) -> list[NameMatch]:
        """Persons whose name fits ``mention``, best first (remembered: a name recurs within an article,
        where each of its mentions is matched several times, and across articles)."""
        key = (mention, allow_surname)
        found = self._matches.get(key)
        if found is None:
            if len(self._matches) >= MATCH_MEMO_SIZE:
                self._matches.clear()
            found = self._matches[key] = tuple(self._match(mention, allow_surname))
        return list(found)

    def _match(self, mention: str, allow_surname: bool) -> list[NameMatch]:
        tokens = name_tokens(mention)
        if not tokens:
            return []
        found: dict[str, str] = {}
        for kb_id in self.full.get(skeleton_key(tokens), ()):
            found[kb_id] = "full"
        if len(tokens) >= 2:
            for kb_id in self.first_last.get(f"{skeleton(tokens[0])} {skeleton(tokens[-1])}", ()):
                found.setdefault(kb_id, "first_last")
        elif allow_surname:
            for kb_id in self.surname.get(skeleton(tokens[0]), ()):
                found.setdefault(kb_id, "surname")
        unique = sum(how == "surname" for how in found.values()) == 1
        scored = (self._score(kb_id, tokens, how, unique) for kb_id, how in found.items())
        return sorted((m for m in scored if m is not None), key=lambda m: (-m.score, m.kb_id))

    def _score(self, kb_id: str, tokens: list[str], how: str, unique: bool = False) -> NameMatch | None:
        whole = tokens
        if how == "first_last" and len(tokens) > 2:  # "Sayyid Ali Hosseini Khamenei" ~ "Ali Khamenei"
            tokens = [tokens[0], tokens[-1]]
        best_alias, best = "", 0.0
        for alias, alias_tokens in self.names_of(kb_id):
            if how == "first_last" and not _middle_parts_agree(whole, alias_tokens):
                continue
            compared = _comparable(alias_tokens, len(tokens), how)
            if not _tokens_alike(tokens, compared):
                continue
            similarity = _spelling_similarity(" ".join(tokens), " ".join(compared))
            if similarity > best:
                best_alias, best = alias, similarity
        if not best_alias:
            return None
        weight = UNIQUE_SURNAME_WEIGHT if how == "surname" and unique else MATCH_WEIGHT[how]
        return NameMatch(kb_id, best_alias, round(weight * best * best, 4), how)


def _tokens_alike(tokens: list[str], other: list[str]) -> bool:
    """Each name part spelled alike: Qadhafi ~ Gaddafi, but Mahmoud is not Muhammad, nor Michael
    Michelle (a given name's feminine form is another name)."""
    if len(tokens) != len(other):
        return len(tokens) < len(other) and _tokens_alike(tokens, [other[0], other[-1]][-len(tokens) :])
    if len(tokens) >= 2 and distinct_given_names(tokens[0], other[0]):
        return False
    return all(a == b or _alike(a, b) for a, b in zip(tokens, other, strict=True))


def _middle_parts_agree(tokens: list[str], other: list[str]) -> bool:
    """Two names whose first and last parts match are still two people when both have middle parts and
    none of them agree ("Kim Jong-nam" is not "Kim Yong-nam"): a middle part agrees with the other's
    by its consonant skeleton (transliterations) or, written as an initial, by its first letter."""
    middle, other_middle = tokens[1:-1], other[1:-1]
    if not middle or not other_middle:
        return True
    return any(
        skeleton(a) == skeleton(b) or ((len(a) == 1 or len(b) == 1) and a[0] == b[0])
        for a in middle
        for b in other_middle
    )


def _alike(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= TOKEN_SIMILARITY or fuzz.ratio(spelling(a), spelling(b)) >= FOLDED_SIMILARITY


def _spelling_similarity(a: str, b: str) -> float:
    """How alike two names are spelled, transliteration differences forgiven (0..1)."""
    folded = " ".join(spelling(t) for t in a.split()), " ".join(spelling(t) for t in b.split())
    return max(fuzz.ratio(a, b), fuzz.ratio(*folded)) / 100


def _comparable(alias_tokens: list[str], n: int, how: str) -> list[str]:
    """The part of an alias a mention of ``n`` tokens is compared with."""
    if how == "surname" or n == 1:
        return alias_tokens[-1:]
    if how == "first_last":
        return [alias_tokens[0], alias_tokens[-1]]
    return alias_tokens


def pack_names(names: Names) -> str | Names:
    """``names`` as one string, or as they are when a separator occurs in them."""
    words = [word for alias, tokens in names for word in (alias, *tokens)]
    if any(c in word for word in words for c in SEPARATORS) or not all(tokens for _, tokens in names):
        return names
    return BETWEEN_NAMES.join(alias + BEFORE_TOKENS + BETWEEN_TOKENS.join(tokens) for alias, tokens in names)


def unpack_names(packed: str) -> Names:
    """The names ``pack_names`` packed."""
    names = []
    for part in packed.split(BETWEEN_NAMES):
        alias, tokens = part.split(BEFORE_TOKENS)
        names.append((alias, tokens.split(BETWEEN_TOKENS)))
    return names
