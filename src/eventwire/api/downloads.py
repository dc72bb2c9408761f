"""/api/export: every event a filter selects, as a file in one of the export formats (what
`eventwire export` writes), read from the database page by page into a temporary file, then sent."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from eventwire.api.params import Filter, Sort
from eventwire.store import export, queries

router = APIRouter(prefix="/api", tags=["events"])

FILES = {
    "jsonl": ("events.jsonl", "application/x-ndjson"),
    "csv": ("events.csv", "text/csv; charset=utf-8"),
    "plover-json": ("events.json", "application/json"),
    "parquet": ("events.parquet", "application/vnd.apache.parquet"),
}
Format = Literal["jsonl", "csv", "plover-json", "parquet"]


@router.get(
    "/export",
    response_class=FileResponse,
    responses={
        200: {"description": "The file, as an attachment", "content": {m: {} for _, m in FILES.values()}}
    },
)
def export_file(
    request: Request, f: Filter, format: Annotated[Format, Query()] = "jsonl", sort: Sort = "date"
) -> FileResponse:
    """Every event the filters select (no paging), oldest first by default, in the format asked for."""
    name, media_type = FILES[format]
    folder = Path(tempfile.mkdtemp(prefix="eventwire-export-"))
    try:
        with request.app.state.store.reading() as conn:
            export.export_events(queries.iter_events(conn, replace(f, sort=sort)), folder / name, format)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return FileResponse(
        folder / name,
        media_type=media_type,
        filename=name,
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )
