"""Ingest jobs of the write API (``ingest_jobs``): saved as they change, read by any server process."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, delete, insert, select

from eventwire.store import schema as t

FIELDS = ("job_id", "kind", "status", "inputs", "created", "started", "finished", "summary", "error")


def save_job(conn: Connection, job: dict[str, Any]) -> None:
    """Insert or replace one job's row (inside the caller's transaction)."""
    conn.execute(delete(t.ingest_jobs).where(t.ingest_jobs.c.job_id == job["job_id"]))
    conn.execute(insert(t.ingest_jobs).values(**{f: job.get(f) for f in FIELDS}))


def get_job(conn: Connection, job_id: str) -> dict[str, Any] | None:
    row = conn.execute(select(t.ingest_jobs).where(t.ingest_jobs.c.job_id == job_id)).mappings().first()
    return dict(row) if row else None


def recent_jobs(conn: Connection, limit: int) -> list[dict[str, Any]]:
    """The newest ``limit`` jobs, newest first."""
    c = t.ingest_jobs.c
    rows = conn.execute(select(t.ingest_jobs).order_by(c.created.desc(), c.job_id.desc()).limit(limit))
    return [dict(r) for r in rows.mappings()]
