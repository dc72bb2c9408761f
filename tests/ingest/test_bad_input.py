"""Bad input: each gives one clear IngestError naming the input, and the rest of the batch goes on."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from ingest_helpers import ARTICLE, BODY, FRENCH, LEDE, TODAY, read_all, read_error, read_one

from eventwire.ingest import Errors, IngestConfig
from eventwire.records import IngestError

PAGE = f"<!DOCTYPE html><html><head><title>Talks</title></head><body><article><p>{LEDE}</p><p>{BODY}</p>"


def _template_start(template: str) -> str:
    """The fixed text a reason starts with (before its first field)."""
    return template.split("{")[0].split("(")[0].strip()


def assert_reason(error: IngestError, template: str, path: Path | str) -> None:
    assert error.source_path.startswith(str(path))
    assert error.reason.startswith(_template_start(template)), error.reason
    assert "\n" not in str(error)
    assert str(error).startswith(str(path))


def test_a_bad_file_does_not_stop_the_batch(write) -> None:
    good_before = write("a.txt", ARTICLE)
    bad = write("b.txt", b"")
    good_after = write("c.txt", ARTICLE.replace("Oslo", "Bergen"))
    articles, errors = read_all([good_before, bad, good_after])
    assert [a.source_path for a in articles] == [str(good_before), str(good_after)]
    assert len(errors) == 1
    assert_reason(errors[0], Errors.E001, bad)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x00\x01\x02\x03garbage\x00\xff\xfe" * 100, "binary"),
        (b"\x00" * 1000, "binary"),
    ],
)
def test_binary_files_are_named_and_skipped(write, content: bytes, kind: str) -> None:
    path = write("upload.txt", content)
    error = read_error(path)
    assert_reason(error, Errors.E003, path)
    assert kind in error.reason


def test_gzip_of_a_binary_file_is_binary(write) -> None:
    path = write("a.txt.gz", gzip.compress(b"%PDF-1.4 binary stuff\x00\x01"))
    assert_reason(read_error(path), Errors.E003, path)


def test_zero_length_and_empty_gzip_files(write) -> None:
    empty = write("empty.txt", b"")
    empty_gz = write("empty.jsonl.gz", gzip.compress(b""))
    articles, errors = read_all([empty, empty_gz])
    assert not articles
    assert [e.reason for e in errors] == [Errors.E001, Errors.E001]


def test_latin1_and_windows_1252_files_are_decoded(write) -> None:
    text = f"{LEDE} The café owner said the “talks” went well and the fee was €5.\n\n{BODY}"
    path = write("cp1252.txt", text.encode("cp1252"))
    article = read_one(path)
    assert "café" in article.text and "“talks”" in article.text and "€5" in article.text


def test_mixed_utf8_and_stray_windows_1252_bytes_keep_both(write) -> None:
    data = (
        f"{LEDE} Officials in Tromsø agreed.".encode()
        + b" The \x93final\x94 text was signed.\n\n"
        + BODY.encode()
    )
    article = read_one(write("mixed.txt", data))
    assert "Tromsø" in article.text
    assert "“final”" in article.text


def test_utf16_text_with_byte_order_mark(write) -> None:
    article = read_one(write("utf16.txt", ARTICLE.encode("utf-16")))
    assert article.text == ARTICLE.strip()


def test_text_in_an_undetectable_encoding_is_refused_or_read_never_crashes(write) -> None:
    path = write("odd.txt", bytes([0x80 + (i * 37) % 127 for i in range(3000)]))
    results = read_all([path])
    assert len(results[0]) + len(results[1]) == 1


def test_truncated_html_is_reported(write) -> None:
    path = write("cut.html", PAGE[: len(PAGE) - 40])
    assert_reason(read_error(path), Errors.E017, path)


def test_truncated_html_can_be_accepted_by_configuration(write) -> None:
    path = write("cut.html", PAGE)
    article = read_one(path, IngestConfig(today=TODAY, accept_truncated_html=True))
    assert LEDE in article.text


def test_html_fragment_without_html_tag_is_not_truncated(write) -> None:
    article = read_one(write("fragment.html", f"<div><p>{LEDE}</p><p>{BODY}</p></div>"))
    assert LEDE in article.text


def test_deeply_nested_html_is_reported(write) -> None:
    page = "<html><body>" + "<div>" * 3000 + f"<p>{LEDE}</p>" + "</div>" * 3000 + "</body></html>"
    path = write("deep.html", page)
    assert_reason(read_error(path), Errors.E016, path)


def test_html_without_main_text_is_reported(write) -> None:
    path = write("nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert_reason(read_error(path), Errors.E018, path)


def test_ten_megabyte_single_line_text_file(write) -> None:
    path = write("huge.txt", "word " * 2_000_000)
    assert_reason(read_error(path), Errors.E025, path)


def test_file_over_the_size_limit(write) -> None:
    path = write("big.txt", ARTICLE * 100)
    assert_reason(read_error(path, IngestConfig(today=TODAY, max_file_bytes=1000)), Errors.E002, path)


def test_ten_megabyte_jsonl_line_is_skipped_and_the_next_lines_read(write) -> None:
    huge = json.dumps({"text": "word " * 2_000_000})
    path = write(
        "dump.jsonl", "\n".join([json.dumps({"text": ARTICLE}), huge, json.dumps({"text": BODY})]) + "\n"
    )
    articles, errors = read_all([path], IngestConfig(today=TODAY, max_line_chars=1_000_000))
    assert [a.source_path for a in articles] == [f"{path}#L1", f"{path}#L3"]
    assert len(errors) == 1
    assert errors[0].source_path == f"{path}#L2"
    assert_reason(errors[0], Errors.E008, path)


@pytest.mark.parametrize(
    ("line", "template"),
    [
        ('{"text": "unterminated', Errors.E009),
        ("[1, 2, 3]", Errors.E010),
        ('"just a string"', Errors.E010),
        ('{"title": "No text here", "url": "https://x.example"}', Errors.E011),
        ('{"text": 42}', Errors.E012),
        ('{"text": {"nested": true}}', Errors.E012),
        ('{"text": "", "title": "Talks"}', Errors.E030),
        ('{"text": ""}', Errors.E028),
        ('{"text": null, "title": null}', Errors.E028),
        ('{"text": "-1"}', Errors.E031),
        ("[" * 100_000, Errors.E010),
    ],
)
def test_malformed_jsonl_lines_give_one_error_each(write, line: str, template: str) -> None:
    path = write("dump.jsonl", "\n".join([json.dumps({"text": ARTICLE}), line, json.dumps({"text": BODY})]))
    articles, errors = read_all([path])
    assert len(articles) == 2
    assert len(errors) == 1 and errors[0].source_path == f"{path}#L2"
    if template != Errors.E010 or not line.startswith("[["):
        assert_reason(errors[0], template, path)


def test_wrong_typed_metadata_fields_are_ignored_not_fatal(write) -> None:
    record = {
        "text": ARTICLE,
        "title": ["a", "list"],
        "url": 5,
        "date": {"when": "now"},
        "source": {"name": "Fjord"},
    }
    article = read_one(write("d.jsonl", json.dumps(record) + "\n"))
    assert article.title is None and article.published is None
    assert article.outlet == "Fjord"


def test_csv_without_a_text_column(write) -> None:
    path = write("dump.csv", "id,title,url\n1,Talks,https://x.example\n")
    assert_reason(read_error(path), Errors.E014, path)


def test_csv_rows_with_too_many_fields_or_empty_text(write) -> None:
    rows = ["title,text", f'Talks,"{LEDE}"', "Extra,too,many,fields", "Empty,", f'More talks,"{BODY}"']
    path = write("dump.csv", "\n".join(rows) + "\n")
    articles, errors = read_all([path])
    assert [a.source_path for a in articles] == [f"{path}#row1", f"{path}#row4"]
    assert [e.source_path for e in errors] == [f"{path}#row2", f"{path}#row3"]
    assert_reason(errors[0], Errors.E013, path)
    assert_reason(errors[1], Errors.E030, path)


def test_csv_overlong_row_is_skipped(write) -> None:
    rows = ["title,text", f'Talks,"{LEDE}"', f"Huge,{'x' * 5000}", f'More,"{BODY}"']
    path = write("dump.csv", "\n".join(rows) + "\n")
    articles, errors = read_all([path], IngestConfig(today=TODAY, max_line_chars=2000))
    assert [a.source_path for a in articles] == [f"{path}#row1", f"{path}#row3"]
    assert len(errors) == 1
    assert_reason(errors[0], Errors.E008, path)


def test_non_english_text_is_skipped_with_its_language(write) -> None:
    path = write("fr.txt", f"{FRENCH}\n\n{FRENCH}")
    error = read_error(path)
    assert error.reason == "language 'fr' not supported (supported: en)"


def test_other_languages_are_accepted_when_configured(write) -> None:
    article = read_one(write("fr.txt", FRENCH), IngestConfig(today=TODAY, languages=("en", "fr")))
    assert article.language == "fr"


def test_declared_language_of_a_record_is_respected(write) -> None:
    path = write("d.jsonl", json.dumps({"text": ARTICLE, "lang": "de-DE"}) + "\n")
    assert read_error(path).reason.startswith("language 'de' not supported")


def test_english_report_quoting_another_language_is_kept(write) -> None:
    text = f"{LEDE}\n\n{BODY}\n\nThe minister told reporters: «{FRENCH[:80]}»\n\n{ARTICLE}"
    assert read_one(write("quote.txt", text)).language == "en"


def test_exact_duplicate_files_are_reported_once_each(write) -> None:
    first = write("a/report.txt", ARTICLE)
    copy = write("b/report.txt", ARTICLE)
    articles, errors = read_all([first, copy])
    assert len(articles) == 1
    assert errors[0].source_path == str(copy)
    assert errors[0].reason == f"exact duplicate of {first}"
    articles, errors = read_all([first, copy], IngestConfig(today=TODAY, skip_duplicate_files=False))
    assert len(articles) == 2 and not errors
    articles, errors = read_all([first, first])
    assert len(articles) == 1 and errors[0].reason == f"exact duplicate of {first}"


def test_missing_paths_and_corrupt_gzip(write, tmp_path: Path) -> None:
    lines = "".join(json.dumps({"text": f"{ARTICLE} Report number {n}."}) + "\n" for n in range(3000))
    corrupt = write("c.jsonl.gz", gzip.compress(lines.encode())[:-30])
    missing = tmp_path / "nope.txt"
    articles, errors = read_all([missing, corrupt])
    assert errors[0].source_path == str(missing) and errors[0].reason == Errors.E023
    assert_reason(errors[-1], Errors.E019, corrupt)
    assert len(articles) >= 1


def test_corrupt_warc_is_reported(write) -> None:
    path = write("bad.warc", b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort")
    articles, errors = read_all([path])
    assert not articles
    assert len(errors) == 1
    assert errors[0].source_path.startswith(str(path))


def test_broken_feed_is_reported_after_its_good_items(write) -> None:
    feed = (
        '<?xml version="1.0"?><rss><channel><title>Fjord</title>'
        f"<item><title>Talks</title><description>{LEDE}</description></item>"
        "<item><title>Broken</title><description>oops</channel>"
    )
    path = write("feed.rss", feed)
    articles, errors = read_all([path])
    assert len(articles) == 1
    assert_reason(errors[0], Errors.E021, path)


def test_entity_expansion_in_feeds_is_not_performed(write) -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><rss><channel><title>T</title>'
        f"<item><title>Talks</title><description>{LEDE} &c;</description></item></channel></rss>"
    )
    articles, errors = read_all([write("bomb.rss", bomb)])
    assert len(articles) + len(errors) == 1
    assert all("aaaaaaaaaa" not in a.text for a in articles)


def test_error_messages_come_from_the_catalogue() -> None:
    templates = [v for k, v in vars(Errors).items() if k.startswith("E")]
    assert len(templates) == len(set(templates))
    assert all("\n" not in t for t in templates)
