"""The writer's per-article statements, built once with bound parameters.

An ingest runs these for every article (several per story key), and SQLAlchemy spends more time
building a statement and its cache key than SQLite spends running it; a statement object built once
keeps its cache key (``MemoizedHasCacheKey``), so each execution only binds its values. Lists go in
as expanding parameters (``IN (...)`` rendered at execution, the same SQL as an inline list).
"""

from __future__ import annotations

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    TextClause,
    bindparam,
    func,
    insert,
    literal,
    select,
    text,
    union_all,
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


# The ids of the ``per_key`` most recent articles with term ``key``: dated within [``first``, ``last``],
# the latest first, then undated; ties by article id, the latest first (round 14: the index's own order,
# so each part is a range read of (key, date, article_id) that stops at its LIMIT). ``story_keys`` alone:
# the similarity reads the profiles (and their stories) of those it keeps.
def _term_part(where: ColumnElement[bool], part: int) -> Subquery:
    return (
        select(_k.article_id, _k.date, literal(part).label("part"))
        .where(_k.key == bindparam("key"), where)
        .order_by(_k.date.desc(), _k.article_id.desc())
        .limit(bindparam("per_key"))
        .subquery()
    )


def _term_articles_in_window() -> Select:
    dated = _term_part(_k.date.between(bindparam("first"), bindparam("last")), 0)
    undated = _term_part(_k.date.is_(None), 1)
    both = union_all(select(*dated.c), select(*undated.c)).subquery()
    return (
        select(both.c.article_id)
        .order_by(both.c.part, both.c.date.desc(), both.c.article_id.desc())
        .limit(bindparam("per_key"))
    )


TERM_ARTICLES_IN_WINDOW = _term_articles_in_window()
TERM_ARTICLES_ANY_DATE = (
    select(_k.article_id)
    .where(_k.key == bindparam("key"))
    .order_by(_k.date.desc().nulls_last(), _k.article_id.desc())
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
SQLITE_CANDIDATES = text(
    _SQLITE_CANDIDATE + "WHERE k.key IN :keys ORDER BY k.key, k.date, k.rowid"
).bindparams(bindparam("keys", expanding=True))
# Term reads (round 14): each a range read of the covering index in its own order (date, then article id,
# the latest first) that stops at its LIMIT, with no sort of a hot term's rows of one day before it; the
# window's dated rows and the undated ones are two such reads, and only their at most 2 x ``per_key`` rows
# are put in order (dated first) for the final LIMIT.
_SQLITE_TERM_READ = (
    "SELECT k.article_id, k.date, {part} AS part FROM story_keys AS k "
    "INDEXED BY ix_story_keys_key_date_article WHERE k.key = :key AND {where} "
    "ORDER BY k.date DESC, k.article_id DESC LIMIT :per_key"
)
# Run on the driver's cursor (``Writer.term_articles``): an article reads about a dozen terms, and
# SQLAlchemy's work per execution (context, result, bind processing) cost more than SQLite's range read.
SQLITE_TERM_ARTICLES_IN_WINDOW = (
    "SELECT article_id FROM ("
    f"SELECT * FROM ({_SQLITE_TERM_READ.format(part=0, where='k.date BETWEEN :first AND :last')}) "
    f"UNION ALL SELECT * FROM ({_SQLITE_TERM_READ.format(part=1, where='k.date IS NULL')})"
    ") ORDER BY part, date DESC, article_id DESC LIMIT :per_key"
)
SQLITE_TERM_ARTICLES_ANY_DATE = (
    "SELECT k.article_id FROM story_keys AS k INDEXED BY ix_story_keys_key_date_article "
    "WHERE k.key = :key ORDER BY k.date DESC, k.article_id DESC LIMIT :per_key"
)
# Run on the driver's cursor too (``Writer.story_profiles``, round 23): the profile's JSON text comes back
# as stored, so a profile parsed before is reused (``store.profile_cache``); ``{ids}``: one ``?`` an id
# (``driver.rows_in``).
SQLITE_STORY_PROFILES = (
    "SELECT p.article_id, a.story_id, p.profile, p.embedding FROM story_profiles AS p "
    "JOIN articles AS a INDEXED BY ix_articles_id_story ON a.article_id = p.article_id "
    "WHERE p.article_id IN ({ids}) ORDER BY p.article_id"
)
# STORY_SPANS and TERM_FREQUENCIES as SQLAlchemy compiles them, for the driver's cursor (round 23).
SQLITE_STORY_SPANS = (
    "SELECT story_id, min(published), max(published) FROM articles "
    "WHERE story_id IN ({ids}) AND published IS NOT NULL GROUP BY story_id"
)
SQLITE_TERM_FREQUENCIES = "SELECT term, n_docs FROM story_terms WHERE term IN ({ids})"
# An article's story keys and the count of its profile's terms (``tallies.insert_or_add``), as SQLAlchemy
# compiles them, for an ``executemany`` on the driver's cursor (about 30 and 100 rows an article).
SQLITE_INSERT_STORY_KEYS = 'INSERT INTO story_keys ("key", article_id, date) VALUES (?, ?, ?)'
SQLITE_ADD_STORY_TERMS = (
    "INSERT INTO story_terms (term, n_docs) VALUES (?, ?) "
    "ON CONFLICT (term) DO UPDATE SET n_docs = (story_terms.n_docs + excluded.n_docs)"
)


def story_reads(dialect: str) -> dict[str, Select | TextClause | str]:
    """The candidate and profile reads for a database of this dialect, by name (on SQLite the term,
    profile and span reads are SQL for the driver's own cursor, parameters as SQLite reads them)."""
    if dialect == "sqlite":
        return {
            "candidates": SQLITE_CANDIDATES,
            "term_articles_in_window": SQLITE_TERM_ARTICLES_IN_WINDOW,
            "term_articles_any_date": SQLITE_TERM_ARTICLES_ANY_DATE,
            "story_profiles": SQLITE_STORY_PROFILES,
            "story_spans": SQLITE_STORY_SPANS,
        }
    return {
        "candidates": CANDIDATES,
        "term_articles_in_window": TERM_ARTICLES_IN_WINDOW,
        "term_articles_any_date": TERM_ARTICLES_ANY_DATE,
        "story_profiles": STORY_PROFILES,
        "story_spans": STORY_SPANS,
    }


# Plain inserts (values given at execution).
INSERT_ARTICLE = insert(t.articles)
INSERT_STORY = insert(t.stories)
INSERT_STORY_PROFILE = insert(t.story_profiles)
INSERT_STORY_KEYS = insert(t.story_keys)
INSERT_REPORTS = insert(t.reports)
INSERT_QUOTES = insert(t.quotes)
