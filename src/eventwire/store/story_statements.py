"""The per-story statements of a re-merge (``store.story_events``), built once with bound parameters.

Every batch re-merges each story it touched, and SQLAlchemy spent more time building these statements
and their cache keys than SQLite spent running them (as for the per-article ones: ``statements.py``).
The SQL at execution is the same as when built per call (lists as expanding ``IN`` parameters).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Select, bindparam, case, func, select, update

from eventwire.store import schema as t

_a, _r = t.articles.c, t.reports.c
_original = t.articles.alias("original")
_NEW = bindparam("new_articles", expanding=True)


def _story_state(earlier: ColumnElement[bool]) -> Select:
    return select(
        func.count(),
        func.count(case((earlier, 1))),
        func.min(_a.published),
        func.min(case((earlier, _a.published))),
    ).where(_a.story_id == bindparam("story_id"))


# A story's size and anchor, counting the articles of ``new_articles`` as earlier or not (none: all).
STORY_STATE_ALL = _story_state(_a.article_id.is_not(None))
STORY_STATE_NEW = _story_state(_a.article_id.not_in(_NEW))

# Republished copies in story ``story_id`` with their original's publication date (of ``ids``).
_ORIGINALS = (
    select(_a.article_id, _original.c.published)
    .join(_original, _original.c.article_id == _a.copy_of)
    .where(_a.story_id == bindparam("story_id"), _original.c.published.is_not(None))
)
STORY_ORIGINALS = _ORIGINALS
STORY_ORIGINALS_OF = _ORIGINALS.where(_a.article_id.in_(bindparam("ids", expanding=True)))

# The event types the articles ``ids`` report.
REPORT_TYPES = select(_r.event_type).where(_r.article_id.in_(bindparam("ids", expanding=True))).distinct()

# A story's date, precision and size; its size alone.
SET_STORY_DATE = (
    update(t.stories)
    .where(t.stories.c.story_id == bindparam("the_story"))
    .values(
        date=bindparam("new_date"),
        date_precision=bindparam("new_precision"),
        n_articles=bindparam("new_size"),
    )
)
SET_STORY_SIZE = (
    update(t.stories)
    .where(t.stories.c.story_id == bindparam("the_story"))
    .values(n_articles=bindparam("new_size"))
)
