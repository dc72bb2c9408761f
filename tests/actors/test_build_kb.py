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
    assert build.title_case("MUSTAFA AL-KADHIMI") == "Mustafa al-Kadhimi"
    assert build.title_case("WASHINGTON D.C.") == "Washington D.C."
    assert build.title_case_caps("Mustafa al-KADHIMI") == "Mustafa al-Kadhimi"
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
