"""Property-based tests (hypothesis) on the readers, beyond tests/ingest/test_properties.py: any dump cut
at any record and resumed from the saved position reads exactly like one uninterrupted pass; gzip and
truncated gzip, mixed encodings, deeply nested and truncated HTML never crash, every error is one line
naming its input, and every article is storable text."""

from __future__ import annotations

import gzip
import json
import os
import tempfile
from itertools import islice
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.ingest import IngestConfig, read_inputs
from eventwire.records import Article, IngestError

CONFIG = IngestConfig(min_text_chars=1)
EXAMPLES = int(os.environ.get("EVENTWIRE_FUZZ_EXAMPLES", "100"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SENTENCE = "Norway and Kenya signed a trade agreement in Nairobi on Monday, officials said."

RECORD = st.fixed_dictionaries(
    {"text": st.one_of(st.just(SENTENCE), st.text(max_size=80), st.integers(), st.none())},
    optional={"title": st.text(max_size=20), "date": st.sampled_from(["2023-05-01", "yesterday", "", 5])},
)
JSONL_LINE = st.one_of(
    RECORD.map(json.dumps),
    st.just(""),
    st.just('{"text": "cut'),
    st.text(max_size=30).filter(lambda s: "\n" not in s and "\r" not in s),
)
NEWLINE = st.sampled_from(["\n", "\r\n", "\r"])
CSV_CELL = st.one_of(
    st.just(SENTENCE), st.just('"quoted, with\nnewline"'), st.just('"unclosed'), st.text(max_size=15)
)


def _write(folder: Path, name: str, data: bytes, compress: bool) -> Path:
    path = folder / (name + (".gz" if compress else ""))
    path.write_bytes(gzip.compress(data) if compress else data)
    return path


def _shape(item: Article | IngestError) -> tuple[str, str, str]:
    if isinstance(item, Article):
        return item.source_path, "article", item.text
    return item.source_path, "error", item.reason


def _assert_well_formed(items: list[Article | IngestError], folder: Path) -> None:
    for item in items:
        assert item.source_path.startswith(str(folder))
        if isinstance(item, IngestError):
            assert item.reason and "\n" not in str(item)
        else:
            assert item.text.strip() and "\x00" not in item.text
            item.text.encode("utf-8")  # no lone surrogates
            assert all(c >= 0 and c + n <= len(item.text) for c, _, n in item.offsets)


def _resumes_exactly(path: Path, cut: int) -> None:
    full = [_shape(x) for x in read_inputs([path], CONFIG)]
    first = read_inputs([path], CONFIG).resume_from(lambda key: None)
    head = [_shape(x) for x in islice(first, min(cut, len(full)))]
    saved = {p.path: p for p in first.take_positions()}
    second = read_inputs([path], CONFIG).resume_from(saved.get)
    assert head + [_shape(x) for x in second] == full
    saved.update({p.path: p for p in second.take_positions()})
    third = read_inputs([path], CONFIG).resume_from(saved.get)
    assert list(third) == [] and third.finished_inputs == 1


@SETTINGS
@given(st.lists(st.tuples(JSONL_LINE, NEWLINE), max_size=12), st.integers(0, 14), st.booleans())
def test_a_jsonl_dump_resumed_anywhere_reads_like_one_pass(lines, cut: int, compress: bool) -> None:
    data = "".join(line + end for line, end in lines).encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as folder:
        _resumes_exactly(_write(Path(folder), "d.jsonl", data, compress), cut)


@SETTINGS
@given(
    st.lists(st.lists(CSV_CELL, min_size=1, max_size=4), max_size=10),
    st.sampled_from([",", "\t", ";"]),
    NEWLINE,
    st.integers(0, 12),
    st.booleans(),
)
def test_a_csv_dump_resumed_anywhere_reads_like_one_pass(rows, delimiter, end, cut, compress) -> None:
    lines = [delimiter.join(["title", "text", "date"]), *(delimiter.join(r) for r in rows)]
    data = end.join(lines).encode("utf-8", "surrogatepass")
    suffix = "tsv" if delimiter == "\t" else "csv"
    with tempfile.TemporaryDirectory() as folder:
        _resumes_exactly(_write(Path(folder), f"d.{suffix}", data, compress), cut)


@SETTINGS
@given(st.binary(max_size=3000), st.integers(0, 3000), st.sampled_from(["a.txt", "a.jsonl", "a.html", "a"]))
def test_gzip_whole_or_cut_short_never_crashes(data: bytes, cut: int, name: str) -> None:
    packed = gzip.compress(data)[: max(2, cut)]
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), name, packed, compress=False)
        items = list(read_inputs([path], CONFIG))
        assert items
        _assert_well_formed(items, Path(folder))


@SETTINGS
@given(
    st.lists(st.one_of(st.just(SENTENCE), st.text(max_size=30)), min_size=1, max_size=8),
    st.lists(st.binary(min_size=1, max_size=3), max_size=6),
    st.sampled_from(["a.txt", "a.jsonl", "a.csv"]),
)
def test_mixed_encodings_never_crash(parts: list[str], stray: list[bytes], name: str) -> None:
    """UTF-8 text with stray legacy or invalid bytes between its parts."""
    chunks = [p.encode("utf-8", "surrogatepass") for p in parts]
    data = b"".join(c + (stray[i] if i < len(stray) else b"") for i, c in enumerate(chunks))
    if name.endswith("jsonl"):
        data = json.dumps({"text": SENTENCE}).encode() + b"\n" + data
    if name.endswith("csv"):
        data = b"title,text\nA," + data
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), name, data, compress=False)
        items = list(read_inputs([path], CONFIG))
        assert items
        _assert_well_formed(items, Path(folder))


@settings(SETTINGS, max_examples=max(10, EXAMPLES // 4))
@given(
    st.integers(0, 600),
    st.integers(0, 1),
    st.sampled_from(["div", "p", "span", "table", "b"]),
    st.floats(0, 1),
)
def test_deeply_nested_or_truncated_html_never_crashes(depth: int, whole: int, tag: str, keep: float) -> None:
    html = "<html><body>" + f"<{tag}>" * depth + f"<p>{SENTENCE}</p>" + f"</{tag}>" * depth + "</body></html>"
    if not whole:
        html = html[: int(len(html) * keep)]
    with tempfile.TemporaryDirectory() as folder:
        path = _write(Path(folder), "page.html", html.encode(), compress=False)
        items = list(read_inputs([path], CONFIG))
        assert len(items) == 1
        _assert_well_formed(items, Path(folder))
