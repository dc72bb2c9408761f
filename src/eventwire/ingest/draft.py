"""From what a reader found (metadata plus raw text) to a finished ``Article`` or an ``IngestError``.

Every format ends here: metadata wins over what the text itself says, the text is cleaned as a scrape,
and the result is checked (length, language) and given its content-hash identity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.errors import Errors, ingest_error
from eventwire.ingest.identity import article_id
from eventwire.ingest.language import identify_language
from eventwire.ingest.mojibake import repair_mojibake, repaired
from eventwire.ingest.offsets import Run, compose
from eventwire.ingest.pubdate import date_from_url
from eventwire.ingest.storable import path_text, storable, storable_or_none
from eventwire.ingest.text import parse_scrape
from eventwire.records import Article, IngestError


@dataclass(slots=True)
class Metadata:
    """What the input says about a report apart from its text (all optional)."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_source: str | None = None  # "metadata", "html-meta", "feed", …
    dateline: str | None = None
    language: str | None = None  # a language the input declares
    record_id: str | None = None


@dataclass(slots=True)
class Draft:
    """A report read and cleaned, not yet checked."""

    source_path: str
    text: str
    offsets: list[Run]
    meta: Metadata = field(default_factory=Metadata)


def draft_from_text(
    source_path: str,
    raw_text: str,
    meta: Metadata,
    config: IngestConfig,
    find_title: bool = True,
    to_original: list[Run] | None = None,
) -> Draft:
    """Clean ``raw_text`` as a scrape and merge what it says with ``meta`` (metadata wins).

    ``to_original`` maps ``raw_text`` further back (e.g. extracted text to HTML source). Mojibake is
    repaired first (``mojibake.repair_mojibake``), the offsets mapping round it.
    """
    text, to_raw = repair_mojibake(raw_text)
    title = repaired(meta.title)
    scrape = parse_scrape(text, title=title, find_title=find_title and title is None, config=config)
    merged = Metadata(
        title=title or scrape.title,
        url=meta.url,
        outlet=meta.outlet or scrape.outlet or outlet_from_url(meta.url),
        dateline=meta.dateline or scrape.dateline,
        language=meta.language,
        record_id=meta.record_id,
    )
    merged.published, merged.published_source = _best_date(meta, scrape.published, config)
    offsets = compose(scrape.offsets, to_raw) if to_raw is not None else scrape.offsets
    offsets = compose(offsets, to_original) if to_original is not None else offsets
    return Draft(source_path=source_path, text=scrape.text, offsets=offsets, meta=merged)


def outlet_from_url(url: str | None) -> str | None:
    """The site a URL belongs to (``https://www.example.com/a`` → ``example.com``)."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname if "//" in url else None
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def _best_date(
    meta: Metadata, from_text: date | None, config: IngestConfig
) -> tuple[date | None, str | None]:
    """Metadata first, then a date line in the text, then the URL path."""
    if meta.published is not None:
        return meta.published, meta.published_source or "metadata"
    if from_text is not None:
        return from_text, "date-line"
    from_url = date_from_url(meta.url, config.today)
    if from_url is not None:
        return from_url, "url"
    return None, None


def finish(draft: Draft, config: IngestConfig) -> Article | IngestError:
    """The finished Article, or the reason it cannot be one (no text, too long, another language)."""
    text = draft.text
    if not text.strip():
        return ingest_error(draft.source_path, Errors.E005)
    if len(text) < config.min_text_chars or not any(ch.isalpha() for ch in text):
        return ingest_error(draft.source_path, Errors.E031, size=len(text), limit=config.min_text_chars)
    if len(text) > config.max_text_chars:
        return ingest_error(draft.source_path, Errors.E025, size=len(text), limit=config.max_text_chars)
    language = _language(draft, config)
    if isinstance(language, IngestError):
        return language
    meta = draft.meta
    text, title, url = storable(text), storable_or_none(meta.title), storable_or_none(meta.url)
    return Article(
        article_id=article_id(url, title, text),
        source_path=path_text(draft.source_path),
        text=text,
        title=title,
        url=url,
        outlet=storable_or_none(meta.outlet),
        published=meta.published.isoformat() if meta.published else None,
        published_source=meta.published_source,
        language=language,
        dateline=storable_or_none(meta.dateline),
        offsets=draft.offsets,
        record_id=storable_or_none(meta.record_id),
    )


def _language(draft: Draft, config: IngestConfig) -> str | IngestError | None:
    """The article's language if supported; an error when it is surely another one."""
    supported = ", ".join(config.languages)
    declared = _iso639_1(draft.meta.language)
    if declared and declared not in config.languages:
        return ingest_error(draft.source_path, Errors.E006, lang=declared, supported=supported)
    if len(draft.text) < config.min_language_chars:
        return declared
    guess = identify_language(draft.text, expected=config.languages)
    if guess.code in config.languages:
        return guess.code
    if guess.confidence >= config.min_language_confidence:
        return ingest_error(draft.source_path, Errors.E006, lang=guess.code, supported=supported)
    return declared


def _iso639_1(code: str | None) -> str | None:
    """``"en-GB"``, ``"EN"``, ``"en_US"`` → ``"en"``; anything else that is not a code → None."""
    if not code:
        return None
    head = code.strip().lower().replace("_", "-").split("-")[0]
    return head if len(head) == 2 and head.isalpha() else None
