"""The writer's per-article statements, built once with bound parameters.

An ingest runs these for every article (several per story key), and SQLAlchemy spends more time
building a statement and its cache key than SQLite spends running it; a statement object built once
keeps its cache key (``MemoizedHasCacheKey``), so each execution only binds its values. Lists go in
as expanding parameters (``IN (...)`` rendered at execution, the same SQL as an inline list).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    LargeBinary,
    Select,
    String,
    TextClause,
    bindparam,
    func,
    insert,
    or_,
    select,
    text,
)

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

# The ids of the ``per_key`` most recent articles with term ``key``: undated, or dated within [``first``,
# ``last``]. ``story_keys`` alone: the similarity reads the profiles (and their stories) of those it keeps.
TERM_ARTICLES_IN_WINDOW = (
    select(_k.article_id)
    .where(_k.key == bindparam("key"))
    .where(or_(_k.date.between(bindparam("first"), bindparam("last")), _k.date.is_(None)))
    .order_by(_k.date.desc())
    .limit(bindparam("per_key"))
)
TERM_ARTICLES_ANY_DATE = (
    select(_k.article_id)
    .where(_k.key == bindparam("key"))
    .order_by(_k.date.desc())
    .limit(bindparam("per_key"))
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

# SQLite: the candidate and profile reads above through the covering indexes of migration 0007, named
# (INDEXED BY) because without planner statistics, as in a new database, SQLite prefers the primary key's
# index and then reads each article's wide row. Rows come in the order the reads above gave on SQLite
# (through the former (key, date) index: ties by rowid, the order of storing), so what a LIMIT keeps and
# the order of candidates are unchanged.
_SQLITE_CANDIDATE = (
    "SELECT k.article_id, a.story_id, k.key, k.date, a.published FROM story_keys AS k "
    "JOIN articles AS a INDEXED BY ix_articles_id_story ON a.article_id = k.article_id "
)
_SQLITE_NEWEST_FIRST = " ORDER BY k.date DESC, k.rowid DESC LIMIT :per_key"
SQLITE_CANDIDATES = text(
    _SQLITE_CANDIDATE + "WHERE k.key IN :keys ORDER BY k.key, k.date, k.rowid"
).bindparams(bindparam("keys", expanding=True))
_SQLITE_TERM_ARTICLE = "SELECT k.article_id FROM story_keys AS k INDEXED BY ix_story_keys_key_date_article "
SQLITE_TERM_ARTICLES_IN_WINDOW = text(
    _SQLITE_TERM_ARTICLE
    + "WHERE k.key = :key AND (k.date BETWEEN :first AND :last OR k.date IS NULL)"
    + _SQLITE_NEWEST_FIRST
)
SQLITE_TERM_ARTICLES_ANY_DATE = text(_SQLITE_TERM_ARTICLE + "WHERE k.key = :key" + _SQLITE_NEWEST_FIRST)
SQLITE_STORY_PROFILES = (
    text(
        "SELECT p.article_id, a.story_id, p.profile, p.embedding FROM story_profiles AS p "
        "JOIN articles AS a INDEXED BY ix_articles_id_story ON a.article_id = p.article_id "
        "WHERE p.article_id IN :ids ORDER BY p.article_id"
    )
    .bindparams(bindparam("ids", expanding=True))
    .columns(article_id=String, story_id=String, profile=JSON, embedding=LargeBinary)
)


def story_reads(dialect: str) -> dict[str, Select | TextClause]:
    """The candidate and profile reads for a database of this dialect, by name."""
    if dialect == "sqlite":
        return {
            "candidates": SQLITE_CANDIDATES,
            "term_articles_in_window": SQLITE_TERM_ARTICLES_IN_WINDOW,
            "term_articles_any_date": SQLITE_TERM_ARTICLES_ANY_DATE,
            "story_profiles": SQLITE_STORY_PROFILES,
        }
    return {
        "candidates": CANDIDATES,
        "term_articles_in_window": TERM_ARTICLES_IN_WINDOW,
        "term_articles_any_date": TERM_ARTICLES_ANY_DATE,
        "story_profiles": STORY_PROFILES,
    }


# Plain inserts (values given at execution).
INSERT_ARTICLE = insert(t.articles)
INSERT_STORY = insert(t.stories)
INSERT_STORY_PROFILE = insert(t.story_profiles)
INSERT_STORY_KEYS = insert(t.story_keys)
INSERT_REPORTS = insert(t.reports)
INSERT_QUOTES = insert(t.quotes)
