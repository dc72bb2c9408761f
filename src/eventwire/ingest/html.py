"""HTML pages: trafilatura for the main text, title and site name; htmldate for the publication date.

Settings favour recall of the whole article (``favor_recall``, tables kept, comments dropped). The date
comes from markup only (meta tags, JSON-LD, ``<time>``; ``original_date``, no extensive text search), so
never from an HTTP header, a copyright line or a footer. The URL path is a separate, later source.
"""

from __future__ import annotations

import copy
import re
from datetime import date, timedelta
from itertools import islice

import trafilatura
from htmldate import find_date
from lxml.html import HtmlElement

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.draft import Draft, Metadata, draft_from_text
from eventwire.ingest.errors import Errors, ingest_error
from eventwire.ingest.index_pages import index_shape, is_index_page
from eventwire.ingest.offsets import align
from eventwire.ingest.pubdate import EARLIEST, parse_date, today_or
from eventwire.records import IngestError

DOCUMENT_START = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
DOCUMENT_END = re.compile(r"</html\s*>", re.I)
BODY_START = re.compile(r"<body\b[^>]*>", re.I)
TAIL_CHARS = 4096


def read_html(
    html: str, source_path: str, config: IngestConfig, url: str | None = None, record_id: str | None = None
) -> Draft | IngestError:
    """A draft article from an HTML page, or why there is none."""
    if not config.accept_truncated_html and is_truncated(html):
        return ingest_error(source_path, Errors.E017)
    tree = trafilatura.load_html(html)
    if tree is None:
        return ingest_error(source_path, Errors.E015, detail="no document tree")
    problem = _tree_problem(tree, source_path, config)
    if problem is not None:
        return problem
    shape = index_shape(tree)
    if is_index_page(shape):
        return ingest_error(source_path, Errors.E033, entries=shape.entries)
    published = _markup_date(tree, config)
    document = trafilatura.bare_extraction(
        copy.deepcopy(tree),
        url=url,
        with_metadata=True,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        deduplicate=False,
        date_extraction_params=_date_params(config),
    )
    text = getattr(document, "text", None) if document is not None else None
    if not text or not text.strip():
        return ingest_error(source_path, Errors.E018)
    meta = Metadata(
        title=_clean(document.title),
        url=url or _clean(document.url),
        outlet=_clean(document.sitename),
        published=published,
        published_source="html-meta" if published else None,
        record_id=record_id,
    )
    draft = draft_from_text(
        source_path, text, meta, config, find_title=False, to_original=_body_alignment(text, html)
    )
    return draft if draft.text.strip() else ingest_error(source_path, Errors.E018)


def is_truncated(html: str) -> bool:
    """A whole document (``<!doctype html>``/``<html>``) that never closes its ``</html>``."""
    if not DOCUMENT_START.match(html[:TAIL_CHARS]):
        return False
    return DOCUMENT_END.search(html[-TAIL_CHARS:]) is None and DOCUMENT_END.search(html) is None


def _tree_problem(tree: HtmlElement, source_path: str, config: IngestConfig) -> IngestError | None:
    """Too many elements or too deep a nesting (libxml2 silently flattens past its limit)."""
    if next(islice(tree.iter(), config.max_html_elements, None), None) is not None:
        return ingest_error(source_path, Errors.E027, limit=config.max_html_elements)
    if _depth(tree) > config.max_html_depth:
        return ingest_error(source_path, Errors.E016, limit=config.max_html_depth)
    return None


def _depth(tree: HtmlElement) -> int:
    deepest = 0
    stack: list[tuple[HtmlElement, int]] = [(tree, 1)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _date_params(config: IngestConfig) -> dict[str, object]:
    return {
        "extensive_search": False,
        "original_date": True,
        "min_date": EARLIEST.isoformat(),
        "max_date": (today_or(config.today) + timedelta(days=1)).isoformat(),
    }


def _markup_date(tree: HtmlElement, config: IngestConfig) -> date | None:
    """The original publication date in the page's markup (not the URL, not the text)."""
    try:
        found = find_date(copy.deepcopy(tree), url=None, **_date_params(config))  # type: ignore[arg-type]
    except Exception:  # htmldate is defensive but not total on hostile markup
        return None
    return parse_date(found, config.today) if found else None


def _body_alignment(text: str, html: str) -> list[tuple[int, int, int]]:
    """Map extracted text back into the HTML source, searching from ``<body>`` onwards."""
    body = BODY_START.search(html)
    return align(text, html, body.end() if body else 0)


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None
