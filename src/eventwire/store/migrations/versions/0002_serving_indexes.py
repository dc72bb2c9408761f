"""Serving at size: an actor directory, search terms, and indexes for the API's filters, sorts and counts.

- ``event_actors.actor_key``: the actor's identity (KB id, or its name when it has none), indexed with side
  and event id, so an actor filter is an index range instead of a scan of every actor row;
- ``actors``: one row per actor key (name, KB id, country, sectors as first stored) with its number of
  events in all, as actor and as recipient; ``dyads``: events per actor -> recipient pair (the network's
  edges). The Writer keeps both up to date (store/tallies.py), so pages need not group every row;
- ``actor_terms``: each actor key's distinct lower-cased names, mentions (kind "name") and KB id (kind
  "id"), so a search by part of a name scans a few thousand terms, not every actor row; speakers of
  quotes are in both tables too;
- composite and covering indexes for the event table's sort orders, counts, the map and the network.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("event_actors", sa.Column("actor_key", sa.Text))
    op.execute("UPDATE event_actors SET actor_key = COALESCE(kb_id, name)")
    for name in ("ix_event_actors_event", "ix_event_actors_kb", "ix_event_actors_country"):
        op.drop_index(name, "event_actors")
    op.create_index("ix_event_actors_event", "event_actors", ["event_id", "side", "actor_key"])
    op.create_index("ix_event_actors_key", "event_actors", ["actor_key", "side", "event_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country", "side", "event_id"])
    op.create_table(
        "actors",
        sa.Column("actor_key", sa.Text, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kb_id", sa.String(64)),
        sa.Column("country", sa.String(8)),
        sa.Column("sectors", sa.String(64)),
        sa.Column("n_events", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_as_actor", sa.Integer, nullable=False, server_default="0"),
        sa.Column("n_as_recipient", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_index("ix_actors_n_events", "actors", ["n_events", "actor_key"])
    op.create_index("ix_actors_country", "actors", ["country"])
    op.create_table(
        "dyads",
        sa.Column("source_key", sa.Text, primary_key=True),
        sa.Column("target_key", sa.Text, primary_key=True),
        sa.Column("n_events", sa.Integer, nullable=False),
    )
    op.create_index("ix_dyads_n_events", "dyads", ["n_events"])
    op.create_table(
        "actor_terms",
        sa.Column("term", sa.Text, primary_key=True),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("actor_key", sa.Text, primary_key=True),
    )
    _fill_actors()
    _fill_tallies()
    op.drop_index("ix_events_date", "events")
    op.create_index("ix_events_date", "events", ["date", "event_id"])
    op.create_index("ix_events_type_date", "events", ["event_type", "date"])
    op.create_index("ix_events_n_reports", "events", ["n_reports", "event_id"])
    op.create_index("ix_events_confidence", "events", ["confidence", "event_id"])
    op.create_index("ix_events_first_published", "events", ["first_published", "event_id"])
    op.create_index(
        "ix_events_facets", "events", ["event_id", "date", "date_precision", "event_type", "quad_class"]
    )
    op.create_index(
        "ix_events_places", "events", ["location_country", "location_name", "lat", "lon", "quad_class"]
    )
    op.create_index("ix_events_location_name", "events", ["location_name"])
    op.create_index("ix_quotes_date", "quotes", ["date", "quote_id"])
    op.create_index("ix_quotes_speaker_name", "quotes", ["speaker_name"])
    op.create_index("ix_quotes_speaker_country", "quotes", ["speaker_country"])
    op.drop_index("ix_stories_date", "stories")
    op.create_index("ix_stories_date_id", "stories", ["date", "story_id"])
    op.drop_index("ix_articles_published", "articles")
    op.create_index("ix_articles_published_id", "articles", ["published", "article_id"])
    if op.get_bind().dialect.name == "postgresql":
        for name, table, column, key in NEWEST_FIRST:
            op.create_index(name, table, [sa.text(f"{column} DESC NULLS LAST"), sa.text(f"{key} DESC")])


# PostgreSQL sorts NULLs last going up, first going down: "newest first, undated last" needs its own index
NEWEST_FIRST = (
    ("ix_events_date_desc", "events", "date", "event_id"),
    ("ix_events_first_published_desc", "events", "first_published", "event_id"),
    ("ix_stories_date_desc", "stories", "date", "story_id"),
    ("ix_articles_published_desc", "articles", "published", "article_id"),
    ("ix_quotes_date_desc", "quotes", "date", "quote_id"),
)


def _fill_actors() -> None:
    """The directory and search terms of the actors and speakers already stored (lower-cased in Python:
    SQL lower() is ASCII-only in SQLite), as `store.codec.actor_terms` makes them (frozen here, so this
    revision stays what it was when the code moves on)."""
    bind = op.get_bind()
    found = bind.execute(
        sa.text(
            "SELECT actor_key, name, mention, kb_id, country, sectors FROM event_actors "
            "UNION SELECT COALESCE(speaker_kb_id, speaker_name), speaker_name, NULL, speaker_kb_id, "
            "speaker_country, NULL FROM quotes WHERE speaker_name IS NOT NULL"
        )
    ).all()
    actors: dict[str, dict] = {}
    terms: set[tuple[str, str, str]] = set()
    for key, name, mention, kb_id, country, sectors in found:
        actors.setdefault(
            key, {"actor_key": key, "name": name, "kb_id": kb_id, "country": country, "sectors": sectors}
        )
        terms |= {(x.lower(), "name", key) for x in (name, mention) if x}
        if kb_id:
            terms.add((kb_id.lower(), "id", key))
    _bulk_insert("actors", ["actor_key", "name", "kb_id", "country", "sectors"], list(actors.values()))
    rows = [{"term": term, "kind": kind, "actor_key": key} for term, kind, key in sorted(terms)]
    _bulk_insert("actor_terms", ["term", "kind", "actor_key"], rows)


def _fill_tallies() -> None:
    """Count the events of every actor and dyad already stored."""
    counts = {
        "n_events": "",
        "n_as_actor": " AND e.side = 'actor'",
        "n_as_recipient": " AND e.side = 'recipient'",
    }
    assignments = ", ".join(
        f"{field} = (SELECT count(DISTINCT e.event_id) FROM event_actors e "
        f"WHERE e.actor_key = actors.actor_key{side})"
        for field, side in counts.items()
    )
    op.execute(f"UPDATE actors SET {assignments}")
    op.execute(
        "INSERT INTO dyads (source_key, target_key, n_events) "
        "SELECT x.actor_key, y.actor_key, count(DISTINCT x.event_id) FROM event_actors x "
        "JOIN event_actors y ON y.event_id = x.event_id AND y.side = 'recipient' "
        "WHERE x.side = 'actor' AND x.actor_key <> y.actor_key GROUP BY x.actor_key, y.actor_key"
    )


def _bulk_insert(name: str, columns: list[str], rows: list[dict]) -> None:
    table = sa.table(name, *(sa.column(c) for c in columns))
    for i in range(0, len(rows), 5000):
        op.bulk_insert(table, rows[i : i + 5000])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _column, _key in NEWEST_FIRST:
            op.drop_index(name, table)
    op.drop_index("ix_articles_published_id", "articles")
    op.create_index("ix_articles_published", "articles", ["published"])
    op.drop_index("ix_stories_date_id", "stories")
    op.create_index("ix_stories_date", "stories", ["date"])
    for name in ("ix_quotes_speaker_country", "ix_quotes_speaker_name", "ix_quotes_date"):
        op.drop_index(name, "quotes")
    for name in (
        "ix_events_location_name",
        "ix_events_places",
        "ix_events_facets",
        "ix_events_first_published",
        "ix_events_confidence",
        "ix_events_n_reports",
        "ix_events_type_date",
        "ix_events_date",
    ):
        op.drop_index(name, "events")
    op.create_index("ix_events_date", "events", ["date"])
    op.drop_table("actor_terms")
    op.drop_table("dyads")
    op.drop_table("actors")
    for name in ("ix_event_actors_country", "ix_event_actors_key", "ix_event_actors_event"):
        op.drop_index(name, "event_actors")
    op.create_index("ix_event_actors_event", "event_actors", ["event_id"])
    op.create_index("ix_event_actors_kb", "event_actors", ["kb_id"])
    op.create_index("ix_event_actors_country", "event_actors", ["country"])
    with op.batch_alter_table("event_actors") as batch:
        batch.drop_column("actor_key")
