"""Records of dumps (a JSON object, a CSV row) to draft articles, through the aliases of ``fields.yaml``."""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from eventwire.ingest.config import IngestConfig
from eventwire.ingest.credits import MIN_TITLECASE_PLACE, tidy_name
from eventwire.ingest.draft import Draft, Metadata, draft_from_text
from eventwire.ingest.errors import Errors, ingest_error
from eventwire.ingest.knowledge import load
from eventwire.ingest.lines import PARAGRAPH_BREAK
from eventwire.ingest.pubdate import parse_date
from eventwire.records import IngestError

DATELINE_END = (",", " -", " –", " —", "(")


def fold(key: object) -> str:
    """Column names compare case-insensitively, with spaces and dashes as underscores."""
    return "_".join(str(key).strip().lower().replace("-", " ").split())


@lru_cache(maxsize=1)
def aliases() -> dict[str, tuple[str, ...]]:
    """Role (``text``, ``title``, …) → accepted column names, best first."""
    return {
        role: tuple(fold(name) for name in names) for role, names in load("fields.yaml")["fields"].items()
    }


@lru_cache(maxsize=1)
def _name_keys() -> tuple[str, ...]:
    return tuple(load("fields.yaml")["name_keys"])


def find_column(columns: list[str], role: str) -> str | None:
    """The first column (as written) that plays ``role``, if any."""
    folded = {fold(c): c for c in reversed(columns)}
    return next((folded[a] for a in aliases()[role] if a in folded), None)


def record_to_draft(
    record: Mapping[str, object], source_path: str, config: IngestConfig
) -> Draft | IngestError:
    """A draft from one record, or why it has none (no text field, a text of the wrong type, …)."""
    fields = _folded(record)
    if not any(v not in (None, "") for v in fields.values()):
        return ingest_error(source_path, Errors.E028)
    text = _text(fields, source_path)
    if isinstance(text, IngestError):
        return text
    if len(text) > config.max_text_chars:
        return ingest_error(source_path, Errors.E025, size=len(text), limit=config.max_text_chars)
    meta = Metadata(
        title=_string(_pick(fields, "title")),
        url=_string(_pick(fields, "url")),
        outlet=_name(_pick(fields, "outlet")),
        published=parse_date(_pick(fields, "published"), config.today),
        published_source="metadata",
        dateline=_dateline_place(_string(_pick(fields, "dateline"))),
        language=_string(_pick(fields, "language")),
        record_id=_string(_pick(fields, "id")),
    )
    if meta.published is None:
        meta.published_source = None
    return draft_from_text(source_path, text, meta, config)


def _folded(record: Mapping[str, object]) -> dict[str, object]:
    fields: dict[str, object] = {}
    for key, value in record.items():
        fields.setdefault(fold(key), value)
    return fields


def _pick(fields: dict[str, object], role: str) -> object:
    """The first present, non-empty value among the aliases of ``role``."""
    for name in aliases()[role]:
        value = fields.get(name)
        if value not in (None, "", [], {}):
            return value
    return None


def _text(fields: dict[str, object], source_path: str) -> str | IngestError:
    for name in aliases()["text"]:
        if name not in fields or fields[name] in (None, ""):
            continue
        value = fields[name]
        if isinstance(value, str):
            return value
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return PARAGRAPH_BREAK.join(value)
        return ingest_error(source_path, Errors.E012, field=name, kind=type(value).__name__)
    present = [n for n in aliases()["text"] if n in fields]
    if present:
        return ingest_error(source_path, Errors.E030, field=present[0])
    return ingest_error(source_path, Errors.E011, fields=", ".join(aliases()["text"][:6]) + ", …")


def _string(value: object) -> str | None:
    """Text and numbers as a stripped one-line string; other types are ignored."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str | int | float):
        text = " ".join(str(value).split())
        return text or None
    return None


def _name(value: object) -> str | None:
    """An outlet given as a string or as an object with a name (``{"name": "Outlet"}``)."""
    if isinstance(value, Mapping):
        return next((_string(value.get(k)) for k in _name_keys() if _string(value.get(k))), None)
    return _string(value)


def _dateline_place(dateline: str | None) -> str | None:
    """``"SALVADOR, Feb 26 -"`` → ``"Salvador"``."""
    if not dateline:
        return None
    cut = min((i for i in (dateline.find(m) for m in DATELINE_END) if i > 0), default=len(dateline))
    return tidy_name(dateline[:cut], min_caps=MIN_TITLECASE_PLACE)
