"""The lookahead for a pattern's first characters (timeline.first_chars) keeps every match as it was."""

from __future__ import annotations

import re

import pytest

from eventwire.timeline.dates import date_finder
from eventwire.timeline.first_chars import with_first_chars
from eventwire.timeline.patterns import expand, placeholders
from eventwire.timeline.vocab import load_vocabulary, read_data_yaml

TEXTS = [
    "On Tuesday, March 3, 2020, the minister met envoys; by the end of next week talks resume.",
    "Early last year troops left; in mid-2019 they came back. The 1990s were calm, the '80s were not.",
    "Between 3 and 5 May 2021 (Monday) protests grew. At 18:51 GMT, or 6.51 pm, police moved in.",
    "Q3 2022 sales rose; the third quarter of 2023 fell. Two weeks ago a deal was signed 2017/2/7.",
    "THE END OF THIS MONTH, said officials on 05/01/2020 and 2021-06-30T18:51:52+0000.",
    "ſeason workers arrived this ſummer; the Kelvin scale; İn the 21st century, about 2000 people.",
    "yesterday (Tuesday) the talks broke down; later this afternoon, from January to March 2024.",
    "",
    "no dates here at all, just words and numbers like 42 and 7.",
]


def _matches(regex: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in regex.finditer(text)]


def _data_regexes() -> list[re.Pattern[str]]:
    """Every pattern and guard of time_patterns.yaml compiled as written."""
    table = placeholders(load_vocabulary())
    data = read_data_yaml("time_patterns.yaml")
    sources = [p["regex"] for p in data["patterns"]] + list(data["guards"].values())
    return [re.compile(expand(source, table)) for source in sources]


def test_the_date_finder_uses_the_patterns_with_their_lookaheads():
    finder = date_finder()
    loaded = [p.regex.pattern for p in finder.patterns] + [g.pattern for g in finder.guards.values()]
    assert loaded == [with_first_chars(r).pattern for r in _data_regexes()]
    assert sum(pattern.startswith("(?=") for pattern in loaded) >= len(loaded) // 2


@pytest.mark.parametrize("text", TEXTS)
def test_every_pattern_and_guard_matches_as_without_the_lookahead(text):
    for original in _data_regexes():
        regex = with_first_chars(original)
        assert _matches(regex, text) == _matches(original, text), regex.pattern[:80]


def test_case_insensitive_words_keep_their_unicode_case_matches():
    regex = with_first_chars(re.compile(r"(?:(?i:early|late)\s+)?(?i:summer|season)"))
    assert regex.pattern.startswith("(?=")
    assert [m.group() for m in regex.finditer("a ſeason, EARLY SUMMER")] == ["ſeason", "EARLY SUMMER"]


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?:ab)?",  # can match the empty string
        r".x",  # any first character
        r"[^a]b",  # a negated class
        r"January|February",  # the engine finds literal starts by itself
        r"(\d)\1",  # a plain class first
    ],
)
def test_patterns_without_a_useful_lookahead_are_kept(pattern):
    regex = re.compile(pattern)
    assert with_first_chars(regex) is regex


def test_lookbehind_and_optional_prefix_are_looked_past():
    regex = with_first_chars(re.compile(r"(?<![\d-])(?:(?i:from)\s+)?(?P<year>(?:1[89]|20)\d\d)"))
    assert regex.pattern.startswith("(?=")
    text = "from 1999, 2005, 3-1999, x2010"
    assert _matches(regex, text) == _matches(re.compile(regex.pattern.split("(?:", 1)[1][:-1]), text)
    assert [m.group("year") for m in regex.finditer(text)] == ["1999", "2005", "2010"]
