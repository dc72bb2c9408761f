"""The database schema (SQLAlchemy Core), the same on SQLite and PostgreSQL.

Reports are what one article says about one event; events are reports merged across a story.
Lists of entities are stored as JSON for display, and flattened into ``event_actors`` for filtering.
The database gets this schema through the Alembic migrations in ``migrations/versions`` (applied on open);
a change here needs a new migration (``tests/store/test_migrations.py`` checks that they agree).
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Key/value facts about the database (the schema revision itself is Alembic's ``alembic_version``).
schema_info = Table(
    "schema_info",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", String(256), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("article_id", String(32), primary_key=True),
    Column("source_path", Text, nullable=False),
    Column("url", Text),
    Column("outlet", String(256)),
    Column("title", Text),
    Column("published", String(10)),
    Column("published_source", String(32)),
    Column("language", String(8)),
    Column("dateline", String(256)),
    Column("text", Text, nullable=False),
    Column("offsets", JSON),
    Column("story_id", String(32)),
    Column("copy_of", String(32)),  # the earlier article this one republishes (exact or near-duplicate)
    Column("ingested_at", String(32), nullable=False),
    Index("ix_articles_published_id", "published", "article_id"),
    # narrow copies of what the ingest's story reads need (story_id is stored after the text): an article's
    # story and date; a story's articles, dates and copies (migration 0007)
    Index("ix_articles_id_story", "article_id", "story_id", "published"),
    Index("ix_articles_story_published", "story_id", "published", "article_id", "copy_of"),
)

stories = Table(
    "stories",
    metadata,
    Column("story_id", String(32), primary_key=True),
    Column("title", Text),
    Column("date", String(10)),
    Column("date_precision", String(8), nullable=False, default="unknown"),
    Column("n_articles", Integer, nullable=False, default=0),
    Index("ix_stories_date_id", "date", "story_id"),
)

# Keys that let a new article find the stories it may belong to (LSH bands, event signatures, text hash).
story_keys = Table(
    "story_keys",
    metadata,
    Column("key", String(96), nullable=False),
    Column("article_id", String(32), ForeignKey("articles.article_id", ondelete="CASCADE"), nullable=False),
    Column("date", String(10)),  # the keyed event's date; for term keys, the article's publication date
    Index("ix_story_keys_key_date_article", "key", "date", "article_id"),  # covering: no table lookup
    Index("ix_story_keys_article", "article_id"),
)

# Each article's story profile (content words, names, events, date; stories/profile.py) and, with the
# embeddings extra, its sentence embedding (float32 bytes): what a new report is compared with.
story_profiles = Table(
    "story_profiles",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.article_id", ondelete="CASCADE"), primary_key=True),
    Column("profile", JSON, nullable=False),
    Column("embedding", LargeBinary),
)

# Document frequencies of profile terms (words, and names with an "@" prefix) over the stored articles;
# the row with the empty term counts the profiled articles. The story similarity's IDF comes from here.
story_terms = Table(
    "story_terms",
    metadata,
    Column("term", String(96), primary_key=True),
    Column("n_docs", Integer, nullable=False),
    sqlite_with_rowid=False,  # SQLite: one B-tree keyed by the term (migration 0007)
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(32), primary_key=True),
    Column("story_id", String(32), index=True),
    Column("event_type", String(16), nullable=False, index=True),
    Column("mode", String(32)),
    Column("context", JSON),
    Column("quad_class", String(32)),
    Column("date", String(10)),
    Column("date_precision", String(8), nullable=False),
    Column("date_end", String(10)),  # the end of a range told (migration 0010)
    Column("date_expression", Text),
    Column("date_source", String(16)),
    Column("location", JSON),
    Column("location_name", String(256)),
    Column("location_country", String(8)),
    Column("location_feature", String(16)),  # the location's precision: venue, city, admin, region, country
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float, nullable=False),
    Column("actor", JSON, nullable=False),
    Column("recipient", JSON, nullable=False),
    Column("attributed_to", JSON),
    Column("n_reports", Integer, nullable=False),
    Column("n_articles", Integer, nullable=False),
    Column("n_outlets", Integer, nullable=False),
    Column("first_published", String(10)),
    # the event table's sort orders (event_id last: a stable order that pages cleanly)
    Index("ix_events_date", "date", "event_id"),
    Index("ix_events_type_date", "event_type", "date"),
    Index("ix_events_n_reports", "n_reports", "event_id"),
    Index("ix_events_confidence", "confidence", "event_id"),
    Index("ix_events_first_published", "first_published", "event_id"),
    # narrow copies of the columns counts and charts read, so they need not touch the wide rows
    Index("ix_events_facets", "event_id", "date", "date_precision", "event_type", "quad_class"),
    Index(
        "ix_events_places",
        "location_country",
        "location_name",
        "lat",
        "lon",
        "location_feature",
        "quad_class",
    ),
    Index("ix_events_location_name", "location_name"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", String(32), ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False),
    Column("side", String(10), nullable=False),  # actor | recipient
    Column("position", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("kb_id", String(64)),
    Column("country", String(8)),
    Column("sectors", String(64)),
    Column("role", Text),
    Column("mention", Text),
    Column("actor_key", Text),  # the actor's identity: its KB id, or its name when it has none
    Index("ix_event_actors_event", "event_id", "side", "actor_key"),
    Index("ix_event_actors_key", "actor_key", "side", "event_id"),
    Index("ix_event_actors_country", "country", "side", "event_id"),
)

# One row per actor key, as first stored, with its events in all, as actor and as recipient (tallies.py).
actors = Table(
    "actors",
    metadata,
    Column("actor_key", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("kb_id", String(64)),
    Column("country", String(8)),
    Column("sectors", String(64)),
    Column("n_events", Integer, nullable=False, server_default="0"),
    Column("n_as_actor", Integer, nullable=False, server_default="0"),
    Column("n_as_recipient", Integer, nullable=False, server_default="0"),
    Index("ix_actors_n_events", "n_events", "actor_key"),
    Index("ix_actors_country", "country"),
)

# Events per actor -> recipient pair: the edges of the actor network (tallies.py).
dyads = Table(
    "dyads",
    metadata,
    Column("source_key", Text, primary_key=True),
    Column("target_key", Text, primary_key=True),
    Column("n_events", Integer, nullable=False),
    Index("ix_dyads_n_events", "n_events"),
)

# What an actor search matches: each actor key's lower-cased names and mentions ("name") and KB id ("id").
actor_terms = Table(
    "actor_terms",
    metadata,
    Column("term", Text, primary_key=True),
    Column("kind", String(8), primary_key=True),
    Column("actor_key", Text, primary_key=True),
)

# One row per event found in one article: the evidence behind merged events.
reports = Table(
    "reports",
    metadata,
    Column("report_id", String(32), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.article_id", ondelete="CASCADE"), nullable=False),
    Column("event_id", String(32), index=True),
    Column("event_type", String(16), nullable=False),
    Column("mode", String(32)),
    Column("context", JSON),
    Column("quad_class", String(32)),
    Column("actor", JSON, nullable=False),
    Column("recipient", JSON, nullable=False),
    Column("attributed_to", JSON),
    Column("date", String(10)),
    Column("date_precision", String(8), nullable=False),
    Column("date_end", String(10)),  # the end of a range told (migration 0010)
    Column("date_expression", Text),
    Column("date_source", String(16)),
    Column("location", JSON),
    Column("confidence", Float, nullable=False),
    Column("sentence", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("trigger_start", Integer),
    Column("trigger_end", Integer),
    Column("reason", Text),
    Index("ix_reports_article", "article_id"),
)

quotes = Table(
    "quotes",
    metadata,
    Column("quote_id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.article_id", ondelete="CASCADE"), nullable=False),
    Column("text", Text, nullable=False),
    Column("span_start", Integer, nullable=False),
    Column("span_end", Integer, nullable=False),
    Column("speaker", JSON),
    Column("speaker_name", Text),
    Column("speaker_kb_id", String(64)),
    Column("speaker_country", String(8)),
    Column("date", String(10)),
    Index("ix_quotes_article", "article_id"),
    Index("ix_quotes_date", "date", "quote_id"),
    Index("ix_quotes_speaker_name", "speaker_name"),
    Index("ix_quotes_speaker_country", "speaker_country"),
    Index("ix_quotes_speaker", "speaker_kb_id"),
)

ingest_errors = Table(
    "ingest_errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_path", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", String(32), nullable=False),
)

# How far `eventwire ingest` got in each input file, saved in the transaction of each batch: a stopped
# ingest goes on from here (InputPosition in records.py; ingest/inputs.py).
ingest_progress = Table(
    "ingest_progress",
    metadata,
    Column("path", Text, primary_key=True),
    Column("signature", String(96), nullable=False),
    Column("items", BigInteger, nullable=False),
    Column("articles", BigInteger, nullable=False),
    Column("cursor", Text),  # the text stream's tell() cookie (may exceed 64 bits)
    Column("lines", BigInteger, nullable=False),
    Column("done", Boolean, nullable=False),
    Column("digest", String(64)),
    Column("updated_at", String(32), nullable=False),
)


POSTGRESQL_ONLY_INDEXES = {
    "ix_events_date_desc",
    "ix_events_first_published_desc",
    "ix_stories_date_desc",
    "ix_articles_published_desc",
    "ix_quotes_date_desc",
}


def in_dialect(dialect: str, name: str | None, type_: str) -> bool:
    """Whether a schema object exists on this dialect (for Alembic's comparisons: ``include_object``)."""
    return not (type_ == "index" and name in POSTGRESQL_ONLY_INDEXES and dialect != "postgresql")


def _newest_first_indexes() -> None:
    """Newest first, undated last: SQLite reads the ascending (date, id) indexes backwards for this (its
    NULLs sort first); PostgreSQL sorts NULLs the other way round and needs indexes of its own."""
    for name, table, column, key in (  # the names of POSTGRESQL_ONLY_INDEXES
        ("ix_events_date_desc", events, "date", "event_id"),
        ("ix_events_first_published_desc", events, "first_published", "event_id"),
        ("ix_stories_date_desc", stories, "date", "story_id"),
        ("ix_articles_published_desc", articles, "published", "article_id"),
        ("ix_quotes_date_desc", quotes, "date", "quote_id"),
    ):
        Index(name, table.c[column].desc().nulls_last(), table.c[key].desc()).ddl_if(dialect="postgresql")


_newest_first_indexes()

# Ids that a later merge replaced: an event id retired when its story was merged again (a report joined,
# two stories became one) points at one of its reports, whose event is the successor; a story id absorbed
# into another points at one of its articles. Links to old ids keep working (the API redirects).
retired_ids = Table(
    "retired_ids",
    metadata,
    Column("old_id", String(32), primary_key=True),
    Column("kind", String(8), nullable=False),  # "event" | "story"
    Column("via", String(32), nullable=False),  # a report_id (event) or an article_id (story)
)

# Ingest jobs of the write API, shared by every server process (`eventwire serve --workers N`): any
# process answers for a job another one runs.
ingest_jobs = Table(
    "ingest_jobs",
    metadata,
    Column("job_id", String(32), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("inputs", JSON, nullable=False),
    Column("created", String(32), nullable=False),
    Column("started", String(32)),
    Column("finished", String(32)),
    Column("summary", JSON),
    Column("error", Text),
    Index("ix_ingest_jobs_created", "created", "job_id"),
)
