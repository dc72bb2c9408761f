"""Extension files: the user's own entities and roles, in YAML or CSV (the curated data uses YAML too).

YAML: a list of entities, or a mapping with ``entities:`` (and an optional default ``source:``).
Entity fields: ``id``, ``kind`` (person, org, igo, group), ``name``, ``country``, ``sectors``,
``aliases``, ``roles``, ``source``, ``part_of`` (the id of the body it belongs to), ``refs`` (words an
article refers back to it by: "bloc", "alliance"), ``note``. Role fields: ``title``, ``country``,
``sectors``, ``office``, ``of``, ``start``, ``end``, ``checked``, ``source``, ``note``.

CSV: one row per role (or per entity without a role), header with some of
``id, name, kind, aliases, country, sectors, role, office, of, start, end, source`` — ``aliases`` and
``sectors`` separated by ``|``; rows naming the same ``id`` (or, without ids, the same ``name``)
describe one entity. ``country`` and ``sectors`` apply to the entity and to the row's role.

Every problem is reported as one line: ``FILE: row N: reason``.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.codes import plover_codes
from eventwire.actors.model import KBEntity, Role, end_bound, start_bound
from eventwire.actors.titles import office_of_title, sectors_for_title
from eventwire.datafiles import parse_yaml

KINDS = frozenset({"person", "org", "igo", "group"})
ENTITY_FIELDS = frozenset(
    {"id", "kind", "name", "country", "sectors", "aliases", "roles", "source", "part_of", "refs", "note"}
)
ROLE_FIELDS = frozenset(
    {"title", "country", "sectors", "office", "of", "start", "end", "checked", "source", "note"}
)
CSV_FIELDS = frozenset(
    {
        "id",
        "name",
        "kind",
        "aliases",
        "country",
        "sectors",
        "role",
        "office",
        "of",
        "start",
        "end",
        "source",
        "note",
    }
)
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SUFFIXES = (".yaml", ".yml", ".csv")


class KBFileError(ValueError):
    """A user or curated file that cannot be read; the message is one line naming file and row."""


def read_extension_file(path: Path, country_codes: frozenset[str], origin: str = "user") -> list[KBEntity]:
    """Parse and validate one extension file into KB entities (ids filled in later by the KB)."""
    if not path.is_file():
        raise KBFileError(f"{path}: file not found")
    if path.suffix.lower() not in SUFFIXES:
        raise KBFileError(f"{path}: unsupported file type {path.suffix or '(none)'}; use .yaml, .yml or .csv")
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError) as exc:
        raise KBFileError(f"{path}: cannot read: {exc}") from None
    records = _csv_records(path, text) if path.suffix.lower() == ".csv" else _yaml_records(path, text)
    if not records:
        raise KBFileError(f"{path}: no entities in file")
    checker = _Checker(path, country_codes, origin)
    return [checker.entity(row, record) for row, record in records]


def _yaml_records(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    try:
        data = parse_yaml(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f"line {where.line + 1}: " if where else ""
        raise KBFileError(f"{path}: {line}not valid YAML ({getattr(exc, 'problem', exc)})") from None
    default_source = None
    if isinstance(data, dict):
        default_source = data.get("source")
        data = data.get("entities")
    if not isinstance(data, list):
        raise KBFileError(f"{path}: expected a list of entities (or a mapping with 'entities:')")
    records = []
    for index, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            raise KBFileError(f"{path}: row {index}: an entity must be a mapping of fields")
        if default_source and "source" not in item:
            item = {**item, "source": default_source}
        records.append((index, item))
    return records


def _csv_records(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    header = set(reader.fieldnames or [])
    unknown = header - CSV_FIELDS
    if not header or unknown:
        what = f"unknown column(s) {', '.join(sorted(unknown))}" if unknown else "no header row"
        raise KBFileError(f"{path}: {what}; columns are {', '.join(sorted(CSV_FIELDS))}")
    grouped: dict[str, tuple[int, dict[str, Any]]] = {}
    for row_number, row in enumerate(reader, start=2):
        if None in row:
            raise KBFileError(f"{path}: row {row_number}: more values than columns")
        row = {k: (v or "").strip() for k, v in row.items()}
        key = row.get("id") or row.get("name")
        if not key:
            raise KBFileError(f"{path}: row {row_number}: needs an id or a name")
        _, entity = grouped.setdefault(key, (row_number, {"roles": []}))
        for field in ("id", "name", "kind", "aliases", "country", "sectors", "source", "note"):
            if row.get(field) and not entity.get(field):
                entity[field] = row[field]
        if row.get("role"):
            entity["roles"].append(
                {
                    "title": row["role"],
                    "country": row.get("country") or None,
                    "sectors": row.get("sectors") or None,
                    "office": row.get("office") or None,
                    "of": row.get("of") or None,
                    "start": row.get("start") or None,
                    "end": row.get("end") or None,
                    "source": row.get("source") or None,
                    "_row": row_number,
                }
            )
    return list(grouped.values())


class _Checker:
    """Validates records of one file and turns them into KBEntity objects."""

    def __init__(self, path: Path, country_codes: frozenset[str], origin: str) -> None:
        self.path = path
        self.countries = country_codes
        self.sectors = plover_codes().sectors
        self.origin = origin

    def fail(self, row: int, reason: str) -> KBFileError:
        return KBFileError(f"{self.path}: row {row}: {reason}")

    def entity(self, row: int, record: dict[str, Any]) -> KBEntity:
        unknown = set(record) - ENTITY_FIELDS
        if unknown:
            raise self.fail(row, f"unknown field(s) {', '.join(sorted(unknown))}")
        name = _text(record.get("name"))
        kb_id = _text(record.get("id"))
        if not name and not kb_id:
            raise self.fail(row, "needs a name (or the id of an entity to extend)")
        roles = [self.role(row, r) for r in _as_list(record.get("roles"))]
        kind = _text(record.get("kind")) or ("person" if roles else "org")
        if kind not in KINDS:
            raise self.fail(row, f"kind {kind!r} is not one of {', '.join(sorted(KINDS))}")
        country = self.country(row, record.get("country"))
        sectors = self.sector_list(row, record.get("sectors"))
        if not roles and not country and not kb_id:
            raise self.fail(row, "needs a country code or at least one role")
        source = _text(record.get("source")) or f"{self.origin}:{self.path.name}"
        for role in roles:
            role.country = role.country or country
            role.sectors = role.sectors or sectors or sectors_for_title(role.title)
            role.source = role.source or source
            if role.country is None:
                raise self.fail(row, f"role {role.title!r} needs a country (on the role or the entity)")
        return KBEntity(
            kb_id=kb_id or "",
            kind=kind,
            name=name or "",
            country=country,
            sectors=tuple(sectors),
            aliases=[a for a in _split(record.get("aliases")) if a],
            roles=roles,
            source=source,
            part_of=_text(record.get("part_of")),
            refs=tuple(r.lower() for r in _split(record.get("refs"))),
        )

    def role(self, row: int, record: Any) -> Role:
        if not isinstance(record, dict):
            raise self.fail(row, "a role must be a mapping of fields")
        record = dict(record)
        row = record.pop("_row", row)
        unknown = set(record) - ROLE_FIELDS
        if unknown:
            raise self.fail(row, f"unknown role field(s) {', '.join(sorted(unknown))}")
        title = _text(record.get("title"))
        if not title:
            raise self.fail(row, "a role needs a title")
        start, end = self.date(row, record.get("start"), "start"), self.date(row, record.get("end"), "end")
        if start and end and start_bound(start) > end_bound(end):
            raise self.fail(row, f"role {title!r} ends ({end}) before it starts ({start})")
        of = _text(record.get("of"))
        country = self.country(row, record.get("country"))
        return Role(
            title=title,
            country=country,
            sectors=tuple(self.sector_list(row, record.get("sectors"))),
            office=_text(record.get("office"))
            or office_of_title(title, scopes=frozenset({"national", "any", "igo"}), country=country),
            of=of or country,
            start=start,
            end=end,
            checked=self.date(row, record.get("checked"), "checked"),
            source=_text(record.get("source")) or "",
        )

    def country(self, row: int, value: Any) -> str | None:
        code = _text(value)
        if code is None:
            return None
        code = code.upper()
        if code not in self.countries:
            raise self.fail(
                row, f"unknown country code {code!r} (ISO 3166 alpha-3 or a PLOVER code such as IGO)"
            )
        return code

    def sector_list(self, row: int, value: Any) -> list[str]:
        sectors = [s.upper() for s in _split(value)]
        bad = [s for s in sectors if s not in self.sectors]
        if bad:
            raise self.fail(
                row, f"unknown sector code(s) {', '.join(bad)} (PLOVER sectors such as GOV, MIL, LEG)"
            )
        return sectors

    def date(self, row: int, value: Any, what: str) -> str | None:
        text = _text(value)
        if text is None:
            return None
        if not DATE.match(text):
            raise self.fail(row, f"{what} date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return text


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _split(value: Any) -> Iterable[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else str(value).split("|")
    return [str(item).strip() for item in items if str(item).strip()]
