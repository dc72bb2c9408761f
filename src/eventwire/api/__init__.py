"""The HTTP API of `eventwire serve` (FastAPI routers under /api); `eventwire.web.create_app` mounts it
with the web pages.

Public interface:
    actors, articles, downloads, events, kb_files, stories, uploads: the routers (``.router``)
    evidence.segments(event, report, sides)   a report's sentence cut into actor/trigger/recipient marks
    jobs.IngestJobs                            ingest jobs run one at a time in a background thread
    Reading needs no token; endpoints that write answer 403 unless a write token (or
    $EVENTWIRE_WRITE_TOKEN) is set, and 401 without it. Write endpoints (docs/reliability.md): POST
    /api/uploads (files), POST /api/articles (JSON), GET /api/jobs[/{id}] (ingest jobs), POST/GET
    /api/kb/files and DELETE /api/kb/files/{name} (the user's KB files).
"""
