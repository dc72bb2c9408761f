"""Request dependencies: a read connection per request, and the operator's token for writing."""

from __future__ import annotations

import hmac
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from sqlalchemy import Connection


def connection(request: Request) -> Iterator[Connection]:
    """A connection whose reads all see one snapshot of the database (closed after the request)."""
    with request.app.state.store.reading() as conn:
        yield conn


Conn = Annotated[Connection, Depends(connection)]


def require_write_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Writing is off unless the operator set a token; then it needs `Authorization: Bearer <token>`."""
    expected: str | None = request.app.state.write_token
    if not expected:
        raise HTTPException(403, "writing is off: the operator has not configured a write token")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(401, "a valid write token is required", headers={"WWW-Authenticate": "Bearer"})
