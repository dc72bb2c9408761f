"""An event's location precision as a column (``events.location_feature``: venue, city, admin, region,
country), filled from the location JSON, and in the places index: the map draws events located only to
a country as shaded countries, not as points at the country's centroid.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

BEFORE = ["location_country", "location_name", "lat", "lon", "quad_class"]
AFTER = ["location_country", "location_name", "lat", "lon", "location_feature", "quad_class"]


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("location_feature", sa.String(16)))
    feature = (
        "json_extract(location, '$.feature')"
        if op.get_bind().dialect.name == "sqlite"
        else "location ->> 'feature'"
    )
    op.execute(f"UPDATE events SET location_feature = {feature} WHERE location IS NOT NULL")
    op.drop_index("ix_events_places", "events")
    op.create_index("ix_events_places", "events", AFTER)


def downgrade() -> None:
    op.drop_index("ix_events_places", "events")
    op.create_index("ix_events_places", "events", BEFORE)
    with op.batch_alter_table("events") as batch:
        batch.drop_column("location_feature")
