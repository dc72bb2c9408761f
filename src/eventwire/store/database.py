"""Open the database and write to it in transactions, one batch of articles at a time."""

from __future__ import annotations

import os
import sqlite3
import time
from array import array
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from eventwire.records import Article, Event, IngestError, InputPosition, Quote
from eventwire.store import driver, jobs, key_reads, progress, retired, tallies
from eventwire.store import schema as t
from eventwire.store import statements as prepared
from eventwire.store.codec import (
    entity_json,
    report_row,
)
from eventwire.store.migrate import upgrade_to_head
from eventwire.store.profile_cache import ProfileCache
from eventwire.store.story_events import StoryEventWrites
from eventwire.store.term_counts import TermCounts

if TYPE_CHECKING:  # the stories stage (spaCy, datasketch, wordfreq) loads only when a writer groups stories
    from eventwire.stories import ProfiledArticle, StoryCandidate, TermWeights
    from eventwire.stories.profile import Profile

DEFAULT_DB = "eventwire.db"


def database_url(db: str | os.PathLike[str] | None = None) -> str:
    """A SQLAlchemy URL from a path, a URL, $EVENTWIRE_DB, or the default ./eventwire.db."""
    db = str(db) if db else os.environ.get("EVENTWIRE_DB", DEFAULT_DB)
    if "://" in db:
        return (
            db.replace("postgresql://", "postgresql+psycopg://", 1) if db.startswith("postgresql://") else db
        )
    return f"sqlite:///{Path(db).expanduser()}"


# Bytes of the database file SQLite maps into memory, by use. Reading (serving) through the map reads
# from the operating system's page cache without copies. A writer (an ingest, whose write transactions
# read the story index, keys and reports) reads through its own page cache instead: every page read
# through the map counts in the process's memory (PSS) for as long as the map lasts, and the map grows
# with the database (docs/performance.md, round 11). Without the map a writer's reads go through
# SQLite's own page cache, which is therefore larger while writing: 16 MB thrashed once the database
# outgrew it (the story index and term tables are read all over), and the ingest's parent slowed with
# the database; 64 MB is a bound, where the map grew with the file (session 17).
MMAP_READING = 1_073_741_824
MMAP_WRITING = 0
CACHE_KIB_READING = 16_000
CACHE_KIB_WRITING = 65_536
MMAP_SIZE_KEY = "eventwire_mmap_size"  # the connection's current mmap_size, in its pool record's info
# The statements that set each use's map and page cache (built once from the integer constants above).
PRAGMAS_BY_MMAP = {
    MMAP_READING: (f"PRAGMA mmap_size={MMAP_READING:d}", f"PRAGMA cache_size=-{CACHE_KIB_READING:d}"),
    MMAP_WRITING: (f"PRAGMA mmap_size={MMAP_WRITING:d}", f"PRAGMA cache_size=-{CACHE_KIB_WRITING:d}"),
}


def _sqlite_pragmas(dbapi_connection, record) -> None:
    dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself (see _sqlite_begin)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")  # first: the others may wait for another connection
    _use_wal(cursor)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    for pragma in PRAGMAS_BY_MMAP[MMAP_READING]:  # read through the OS page cache, no copies
        cursor.execute(pragma)
    cursor.close()
    record.info[MMAP_SIZE_KEY] = MMAP_READING


WAL_RETRIES = 300  # times WAL_WAIT_S: how long a new connection waits for another to let go of a new file
WAL_WAIT_S = 0.05


def _use_wal(cursor: sqlite3.Cursor) -> None:
    """Switch the database to write-ahead logging. SQLite answers "database is locked" at once, without
    its busy handler, when another connection holds a lock on a new file while the mode is switched
    (several threads opening a new database together): wait and try again, unless the other connection
    has switched it meanwhile."""
    for attempt in range(WAL_RETRIES):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == WAL_RETRIES - 1:
                raise
            time.sleep(WAL_WAIT_S)


def _sqlite_begin(conn: Connection) -> None:
    """Real transactions on SQLite: reads see one snapshot, DDL is transactional, and writers take the
    write lock up front (BEGIN IMMEDIATE) so two writers wait for each other instead of failing. The
    memory map is the writer's (MMAP_WRITING) in a write transaction, the reader's otherwise."""
    immediate = conn.get_execution_options().get("sqlite_immediate", False)
    _use_mmap_size(conn, MMAP_WRITING if immediate else MMAP_READING)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def _use_mmap_size(conn: Connection, size: int) -> None:
    """Set the connection's ``mmap_size`` and the page cache that goes with it (outside a transaction)
    unless it has them already."""
    info = conn.connection.info
    if info.get(MMAP_SIZE_KEY) != size:
        for pragma in PRAGMAS_BY_MMAP[size]:
            conn.exec_driver_sql(pragma)
        info[MMAP_SIZE_KEY] = size


def refresh_sqlite_statistics(engine: Engine, min_rows: int = 1000) -> None:
    """Run a quick ANALYZE when SQLite's planner statistics are missing or the events table has grown or
    shrunk twofold since they were taken (PostgreSQL's autovacuum keeps its own up to date)."""
    with engine.connect() as conn:
        n_events = conn.exec_driver_sql("SELECT max(rowid) FROM events").scalar() or 0
        if n_events < min_rows:
            return
        has_stats = conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
        stat = (
            has_stats and conn.exec_driver_sql("SELECT stat FROM sqlite_stat1 WHERE tbl = 'events'").scalar()
        )
        recorded = int(stat.split()[0]) if stat else 0
        if recorded and 0.5 <= n_events / recorded <= 2:
            return
    _analyze_unless_busy(engine)


def _analyze_unless_busy(engine: Engine) -> bool:
    """ANALYZE in a write transaction of its own, waiting at most a few seconds for a running ingest to
    let go of the write lock; statistics only guide the planner, so when the database stays busy this is
    skipped (the next open tries again) instead of failing the open. (In the read transaction of the
    checks, the write would fail at once whenever an ingest has committed meanwhile.)"""
    with engine.connect().execution_options(sqlite_immediate=True) as conn:
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA busy_timeout=3000")
        try:
            with conn.begin():
                conn.exec_driver_sql("PRAGMA analysis_limit=1000")
                conn.exec_driver_sql("ANALYZE")
            return True
        except OperationalError:
            return False
        finally:
            raw.execute("PRAGMA busy_timeout=30000")


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class NoDatabase(LookupError):
    """A SQLite database opened for reading that does not exist (a mistyped --db would otherwise be
    created empty and read as "no events")."""


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL; None for other back ends and in-memory databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _prepare_file(url: str, create: bool) -> None:
    """Make the folder of a new SQLite database, or refuse to read one that does not exist."""
    path = sqlite_file(url)
    if path is None or path.exists():
        return
    if not create:
        raise NoDatabase(f"{path}: no such database (create it with `eventwire ingest FILES --db {path}`)")
    path.parent.mkdir(parents=True, exist_ok=True)


class Store:
    """The event database: SQLite by default, PostgreSQL for shared deployments."""

    def __init__(self, db: str | os.PathLike[str] | None = None, *, create: bool = True) -> None:
        """Open the database, bringing its schema up to date. A SQLite file is created with its folder
        when missing, unless ``create`` is false (reading): then ``NoDatabase`` is raised."""
        self.url = database_url(db)
        _prepare_file(self.url, create)
        self.engine: Engine = create_engine(self.url, future=True)
        if make_url(self.url).get_backend_name() == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
            event.listen(self.engine, "begin", _sqlite_begin)
        self.revision = upgrade_to_head(self.engine)
        self.profile_cache = ProfileCache()  # story profiles parsed once across transactions (SQLite)
        if self.dialect == "sqlite":
            refresh_sqlite_statistics(self.engine)

    @property
    def dialect(self) -> str:
        """ "sqlite" or "postgresql"."""
        return self.engine.dialect.name

    @contextmanager
    def transaction(self) -> Iterator[Writer]:
        """A unit of work: everything written inside commits together or not at all."""
        with self.engine.connect().execution_options(sqlite_immediate=True) as conn, conn.begin():
            yield Writer(conn, self.profile_cache)

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read connection whose queries all see one snapshot: commits made meanwhile by an ingest are
        invisible until the next `reading()` (SQLite: one WAL read transaction; PostgreSQL: REPEATABLE
        READ), so a count and the page it describes always agree."""
        with self.engine.connect() as conn:
            if self.dialect == "postgresql":
                conn.execution_options(isolation_level="REPEATABLE READ")
            yield conn

    def known_articles(self, article_ids: Iterable[str]) -> set[str]:
        ids = list(article_ids)
        with self.engine.connect() as conn:
            found: set[str] = set()
            for i in range(0, len(ids), 500):
                found.update(conn.scalars(prepared.KNOWN_ARTICLES, {"ids": ids[i : i + 500]}))
            return found

    def input_position(self, path: str) -> InputPosition | None:
        """How far an earlier ingest got in this input file (``progress.input_position``)."""
        with self.engine.connect() as conn:
            return progress.input_position(conn, path)

    def clear(self) -> None:
        """Delete everything (``ingest --fresh``)."""
        with self.engine.begin() as conn:
            for table in reversed(t.metadata.sorted_tables):
                if table is not t.schema_info:
                    conn.execute(delete(table))

    def dispose(self) -> None:
        self.engine.dispose()


class Writer(StoryEventWrites):
    """The writes of one transaction (a story's reports and merged events: ``store.story_events``)."""

    def __init__(self, conn: Connection, profile_cache: ProfileCache | None = None) -> None:
        self.conn = conn
        self.term_counts = TermCounts(conn)  # document frequencies read in this transaction
        self.reads = prepared.story_reads(conn.dialect.name)
        self.sqlite = conn.dialect.name == "sqlite"  # the story index's hot reads and writes on its driver
        self.profile_cache = profile_cache if profile_cache is not None else ProfileCache()

    def add_article(self, article: Article, story_id: str | None, copy_of: str | None = None) -> None:
        self.conn.execute(
            prepared.INSERT_ARTICLE,
            dict(
                article_id=article.article_id,
                source_path=article.source_path,
                url=article.url,
                outlet=article.outlet,
                title=article.title,
                published=article.published,
                published_source=article.published_source,
                language=article.language,
                dateline=article.dateline,
                text=article.text,
                offsets=[list(o) for o in article.offsets],
                story_id=story_id,
                copy_of=copy_of,
                ingested_at=now_iso(),
            ),
        )

    def add_reports(self, events: Iterable[Event]) -> None:
        rows = [report_row(ev) for ev in events]
        if rows:
            self.conn.execute(prepared.INSERT_REPORTS, rows)

    def add_quotes(self, quotes: Iterable[Quote]) -> None:
        quotes = list(quotes)
        rows = [
            {
                "article_id": q.article_id,
                "text": q.text,
                "span_start": q.span[0],
                "span_end": q.span[1],
                "speaker": entity_json(q.speaker) if q.speaker else None,
                "speaker_name": q.speaker.name if q.speaker else None,
                "speaker_kb_id": q.speaker.kb_id if q.speaker else None,
                "speaker_country": q.speaker.country if q.speaker else None,
                "date": q.date,
            }
            for q in quotes
        ]
        if rows:
            self.conn.execute(prepared.INSERT_QUOTES, rows)
            tallies.add_to_directory(self.conn, [q.speaker for q in quotes if q.speaker])

    def save_job(self, job: dict[str, Any]) -> None:
        """Record an ingest job of the write API as it is now (``store.jobs``)."""
        jobs.save_job(self.conn, job)

    def add_errors(self, errors: Iterable[IngestError]) -> None:
        rows = [{"source_path": e.source_path, "reason": e.reason, "at": now_iso()} for e in errors]
        if rows:
            self.conn.execute(insert(t.ingest_errors), rows)

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """Writes that are undone on their own if they fail, leaving the rest of the transaction."""
        try:
            with self.conn.begin_nested():
                yield
        except BaseException:
            self.term_counts.forget()  # it may have counted terms whose upsert was rolled back
            raise

    def known_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these articles are stored, as this transaction sees it (another writer may have
        committed them since the batch was analysed)."""
        ids = list(article_ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            found.update(self.conn.scalars(prepared.KNOWN_ARTICLES, {"ids": ids[i : i + 500]}))
        return found

    def save_positions(self, positions: Iterable[InputPosition]) -> None:
        """How far each input file has been read, committed with the batch (``progress.save_positions``)."""
        progress.save_positions(self.conn, positions)

    # --- stories -------------------------------------------------------------------------------

    def add_story_keys(self, article_id: str, keys: dict[str, str | None]) -> None:
        if not keys:
            return
        if self.sqlite:
            rows = [(key, article_id, day) for key, day in keys.items()]
            driver.run_many(self.conn, prepared.SQLITE_INSERT_STORY_KEYS, rows)
            return
        values = [{"key": k, "article_id": article_id, "date": d} for k, d in keys.items()]
        self.conn.execute(prepared.INSERT_STORY_KEYS, values)

    def candidates(
        self, keys: Iterable[str], per_key: int | None = None, latest: Mapping[str, str] | None = None
    ) -> list[StoryCandidate]:
        """Earlier articles sharing any of these keys, with their story and publication date, by key, date
        and order of storing. ``per_key``: at most that many per key, chosen latest dated first (a key in
        ``latest``: among those dated up to its date, and as many undated ones; ``store.key_reads``)."""
        from eventwire.stories import StoryCandidate

        if per_key is not None:
            rows = key_reads.bounded_candidate_rows(self.conn, keys, per_key, latest)
            return [StoryCandidate(*row) for row in rows]
        keys = list(keys)
        out: list[StoryCandidate] = []
        for i in range(0, len(keys), 500):
            rows = self.conn.execute(self.reads["candidates"], {"keys": keys[i : i + 500]}).all()
            out.extend(StoryCandidate(*row) for row in rows)
        return out

    def term_articles(
        self, keys: Iterable[str], published: str | None, window_days: int, per_key: int
    ) -> list[str]:
        """Ids of earlier articles sharing a term key (once per key shared), published within
        ``window_days`` of ``published`` (or undated): at most ``per_key`` per key, the most recent first,
        each a range read of the story keys' covering index."""
        window = _date_window(published, window_days)
        query = self.reads["term_articles_in_window" if window else "term_articles_any_date"]
        bounds = {"first": window[0], "last": window[1]} if window else {}
        if isinstance(query, str):
            return driver.first_column(
                self.conn, query, [{"key": key, "per_key": per_key, **bounds} for key in keys]
            )
        out: list[str] = []
        for key in keys:
            out.extend(self.conn.execute(query, {"key": key, "per_key": per_key, **bounds}).scalars())
        return out

    def add_story_profile(self, article_id: str, profile: Profile) -> None:
        """Store an article's profile and count its terms into the document frequencies."""
        blob = array("f", profile.embedding).tobytes() if profile.embedding else None
        row = {"article_id": article_id, "profile": profile.to_json(), "embedding": blob}
        self.conn.execute(prepared.INSERT_STORY_PROFILE, row)
        terms = sorted({"", *profile.vocabulary()})
        if self.sqlite:
            driver.run_many(self.conn, prepared.SQLITE_ADD_STORY_TERMS, [(term, 1) for term in terms])
        else:
            add_terms = tallies.insert_or_add(self.conn.dialect.name, t.story_terms, ("term",), "n_docs")
            self.conn.execute(add_terms, [{"term": term, "n_docs": 1} for term in terms])
        self.term_counts.added(terms)

    def term_weights(self, terms: Iterable[str]) -> TermWeights:
        """Document frequencies of these terms, and the number of profiled articles."""
        from eventwire.stories import TermWeights

        df = self.term_counts.frequencies({"", *terms})
        return TermWeights(n_docs=df.pop("", 0), df=df)

    def story_profiles(self, article_ids: Iterable[str]) -> list[ProfiledArticle]:
        """The stored profiles of these articles, with their story and the span of its publication dates.
        On SQLite the rows are read on the driver's cursor and each profile parsed once while it stays in
        the store's ``ProfileCache`` (shared between reads: read-only)."""
        from eventwire.stories import Profile, ProfiledArticle

        ids = sorted(set(article_ids))
        out: list[ProfiledArticle] = []
        query = self.reads["story_profiles"]
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            if isinstance(query, str):
                rows = driver.rows_in(self.conn, query, chunk)
                parse = self.profile_cache.profile
                out.extend(ProfiledArticle(aid, sid, parse(aid, data, blob)) for aid, sid, data, blob in rows)
                continue
            for aid, sid, data, blob in self.conn.execute(query, {"ids": chunk}).all():
                embedding = array("f", blob).tolist() if blob else None
                out.append(ProfiledArticle(aid, sid, Profile.from_json(data, embedding)))
        spans = self._story_spans({x.story_id for x in out})
        for x in out:
            x.story_span = spans.get(x.story_id)
        return out

    def story_core(self, story_id: str, size: int) -> list[str]:
        """A story's first ``size`` articles: the earliest published (undated ones last), ties by article
        id — never by the time of storing, so a resumed or re-run ingest finds the same core."""
        a = t.articles.c
        query = (
            select(a.article_id)
            .where(a.story_id == story_id)
            .order_by(a.published.is_(None), a.published, a.article_id)
            .limit(size)
        )
        return list(self.conn.scalars(query))

    def _story_spans(self, story_ids: set[str]) -> dict[str, tuple[str, str]]:
        """First and last publication date of each story's articles (stories with a dated article)."""
        ids = sorted(story_ids)
        found: dict[str, tuple[str, str]] = {}
        query = self.reads["story_spans"]
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            if isinstance(query, str):
                rows = driver.rows_in(self.conn, query, chunk)
            else:
                rows = self.conn.execute(query, {"ids": chunk}).all()
            found.update({sid: (first, last) for sid, first, last in rows})
        return found

    def upsert_story(self, story_id: str, title: str | None) -> None:
        exists = self.conn.execute(prepared.STORY_EXISTS, {"story_id": story_id}).first()
        if not exists:
            self.conn.execute(
                prepared.INSERT_STORY, {"story_id": story_id, "title": title, "date_precision": "unknown"}
            )

    def merge_stories(self, keep: str, absorbed: Iterable[str]) -> None:
        """Move every article of the absorbed stories into ``keep``."""
        for sid in absorbed:
            if sid == keep:
                continue
            retired.retire_story(self.conn, sid)
            self.conn.execute(update(t.articles).where(t.articles.c.story_id == sid).values(story_id=keep))
            self.delete_story_events(sid)
            self.conn.execute(delete(t.stories).where(t.stories.c.story_id == sid))


def _date_window(published: str | None, days: int) -> tuple[str, str] | None:
    try:
        day = date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
    return (day - timedelta(days=days)).isoformat(), (day + timedelta(days=days)).isoformat()
