"""PLOVER country and sector codes, and conversion of CAMEO actor codes to them."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from eventwire.actors.paths import packaged_kb_dir
from eventwire.datafiles import parse_yaml


@dataclass(frozen=True, slots=True)
class PloverCodes:
    special_countries: frozenset[str]
    sectors: frozenset[str]


@lru_cache(maxsize=1)
def plover_codes() -> PloverCodes:
    with open(packaged_kb_dir() / "plover_codes.yaml", encoding="utf-8") as fh:
        raw = parse_yaml(fh)
    return PloverCodes(frozenset(raw["special_countries"]), frozenset(raw["sectors"]))


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, tuple[str, str]]:
    """CAMEO element -> (kind, PLOVER code) from cameo_codes.csv."""
    table: dict[str, tuple[str, str]] = {}
    with open(packaged_kb_dir() / "cameo_codes.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            table[row["cameo"]] = (row["kind"], row["plover"])
    return table


def cameo_to_plover(code: str) -> tuple[str | None, list[str]]:
    """Split a CAMEO actor code ("IRQGOVMIL", "IGOUNOREFHCR") into a PLOVER country and sectors."""
    code = code.strip().upper()
    parts = [code[i : i + 3] for i in range(0, len(code) - len(code) % 3, 3)]
    if not parts:
        return None, []
    table = cameo_table()
    kind, plover = table.get(parts[0], ("", ""))
    country = plover if kind == "country" else parts[0]
    rest = parts[1:]
    if country == "IGO" and rest and table.get(rest[0], ("", ""))[0] == "igo":
        country, rest = table[rest[0]][1], rest[1:]
    sectors: list[str] = []
    for part in rest:
        kind, plover = table.get(part, ("", ""))
        if kind == "sector" and plover not in sectors:
            sectors.append(plover)
    return country, sectors
