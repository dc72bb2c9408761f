"""Hypothesis strategies for hostile and odd text, and the checks every result must pass; shared by the
property tests and by `bench/fuzz.py` (which runs the same targets over 100,000+ inputs)."""

from __future__ import annotations

import gzip
import json
import re
from datetime import date

from hypothesis import strategies as st

from eventwire.records import Article, IngestError
from eventwire.timeline import Gazetteer, find_dates, find_places

DATE_PIECES = [
    "on Sunday",
    "yesterday evening (Tuesday)",
    "in July this year",
    "between 3 and 5 May",
    "last week",
    "on 31 December 2020",
    "December 27, 2021",
    "2021-06-30",
    "30/06/2021",
    "this evening (Wednesday)",
    "next month",
    "earlier this year",
    "in 2019",
    "on Monday, February 29",
    "at 18:51 GMT",
    "two days ago",
    "the day before",
    "(Friday)",
    "May",
    "1999",
    "0000-00-00",
    "9999-99-99",
    "on the 31st",
    "Wednesday 31 February",
]
PLACE_PIECES = [
    "in Brussels",
    "Jordan",
    "the capital",
    "Baghdad's Green Zone",
    "in Paris, Texas",
    "near the Syrian border",
    "in São Paulo",
    "Kyiv",
    "Kiev",
    "in Washington",
    "Georgia",
    "the White House",
    "in Nairobi on Monday",
    "New York City",
    "the Gaza Strip",
    "Oslo.",
]
NAME_PIECES = [
    "Mustafa",
    "al-",
    "Al-",
    "President",
    "the prime minister",
    "Secretary General",
    "NATO",
    "United Nations",
    "Guterres",
    "Antonio",
    "Dr.",
    "Mr",
    "'s",
    "Jr.",
    "bin",
    "-",
    "’",
    "Kim Jong",
    "Xi",
    "Iraqi",
    "security forces",
]
NOISE = st.text(max_size=40) | st.sampled_from(["\x00", "\ud800", "\ufeff", "\u200b", "\r\n", "<p>", "&amp;"])


def _from(pieces: list[str], size: int) -> st.SearchStrategy[str]:
    part = st.one_of(st.sampled_from(pieces), NOISE, st.sampled_from([" ", ", ", ". ", "\n", " and "]))
    return st.lists(part, max_size=size).map("".join)


DATE_TEXTS = _from(DATE_PIECES, 14)
PLACE_TEXTS = _from(PLACE_PIECES, 12)
NAME_TEXTS = _from(NAME_PIECES, 6)
PUBLISHED = st.one_of(
    st.none(),
    st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(date.isoformat),
    st.dates(date(1900, 1, 1), date(2100, 12, 31)).map(lambda d: f"{d.isoformat()}T18:51:52+0000"),
)
VALUE_FORMS = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


def check_dates(text: str, published: str | None) -> int:
    """find_dates on ``text``: spans name their expressions, in order; values fit their precision."""
    found = find_dates(text, published)
    previous = 0
    for x in found:
        start, end = x.span
        assert previous <= start < end <= len(text), (x, text)
        assert text[start:end] == x.expression
        previous = start
        assert x.precision in ("day", "month", "year", "unknown")
        if x.value is not None:
            assert x.precision in VALUE_FORMS and VALUE_FORMS[x.precision].match(x.value), x
            if x.precision == "day":
                date.fromisoformat(x.value)
        if published is None and x.anchored:
            assert x.value is None, x
    return len(found)


def check_places(gazetteer: Gazetteer, text: str, doc: object = None) -> int:
    """find_places on ``text``: spans name their mentions, coordinates are on the globe."""
    found = find_places(gazetteer, text, doc)  # type: ignore[arg-type]
    for place in found:
        assert place.name and place.span is not None
        start, end = place.span
        assert 0 <= start < end <= len(text) and text[start:end] == place.mention, (place, text)
        assert place.lat is None or -90 <= place.lat <= 90
        assert place.lon is None or -180 <= place.lon <= 180
        assert place.country is None or len(place.country) == 3
    return len(found)


# --- readers: bytes of any kind, and files shaped like the formats ingest reads --------------------------

FILE_NAMES = st.sampled_from(
    ["a.txt", "a.html", "a.jsonl", "a.csv", "a.tsv", "a.json", "a.warc", "a.xml", "a.rss", "a", "a.jsonl.gz"]
)
TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<html>", "</html>", "<body>", "<script>", "<!--", "&amp;", "<title>"]
)
FIELD_VALUES = st.one_of(
    st.text(max_size=60), st.integers(), st.none(), st.lists(st.text(max_size=10), max_size=3)
)
RECORD_KEYS = st.sampled_from(["text", "body", "title", "url", "date", "source", "id", "lang"])
JSONL_TEXT = st.lists(st.dictionaries(RECORD_KEYS, FIELD_VALUES, max_size=5).map(json.dumps), max_size=6)
CSV_TEXT = st.lists(st.lists(st.text(max_size=20), max_size=4).map(",".join), max_size=6)
WARC_HEAD = "WARC/1.0\r\nWARC-Type: response\r\n\r\n"
SHAPED_TEXT = st.one_of(
    st.lists(st.one_of(st.sampled_from(DATE_PIECES + PLACE_PIECES), NOISE), max_size=20).map("\n".join),
    st.lists(st.one_of(TAGS, st.text(max_size=30)), max_size=30).map("".join),
    JSONL_TEXT.map("\n".join),
    CSV_TEXT.map(lambda rows: "\n".join(["title,text,date", *rows])),
    st.text(max_size=200).map(lambda t: WARC_HEAD + t),
    st.text(max_size=200).map(
        lambda t: f"<?xml version='1.0'?><rss><channel><item>{t}</item></channel></rss>"
    ),
)
SHAPED_BYTES = SHAPED_TEXT.map(lambda t: t.encode("utf-8", "surrogatepass"))
READER_INPUTS = st.tuples(
    FILE_NAMES, st.one_of(st.binary(max_size=2000), SHAPED_BYTES, SHAPED_BYTES.map(gzip.compress))
)


def check_reader_results(items: list[Article | IngestError], folder: str) -> int:
    """What read_inputs gave for one file: errors are one line naming it; articles are storable text
    whose offsets stay inside it."""
    assert items
    for item in items:
        assert item.source_path.startswith(folder)
        if isinstance(item, IngestError):
            assert item.reason and "\n" not in str(item)
        else:
            assert item.text.strip() and "\x00" not in item.text
            item.text.encode("utf-8")  # no lone surrogates
            assert all(c >= 0 and c + n <= len(item.text) for c, _, n in item.offsets)
    return len(items)
