"""A cheap check before each attempt of a date pattern: the characters a match can start with.

Python's regular-expression engine tries a pattern at every position of the text. When the pattern
starts with a literal or a character class it first skips to the positions holding one, but a pattern
that starts with an optional group, a lookbehind or case-insensitive words ("(?:the\\s+end\\s+of\\s+)?
(?:last|next|this)\\s+week") is tried in full everywhere. ``with_first_chars`` puts a lookahead for the
characters any match must start with in front of such a pattern: a position that cannot start a match
fails at once, and every match is the one the pattern finds alone (the lookahead is zero-width, uses
the pattern's own characters, classes and case flags, and only refuses positions where no match can
start). Patterns whose first characters cannot be told (a match could be empty, or start with any
character or a negated class) are kept as they are.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
Atom = tuple[bool, str]  # (case-insensitive, a character-class item such as "a", "0-9" or "\d")


class _Unknown(Exception):
    """The first characters of a (sub)pattern cannot be told."""


def with_first_chars(regex: re.Pattern[str]) -> re.Pattern[str]:
    """``regex`` behind a lookahead for its first characters, or ``regex`` itself when the engine skips
    ahead by itself or its first characters cannot be told."""
    try:
        parsed = sre_parse.parse(regex.pattern, regex.flags)
        if _engine_skips_ahead(parsed.data, parsed.state.flags):
            return regex
        atoms, nullable = _first(parsed.data, parsed.state.flags)
        if nullable or not atoms:
            return regex
        return re.compile(_lookahead(atoms) + "(?:" + regex.pattern + ")", regex.flags)
    except (_Unknown, re.error, TypeError, ValueError):
        return regex


def _engine_skips_ahead(items: list, flags: int) -> bool:
    """Whether the pattern starts with a case-sensitive literal or class, which the engine searches
    for by itself (a lookahead in front would hide it)."""
    while items and items[0][0] is sre.SUBPATTERN:
        _, add, remove, items = items[0][1]
        flags = (flags | add) & ~remove
    if not items or flags & re.IGNORECASE:
        return False
    op, av = items[0]
    if op in (sre.LITERAL, sre.IN):
        return True
    return op is sre.BRANCH and all(alt and alt[0][0] is sre.LITERAL for alt in av[1])


def _first(items: list, flags: int) -> tuple[list[Atom], bool]:
    """The characters a match of the sequence ``items`` can start with, and whether it can be empty."""
    atoms: list[Atom] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        found, nullable = _first_of(op, av, flags)
        atoms.extend(found)
        if not nullable:
            return atoms, False
    return atoms, True


def _first_of(op: Any, av: Any, flags: int) -> tuple[list[Atom], bool]:
    """The first characters of one item, and whether it can match the empty string."""
    ignore_case = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        return [(ignore_case, _escaped(av))], False
    if op is sre.IN:
        return [(ignore_case, _class_item(item_op, item_av)) for item_op, item_av in av], False
    if op is sre.SUBPATTERN:
        _, add, remove, items = av
        return _first(items, (flags | add) & ~remove)
    if op is sre.ATOMIC_GROUP:
        return _first(av, flags)
    if op is sre.BRANCH:
        return _first_of_branches(av[1], flags)
    if op in _REPEATS:
        low, _, items = av
        atoms, nullable = _first(items, flags)
        return atoms, nullable or low == 0
    raise _Unknown(str(op))


def _first_of_branches(branches: list, flags: int) -> tuple[list[Atom], bool]:
    atoms: list[Atom] = []
    nullable = False
    for branch in branches:
        found, empty = _first(branch, flags)
        atoms.extend(found)
        nullable = nullable or empty
    return atoms, nullable


def _class_item(op: Any, av: Any) -> str:
    if op is sre.LITERAL:
        return _escaped(av)
    if op is sre.RANGE:
        return _escaped(av[0]) + "-" + _escaped(av[1])
    if op is sre.CATEGORY and av in _CATEGORIES:
        return _CATEGORIES[av]
    raise _Unknown(str(op))  # a negated class, or a category of another kind


def _escaped(code: int) -> str:
    return re.escape(chr(code)) if chr(code) not in "-]^\\" else "\\" + chr(code)


def _lookahead(atoms: list[Atom]) -> str:
    """``(?=[…]|(?i:[…]))``: the case-sensitive and the case-insensitive first characters."""
    sensitive = "".join(dict.fromkeys(item for ignore_case, item in atoms if not ignore_case))
    insensitive = "".join(dict.fromkeys(item for ignore_case, item in atoms if ignore_case))
    parts = ([f"[{sensitive}]"] if sensitive else []) + ([f"(?i:[{insensitive}])"] if insensitive else [])
    return "(?=" + "|".join(parts) + ")"
