"""Ingest jobs of the write API in the database, so every server process (`serve --workers N`) answers
for every job.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ingest_jobs",
        sa.Column("job_id", sa.String(32), primary_key=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("inputs", sa.JSON, nullable=False),
        sa.Column("created", sa.String(32), nullable=False),
        sa.Column("started", sa.String(32)),
        sa.Column("finished", sa.String(32)),
        sa.Column("summary", sa.JSON),
        sa.Column("error", sa.Text),
    )
    op.create_index("ix_ingest_jobs_created", "ingest_jobs", ["created", "job_id"])


def downgrade() -> None:
    op.drop_index("ix_ingest_jobs_created", table_name="ingest_jobs")
    op.drop_table("ingest_jobs")
