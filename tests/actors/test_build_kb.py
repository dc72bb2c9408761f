"""scripts/build_kb.py: its helpers, and a full build from ../shared/kb into a scratch folder."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from eventwire.actors.loading import read_built_entities, read_offices

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_kb", ROOT / "scripts" / "build_kb.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_kb"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_name_and_date_helpers(build: ModuleType) -> None:
    assert build.title_case("ABDEL FATTAH AL-SISI") == "Abdel Fattah al-Sisi"
    assert build.title_case("WASHINGTON D.C.") == "Washington D.C."
    assert build.title_case_caps("Abdel Fattah al-SISI") == "Abdel Fattah al-Sisi"
    assert build.singular_title("Prime ministers") == "Prime minister"
    assert (
        build.singular_title("Chairmen of the council of ministers") == "Chairman of the council of ministers"
    )
    assert build.iso_day("20030431") == "2003-04"
    assert build.iso_day("19990715") == "1999-07-15"
    assert build.iso_day("") is None


def test_demonyms_told_from_names(build: ModuleType) -> None:
    assert build.looks_like_demonym("Iraqi", "Iraq")
    assert build.looks_like_demonym("South Koreans", "South Korea")
    assert not build.looks_like_demonym("Islamic Republic of Afghanistan", "Afghanistan")
    assert not build.looks_like_demonym("UK", "United Kingdom")


def test_office_titles_in_factbook_holders(build: ModuleType) -> None:
    pattern = build.holder_title_pattern()
    match = pattern.match("Prime Minister Mustafa al-KADHIMI")
    assert match and (match.group("title"), match.group("name")) == ("Prime Minister", "Mustafa al-KADHIMI")
    assert pattern.match("Vice President Some ONE") is None


@pytest.mark.slow
def test_holders_listed_twice_share_a_name_part(build: ModuleType) -> None:
    assert build.names_share_a_part("Joseph R. Biden", "Joe Biden")
    assert build.names_share_a_part("Harald V", "Harald V of Norway")
    assert build.names_share_a_part("Mohammad Nawaz Sharif", "Nawaz Sharif")
    assert not build.names_share_a_part("Russell Mmiso Dlamini", "Ambrose Mandvulo Dlamini")
    assert not build.names_share_a_part("Kgalema Motlanthe", "Ivy Matsepe-Casaburri")


def test_no_single_holder_office_lists_one_holder_twice(build: ModuleType) -> None:
    """Session 25: the built data has no two persons who took a single-holder office of one country on one
    day and share a name part (one holder from two sources, e.g. the Factbook's "Harald V" and Wikidata's
    "Harald V of Norway"); distinct people (acting holders, sources that disagree) may still overlap."""
    kb_dir = ROOT / "src" / "eventwire" / "data" / "kb"
    entities = read_built_entities(kb_dir)
    single = {office for office, (_, one) in read_offices(kb_dir)[0].items() if one}
    started: dict[tuple[str, str, str], set[str]] = {}
    for entity in entities.values():
        for role in entity.roles:
            if role.office in single and role.of and role.start and len(role.start) == len("YYYY-MM-DD"):
                started.setdefault((role.of, role.office, role.start), set()).add(entity.kb_id)
    twice = [
        (key, a, b)
        for key, ids in started.items()
        for a in ids
        for b in ids
        if a < b
        and not (a.startswith("Q") and b.startswith("Q"))  # two Wikidata items are two persons
        and build.names_share_a_part(entities[a].name, entities[b].name)
    ]
    assert not twice, twice[:5]


def test_a_monarch_of_several_realms_is_one_built_person() -> None:
    entities = read_built_entities(ROOT / "src" / "eventwire" / "data" / "kb")
    kings = {e.kb_id for e in entities.values() if e.name == "Charles III" and e.kind == "person"}
    realms = {r.of for kb_id in kings for r in entities[kb_id].roles if r.office == "monarch"}
    assert len(kings) == 1 and {"GBR", "CAN", "AUS", "NZL", "JAM"} <= realms


def test_full_build_into_a_scratch_folder(build: ModuleType, shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "kb"
    packaged = ROOT / "src" / "eventwire" / "data" / "kb"
    shutil.copytree(packaged, out, ignore=shutil.ignore_patterns("*.gz", "countries.csv", "sector_terms.csv"))
    assert build.main(["--shared", str(shared / "kb"), "--out", str(out)]) == 0
    with gzip.open(out / "roles.csv.gz", "rt", encoding="utf-8") as fh:
        roles = list(csv.DictReader(fh))
    assert len(roles) > 50_000
    assert {r["source"] for r in roles} == {"wikidata", "factbook", "countryinfo"}
    with open(out / "countries.csv", encoding="utf-8") as fh:
        countries = {r["code"]: r for r in csv.DictReader(fh)}
    assert "Iraqi" in countries["IRQ"]["demonyms"].split("|")
    assert "Baghdad" in countries["IRQ"]["capitals"].split("|")


def test_missing_source_folder(build: ModuleType, tmp_path: Path) -> None:
    assert build.main(["--shared", str(tmp_path / "nowhere"), "--out", str(tmp_path)]) == 2
