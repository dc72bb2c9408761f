"""Find date and time expressions in text and resolve them against the publication date.

Match (patterns from time_patterns.yaml), keep the longest of overlapping matches, join the parts of
one expression ("yesterday evening" + "(Tuesday)", "Sunday" + "at 18:00"), read the tense cues around
it, then resolve (anchor.py). The publication date is the only anchor: without one, relative
expressions stay unresolved.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from eventwire.records import TimeExpression
from eventwire.timeline.anchor import Resolution, Resolver, clock_text, parse_iso_date
from eventwire.timeline.casing import CaseRestorer
from eventwire.timeline.matches import RawMatch
from eventwire.timeline.patterns import TimePattern, load_guards, load_patterns
from eventwire.timeline.tense import Cues, TenseReader
from eventwire.timeline.vocab import TimeVocabulary, load_vocabulary

CLOCK_AFTER_DATE = re.compile(r"\s*,?\s*(?:(?i:at|around|about|from|shortly after|shortly before)\s+)?")
# "18:00 on Sunday", "2am local time (0100 GMT) on Sunday"
DATE_AFTER_CLOCK = re.compile(r"\s*,?\s*(?:\([^()\n]{1,30}\)\s*)?(?:(?i:on)\s+)?")
OPEN_PAREN = re.compile(r"\s*\(\s*")
CLOSE_PAREN = re.compile(r"\s*\)")
WEAK_YEAR_CUES = {"of", "and", "to", "from", "by", "around", "between"}
# resolved against the time the text told last, not the publication date (a clock time alone too)
NARRATIVE_KINDS = {
    "narrative_day",
    "narrative_period",
    "narrative_month",
    "narrative_shift",
    "narrative_same",
    "clock",
}
DATE_KINDS_WITH_WEEKDAY_CHECK = {"month_day", "day_month", "day_word", "this_part", "iso_date", "ymd_slash"}


def find_dates(text: str, published: str | None) -> list[TimeExpression]:
    """Every date and time expression of text, in text order, resolved against `published`.

    `published` is an ISO date (YYYY-MM-DD, a longer ISO timestamp is cut to its date) or None;
    with None, expressions that need an anchor keep value None, precision "unknown", anchored=True.
    Raises ValueError (one line) when `published` is not an ISO date.
    """
    anchor = parse_iso_date(published)
    return date_finder().find(text or "", anchor)


@lru_cache(maxsize=1)
def date_finder() -> DateFinder:
    return DateFinder(load_vocabulary())


class DateFinder:
    """Match, select, join, read tense, resolve."""

    def __init__(self, vocab: TimeVocabulary) -> None:
        self.vocab = vocab
        self.patterns = load_patterns()
        self.guards = load_guards()
        self.resolver = Resolver(vocab)
        self.tense_reader = TenseReader(vocab)
        self.restore_case = CaseRestorer(vocab)
        self.baseline = re.compile(  # "since 1982": the start of a span up to now
            r"\b(?i:"
            + "|".join(re.escape(w) for w in vocab.baseline_words)
            + r")\s+(?:(?i:the|early|late|mid)[\s-]+)?\Z"
        )
        self.quantity = re.compile(
            r"(?:" + "|".join(re.escape(w) for w in vocab.quantity_words) + r")\s*$", re.IGNORECASE
        )

    def find(self, text: str, anchor: date | None) -> list[TimeExpression]:
        view = self.restore_case(text)  # the text itself unless it is lower-cased
        matches = self.join_parts(self.select(self.spot(view)), view)
        found: list[TimeExpression] = []
        reference: TimeExpression | None = None  # the time the text told last
        for match in matches:
            expression = self.build(match, view, anchor, reference)
            found.append(expression)
            if self.tells_story_time(expression, view):
                reference = expression
        if view is text:
            return found
        return [replace(x, expression=text[x.span[0] : x.span[1]]) for x in found]

    def tells_story_time(self, expression: TimeExpression, text: str) -> bool:
        """Whether a later narrative time ("the next day") may count from this expression: a resolved
        calendar time, not the start of a span up to now ("its lowest level since 1982")."""
        if not expression.value or expression.precision not in ("day", "month", "year"):
            return False
        return not self.baseline.search(text, max(0, expression.span[0] - 12), expression.span[0])

    # -- matching

    def spot(self, text: str) -> list[RawMatch]:
        """Every plausible match of every pattern (overlapping)."""
        found = []
        present: dict[str, bool] = {}
        for pattern in self.patterns:
            if not self.guards_found(pattern, text, present):
                continue
            for m in pattern.regex.finditer(text):
                start, end = m.span("x") if "x" in pattern.regex.groupindex and m.group("x") else m.span()
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                raw = RawMatch(pattern.kind, start, end, groups, pattern.order)
                if self.plausible(raw, text):
                    found.append(raw)
        return found

    def guards_found(self, pattern: TimePattern, text: str, present: dict[str, bool]) -> bool:
        """Whether text holds every guard the pattern needs (each guard searched once per text)."""
        for name in pattern.needs:
            if name not in present:
                present[name] = self.guards[name].search(text) is not None
            if not present[name]:
                return False
        return True

    def plausible(self, match: RawMatch, text: str) -> bool:
        """Reject numbers that only look like years or days ("about 2000 people", "of 1990 troops")."""
        if match.kind == "year":
            if self.quantity.search(text[max(0, match.start - 20) : match.start]):
                return False
            cue = (match.get("cue") or "").lower()
            next_word = re.match(r"\s+([a-z]+)", text[match.end :])
            if cue in WEAK_YEAR_CUES and next_word:
                return False
        if match.kind in ("month_day", "day_month", "day_range_month") and match.get("month"):
            abbreviation = match.groups["month"].rstrip(".").lower()
            if abbreviation in self.vocab.ambiguous_abbreviations and len(abbreviation) == 3:
                return match.groups["month"][0].isupper()
        return True

    @staticmethod
    def select(matches: list[RawMatch]) -> list[RawMatch]:
        """Non-overlapping matches, the longest first (then the pattern listed first), in text order."""
        chosen: list[RawMatch] = []
        for m in sorted(matches, key=lambda m: (-m.length, m.order, m.start)):
            if not any(m.overlaps(c) for c in chosen):
                chosen.append(m)
        return sorted(chosen, key=lambda m: m.start)

    def join_parts(self, matches: list[RawMatch], text: str) -> list[RawMatch]:
        """Join a date with the clock time or parenthetical weekday or date right next to it."""
        joined: list[RawMatch] = []
        for m in matches:
            merged = self.join(joined[-1], m, text) if joined else None
            if merged is not None:
                joined[-1] = merged
            else:
                joined.append(m)
        return joined

    def join(self, previous: RawMatch, current: RawMatch, text: str) -> RawMatch | None:
        """The one expression that `previous` and `current` form together, or None."""
        gap = text[previous.end : current.start]
        if (
            current.kind == "paren_weekday"
            and previous.kind not in ("clock", "paren_weekday")
            and not gap.strip()
        ):
            return replace(previous, end=current.end, stated_weekday=current.groups["weekday"])
        if current.kind == "clock" and previous.kind != "clock" and CLOCK_AFTER_DATE.fullmatch(gap):
            return replace(previous, end=current.end, clock=clock_text(current, self.vocab))
        if previous.kind == "clock" and current.kind != "clock" and DATE_AFTER_CLOCK.fullmatch(gap):
            return replace(current, start=previous.start, clock=clock_text(previous, self.vocab))
        if (
            previous.kind == "weekday"
            and current.kind in ("month_day", "day_month")
            and OPEN_PAREN.fullmatch(gap)
        ):
            close = CLOSE_PAREN.match(text, current.end)
            if close and not current.get("weekday"):
                groups = {
                    **current.groups,
                    **({"part": previous.groups["part"]} if previous.get("part") else {}),
                }
                return replace(
                    current,
                    start=previous.start,
                    end=close.end(),
                    groups=groups,
                    stated_weekday=previous.groups["weekday"],
                )
        return None

    # -- resolving

    def build(
        self, match: RawMatch, text: str, anchor: date | None, reference: TimeExpression | None = None
    ) -> TimeExpression:
        """The expression of one match; a narrative one ("the next day") counts from ``reference``."""
        cues = self.tense_reader.cues(text, match.start, match.end)
        direction = "future" if cues.deadline else cues.direction
        if match.kind in NARRATIVE_KINDS:
            resolution = self.resolver.resolve_narrative(match, reference, direction)
        elif match.kind == "within_period":
            resolution = self.resolver.within_period(match, reference, anchor)
        else:
            resolution = self.resolver.resolve(match, anchor, direction)
        stated = match.stated_weekday or (match.get("weekday") if match.kind != "weekday" else None)
        if match.kind in ("weekday", "paren_weekday"):
            stated = match.groups["weekday"]
        return TimeExpression(
            expression=text[match.start : match.end],
            span=(match.start, match.end),
            value=resolution.value,
            precision=resolution.precision,
            tense=self.tense(resolution, cues, anchor),
            time_of_day=resolution.time_of_day or self.part_time_of_day(match),
            end=resolution.end,
            weekday=stated.rstrip(".").capitalize() if stated else None,
            weekday_conflict=self.weekday_conflict(resolution, stated),
            anchored=resolution.anchored,
        )

    def part_time_of_day(self, match: RawMatch) -> str | None:
        part = match.get("part")
        return self.vocab.parts_of_day[part.lower()] if part else None

    def weekday_conflict(self, resolution: Resolution, stated: str | None) -> bool:
        """True when a stated weekday disagrees with a resolved day ("yesterday (Tuesday)" on a Friday)."""
        if stated is None or resolution.precision != "day" or resolution.value is None:
            return False
        return date.fromisoformat(resolution.value).weekday() != self.vocab.weekday_number(stated)

    @staticmethod
    def tense(resolution: Resolution, cues: Cues, anchor: date | None) -> str:
        """past / present / future / unknown, from the deadline cue, the words, or the calendar."""
        compared = compare_to_anchor(resolution.value, anchor)
        if cues.deadline:
            return "past" if compared == "past" and not resolution.anchored else "future"
        if resolution.inherent_tense:
            return resolution.inherent_tense
        if compared is not None and (compared == "future" or cues.direction is None):
            return compared
        if cues.direction is not None:
            return cues.direction
        return compared or "unknown"


def compare_to_anchor(value: str | None, anchor: date | None) -> str | None:
    """Where a value lies against the anchor at the value's own precision: past, present or future."""
    if value is None or anchor is None or not re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value):
        return None
    reference = anchor.isoformat()[: len(value)]
    if value < reference:
        return "past"
    return "present" if value == reference else "future"
