"""Remove page furniture: apply the rules of ``data/ingest/furniture.yaml`` to the lines of a scrape.

The rules are data (what to match and what a match means); this module only applies them, in the spirit
of trafilatura's ``xpaths.py``: ``drop_line`` removes a line, ``end_block`` removes a teaser block from its
heading to the end (once some article text came before it), ``drop_tail`` cuts a credit glued to the end of
the last paragraph, ``drop_span`` cuts a fixed phrase out of a line. Repeated titles and repeated
paragraphs go too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from eventwire.ingest.identity import normalise
from eventwire.ingest.knowledge import compile_pattern, load
from eventwire.ingest.lines import Line, assemble, cut_out, paragraphs, split_lines
from eventwire.ingest.offsets import Run

Action = Literal["drop_line", "end_block", "drop_tail", "drop_span"]
ACTIONS: tuple[Action, ...] = ("drop_line", "end_block", "drop_tail", "drop_span")
LINE_ACTIONS = ("drop_line", "end_block")
TAIL_WINDOW = 400  # drop_tail rules look at the last characters of the last paragraph only
MAX_TAIL_CUTS = 8
MIN_REPEATED_CHARS = 40  # shorter repeated lines may legitimately recur
DEFAULT_MIN_BODY_CHARS = 150


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    name: str
    action: Action
    pattern: re.Pattern[str]
    meaning: str
    max_len: int | None = None

    def matches_line(self, text: str) -> bool:
        if self.max_len is not None and len(text) > self.max_len:
            return False
        return self.pattern.match(text) is not None


@dataclass(frozen=True, slots=True)
class Removal:
    """What was removed and by which rule (for diagnostics and the bench)."""

    rule: str
    text: str


@lru_cache(maxsize=1)
def furniture_rules() -> tuple[FurnitureRule, ...]:
    """The rules of ``furniture.yaml``, compiled, in file order."""
    return tuple(_rule(entry) for entry in load("furniture.yaml")["rules"])


def _rule(entry: dict[str, object]) -> FurnitureRule:
    action = str(entry["action"])
    if action not in ACTIONS:
        raise ValueError(f"furniture rule {entry.get('name')}: unknown action {action!r}")
    max_len = entry.get("max_len")
    return FurnitureRule(
        name=str(entry["name"]),
        action=action,  # type: ignore[arg-type]
        pattern=compile_pattern(
            str(entry["pattern"]), bool(entry.get("case_sensitive", False)), full=action in LINE_ACTIONS
        ),
        meaning=str(entry.get("meaning", "")),
        max_len=int(max_len) if isinstance(max_len, int) else None,
    )


def line_rule(text: str, rules: Sequence[FurnitureRule] | None = None) -> FurnitureRule | None:
    """The first line rule (``drop_line`` or ``end_block``) that matches the whole of ``text``."""
    for rule in rules if rules is not None else furniture_rules():
        if rule.action in LINE_ACTIONS and rule.matches_line(text):
            return rule
    return None


def drop_furniture_lines(
    lines: list[Line],
    min_body_chars: int = DEFAULT_MIN_BODY_CHARS,
    rules: Sequence[FurnitureRule] | None = None,
) -> tuple[list[Line], list[Removal]]:
    """Lines without furniture lines and teaser blocks, and what was removed."""
    kept: list[Line] = []
    removed: list[Removal] = []
    body_chars = 0
    for index, line in enumerate(lines):
        rule = None if line.blank else line_rule(line.text, rules)
        if rule is None:
            kept.append(line)
            body_chars += len(line.text)
        elif rule.action == "end_block" and body_chars >= min_body_chars:
            removed.extend(Removal(rule.name, rest.text) for rest in lines[index:] if not rest.blank)
            break
        else:
            removed.append(Removal(rule.name, line.text))
    return kept, removed


def cut_spans(
    lines: list[Line], rules: Sequence[FurnitureRule] | None = None
) -> tuple[list[Line], list[Removal]]:
    """Lines with the ``drop_span`` phrases cut out of them (a cut line becomes its pieces)."""
    span_rules = [r for r in (rules if rules is not None else furniture_rules()) if r.action == "drop_span"]
    kept: list[Line] = []
    removed: list[Removal] = []
    for line in lines:
        spans = sorted(
            (m.start(), m.end(), rule.name)
            for rule in span_rules
            if not line.blank
            for m in rule.pattern.finditer(line.text)
            if m.end() > m.start()
        )
        if not spans:
            kept.append(line)
            continue
        removed.extend(Removal(name, line.text[a:b].strip()) for a, b, name in spans)
        kept.extend(cut_out(line, [(a, b) for a, b, _ in spans]))
    return kept, removed


def cut_tails(lines: list[Line], rules: Sequence[FurnitureRule] | None = None) -> list[Removal]:
    """Cut trailing credits off the last paragraph, in place; drop lines they empty."""
    tail_rules = [r for r in (rules if rules is not None else furniture_rules()) if r.action == "drop_tail"]
    removed: list[Removal] = []
    for _ in range(MAX_TAIL_CUTS):
        last = _last_content(lines)
        if last is None:
            break
        cut = _first_tail_cut(last.text, tail_rules)
        if cut is None:
            break
        keep, rule = cut
        removed.append(Removal(rule.name, last.text[keep:].strip()))
        last.cut_tail(keep)
        if last.blank:
            lines.remove(last)
    return removed


def _first_tail_cut(text: str, rules: Sequence[FurnitureRule]) -> tuple[int, FurnitureRule] | None:
    offset = max(0, len(text) - TAIL_WINDOW)
    window = text[offset:]
    for rule in rules:
        match = rule.pattern.search(window)
        if match is not None and match.end() == len(window):
            return offset + match.start(), rule
    return None


def _last_content(lines: list[Line]) -> Line | None:
    for line in reversed(lines):
        if not line.blank:
            return line
    return None


def drop_repeats(lines: list[Line], title: str | None) -> tuple[list[Line], list[Removal]]:
    """Lines without copies of the title and without second copies of a paragraph."""
    title_key = _key(title) if title else None
    seen: set[str] = set()
    kept: list[Line] = []
    removed: list[Removal] = []
    for line in lines:
        key = _key(line.text)
        if key and key == title_key:
            removed.append(Removal("repeated_title", line.text))
        elif len(key) >= MIN_REPEATED_CHARS and key in seen:
            removed.append(Removal("repeated_paragraph", line.text))
        else:
            seen.add(key)
            kept.append(line)
    return kept, removed


def _key(text: str) -> str:
    return normalise(text).casefold().rstrip(" .!?:;")


def remove_furniture(
    text: str, min_body_chars: int = DEFAULT_MIN_BODY_CHARS
) -> tuple[str, list[Run], list[Removal]]:
    """Clean ``text`` of furniture lines, teaser blocks, repeats and trailing credits.

    Returns the clean text, its offsets into ``text`` and what was removed.
    """
    lines, removed = cut_spans(split_lines(text))
    lines, dropped = drop_furniture_lines(lines, min_body_chars)
    lines, repeats = drop_repeats(lines, None)
    removed += dropped
    removed += repeats + cut_tails(lines)
    clean, runs = assemble(paragraphs(lines))
    return clean, runs, removed
