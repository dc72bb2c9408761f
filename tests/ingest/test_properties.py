"""Property-based tests: no input crashes a reader or the cleaner; offsets always map into the original."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ingest_helpers import BODY, LEDE, TODAY

from eventwire.ingest import IngestConfig, clean_text, read_inputs
from eventwire.ingest.decoding import decode_document
from eventwire.ingest.furniture import remove_furniture
from eventwire.records import Article, IngestError

CONFIG = IngestConfig(today=TODAY, min_text_chars=1)
EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "120"))  # raise for a long fuzz run
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Lines a scrape is made of: article sentences, furniture, date lines, credits, and noise.
PIECES = st.sampled_from(
    [
        LEDE,
        BODY,
        "",
        "   ",
        "date 2021-06-30 Report",
        "December 27, 2021",
        "Date: 2021-06-30T18:51:52+0000",
        "1 min read",
        "Category: World",
        "Latest from Fjord Daily",
        "Previous Story",
        "ALSO READ: Storm closes ports",
        "Share.",
        "Exit mobile version",
        "By Kari Lunde",
        "NORDPRESS- The talks went on.",
        "OSLO, June 4 (Reuters) - The talks went on.",
        "Talks in Oslo",
        "…reports Fjord Daily",
        "Source:-News agencies",
        "Media playback is not supported on this device",
        "    indented line",
        "\t",
        "\r",
    ]
)
SCRAPES = st.lists(st.one_of(PIECES, st.text(max_size=60)), max_size=25).map("\n".join)


def _assert_runs_map(text: str, runs: list[tuple[int, int, int]], original: str) -> None:
    previous_end = 0
    for clean_start, orig_start, length in runs:
        assert length > 0
        assert clean_start >= previous_end
        previous_end = clean_start + length
        assert text[clean_start : clean_start + length] == original[orig_start : orig_start + length]


@SETTINGS
@given(SCRAPES)
def test_cleaner_offsets_map_into_the_original(original: str) -> None:
    scrape = clean_text(original, config=CONFIG)
    _assert_runs_map(scrape.text, scrape.offsets, original)
    assert scrape.text == scrape.text.strip()


@SETTINGS
@given(st.text(max_size=400))
def test_furniture_remover_on_any_text(original: str) -> None:
    clean, runs, removed = remove_furniture(original)
    _assert_runs_map(clean, runs, original)
    assert all(isinstance(r.rule, str) for r in removed)


def _read_bytes(name: str, data: bytes) -> list[Article | IngestError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        return list(read_inputs([path], CONFIG))


def _assert_well_formed(results: list[Article | IngestError]) -> None:
    assert results
    for result in results:
        if isinstance(result, IngestError):
            assert result.reason and "\n" not in str(result)
        else:
            assert result.text.strip() and len(result.article_id) == 16
            for clean_start, _, length in result.offsets:
                assert clean_start >= 0 and clean_start + length <= len(result.text)


@SETTINGS
@given(
    st.binary(max_size=2000),
    st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.csv", "a.json", "a.warc", "a.xml"]),
)
def test_arbitrary_bytes_never_crash_a_reader(data: bytes, name: str) -> None:
    _assert_well_formed(_read_bytes(name, data))


@SETTINGS
@given(SCRAPES)
def test_text_files_map_offsets_into_the_file(original: str) -> None:
    data = original.encode("utf-8", "surrogatepass")
    results = _read_bytes("a.txt", data)
    _assert_well_formed(results)
    decoded = decode_document(data)  # offsets refer to the decoded document (without a BOM)
    for article in (r for r in results if isinstance(r, Article)):
        _assert_runs_map(article.text, article.offsets, decoded)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
RECORDS = st.dictionaries(
    st.sampled_from(["text", "body", "title", "url", "date", "source", "id", "lang", "x"]),
    JSON_VALUES,
    max_size=6,
)


@SETTINGS
@given(st.lists(st.one_of(RECORDS.map(json.dumps), st.text(max_size=50)), max_size=8))
def test_jsonl_lines_of_any_shape(lines: list[str]) -> None:
    results = _read_bytes("d.jsonl", "\n".join(lines).encode("utf-8", "surrogatepass"))
    if any(line.strip() for line in lines):
        _assert_well_formed(results)


@SETTINGS
@given(st.lists(st.lists(st.text(max_size=30), max_size=5), max_size=8))
def test_csv_rows_of_any_shape(rows: list[list[str]]) -> None:
    body = "\n".join(",".join(row) for row in [["title", "text", "date"], *rows])
    _assert_well_formed(_read_bytes("d.csv", body.encode("utf-8", "surrogatepass")))


TAGS = st.sampled_from(
    ["<p>", "</p>", "<div>", "</div>", "<html>", "</html>", "<body>", "<script>", "<!--", "&amp;"]
)


@SETTINGS
@given(st.lists(st.one_of(TAGS, st.text(max_size=30), st.just(LEDE)), max_size=30))
def test_tag_soup_html_never_crashes(parts: list[str]) -> None:
    _assert_well_formed(_read_bytes("p.html", "".join(parts).encode("utf-8", "surrogatepass")))
