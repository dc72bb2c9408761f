"""The writer's per-article statements, built once with bound parameters.

An ingest runs these for every article (several per story key), and SQLAlchemy spends more time
building a statement and its cache key than SQLite spends running it; a statement object built once
keeps its cache key (``MemoizedHasCacheKey``), so each execution only binds its values. Lists go in
as expanding parameters (``IN (...)`` rendered at execution, the same SQL as an inline list).
"""

from __future__ import annotations

from sqlalchemy import Select, bindparam, func, insert, or_, select

from eventwire.store import schema as t

_k, _a, _p = t.story_keys.c, t.articles.c, t.story_profiles.c


def _candidate_query() -> Select:
    """Story-key rows with their article's story and publication date."""
    return select(_k.article_id, _a.story_id, _k.key, _k.date, _a.published).join(
        t.articles, _a.article_id == _k.article_id
    )


# Articles stored among ``ids``.
KNOWN_ARTICLES = select(_a.article_id).where(_a.article_id.in_(bindparam("ids", expanding=True)))

# Earlier articles sharing any of ``keys``.
CANDIDATES = _candidate_query().where(_k.key.in_(bindparam("keys", expanding=True)))

# The ``per_key`` most recent articles with term ``key``: undated, or dated within [``first``, ``last``].
TERM_CANDIDATES_IN_WINDOW = (
    _candidate_query()
    .where(_k.key == bindparam("key"))
    .where(or_(_k.date.between(bindparam("first"), bindparam("last")), _k.date.is_(None)))
    .order_by(_k.date.desc())
    .limit(bindparam("per_key"))
)
TERM_CANDIDATES_ANY_DATE = (
    _candidate_query().where(_k.key == bindparam("key")).order_by(_k.date.desc()).limit(bindparam("per_key"))
)

# Document frequencies of ``terms``.
TERM_FREQUENCIES = select(t.story_terms.c.term, t.story_terms.c.n_docs).where(
    t.story_terms.c.term.in_(bindparam("terms", expanding=True))
)

# Stored profiles of ``ids`` with their story.
STORY_PROFILES = (
    select(_p.article_id, _a.story_id, _p.profile, _p.embedding)
    .join(t.articles, _a.article_id == _p.article_id)
    .where(_p.article_id.in_(bindparam("ids", expanding=True)))
)

# First and last publication date of each story of ``ids`` with a dated article.
STORY_SPANS = (
    select(_a.story_id, func.min(_a.published), func.max(_a.published))
    .where(_a.story_id.in_(bindparam("ids", expanding=True)), _a.published.is_not(None))
    .group_by(_a.story_id)
)

# Whether story ``story_id`` exists.
STORY_EXISTS = select(t.stories.c.story_id).where(t.stories.c.story_id == bindparam("story_id"))

# Plain inserts (values given at execution).
INSERT_ARTICLE = insert(t.articles)
INSERT_STORY = insert(t.stories)
INSERT_STORY_PROFILE = insert(t.story_profiles)
INSERT_STORY_KEYS = insert(t.story_keys)
INSERT_REPORTS = insert(t.reports)
INSERT_QUOTES = insert(t.quotes)
