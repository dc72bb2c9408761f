"""Write endpoints that ingest: uploaded files and posted articles become ingest jobs; /api/jobs tells how
they went. Every route needs the operator's write token (403 while none is configured).

Uploads never choose a server path: each upload is saved under a name the server makes (a number and an
allowed extension) in a fresh temporary folder that is removed when its job ends; the client's file name
is kept only to name the articles' source (``upload/<job>/<name>#L3``), as text.
"""

from __future__ import annotations

import asyncio
import re
import shutil
import tempfile
from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi import Path as PathParam
from fastapi.responses import JSONResponse
from starlette.datastructures import UploadFile

from eventwire.api.deps import require_write_token
from eventwire.api.jobs import Job, JobQueueFull
from eventwire.api.write_models import ArticleIn, ArticlesIn, JobList, JobOut
from eventwire.records import Article, IngestError

router = APIRouter(prefix="/api", tags=["write"], dependencies=[Depends(require_write_token)])

MAX_FILES = 50
CHUNK = 1 << 20
WAIT_SECONDS = 600.0
JOB_ID_PATTERN = r"^[0-9a-f]{16}$"
# extensions kept from the client's name (they break ties in format detection); anything else is dropped
UPLOAD_SUFFIXES = frozenset(
    {"txt", "text", "md", "html", "htm", "xhtml", "json", "jsonl", "ndjson", "csv", "tsv", "warc", "xml"}
    | {"rss", "atom", "gz"}
)
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"description": "No valid write token"},
    403: {"description": "Writing is off: the operator configured no write token"},
    413: {"description": "Request body over the size limit"},
    503: {"description": "Too many ingest jobs waiting"},
}


def client_name(filename: str | None, index: int) -> str:
    """The last part of the client's file name, printable characters only (display only, never a path)."""
    base = re.split(r"[\\/]", filename or "")[-1]
    base = "".join(ch for ch in base if ch.isprintable()).strip()[:120]
    return base if base.strip(".") else f"file-{index + 1}"


def kept_suffix(name: str) -> str:
    """The allowed extensions at the end of ``name`` (``.jsonl.gz``), or nothing."""
    kept: list[str] = []
    for part in reversed(name.lower().split(".")[1:][-2:]):
        if part not in UPLOAD_SUFFIXES:
            break
        kept.insert(0, part)
    return "".join(f".{p}" for p in kept)


async def _save(upload: UploadFile, folder: Path, index: int) -> tuple[Path, str]:
    """Copy one uploaded file into ``folder`` under a server-made name; returns (path, client name)."""
    name = client_name(upload.filename, index)
    target = folder / f"{index:03d}{kept_suffix(name)}"
    with target.open("wb") as out:
        while chunk := await upload.read(CHUNK):
            out.write(chunk)
    return target, name


def _upload_items(job_id: str, files: list[tuple[Path, str]]) -> Iterator[Article | IngestError]:
    """Read the saved files, naming their articles and errors after the client's names."""
    from eventwire.ingest import read_inputs

    names = {str(path): f"upload/{job_id}/{name}" for path, name in files}
    for item in read_inputs([path for path, _ in files]):
        yield _renamed(item, names)


def _renamed(item: Article | IngestError, names: dict[str, str]) -> Article | IngestError:
    for server, shown in names.items():
        if item.source_path == server or item.source_path.startswith(server + "#"):
            item.source_path = shown + item.source_path[len(server) :]
        if isinstance(item, IngestError) and server in item.reason:
            item.reason = item.reason.replace(server, shown)
    return item


def _posted_items(job_id: str, articles: list[ArticleIn]) -> Iterator[Article | IngestError]:
    from eventwire.ingest import read_record

    for number, article in enumerate(articles, start=1):
        yield read_record(article.model_dump(exclude_none=True), f"api/{job_id}/{number}")


async def _queued(request: Request, job: Job, wait: bool) -> JSONResponse:
    """Submit ``job``; answer 202 with it (or, with ``wait``, 200 once it is done)."""
    try:
        request.app.state.jobs.submit(job)
    except JobQueueFull as full:
        raise HTTPException(503, str(full), headers={"Retry-After": "30"}) from None
    if wait:
        await asyncio.to_thread(job.done.wait, WAIT_SECONDS)
    status = 200 if job.done.is_set() else 202
    return JSONResponse(job.to_dict(), status_code=status, headers={"Location": f"/api/jobs/{job.job_id}"})


@router.post("/uploads", status_code=202, response_model=JobOut, responses=WRITE_RESPONSES)
async def upload_files(request: Request, wait: bool = False) -> JSONResponse:
    """Ingest uploaded files: multipart/form-data, one or more parts named ``files``, in any format
    ``eventwire ingest`` reads (text, HTML, JSON, JSONL, CSV/TSV, WARC, RSS/Atom, gzip). Answers 202 with
    the job (``wait=true``: 200 once it is done); ``GET /api/jobs/{job_id}`` tells how it went."""
    try:
        form = await request.form(max_files=MAX_FILES, max_fields=MAX_FILES)
    except HTTPException:
        raise
    except Exception as error:
        raise HTTPException(400, f"not a multipart upload: {' '.join(str(error).split())[:200]}") from None
    try:
        uploads = [v for k, v in form.multi_items() if k == "files" and isinstance(v, UploadFile)]
        if not uploads:
            raise HTTPException(400, "no files: send them as multipart/form-data parts named 'files'")
        folder = Path(tempfile.mkdtemp(prefix="eventwire-upload-"))
        try:
            files = [await _save(upload, folder, i) for i, upload in enumerate(uploads)]
        except Exception:
            shutil.rmtree(folder, ignore_errors=True)
            raise
    finally:
        await form.close()
    job = Job("upload", [name for _, name in files], items=list, cleanup=partial(shutil.rmtree, folder, True))
    job.items = partial(_upload_items, job.job_id, files)
    return await _queued(request, job, wait)


@router.post("/articles", status_code=202, response_model=JobOut, responses=WRITE_RESPONSES)
async def post_articles(request: Request, body: ArticlesIn | ArticleIn, wait: bool = False) -> JSONResponse:
    """Ingest articles given as JSON: one ``{"text": …, "title": …, "url": …, "outlet": …, "published":
    …}`` or ``{"articles": [ … ]}`` (up to 1,000). Answers like ``/api/uploads``."""
    articles = body.articles if isinstance(body, ArticlesIn) else [body]
    job = Job(
        "articles", [a.title or a.url or a.id or f"article {i}" for i, a in enumerate(articles, 1)], list
    )
    job.items = partial(_posted_items, job.job_id, articles)
    return await _queued(request, job, wait)


@router.get("/jobs", response_model=JobList)
def list_jobs(request: Request) -> dict[str, Any]:
    """Recent ingest jobs of this server (every process of it), newest first."""
    return {"jobs": request.app.state.jobs.listing()}


@router.get("/jobs/{job_id}", response_model=JobOut, responses={404: {"description": "No such job"}})
def get_job(request: Request, job_id: Annotated[str, PathParam(pattern=JOB_ID_PATTERN)]) -> dict[str, Any]:
    """One ingest job: queued, running, done (with what it stored and refused) or failed (and why)."""
    local = request.app.state.jobs.get(job_id)
    job = local.to_dict() if local is not None else request.app.state.jobs.status(job_id)
    if job is None:
        raise HTTPException(404, f"no job {job_id}")
    return job
