"""The first schema: articles, stories and their keys, reports, merged events and their actors, quotes,
ingest errors. Databases made before migrations existed have exactly this schema and are stamped with it.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "schema_info",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.String(256), nullable=False),
    )
    op.create_table(
        "articles",
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("source_path", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(256)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("published_source", sa.String(32)),
        sa.Column("language", sa.String(8)),
        sa.Column("dateline", sa.String(256)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("offsets", sa.JSON),
        sa.Column("story_id", sa.String(32)),
        sa.Column("copy_of", sa.String(32)),
        sa.Column("ingested_at", sa.String(32), nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.create_table(
        "stories",
        sa.Column("story_id", sa.String(32), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
    )
    op.create_index("ix_stories_date", "stories", ["date"])
    op.create_table(
        "story_keys",
        sa.Column("key", sa.String(96), nullable=False),
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("date", sa.String(10)),
    )
    op.create_index("ix_story_keys_key", "story_keys", ["key"])
    op.create_index("ix_story_keys_article", "story_keys", ["article_id"])
    op.create_table(
        "events",
        sa.Column("event_id", sa.String(32), primary_key=True),
        sa.Column("story_id", sa.String(32)),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("context", sa.JSON),
        sa.Column("quad_class", sa.String(32)),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("date_expression", sa.Text),
        sa.Column("date_source", sa.String(16)),
        sa.Column("location", sa.JSON),
        sa.Column("location_name", sa.String(256)),
        sa.Column("location_country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("actor", sa.JSON, nullable=False),
        sa.Column("recipient", sa.JSON, nullable=False),
        sa.Column("attributed_to", sa.JSON),
        sa.Column("n_reports", sa.Integer, nullable=False),
        sa.Column("n_articles", sa.Integer, nullable=False),
        sa.Column("n_outlets", sa.Integer, nullable=False),
        sa.Column("first_published", sa.String(10)),
    )
    op.create_index("ix_events_story_id", "events", ["story_id"])
    op.create_index("ix_events_event_type", "events", ["event_type"])
    op.create_index("ix_events_date", "events", ["date"])
    op.create_table(
        "event_actors",
        sa.Column(
            "event_id", sa.String(32), sa.ForeignKey("events.event_id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("side", sa.String(10), nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kb_id", sa.String(64)),
        sa.Column("country", sa.String(8)),
        sa.Column("sectors", sa.String(64)),
        sa.Column("role", sa.Text),
        sa.Column("mention", sa.Text),
    )
    op.create_index("ix_event_actors_event", "event_actors", ["event_id"])
    op.create_index("ix_event_actors_kb", "event_actors", ["kb_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country"])
    op.create_table(
        "reports",
        sa.Column("report_id", sa.String(32), primary_key=True),
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("event_id", sa.String(32)),
        sa.Column("event_type", sa.String(16), nullable=False),
        sa.Column("mode", sa.String(32)),
        sa.Column("context", sa.JSON),
        sa.Column("quad_class", sa.String(32)),
        sa.Column("actor", sa.JSON, nullable=False),
        sa.Column("recipient", sa.JSON, nullable=False),
        sa.Column("attributed_to", sa.JSON),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8), nullable=False),
        sa.Column("date_expression", sa.Text),
        sa.Column("date_source", sa.String(16)),
        sa.Column("location", sa.JSON),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("trigger_start", sa.Integer),
        sa.Column("trigger_end", sa.Integer),
    )
    op.create_index("ix_reports_event_id", "reports", ["event_id"])
    op.create_index("ix_reports_article", "reports", ["article_id"])
    op.create_table(
        "quotes",
        sa.Column("quote_id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("span_start", sa.Integer, nullable=False),
        sa.Column("span_end", sa.Integer, nullable=False),
        sa.Column("speaker", sa.JSON),
        sa.Column("speaker_name", sa.Text),
        sa.Column("speaker_kb_id", sa.String(64)),
        sa.Column("speaker_country", sa.String(8)),
        sa.Column("date", sa.String(10)),
    )
    op.create_index("ix_quotes_article", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker", "quotes", ["speaker_kb_id"])
    op.create_table(
        "ingest_errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_path", sa.Text, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "ingest_errors",
        "quotes",
        "reports",
        "event_actors",
        "events",
        "story_keys",
        "stories",
        "articles",
        "schema_info",
    ):
        op.drop_table(table)
