"""Every input format, on short files written here: text, HTML, JSONL, JSON, CSV/TSV, gzip, WARC, feeds."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from ingest_helpers import ARTICLE, BODY, CLOSING, LEDE, assert_offsets_map, read_all, read_one
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.ingest import read_record, read_text
from eventwire.ingest.identity import article_id
from eventwire.records import Article, IngestError

PAGE = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Ministers meet in Oslo | Fjord Daily</title>
<meta property="og:site_name" content="Fjord Daily">
<meta property="og:title" content="Ministers meet in Oslo">
<meta property="article:published_time" content="2023-03-01T09:00:00Z">
<meta name="description" content="{LEDE}">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Ministers meet in Oslo</h1>
<p>{LEDE}</p>
<p>{BODY.replace("the statement said", "the statement &amp; officials said")}</p>
<p>{CLOSING}</p>
</article>
<footer>Copyright 2024 Fjord Daily. All rights reserved.</footer>
</body></html>"""

RECORD = {
    "article_id": 7,
    "headline": "Ministers meet in Oslo",
    "body": ARTICLE,
    "link": "https://fjord.example/world/2023/03/01/ministers-meet",
    "site": "Fjord Daily",
    "publish_date": "2023/3/1 7:11",
}


def test_plain_text_file(write) -> None:
    path = write("a.txt", f"Ministers meet in Oslo\n\n{ARTICLE}")
    article = read_one(path)
    assert article.source_path == str(path)
    assert article.title == "Ministers meet in Oslo"
    assert article.text == ARTICLE.strip()
    assert article.language == "en"
    assert article.article_id == article_id(None, "Ministers meet in Oslo", ARTICLE)


def test_html_page_uses_trafilatura_text_title_site_and_markup_date(write) -> None:
    article = read_one(write("page.html", PAGE))
    assert article.title == "Ministers meet in Oslo"
    assert article.outlet == "Fjord Daily"
    assert article.published == "2023-03-01"
    assert article.published_source == "html-meta"
    assert LEDE in article.text and CLOSING in article.text
    assert "Copyright" not in article.text and "Home" not in article.text
    assert not article.text.startswith("Ministers meet in Oslo")
    assert_offsets_map(article, PAGE)
    lede_at = article.original_offset(article.text.index(LEDE))
    assert lede_at is not None and lede_at > PAGE.index("<article>")


def test_html_date_from_the_url_when_markup_has_none(write, config) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2023-03-01T09:00:00Z">', "")
    warc_articles = _warc_articles(
        write, config, page, "https://fjord.example/news/2022/11/05/ministers-meet"
    )
    assert warc_articles[0].published == "2022-11-05"
    assert warc_articles[0].published_source == "url"


def test_html_copyright_year_is_never_the_date(write) -> None:
    page = PAGE.replace('<meta property="article:published_time" content="2023-03-01T09:00:00Z">', "")
    article = read_one(write("page.html", page))
    assert article.published is None


def test_jsonl_dump_with_aliases_and_line_numbers(write) -> None:
    other = {"id": "b", "title": "Second report", "text": BODY, "date": "2023-03-02"}
    path = write("dump.jsonl", json.dumps(RECORD) + "\n\n" + json.dumps(other) + "\n")
    articles, errors = read_all([path])
    assert not errors
    first, second = articles
    assert first.source_path == f"{path}#L1" and second.source_path == f"{path}#L3"
    assert first.record_id == "7" and second.record_id == "b"
    assert first.title == "Ministers meet in Oslo"
    assert first.url == RECORD["link"]
    assert first.outlet == "Fjord Daily"
    assert first.published == "2023-03-01" and first.published_source == "metadata"
    assert first.text == ARTICLE.strip()
    assert_offsets_map(first, ARTICLE)
    assert second.outlet is None and second.published == "2023-03-02"


def test_dump_without_date_field_takes_the_url_date_and_domain(write) -> None:
    record = {"text": ARTICLE, "url": "https://www.fjord.example/2021/07/09/talks.html"}
    article = read_one(write("d.jsonl", json.dumps(record) + "\n"))
    assert article.published == "2021-07-09" and article.published_source == "url"
    assert article.outlet == "fjord.example"


def test_dump_record_with_a_date_line_in_its_text(write) -> None:
    record = {"content": f"This story is from March 10, 2002\n\n{ARTICLE}"}
    article = read_one(write("d.jsonl", json.dumps(record) + "\n"))
    assert article.published == "2002-03-10" and article.published_source == "date-line"
    assert article.text.startswith(LEDE)


@pytest.mark.parametrize(
    ("document", "count"),
    [
        (RECORD, 1),
        ([RECORD, RECORD | {"body": BODY}], 2),
        ({"articles": [RECORD, RECORD | {"body": BODY}]}, 2),
    ],
)
def test_json_file_holds_one_record_or_a_list(write, document: object, count: int) -> None:
    path = write("dump.json", json.dumps(document, indent=2))
    articles, errors = read_all([path])
    assert not errors and len(articles) == count
    assert all(a.title == "Ministers meet in Oslo" for a in articles)
    if count > 1:
        assert articles[1].source_path == f"{path}#1"


def test_csv_with_quoted_multiline_text_and_aliases(write) -> None:
    rows = "\n".join(
        [
            ",date,story,source,headline",
            f'0,2019-04-10,"{LEDE}\n\n{BODY}",Fjord Daily,Ministers meet',
            f'1,2019-04-11,"{CLOSING}",Fjord Daily,Talks end',
        ]
    )
    path = write("dump.csv", rows + "\n")
    articles, errors = read_all([path])
    assert not errors
    assert [a.source_path for a in articles] == [f"{path}#row1", f"{path}#row2"]
    assert articles[0].text == f"{LEDE}\n\n{BODY}"
    assert [a.published for a in articles] == ["2019-04-10", "2019-04-11"]
    assert articles[1].title == "Talks end" and articles[1].outlet == "Fjord Daily"


def test_tsv_and_sniffed_semicolon_csv(write) -> None:
    tsv = write("dump.tsv", f"title\ttext\nMinisters meet\t{LEDE}\n")
    semicolon = write("dump.txt", f"title;text;published\nMinisters meet;{LEDE};2020-01-02\n")
    articles, errors = read_all([tsv, semicolon])
    assert not errors
    assert [a.text for a in articles] == [LEDE, LEDE]
    assert articles[1].published == "2020-01-02"


def test_gzip_versions_are_read_transparently(write) -> None:
    text_gz = write("a.txt.gz", gzip.compress(f"Ministers meet in Oslo\n\n{ARTICLE}".encode()))
    jsonl_gz = write("b.jsonl.gz", gzip.compress((json.dumps(RECORD) + "\n").encode()))
    html_gz = write("c.html.gz", gzip.compress(PAGE.encode()))
    articles, errors = read_all([text_gz, jsonl_gz, html_gz])
    assert not errors
    assert len(articles) == 3
    assert all(LEDE in a.text for a in articles)


def _warc_bytes(records: list[tuple[str, str, bytes]], compress: bool = True) -> bytes:
    """A WARC with one response record per (url, content type, body)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for url, content_type, body in records:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        )
    return buffer.getvalue()


def _warc_articles(write, config, page: str, url: str) -> list:
    path = write("crawl.warc.gz", _warc_bytes([(url, "text/html; charset=utf-8", page.encode())]))
    articles, errors = read_all([path], config)
    assert not errors
    return articles


def test_warc_html_responses_become_articles_and_other_records_are_skipped(write) -> None:
    data = _warc_bytes(
        [
            ("https://fjord.example/a", "text/html; charset=utf-8", PAGE.encode()),
            ("https://fjord.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n...."),
            ("https://fjord.example/b", "text/html", PAGE.replace("Oslo", "Bergen").encode()),
        ]
    )
    for name, payload in (("crawl.warc.gz", data), ("plain.warc", _warc_bytes([], compress=False) + data)):
        path = write(name, payload)
        articles, errors = read_all([path])
        assert not errors
        assert [a.url for a in articles] == ["https://fjord.example/a", "https://fjord.example/b"]
        assert all(a.source_path.startswith(f"{path}#urn:uuid:") for a in articles)
        assert articles[0].record_id and articles[0].source_path.endswith(articles[0].record_id)
        assert "Bergen" in articles[1].title


RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Fjord Daily</title><link>https://fjord.example</link>
<item><title>Ministers meet in Oslo</title><link>https://fjord.example/a</link>
<pubDate>Wed, 01 Mar 2023 09:00:00 +0000</pubDate><guid>a-1</guid>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>{LEDE}</p><p>{BODY}</p>]]></content:encoded></item>
<item><title>Talks end</title><link>https://fjord.example/b</link>
<pubDate>Thu, 02 Mar 2023 09:00:00 +0000</pubDate>
<description>{CLOSING}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Fjord Wire</title>
<entry><title>Ministers meet in Oslo</title><link rel="alternate" href="https://fjord.example/x"/>
<id>tag:fjord.example,2023:x</id><published>2023-03-01T09:00:00Z</published>
<content type="html">&lt;p&gt;{LEDE}&lt;/p&gt;&lt;p&gt;{BODY}&lt;/p&gt;</content></entry>
</feed>"""


def test_rss_items_with_full_content_or_summary(write) -> None:
    path = write("feed.xml", RSS)
    articles, errors = read_all([path])
    assert not errors
    first, second = articles
    assert first.source_path == f"{path}#item1"
    assert first.text == f"{LEDE}\n\n{BODY}"
    assert first.outlet == "Fjord Daily" and first.url == "https://fjord.example/a"
    assert first.published == "2023-03-01" and first.published_source == "feed"
    assert first.record_id == "a-1"
    assert second.text == CLOSING and second.title == "Talks end"
    assert_offsets_map(first, f"<p>{LEDE}</p><p>{BODY}</p>")


def test_atom_entries(write) -> None:
    article = read_one(write("feed.atom", ATOM))
    assert article.text == f"{LEDE}\n\n{BODY}"
    assert article.outlet == "Fjord Wire"
    assert article.url == "https://fjord.example/x"
    assert article.published == "2023-03-01"


def test_folders_are_walked_recursively_in_sorted_order(write, tmp_path: Path) -> None:
    write("b/2.txt", ARTICLE.replace("Oslo", "Bergen"))
    write("b/10.txt", ARTICLE.replace("Oslo", "Tromsø"))
    write("a.txt", ARTICLE)
    write(".hidden/x.txt", ARTICLE.replace("Oslo", "Narvik"))
    articles, errors = read_all([tmp_path])
    assert not errors
    names = [Path(a.source_path).relative_to(tmp_path).as_posix() for a in articles]
    assert names == ["a.txt", "b/10.txt", "b/2.txt"]


def test_article_id_is_stable_across_formats_and_runs(write) -> None:
    text_article = read_one(write("a.txt", ARTICLE))
    jsonl_article = read_one(write("b.jsonl", json.dumps({"text": ARTICLE}) + "\n"))
    again = read_one(write("c.txt", "\n" + ARTICLE.replace("\n\n", "\n\n\n")))
    assert text_article.article_id == jsonl_article.article_id == again.article_id
    assert len(text_article.article_id) == 16


def test_single_texts_and_records_without_files() -> None:
    article = read_text(f"Ministers meet in Oslo\n\n{ARTICLE}", source_path="upload:1")
    assert isinstance(article, Article)
    assert article.source_path == "upload:1" and article.title == "Ministers meet in Oslo"
    row = read_record(RECORD, "spark:part-0#7")
    assert isinstance(row, Article) and row.published == "2023-03-01" and row.record_id == "7"
    assert read_record({"body": 5}, "spark:x") == IngestError(
        "spark:x", "field 'body' has type int, expected text"
    )
    assert isinstance(read_text("word " * 200_000), IngestError)
