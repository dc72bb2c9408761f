"""The time vocabulary (time_words.yaml): month and weekday names, relative words, cue words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from eventwire.datafiles import parse_yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "timeline"


def read_data_yaml(name: str) -> dict[str, Any]:
    """Parse one YAML file of the timeline data folder."""
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return parse_yaml(text)


@dataclass(frozen=True, slots=True)
class DayWord:
    """A word naming a day relative to the anchor ("yesterday": -1)."""

    offset: int
    time_of_day: str | None = None


@dataclass(frozen=True, slots=True)
class TimeVocabulary:
    """Everything the date finder and the resolver know about English time words."""

    months: dict[str, int]
    weekdays: dict[str, int]
    ambiguous_abbreviations: frozenset[str]
    lowercase_words: frozenset[str]
    future_after_words: frozenset[str]
    forward_limit_words: frozenset[str]
    day_words: dict[str, DayWord]
    parts_of_day: dict[str, str]
    clock_words: dict[str, str]
    period_modifiers: dict[str, int]
    period_units: dict[str, str]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, int]
    holidays: dict[str, str]
    year_names: tuple[str, ...]
    period_edges: tuple[str, ...]
    deadline_cues: tuple[str, ...]
    limit_cues: tuple[str, ...]
    future_cues: tuple[str, ...]
    past_cues: frozenset[str]
    future_ed_words: frozenset[str]
    not_past_ed_words: frozenset[str]
    year_cues: tuple[str, ...]
    quantity_words: tuple[str, ...]
    coincident_prepositions: frozenset[str]
    narrative_days: dict[str, int]
    narrative_sides: dict[str, int]
    narrative_periods: dict[str, int]
    coincident_adverbs: frozenset[str]
    baseline_words: tuple[str, ...]
    habit_adverbs: frozenset[str]
    background_adverbs: frozenset[str]
    background_phrases: frozenset[str]
    participle_other_time: frozenset[str]
    other_time_nouns: frozenset[str]
    other_time_words: frozenset[str]  # both: what ``attached_to`` reads as introducing another happening
    reporting_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    reaction_nouns: frozenset[str]
    sequel_adverbs: frozenset[str]
    future_auxiliaries: frozenset[str]
    offset_units: frozenset[str]
    offset_sides: frozenset[str]
    offset_directions: dict[str, int]
    offset_approximators: frozenset[str]
    offset_news_verbs: frozenset[str]
    offset_now_adverbs: frozenset[str]
    ongoing_verbs: frozenset[str]

    def month_number(self, name: str) -> int:
        """1-12 for a month name or abbreviation ("Jan." -> 1)."""
        return self.months[name.rstrip(".").lower()]

    def weekday_number(self, name: str) -> int:
        """0 (Monday) - 6 (Sunday) for a weekday name or abbreviation."""
        return self.weekdays[name.rstrip(".").lower()]

    def full_month_names(self) -> list[str]:
        """The unabbreviated month names (the longest name of each month)."""
        longest: dict[int, str] = {}
        for name, number in self.months.items():
            if len(name) > len(longest.get(number, "")):
                longest[number] = name
        return list(longest.values())

    def full_weekday_names(self) -> list[str]:
        """The unabbreviated weekday names."""
        return [name for name in self.weekdays if name.endswith("day")]


def _day_word(spec: dict[str, Any] | int) -> DayWord:
    if isinstance(spec, int):
        return DayWord(offset=spec)
    return DayWord(offset=int(spec["offset"]), time_of_day=spec.get("time_of_day"))


@lru_cache(maxsize=1)
def load_vocabulary() -> TimeVocabulary:
    """The vocabulary from time_words.yaml, parsed once per process."""
    raw = read_data_yaml("time_words.yaml")
    return TimeVocabulary(
        months={k.lower(): int(v) for k, v in raw["months"].items()},
        weekdays={k.lower(): int(v) for k, v in raw["weekdays"].items()},
        ambiguous_abbreviations=frozenset(raw["ambiguous_abbreviations"]),
        lowercase_words=frozenset(raw.get("lowercase_words", [])),
        future_after_words=frozenset(raw.get("future_after_words", [])),
        forward_limit_words=frozenset(raw.get("forward_limit_words", [])),
        day_words={k.lower(): _day_word(v) for k, v in raw["day_words"].items()},
        parts_of_day={k.lower(): v for k, v in raw["parts_of_day"].items()},
        clock_words={k.lower(): v for k, v in raw["clock_words"].items()},
        period_modifiers={k.lower(): int(v) for k, v in raw["period_modifiers"].items()},
        period_units={k.lower(): v for k, v in raw["period_units"].items()},
        numbers={k.lower(): int(v) for k, v in raw["numbers"].items()},
        ordinals={str(k).lower(): int(v) for k, v in raw["ordinals"].items()},
        seasons={k.lower(): int(v) for k, v in raw["seasons"].items()},
        holidays={k.lower(): str(v) for k, v in raw["holidays"].items()},
        year_names=tuple(raw.get("year_names", [])),
        period_edges=tuple(raw["period_edges"]),
        deadline_cues=tuple(raw["deadline_cues"]),
        limit_cues=tuple(raw["limit_cues"]),
        future_cues=tuple(raw["future_cues"]),
        past_cues=frozenset(raw["past_cues"]),
        future_ed_words=frozenset(raw["future_ed_words"]),
        not_past_ed_words=frozenset(raw["not_past_ed_words"]),
        year_cues=tuple(raw["year_cues"]),
        quantity_words=tuple(raw["quantity_words"]),
        coincident_prepositions=frozenset(raw["coincident_relatives"]["prepositions"]),
        narrative_days={k.lower(): int(v) for k, v in raw["narrative_days"].items()},
        narrative_sides={k.lower(): int(v) for k, v in raw["narrative_sides"].items()},
        narrative_periods={k.lower(): int(v) for k, v in raw["narrative_periods"].items()},
        coincident_adverbs=frozenset(raw["coincident_relatives"]["adverbs"]),
        baseline_words=tuple(raw["baseline_words"]),
        habit_adverbs=frozenset(raw["habit_adverbs"]),
        background_adverbs=frozenset(raw["background_adverbs"]),
        background_phrases=frozenset(raw["background_phrases"]),
        participle_other_time=frozenset(raw["participle_other_time"]),
        other_time_nouns=frozenset(raw["other_time_nouns"]),
        other_time_words=frozenset(raw["participle_other_time"]) | frozenset(raw["other_time_nouns"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        reaction_verbs=frozenset(raw["reaction_verbs"]),
        reaction_nouns=frozenset(raw["reaction_nouns"]),
        sequel_adverbs=frozenset(raw["sequel_adverbs"]),
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        offset_units=frozenset(raw["offset_units"]),
        offset_sides=frozenset(raw["offset_sides"]),
        offset_directions={k: int(v) for k, v in raw["offset_directions"].items()},
        offset_approximators=frozenset(raw["offset_approximators"]),
        offset_news_verbs=frozenset(raw["offset_news_verbs"]),
        offset_now_adverbs=frozenset(raw["offset_now_adverbs"]),
        ongoing_verbs=frozenset(raw["ongoing_verbs"]),
    )
