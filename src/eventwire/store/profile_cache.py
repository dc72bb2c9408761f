"""Stored story profiles parsed once, for the ingest's parent that reads the same ones again and again.

Each new article compares itself with the profiles of about twenty earlier reports sharing its terms
(``Writer.story_profiles``), and the reports of this week come up for article after article: over 2,000
Reuters articles each stored profile was read 20 times. Parsing one (JSON, then ``Profile.from_json``) cost
far more than reading its row. The cache keeps the parsed profile of the most recently read articles with
the stored text and embedding bytes it was parsed from, and hands it out again only while the row read
holds exactly those: a profile rewritten, or another database's row of the same id, is parsed afresh.

The profiles handed out are shared between reads: the stories stage treats stored profiles as read-only
(``ProfiledArticle.dated_profile`` copies before changing the date).
"""

from __future__ import annotations

import json
import threading
from array import array
from collections import OrderedDict
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventwire.stories.profile import Profile

# Parsed profiles kept: 2,000 Reuters articles read 95 % of their profiles from a cache of 2,048 (91 % with
# 1,024); a parsed profile holds about 7 KB of Python objects (Reuters), 12 KB (dai2017): 15-25 MB.
PROFILE_CACHE_SIZE = 2048


class ProfileCache:
    """Article id -> the profile parsed from its stored row, the ``size`` most recently read."""

    def __init__(self, size: int = PROFILE_CACHE_SIZE) -> None:
        self.size = size
        self._entries: OrderedDict[str, tuple[str | None, bytes | None, Profile]] = OrderedDict()
        self._lock = threading.Lock()  # one store may serve writers on several threads (the API's jobs)

    def profile(self, article_id: str, text: str | None, blob: bytes | None) -> Profile:
        """The profile stored as ``text`` (JSON) with embedding ``blob``: the one parsed before from the
        same text and bytes, else parsed now (and kept)."""
        with self._lock:
            found = self._entries.get(article_id)
            if found is not None and found[0] == text and found[1] == blob:
                self._entries.move_to_end(article_id)
                return found[2]
        parsed = parse_profile(text, blob)
        with self._lock:
            self._entries[article_id] = (text, blob, parsed)
            self._entries.move_to_end(article_id)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return parsed

    def __len__(self) -> int:
        return len(self._entries)


def parse_profile(text: str | None, blob: bytes | None) -> Profile:
    """A profile from its stored JSON text and float32 embedding bytes (decoded as SQLAlchemy's JSON does)."""
    from eventwire.stories import Profile

    embedding = array("f", blob).tolist() if blob else None
    return Profile.from_json(json.loads(text) if text is not None else None, embedding)
