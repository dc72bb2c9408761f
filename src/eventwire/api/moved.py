"""Links to events and stories stay valid when a later merge replaces their ids: a retired id answers
with a redirect to the event or story that holds its reports now (307: the target may move again)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import RedirectResponse
from sqlalchemy import Connection

from eventwire.store import retired


def moved(request: Request, conn: Connection, kind: str, old_id: str, route: str) -> RedirectResponse | None:
    """A redirect from ``old_id`` to its successor through the route named ``route``, or None."""
    current = retired.successor(conn, kind, old_id)
    if current is None:
        return None
    target = request.url_for(route, **{f"{kind}_id": current})
    return RedirectResponse(str(target.replace(query=request.url.query)), status_code=307)
