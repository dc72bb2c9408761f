"""Text every database can store and every page can show: no NUL characters (PostgreSQL refuses them) and
no lone surrogates (from JSON escapes such as ``"\\ud800"``, or undecodable file names; no UTF-8 encoder
accepts them). Both become U+FFFD, one character for one, so offsets stay valid."""

from __future__ import annotations

import os
import re
from pathlib import Path

UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def storable(text: str) -> str:
    """``text`` with NUL characters and lone surrogates replaced by U+FFFD (same length)."""
    return UNSTORABLE.sub(REPLACEMENT, text) if UNSTORABLE.search(text) else text


def storable_or_none(text: str | None) -> str | None:
    return None if text is None else storable(text)


def path_text(path: str | os.PathLike[str]) -> str:
    """A file name as text: bytes that are not UTF-8 are written ``\\xff``, so distinct files keep
    distinct names (Python would otherwise carry them as lone surrogates)."""
    name = os.fspath(path) if isinstance(path, Path) else str(path)
    return os.fsencode(name).decode("utf-8", "backslashreplace") if UNSTORABLE.search(name) else name
