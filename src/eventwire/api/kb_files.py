"""Write endpoints that edit the knowledge base: add, list and remove the user's own entity files (CSV or
YAML, validated by ``eventwire.actors.add_user_file``, as ``eventwire kb add`` does). Every route needs the
operator's write token.

The server names each file (``api-<name>-<digest>.csv``) in the user KB folder; a name given in a path is
checked against a strict pattern and must stay inside that folder. After a change, the next ingest job
loads the knowledge base again.
"""

from __future__ import annotations

import asyncio
import hashlib
import re
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi import Path as PathParam
from starlette.datastructures import UploadFile

from eventwire.api.deps import require_write_token
from eventwire.api.uploads import WRITE_RESPONSES, client_name
from eventwire.api.write_models import KBFileList, KBFileOut

router = APIRouter(prefix="/api/kb", tags=["write"], dependencies=[Depends(require_write_token)])

MAX_KB_BYTES = 5_000_000
KB_SUFFIXES = (".csv", ".yaml", ".yml")
KB_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,150}\.(csv|ya?ml)$"


def _kb_dir() -> Path:
    from eventwire.actors import user_kb_dir

    return user_kb_dir()


def server_name(name: str, data: bytes) -> str:
    """``api-<safe stem>-<digest>.<ext>``: the same content gets the same name, so re-sending replaces."""
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", Path(name).stem).strip("-")[:40] or "kb"
    return f"api-{stem}-{hashlib.sha256(data).hexdigest()[:10]}{Path(name).suffix.lower()}"


async def _one_file(request: Request) -> tuple[str, bytes]:
    """The client name and bytes of the single file part named ``file``."""
    try:
        form = await request.form(max_files=1, max_fields=1)
    except Exception as error:
        raise HTTPException(400, f"not a multipart upload: {' '.join(str(error).split())[:200]}") from None
    try:
        upload = form.get("file")
        if not isinstance(upload, UploadFile):
            raise HTTPException(400, "no file: send it as a multipart/form-data part named 'file'")
        data = await upload.read(MAX_KB_BYTES + 1)
        return client_name(upload.filename, 0), data
    finally:
        await form.close()


def _add(name: str, data: bytes) -> KBFileOut:
    """Validate and store one KB file; a bad file raises HTTPException 422 naming the row and reason."""
    from eventwire.actors import KBFileError, add_user_file

    stored = server_name(name, data)
    with tempfile.TemporaryDirectory(prefix="eventwire-kb-") as folder:
        path = Path(folder) / stored
        path.write_bytes(data)
        try:
            n = add_user_file(path)
        except (KBFileError, ValueError, OSError) as error:
            raise HTTPException(422, str(error).replace(str(path), name)) from None
    return KBFileOut(name=stored, entities=n, bytes=len(data))


@router.post("/files", status_code=201, response_model=KBFileOut, responses=WRITE_RESPONSES)
async def add_kb_file(request: Request) -> KBFileOut:
    """Add your own entities and roles: a CSV or YAML file (format of ``eventwire kb add``) as the
    multipart part ``file``. 422 with the file, row and reason when it does not validate."""
    name, data = await _one_file(request)
    if not name.lower().endswith(KB_SUFFIXES):
        raise HTTPException(422, f"{name}: KB files are .csv, .yaml or .yml")
    if len(data) > MAX_KB_BYTES:
        raise HTTPException(413, f"{name}: KB file too large (limit {MAX_KB_BYTES:,} bytes)")
    added = await asyncio.to_thread(_add, name, data)
    request.app.state.jobs.reload_stages()
    return added


@router.get("/files", response_model=KBFileList)
def list_kb_files() -> dict[str, Any]:
    """The files in the user KB folder."""
    folder = _kb_dir()
    files = sorted(p for p in folder.glob("*") if p.suffix.lower() in KB_SUFFIXES) if folder.is_dir() else []
    return {"files": [{"name": p.name, "entities": None, "bytes": p.stat().st_size} for p in files]}


@router.delete("/files/{name}", status_code=204, responses={404: {"description": "No such file"}})
def delete_kb_file(request: Request, name: Annotated[str, PathParam(pattern=KB_NAME_PATTERN)]) -> Response:
    """Remove one file from the user KB folder (by the name the server gave it)."""
    folder = _kb_dir().resolve()
    path = (folder / name).resolve()
    if path.parent != folder or not path.is_file():
        raise HTTPException(404, f"no KB file {name}")
    path.unlink()
    request.app.state.jobs.reload_stages()
    return Response(status_code=204)
