"""The web stage: the application `eventwire serve` runs (JSON API, pages, assets), the pages it renders
and the static HTML report.

Public interface:
    create_app(db=None, *, write_token=None, max_body_bytes=64 MiB, stages=None) -> FastAPI
        The JSON API under /api (``eventwire.api``; OpenAPI schema at /openapi.json, docs at /docs) and
        the web pages. ``db``: a path, a URL or an open `Store`. Bodies over ``max_body_bytes`` get 413.
    serve(db, host="127.0.0.1", port=8000, write_token=None) -> None
        Run the app with uvicorn (what `eventwire serve` calls).
    report.write_report(conn, path) / report.render_report(conn)   the self-contained report
    pages.router                    the server-rendered pages
    templating.templates            the Jinja2 environment (autoescaping) report and pages share
"""

from eventwire.web.app import create_app, serve

__all__ = ["create_app", "serve"]
