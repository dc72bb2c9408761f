"""The HTTP API and web pages of `eventwire serve` (FastAPI).

Public interface:
    create_app(db=None, *, write_token=None, max_body_bytes=64 MiB, stages=None) -> FastAPI
        The JSON API under /api (OpenAPI schema at /openapi.json, docs at /docs) and the web pages
        (`eventwire.web.pages`). ``db``: a path, a URL or an open `Store`. Reading needs no token;
        endpoints that write answer 403 unless ``write_token`` (or $EVENTWIRE_WRITE_TOKEN) is set, and
        401 without it. Bodies over ``max_body_bytes`` get 413.
        Write endpoints (docs/reliability.md): POST /api/uploads (files), POST /api/articles (JSON),
        GET /api/jobs[/{id}] (ingest jobs, run one at a time in a background thread), POST/GET
        /api/kb/files and DELETE /api/kb/files/{name} (the user's KB files).
    serve(db, host="127.0.0.1", port=8000, write_token=None) -> None
        Run the app with uvicorn (what `eventwire serve` calls).
"""

from eventwire.api.app import create_app, serve

__all__ = ["create_app", "serve"]
