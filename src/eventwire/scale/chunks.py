"""A batch cut into the workers' tasks: at most so many articles, and about so many characters, each.

A worker parses a task's texts together (one ``nlp.pipe`` batch) and holds their documents and the
parser's arrays at once, so its transient peak grows with the task's characters: on long articles,
two workers each holding eight of them at once make the process tree's peak. Bounding a task by
characters as well keeps that peak near the one of a task of short articles, while short articles
still go eight to a task. An article longer than the bound is a task of its own; order is kept, and
every article is in exactly one task.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

from eventwire.records import Article

# Characters of the articles' texts in one task. Eight Reuters articles (733 characters on average)
# stay one task (their largest 8-article task in the first 2,222 holds 15,255); eight dai2017 articles
# (3,286 on average, 26,248 a task, up to 77,101) are cut into four articles a task on average
# (docs/performance.md, round 11).
CHUNK_CHARS = 16_000

Item = TypeVar("Item", bound=Article)


def bounded_chunks(
    articles: Sequence[Item], max_articles: int, max_chars: int | None
) -> Iterator[list[Item]]:
    """Consecutive runs of ``articles``, each of at most ``max_articles`` articles whose texts hold at
    most ``max_chars`` characters together (None: no bound), unless one article alone holds more."""
    if max_articles < 1:
        raise ValueError(f"max_articles must be at least 1, not {max_articles}")
    chunk: list[Item] = []
    chars = 0
    for article in articles:
        size = len(article.text)
        if chunk and (len(chunk) == max_articles or (max_chars is not None and chars + size > max_chars)):
            yield chunk
            chunk, chars = [], 0
        chunk.append(article)
        chars += size
    if chunk:
        yield chunk
