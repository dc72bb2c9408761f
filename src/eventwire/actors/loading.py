"""Read the packaged knowledge-base files into KBEntity records."""

from __future__ import annotations

import csv
import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.actors.model import KBEntity, Role
from eventwire.datafiles import parse_yaml


@dataclass(slots=True)
class CountryForms:
    """The surface forms under which a country appears in text, by how it acts there."""

    names: list[str] = field(default_factory=list)
    demonyms: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    metonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8", newline="") as fh:  # type: ignore[operator]
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def _split(value: str | None) -> list[str]:
    return [v for v in (value or "").split("|") if v]


def read_countries(kb_dir: Path) -> tuple[list[KBEntity], dict[str, CountryForms]]:
    """Country entities (kb_id = PLOVER code) and their surface forms, curated additions applied."""
    forms: dict[str, CountryForms] = {}
    names: dict[str, str] = {}
    for row in _csv_rows(kb_dir / "countries.csv"):
        code = row["code"]
        names[code] = row["name"]
        forms[code] = CountryForms(_split(row["aliases"]), _split(row["demonyms"]), _split(row["capitals"]))
    with open(kb_dir / "countries_extra.yaml", encoding="utf-8") as fh:
        curated = parse_yaml(fh) or {}
    for code, extra in curated.items():
        entry = forms.setdefault(code, CountryForms())
        if extra.get("name"):
            if code in names and names[code] != extra["name"]:
                entry.names.append(names[code])
            names[code] = extra["name"]
        entry.names.extend(extra.get("aliases", []))
        entry.demonyms.extend(extra.get("demonyms", []))
        entry.capitals.extend(extra.get("capitals", []))
        entry.regions.extend(extra.get("regions", []))
        entry.metonyms.update({k: tuple(v) for k, v in (extra.get("metonyms") or {}).items()})
        dropped = set(extra.get("drop", []))
        entry.names = [n for n in entry.names if n not in dropped]
        entry.demonyms = [d for d in entry.demonyms if d not in dropped]
        entry.capitals = [c for c in entry.capitals if c not in dropped]
    entities = [
        KBEntity(
            kb_id=code,
            kind="country",
            name=names.get(code, code),
            country=code,
            aliases=sorted(set(forms[code].names)),
            source="countries",
        )
        for code in sorted(forms)
    ]
    return entities, forms


def read_territories(kb_dir: Path) -> list[KBEntity]:
    """Partially recognised entities and dependencies, folded into their PLOVER country."""
    out = []
    for row in _csv_rows(kb_dir / "territories.csv"):
        sectors = tuple(_split(row["extra_sectors"]))
        if not sectors:
            continue  # plain dependencies are aliases of their country (see countries.csv)
        slug = row["name"].lower().replace(" ", "_").replace("'", "")
        out.append(
            KBEntity(
                kb_id=f"ter:{slug}",
                kind="territory",
                name=row["name"],
                country=row["plover"],
                sectors=sectors,
                source="territories",
            )
        )
    return out


def read_built_entities(kb_dir: Path) -> dict[str, KBEntity]:
    """Persons and organisations written by scripts/build_kb.py, with their roles."""
    entities: dict[str, KBEntity] = {}
    with gzip.open(kb_dir / "entities.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            entities[rec["id"]] = KBEntity(
                kb_id=rec["id"],
                kind=rec["kind"],
                name=rec["name"],
                country=rec.get("country"),
                sectors=tuple(rec.get("sectors", ())),
                aliases=list(rec.get("aliases", ())),
                source=rec.get("source", "built"),
            )
    for row in _csv_rows(kb_dir / "roles.csv.gz"):
        entity = entities.get(row["id"])
        if entity is None:
            continue
        entity.roles.append(
            Role(
                title=row["title"],
                country=row["country"] or None,
                sectors=tuple(_split(row["sectors"])),
                office=row["office"] or None,
                of=row["of"] or None,
                start=row["start"] or None,
                end=row["end"] or None,
                checked=row["checked"] or None,
                source=row["source"],
            )
        )
    return entities


def read_offices(kb_dir: Path) -> tuple[dict[str, tuple[int, bool]], int]:
    """Office key -> (rank, single holder) from offices.yaml, and the default rank."""
    with open(kb_dir / "offices.yaml", encoding="utf-8") as fh:
        raw = parse_yaml(fh)
    table = {k: (int(v["rank"]), bool(v["single"])) for k, v in raw["offices"].items()}
    return table, int(raw["default_rank"])
