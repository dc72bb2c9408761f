"""Stable links: ``retired_ids`` maps an event or story id that a later merge replaced to one of its
reports or articles, through which the API finds (and redirects to) the event or story that holds it now.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retired_ids",
        sa.Column("old_id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("via", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("retired_ids")
