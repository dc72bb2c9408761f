"""Index pages (a section front, a tag page, search results): many linked headlines with short teasers and
little text of their own. They are reported as an ingest error, not read as one article whose teasers
would each become an event. The thresholds are in ``data/ingest/index_pages.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lxml.html import HtmlElement

from eventwire.ingest.knowledge import load


@dataclass(frozen=True, slots=True)
class IndexRules:
    headline_tags: frozenset[str]
    link_share: float
    min_entries: int
    max_mean_entry_chars: float
    outside_share: float
    frame_tags: frozenset[str]
    text_tags: frozenset[str]


@dataclass(frozen=True, slots=True)
class IndexShape:
    """What the page holds: linked-headline entries, their text, and the text outside them."""

    entries: int
    entry_chars: int
    outside_chars: int


@lru_cache(maxsize=1)
def index_rules() -> IndexRules:
    data = load("index_pages.yaml")
    return IndexRules(
        headline_tags=frozenset(data["headline_tags"]),
        link_share=float(data["link_share"]),
        min_entries=int(data["min_entries"]),
        max_mean_entry_chars=float(data["max_mean_entry_chars"]),
        outside_share=float(data["outside_share"]),
        frame_tags=frozenset(data["frame_tags"]),
        text_tags=frozenset(data["text_tags"]),
    )


def _text_length(element: HtmlElement) -> int:
    return len(" ".join(element.text_content().split()))


def _linked_headline(element: HtmlElement, rules: IndexRules) -> bool:
    """A headline most of whose text is a link to another page."""
    total = _text_length(element)
    if not total:
        return False
    linked = sum(_text_length(a) for a in element.iter("a") if not (a.get("href") or "#").startswith("#"))
    return linked >= rules.link_share * total


def _in_frame(element: HtmlElement, rules: IndexRules) -> bool:
    return any(a.tag in rules.frame_tags for a in element.iterancestors())


def _entry(headline: HtmlElement, counts: dict[HtmlElement, int]) -> HtmlElement:
    """The largest ancestor of a headline that holds no other linked headline."""
    entry = headline
    for ancestor in headline.iterancestors():
        if counts.get(ancestor, 0) > 1:
            break
        entry = ancestor
    return entry


def index_shape(tree: HtmlElement) -> IndexShape:
    """Count the page's linked-headline entries and the text inside and outside them."""
    rules = index_rules()
    headlines = [
        el
        for el in tree.iter(*rules.headline_tags)
        if not _in_frame(el, rules) and _linked_headline(el, rules)
    ]
    counts: dict[HtmlElement, int] = {}
    for headline in headlines:
        for ancestor in headline.iterancestors():
            counts[ancestor] = counts.get(ancestor, 0) + 1
    entries = {_entry(h, counts) for h in headlines}
    outside = 0
    for block in tree.iter(*rules.text_tags):
        ancestors = list(block.iterancestors())
        if any(a.tag in rules.frame_tags or a.tag in rules.text_tags for a in ancestors):
            continue  # the site's frame, or a block counted with the block around it
        if block not in entries and not any(a in entries for a in ancestors):
            outside += _text_length(block)
    return IndexShape(len(entries), sum(_text_length(e) for e in entries), outside)


def is_index_page(shape: IndexShape) -> bool:
    """Many short linked entries and little text of the page's own."""
    rules = index_rules()
    if shape.entries < rules.min_entries:
        return False
    short = shape.entry_chars / shape.entries <= rules.max_mean_entry_chars
    return short and shape.outside_chars < rules.outside_share * shape.entry_chars
