"""The guards of time_patterns.yaml only skip patterns that could not match: same output with or without."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from date_cases import CASES

from eventwire.timeline.dates import DateFinder
from eventwire.timeline.patterns import compile_pattern, load_guards, load_patterns
from eventwire.timeline.vocab import load_vocabulary

# Texts written for this test: cases where a guard could be wrongly strict (capitals, other digits,
# abbreviations, line breaks inside expressions, expressions at the very start or end).
TRICKY = [
    "TALKS RESUMED ON 5 MAY 2020 AND AGAIN LAST WEEK, SOURCES SAID.",
    "Troops left two weeks ago; the rest leave by the end of the year.",
    "The vote (Wednesday) came after talks this morning and late last night.",
    "Fighting flared in early June, mid-2019 and the late 1990s.",
    "Sept. 3 - Oct 2, 2020: the mission ran from January\nto March.",
    "The deadline is noon; the summit opens at 6 p.m. GMT on the 3rd of July.",
    "Le sommet du ٣ May s'est tenu au cours du Q3 2021.",
    "the first quarter of last year was weak, said the 21st century report",
    "Yesterday evening, earlier today and the day before yesterday.",
    "between 3 and 5 May / 2017/2/7 / 05.01.2020 / 2021-06-30T18:51:52+0000",
    "last summer, this WINTER, the spring of 2019",
    "no date at all here, only words",
    "",
]


def unguarded_finder() -> DateFinder:
    finder = DateFinder(load_vocabulary())
    finder.patterns = tuple(replace(p, needs=()) for p in finder.patterns)
    return finder


def case_texts() -> list[tuple[str, str]]:
    return [(case[1], case[0]) for case in CASES] + [(text, "2021-06-30") for text in TRICKY]


def test_every_guard_of_a_matching_pattern_is_found() -> None:
    guards = load_guards()
    for text, _ in case_texts():
        for pattern in load_patterns():
            if pattern.regex.search(text):
                missing = [n for n in pattern.needs if not guards[n].search(text)]
                assert not missing, (pattern.order, pattern.kind, text, missing)


def test_guards_skip_patterns_without_changing_output() -> None:
    guarded, unguarded = DateFinder(load_vocabulary()), unguarded_finder()
    assert any(p.needs for p in guarded.patterns)
    for text, published in case_texts():
        anchor = date.fromisoformat(published) if published else None
        assert guarded.find(text, anchor) == unguarded.find(text, anchor), text


def test_a_text_without_digits_runs_no_digit_pattern() -> None:
    finder = DateFinder(load_vocabulary())
    present: dict[str, bool] = {}
    digit_patterns = [p for p in finder.patterns if "digit" in p.needs]
    assert digit_patterns
    assert not any(finder.guards_found(p, "Talks ended on Monday.", present) for p in digit_patterns)
    assert present["digit"] is False


def test_an_undeclared_guard_is_a_clear_error() -> None:
    raw = {"kind": "year", "regex": "(?P<year>20\\d\\d)", "needs": ["digits"]}
    with pytest.raises(KeyError, match="undeclared guard"):
        compile_pattern(raw, 0, {}, {"digit"})


def test_same_output_on_real_news_sentences(shared: Path) -> None:
    from eventwire.nlp.segment import sentence_spans

    path = shared / "corpora" / "news_articles_dai2017" / "news_articles.jsonl"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    guarded, unguarded = DateFinder(load_vocabulary()), unguarded_finder()
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for _, line in zip(range(60), lines, strict=False)]
    sentences = [r["text"][s:e] for r in rows for s, e in sentence_spans(r.get("text") or "")]
    assert len(sentences) > 500
    for sentence in sentences:
        assert guarded.find(sentence, None) == unguarded.find(sentence, None), sentence
