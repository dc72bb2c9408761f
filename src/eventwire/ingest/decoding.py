"""Bytes to text: binary sniffing, encoding choice (UTF-8 first, then charset-normalizer), mixed encodings.

Scraped news often mixes UTF-8 with stray Windows-1252 bytes; such bytes are decoded as Windows-1252
(``MIXED_ERRORS`` handler) instead of failing the whole file.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from charset_normalizer import from_bytes

from eventwire.ingest.knowledge import load

MIXED_ERRORS = "eventwire-cp1252"
SNIFF_BYTES = 65_536
MAX_CONTROL_SHARE = 0.05  # more control characters than this in the head means binary
UTF16_NUL_SHARE = 0.9  # UTF-16 text without BOM: one byte of each pair is (almost always) NUL, the other not
MAX_LEGACY_SHARE = 0.03  # up to this share of non-ASCII bytes, non-UTF-8 text is read as Windows-1252
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
ASCII_BYTES = bytes(range(128))
CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"


def _decode_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: read undecodable bytes as Windows-1252 (Latin-1 where it has no glyph)."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    chars = "".join(_cp1252_char(byte) for byte in bad)
    return chars, error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return bytes([byte]).decode("latin-1")


codecs.register_error(MIXED_ERRORS, _decode_as_cp1252)


@lru_cache(maxsize=1)
def _magic() -> tuple[tuple[bytes, str], ...]:
    entries = load("formats.yaml")["binary_magic"]
    return tuple((bytes.fromhex(e["hex"]), str(e["kind"])) for e in entries)


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark announces, if any."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return None


def sniff_binary(head: bytes) -> str | None:
    """What kind of binary file ``head`` starts, or None when it may be text."""
    for signature, kind in _magic():
        if head.startswith(signature):
            return kind
    if bom_encoding(head):
        return None
    if b"\x00" in head[:SNIFF_BYTES]:
        return None if _utf16_without_bom(head) else "unknown binary data"
    sample = head[:SNIFF_BYTES]
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES))
    if sample and controls / len(sample) > MAX_CONTROL_SHARE:
        return "unknown binary data"
    return None


def _utf16_without_bom(head: bytes) -> bool:
    """Mostly ASCII text stored as UTF-16: every other byte is NUL."""
    sample = head[:4096]
    if len(sample) < 4:
        return False
    evens, odds = sample[0::2], sample[1::2]
    high, low = UTF16_NUL_SHARE, 1 - UTF16_NUL_SHARE
    even_nuls, odd_nuls = evens.count(0) / len(evens), odds.count(0) / len(odds)
    return (even_nuls > high and odd_nuls < low) or (odd_nuls > high and even_nuls < low)


def choose_encoding(head: bytes) -> str | None:
    """The encoding to read a stream starting with ``head``: BOM, UTF-8 (even mixed), or detected."""
    announced = bom_encoding(head)
    if announced:
        return announced
    if _utf16_without_bom(head):
        return "utf-16-le" if head[1:2] == b"\x00" else "utf-16-be"
    if _is_utf8_prefix(head) or UTF8_MULTIBYTE.search(head):
        return "utf-8"
    if _mostly_ascii_windows_1252(head):
        return "cp1252"
    best = from_bytes(head[:SNIFF_BYTES]).best()
    return best.encoding if best is not None else None


def _mostly_ascii_windows_1252(head: bytes) -> bool:
    """English text with a few accented letters or curly quotes, in Windows-1252 (the usual legacy
    encoding of English news). Detectors guess wildly on so few non-ASCII bytes."""
    sample = head[:SNIFF_BYTES]
    non_ascii = len(sample.translate(None, ASCII_BYTES))
    if non_ascii > MAX_LEGACY_SHARE * len(sample):
        return False
    try:
        sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True


def _is_utf8_prefix(head: bytes) -> bool:
    """``head`` is valid UTF-8, allowing a character cut off at its end."""
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def decode_document(data: bytes) -> str | None:
    """The text of a whole document, or None when no encoding fits."""
    encoding = choose_encoding(data)
    if encoding is None:
        return None
    errors = MIXED_ERRORS if encoding == "utf-8" else "replace"
    try:
        return data.decode(encoding, errors=errors)
    except (LookupError, UnicodeError):
        return None


def stream_errors(encoding: str) -> str:
    """The codec error handler to read a stream in ``encoding`` with."""
    return MIXED_ERRORS if encoding == "utf-8" else "replace"
