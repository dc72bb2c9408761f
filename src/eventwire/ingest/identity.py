"""The stable identity of an article: a hash of what it says, not of where it was read."""

from __future__ import annotations

import hashlib
import unicodedata

ID_HEX_CHARS = 16


def normalise(text: str | None) -> str:
    """Unicode NFKC with whitespace runs collapsed to one space, stripped."""
    if not text:
        return ""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def article_id(url: str | None, title: str | None, text: str) -> str:
    """First 16 hex characters of sha256 over url-or-empty, title and normalised clean text."""
    payload = "\n".join((url or "", normalise(title), normalise(text)))
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:ID_HEX_CHARS]
