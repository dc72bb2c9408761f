"""The FastAPI application: JSON API, web pages, static assets, security headers."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from eventwire import __version__
from eventwire.api import actors, articles, downloads, events, kb_files, stories, uploads
from eventwire.api.jobs import IngestJobs
from eventwire.api.limits import DEFAULT_MAX_BODY, BodySizeLimit
from eventwire.api.params import EmptyParamsAreAbsent
from eventwire.api.security import SecurityHeaders
from eventwire.store import Store, database_url
from eventwire.web import pages
from eventwire.web.assets import mount_assets

if TYPE_CHECKING:
    from eventwire.pipeline import Stages

DESCRIPTION = (
    "Deduplicated PLOVER political events with their evidence. Field names are those of "
    "`eventwire events --format jsonl`. Reading needs no token; writing (uploads, posted articles, "
    "ingest jobs, knowledge-base files) is off unless the operator configures one, and then needs "
    "`Authorization: Bearer <token>`."
)


def _one_line(exc: RequestValidationError) -> str:
    """The first validation problem as 'where: what'."""
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(p) for p in first.get("loc", ()) if p not in ("query", "path", "body"))
    return f"{where or 'request'}: {first.get('msg', 'invalid')}"


def create_app(
    db: str | os.PathLike[str] | Store | None = None,
    *,
    write_token: str | None = None,
    max_body_bytes: int = DEFAULT_MAX_BODY,
    stages: Stages | None = None,
) -> FastAPI:
    """The app over a database (path, URL or open Store; default $EVENTWIRE_DB or ./eventwire.db).

    ``write_token`` (or $EVENTWIRE_WRITE_TOKEN) switches the write endpoints on; ``max_body_bytes`` caps
    every request body (uploads); ``stages``: already loaded stages for ingest jobs (else loaded on the
    first job)."""
    owned = not isinstance(db, Store)
    store = Store(db) if owned else db
    jobs = IngestJobs(store, stages)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        jobs.close()
        if owned:
            store.dispose()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; the schema is at /openapi.json
        redoc_url=None,
    )
    app.state.store = store
    app.state.write_token = write_token or os.environ.get("EVENTWIRE_WRITE_TOKEN") or None
    app.state.jobs = jobs
    app.add_middleware(EmptyParamsAreAbsent)
    app.add_middleware(BodySizeLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    for module in (events, downloads, stories, actors, articles, uploads, kb_files):
        app.include_router(module.router)
    app.include_router(pages.router)
    mount_assets(app)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> Response:
        message = _one_line(exc)
        if pages.wants_html(request):
            return pages.error_page(request, 400, message)
        return JSONResponse({"detail": message, "errors": exc.errors()}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if pages.wants_html(request):
            return pages.error_page(request, exc.status_code, str(exc.detail))
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)

    return app


WORKER_PING_SECONDS = 120
# Idle keep-alive connections are closed after this long. Longer than clients keep theirs (httpx: 5 s, the
# same as uvicorn's default, so a client could send on a connection the server was closing that moment).
KEEP_ALIVE_SECONDS = 30


def app_from_env() -> FastAPI:
    """The app of one server process of `serve --workers N`: database and token from the environment."""
    return create_app(os.environ.get("EVENTWIRE_DB"))


def serve(
    db: str | os.PathLike[str] | None = None,
    host: str = "127.0.0.1",
    port: int = 8000,
    write_token: str | None = None,
    workers: int = 1,
) -> None:
    """Run the app with uvicorn until interrupted; ``workers`` > 1 runs that many server processes on one
    port (reads are answered in parallel; the database's schema is brought up to date once, first)."""
    import uvicorn

    if workers <= 1:
        app = create_app(db, write_token=write_token)
        uvicorn.run(app, host=host, port=port, log_level="info", timeout_keep_alive=KEEP_ALIVE_SECONDS)
        return
    url = database_url(db)
    Store(url).dispose()  # migrate here, not in N processes at once
    os.environ["EVENTWIRE_DB"] = url
    if write_token:
        os.environ["EVENTWIRE_WRITE_TOKEN"] = write_token  # the worker processes inherit it (not argv)
    app = "eventwire.web.app:app_from_env"
    uvicorn.run(
        app,
        factory=True,
        workers=workers,
        host=host,
        port=port,
        log_level="info",
        # the supervisor kills a process that does not answer its ping in time: on a busy machine (an
        # ingest sharing the cores) 5 s is not enough, and the killed process drops its open connections
        timeout_worker_healthcheck=WORKER_PING_SECONDS,
        timeout_keep_alive=KEEP_ALIVE_SECONDS,
    )
