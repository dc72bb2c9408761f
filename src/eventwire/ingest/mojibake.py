"""Mojibake repaired: UTF-8 text that was once decoded as Windows-1252 ("â€œ" for "“", "â€™s" for "’s",
"Ã©" for "é"), common in old scrapes, is fixed piece by piece with ftfy, so that every character left
alone keeps its offset in the original and a quotation mark is a quotation mark again ("â€œnobody" was
one token the parser could not read as "nobody").

A suspect piece is a character that starts a UTF-8 sequence followed by characters that continue one,
both as Windows-1252 shows them; ftfy decides whether the piece is mojibake and what it stood for.
"""

from __future__ import annotations

import re

from ftfy import fix_encoding

from eventwire.ingest.offsets import Run, TextBuilder

# How Windows-1252 shows the bytes 0x80-0xBF (Latin-1 where it has no character), and U+FFFD for a lost byte.
CONTINUATION = "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xC0))
SUSPECT = re.compile("[\u00c2-\u00f4][" + re.escape(CONTINUATION) + "\ufffd]+")


def repair_mojibake(text: str) -> tuple[str, list[Run] | None]:
    """``text`` with its mojibake pieces repaired, and runs from the repaired text back to ``text`` (None
    when nothing changed: the text maps onto itself)."""
    if not SUSPECT.search(text):
        return text, None
    builder, done = TextBuilder(), 0
    for match in SUSPECT.finditer(text):
        fixed = fix_encoding(match.group())
        if fixed == match.group():
            continue
        builder.copy(text[done : match.start()], done)
        builder.insert(fixed)
        done = match.end()
    if done == 0:
        return text, None
    builder.copy(text[done:], done)
    return builder.build()


def repaired(text: str | None) -> str | None:
    """A short field (a title) with its mojibake repaired; no offsets kept."""
    return repair_mojibake(text)[0] if text else text
