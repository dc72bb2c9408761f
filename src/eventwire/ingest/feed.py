"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one article per item, with its full content or its summary.

Parsed incrementally with lxml (no entity expansion, no network), so a large feed streams item by item.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import partial
from typing import BinaryIO

import lxml.html
from lxml import etree

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.draft import Draft, Metadata, draft_from_text
from eventwire.ingest.errors import Errors, contain, ingest_error
from eventwire.ingest.offsets import align
from eventwire.ingest.pubdate import parse_date
from eventwire.records import IngestError

ITEMS = {"item", "entry"}
CONTAINERS = {"channel", "feed"}
CONTENT_TAGS = ("encoded", "content", "description", "summary")  # best first
DATE_TAGS = ("pubDate", "published", "date", "issued", "created", "updated", "modified")
BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:br|p|div|li|ul|ol|h[1-6]|blockquote|tr|section|article|figure)\b[^>]*>", re.I
)
SCRIPT = re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S)
MARKUP = re.compile(r"<[a-zA-Z/!]")


def read_feed(stream: BinaryIO, source: str, config: IngestConfig) -> Iterator[Draft | IngestError]:
    """One result per feed item (``source#item<n>``)."""
    outlet: str | None = None
    number = 0
    events = etree.iterparse(
        stream, events=("end",), resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        for _, element in events:
            name = _local(element.tag)
            if name == "title" and outlet is None and _parent_name(element) in CONTAINERS:
                outlet = _text(element)
            elif name in ITEMS:
                number += 1
                where = f"{source}#item{number}"
                yield contain(where, partial(_item, element, where, outlet, config))
                _release(element)
    except etree.XMLSyntaxError as error:
        yield ingest_error(source, Errors.E021, detail=error)


def _item(item: etree._Element, where: str, outlet: str | None, config: IngestConfig) -> Draft | IngestError:
    children = {_local(child.tag): child for child in reversed(list(item)) if isinstance(child.tag, str)}
    content = next((_text(children[t]) for t in CONTENT_TAGS if t in children and _text(children[t])), "")
    published = next(
        (d for d in (parse_date(_text(children[t]), config.today) for t in DATE_TAGS if t in children) if d),
        None,
    )
    meta = Metadata(
        title=_text(children["title"]) if "title" in children else None,
        url=_link(item),
        outlet=outlet,
        published=published,
        published_source="feed" if published else None,
        record_id=_text(children.get("guid")) or _text(children.get("id")) or None,
    )
    if MARKUP.search(content):
        text = fragment_text(content)
        return draft_from_text(where, text, meta, config, find_title=False, to_original=align(text, content))
    return draft_from_text(where, content, meta, config, find_title=False)


def fragment_text(html: str) -> str:
    """The text of an HTML fragment, one line per block element, entities decoded."""
    marked = BLOCK_TAG.sub("\n", SCRIPT.sub(" ", html))
    try:
        root = lxml.html.fragment_fromstring(marked, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    return "\n".join(line.strip() for line in root.text_content().splitlines())


def _link(item: etree._Element) -> str | None:
    for child in item:
        if not isinstance(child.tag, str) or _local(child.tag) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel", "alternate") == "alternate":
            return href.strip()
        if not href and _text(child):
            return _text(child)
    return None


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    return "".join(element.itertext()).strip()


def _parent_name(element: etree._Element) -> str:
    parent = element.getparent()
    return _local(parent.tag) if parent is not None else ""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _release(element: etree._Element) -> None:
    """Free a processed item and the siblings before it (streaming)."""
    element.clear()
    parent = element.getparent()
    while parent is not None and element.getprevious() is not None:
        del parent[0]
