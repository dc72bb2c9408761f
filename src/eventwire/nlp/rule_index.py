"""The attribute ruler's patterns looked up per token instead of tried at every token.

spaCy's ``Matcher`` tries each of its patterns at every token; the small English model's attribute
ruler has 179 patterns (tag to part of speech and morphology, pronoun and auxiliary forms, a few on
dependency labels and pairs of words), and matching them was nine tenths of the ruler's time, a tenth
of spaCy's in the workers (docs/performance.md, round 16). ``IndexedMatcher`` finds the same matches:
each pattern is filed under a value its first token must have (a lower-case form, a tag, a
dependency label, or being a space), and at each token only the patterns filed under that token's own
values are checked. Patterns it cannot read (operators, other attributes) stay with a spaCy
``Matcher``. The ruler then sets the same attributes as before, in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import get_string_id
from spacy.tokens import Doc

RULER = "attribute_ruler"
COLUMNS = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}  # columns of ``token_rows``
ANCHOR_ORDER = ("LOWER", "TAG", "DEP", "IS_SPACE")  # the most selective value a pattern is filed under
MAX_REGEX_FILED = 200_000  # values whose regex-anchored patterns are remembered (a few MB at most)
Match = tuple[int, int, int]  # match id, start, end (as ``Matcher(..., as_spans=False)``)
Check = Callable[[list[int], Callable[[int], str]], bool]  # (token row, string of a hash) -> passes


@dataclass(frozen=True, slots=True)
class TokenTest:
    """One token of a pattern: the checks a token must pass."""

    checks: tuple[Check, ...]

    def passes(self, row: list[int], text_of: Callable[[int], str]) -> bool:
        return all(check(row, text_of) for check in self.checks)


@dataclass(frozen=True, slots=True)
class FiledPattern:
    """A pattern under one of its first token's required values."""

    match_id: int
    tokens: tuple[TokenTest, ...]

    @property
    def filed_value_enough(self) -> bool:
        """One token whose only constraint is the value the pattern is filed under."""
        return len(self.tokens) == 1 and not self.tokens[0].checks

    def matches_at(self, rows: list[list[int]], start: int, text_of: Callable[[int], str]) -> bool:
        """Whether the pattern matches the tokens from ``start`` on."""
        if start + len(self.tokens) > len(rows):
            return False
        return all(test.passes(rows[start + k], text_of) for k, test in enumerate(self.tokens))


def token_rows(doc: Doc) -> list[list[int]]:
    """Each token's lower-case form, tag, dependency label (hashes) and whether it is a space."""
    return doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()


def _wanted(value: object) -> int:
    """A required value as the token rows hold it (a string's hash; a flag as 0 or 1)."""
    return int(value) if isinstance(value, bool) else get_string_id(value)  # type: ignore[arg-type]


def _check(column: int, value: object) -> Check | None:
    """The test of one attribute's constraint, or None when this module cannot read it."""
    if isinstance(value, str | bool):
        wanted = _wanted(value)
        return lambda row, _text: row[column] == wanted
    if not isinstance(value, dict) or len(value) != 1:
        return None
    ((operator, operand),) = value.items()
    if (
        operator in ("IN", "NOT_IN")
        and isinstance(operand, list)
        and all(isinstance(v, str) for v in operand)
    ):
        values = frozenset(_wanted(v) for v in operand)
        if operator == "IN":
            return lambda row, _text: row[column] in values
        return lambda row, _text: row[column] not in values
    if operator == "REGEX" and isinstance(operand, str) and column != COLUMNS["IS_SPACE"]:
        regex = re.compile(operand)
        return lambda row, text: regex.search(text(row[column])) is not None
    return None


def token_test(token: dict, skip: str | None = None) -> TokenTest | None:
    """The checks of one token of a pattern (but the ``skip`` attribute's, which the pattern is filed
    under), or None when any constraint cannot be read here."""
    if not token or not set(token) <= set(COLUMNS):
        return None
    checks = [_check(COLUMNS[attr], value) for attr, value in token.items() if attr != skip]
    if any(check is None for check in checks):
        return None
    return TokenTest(tuple(checks))  # type: ignore[arg-type]


def regex_anchor(token: dict) -> tuple[str, re.Pattern[str]] | None:
    """The attribute and compiled expression of a first token without a value to be filed under that
    must match a regular expression (``{"LOWER": {"REGEX": "^y'?$"}}``), or None."""
    for attr in ANCHOR_ORDER[:3]:  # a string attribute: LOWER, TAG, DEP
        value = token.get(attr)
        if isinstance(value, dict) and list(value) == ["REGEX"] and isinstance(value["REGEX"], str):
            return attr, re.compile(value["REGEX"])
    return None


def anchor(token: dict) -> tuple[str, list[int]] | None:
    """The attribute and values a pattern's first token is filed under: its most selective attribute
    required to equal one value or one of a list; None when it has none."""
    for attr in ANCHOR_ORDER:
        value = token.get(attr)
        if isinstance(value, str | bool):
            return attr, [_wanted(value)]
        if isinstance(value, dict) and list(value) == ["IN"] and all(isinstance(v, str) for v in value["IN"]):
            return attr, [_wanted(v) for v in value["IN"]]
    return None


class IndexedMatcher:
    """``matcher(doc, allow_missing=..., as_spans=False)``: the matches of a spaCy ``Matcher``'s
    patterns, found by looking the patterns up per token (see the module docstring)."""

    def __init__(self, matcher: Matcher, keys: Sequence[str]) -> None:
        self.original = matcher
        self.vocab = matcher.vocab
        self.rest = Matcher(matcher.vocab, validate=False)
        self.filed: dict[tuple[int, int], list[FiledPattern]] = {}
        self.enough: dict[tuple[int, int], list[int]] = {}  # match ids of the filed_value_enough patterns
        # Patterns whose first token must match a regular expression: filed under each value it matches,
        # as tokens bring the values (one search per value and column seen, not per token; round 23).
        self.by_regex: list[tuple[int, re.Pattern[str], FiledPattern]] = []
        self.regex_filed: dict[tuple[int, int], tuple[FiledPattern, ...]] = {}
        for key in keys:
            match_id = self.vocab.strings.add(key)
            _, patterns = matcher.get(key)
            if not all(self._can_file(p) for p in patterns):
                self.rest.add(key, patterns)
                continue
            for pattern in patterns:
                self._file(match_id, pattern)

    @staticmethod
    def _can_file(pattern: list[dict]) -> bool:
        if not pattern or not all(token_test(t) for t in pattern):
            return False
        return anchor(pattern[0]) is not None or regex_anchor(pattern[0]) is not None

    def _file(self, match_id: int, pattern: list[dict]) -> None:
        if anchor(pattern[0]) is None:
            attr, regex = regex_anchor(pattern[0])  # type: ignore[misc]
            first = token_test(pattern[0], skip=attr)
            tests = (first, *(token_test(t) for t in pattern[1:]))
            self.by_regex.append((COLUMNS[attr], regex, FiledPattern(match_id, tests)))  # type: ignore[arg-type]
            return
        attr, values = anchor(pattern[0])  # type: ignore[misc]
        first = token_test(pattern[0], skip=attr)  # the filed value is the token's own: not checked again
        tests = (first, *(token_test(t) for t in pattern[1:]))
        filed = FiledPattern(match_id, tests)  # type: ignore[arg-type]
        for value in values:
            if filed.filed_value_enough:
                self.enough.setdefault((COLUMNS[attr], value), []).append(match_id)
            else:
                self.filed.setdefault((COLUMNS[attr], value), []).append(filed)

    def __len__(self) -> int:
        return len(self.original)

    def __call__(self, doc: Doc, *, allow_missing: bool = False, as_spans: bool = False) -> list[Match]:
        if as_spans:
            raise ValueError("IndexedMatcher gives (match id, start, end) tuples only")
        found: set[Match] = set()  # a key's patterns matching the same span give one match, as in spaCy
        if len(self.rest):
            found.update(self.rest(doc, allow_missing=allow_missing, as_spans=False))
        rows = token_rows(doc)
        text_of = doc.vocab.strings.__getitem__  # as spaCy reads a token's string: from its own vocab
        filed, enough = self.filed, self.enough
        for start, row in enumerate(rows):
            for column, value in enumerate(row):
                key = (column, value)
                for match_id in enough.get(key, ()):
                    found.add((match_id, start, start + 1))
                for pattern in filed.get(key, ()):
                    if pattern.matches_at(rows, start, text_of):
                        found.add((pattern.match_id, start, start + len(pattern.tokens)))
        if self.by_regex:
            found.update(self._regex_matches(rows, text_of))
        return list(found)

    def _regex_matches(self, rows: list[list[int]], text_of: Callable[[int], str]) -> Iterator[Match]:
        """The matches of the regex-anchored patterns: at each token, those filed under its values."""
        regex_filed = self.regex_filed
        columns = sorted({column for column, _, _ in self.by_regex})
        for start, row in enumerate(rows):
            for column in columns:
                key = (column, row[column])
                by_regex = regex_filed.get(key)
                if by_regex is None:
                    by_regex = self._file_by_regex(key, text_of)
                for pattern in by_regex:
                    if pattern.matches_at(rows, start, text_of):
                        yield pattern.match_id, start, start + len(pattern.tokens)

    def _file_by_regex(self, key: tuple[int, int], text_of: Callable[[int], str]) -> tuple[FiledPattern, ...]:
        """The regex-anchored patterns whose expression matches the value of ``key`` (kept for the next
        token with it; forgotten all at once past ``MAX_REGEX_FILED`` values)."""
        column, value = key
        text = text_of(value)
        hits = tuple(p for c, regex, p in self.by_regex if c == column and regex.search(text) is not None)
        if len(self.regex_filed) >= MAX_REGEX_FILED:
            self.regex_filed.clear()
        self.regex_filed[key] = hits
        return hits

    def get(self, key: str | int, default: object = None) -> object:
        """A key's patterns, as the spaCy ``Matcher`` holds them (for ``AttributeRuler.patterns``)."""
        return self.original.get(key, default)


def index_attribute_ruler(nlp: Language) -> bool:
    """Let the pipeline's attribute ruler find its matches through an ``IndexedMatcher`` (same matches,
    same annotations); False when the pipeline has no attribute ruler."""
    if RULER not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(RULER)
    if not isinstance(ruler.matcher, IndexedMatcher):  # type: ignore[attr-defined]
        keys = [str(i) for i in range(len(ruler.attrs))]  # type: ignore[attr-defined]
        ruler.matcher = IndexedMatcher(ruler.matcher, keys)  # type: ignore[attr-defined]
    return True
