"""Same-story grouping across outlets with little word overlap: stored article profiles and term counts.

- ``story_profiles``: each article's story profile (JSON) and optional sentence embedding (float32 bytes);
- ``story_terms``: document frequency of each profile term (the empty term counts the profiled articles);
- ``story_keys`` gets an index on (key, date), so term keys are looked up within a window of dates.

Articles stored before this revision have no profile: they are still found through their text, LSH and
event keys, and new articles are compared with the profiled ones only.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_profiles",
        sa.Column(
            "article_id",
            sa.String(32),
            sa.ForeignKey("articles.article_id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("profile", sa.JSON, nullable=False),
        sa.Column("embedding", sa.LargeBinary),
    )
    op.create_table(
        "story_terms",
        sa.Column("term", sa.String(96), primary_key=True),
        sa.Column("n_docs", sa.Integer, nullable=False),
    )
    op.drop_index("ix_story_keys_key", "story_keys")
    op.create_index("ix_story_keys_key_date", "story_keys", ["key", "date"])


def downgrade() -> None:
    op.drop_index("ix_story_keys_key_date", "story_keys")
    op.create_index("ix_story_keys_key", "story_keys", ["key"])
    op.drop_table("story_terms")
    op.drop_table("story_profiles")
