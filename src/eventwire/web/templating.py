"""The Jinja2 environment of the report and the served pages: autoescaping on, and the helpers templates
use to build links and colours."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from jinja2 import Environment, PackageLoader, select_autoescape

QUAD_COLOURS: dict[str | None, str] = {
    "verbal cooperation": "#4c9be8",
    "material cooperation": "#1f5fa8",
    "verbal conflict": "#f0a243",
    "material conflict": "#c8372d",
    None: "#888888",
}
CHART_COLOURS = {quad or "unclassified": colour for quad, colour in QUAD_COLOURS.items()}  # for JSON


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None: sources never become javascript: or data: links."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


def query_string(params: dict[str, Any], **changes: Any) -> str:
    """'?a=1&b=2' from params updated with changes, leaving out empty values."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "", False)}
    return "?" + urlencode(kept) if kept else ""


templates = Environment(
    loader=PackageLoader("eventwire.web", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
)
templates.filters["safe_url"] = safe_url
templates.globals["query_string"] = query_string
templates.globals["QUAD_COLOURS"] = QUAD_COLOURS
