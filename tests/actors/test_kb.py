"""The knowledge base: lookup, roles as of a date, extension files, closing of open spells."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import KnowledgeBase


def test_lookup_of_countries_organisations_and_groups(kb: KnowledgeBase) -> None:
    assert kb.lookup("Iraq")[0].country == "IRQ"
    nato = kb.lookup("NATO")[0]
    assert (nato.kb_id, nato.country) == ("org:nato", "IGO")
    assert kb.lookup("UN Security Council")[0].country == "UNO"
    assert kb.lookup("European Commission")[0].country == "EUR"
    assert kb.lookup("Daesh")[0].kb_id == kb.lookup("ISIL")[0].kb_id == "grp:isis"
    assert kb.lookup("Hezbollah")[0].country == "LBN"


def test_demonyms_and_capitals_name_their_country(kb: KnowledgeBase) -> None:
    assert kb.lookup("Iraqi")[0].country == "IRQ"
    kremlin = kb.lookup("the Kremlin")[0]
    assert (kremlin.country, kremlin.sectors) == ("RUS", ["GOV"])
    assert kb.lookup("Downing Street")[0].country == "GBR"
    assert kb.lookup("Baghdad")[0].country == "IRQ"


@pytest.mark.parametrize(
    ("day", "country", "sectors", "role"),
    [
        ("2010-06-01", "NOR", ["GOV"], "Prime Minister of Norway"),
        ("2021-06-30", "IGO", ["GOV"], "Secretary General of NATO"),
        ("2024-12-15", "NOR", ["ELI"], "former Secretary General of NATO"),
        ("2025-06-01", "NOR", ["GOV"], "Minister of Finance of Norway"),
    ],
)
def test_a_person_whose_role_changed(
    kb: KnowledgeBase, day: str, country: str, sectors: list[str], role: str
) -> None:
    best = kb.lookup("Stoltenberg", day)[0]
    assert best.name == "Jens Stoltenberg"
    assert (best.country, best.sectors, best.role) == (country, sectors, role)


def test_office_holder_on_a_date(kb: KnowledgeBase) -> None:
    role, holder = kb.holder("org:nato", "secretary_general", "2021-06-30")
    assert kb.entities[holder].name == "Jens Stoltenberg"
    assert kb.holder("org:nato", "secretary_general", "2012-01-01")[1] != holder
    assert role.end == "2024-10-01"


def test_open_spell_closed_when_a_successor_starts(kb: KnowledgeBase) -> None:
    """The Wikidata extract (2022) records no end for some heads of government; a successor ends it."""
    before = kb.holder("IRQ", "prime_minister", "2021-06-30")
    after = kb.holder("IRQ", "prime_minister", "2023-06-30")
    assert before and after and before[1] != after[1]
    assert before[0].end is not None and before[0].end <= after[0].start


def test_ambiguous_names_keep_every_candidate(kb: KnowledgeBase) -> None:
    names = [e.name for e in kb.lookup("Bush")]
    assert "George W. Bush" in names and len(names) > 2


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_extension_folder_adds_entities_and_closes_spells(tmp_path: Path) -> None:
    folder = tmp_path / "extra"
    _write(
        folder,
        "ruritania.yaml",
        """
entities:
  - name: Arvid Testqvist
    country: NOR
    roles:
      - {title: Prime Minister of Norway, office: prime_minister, of: NOR, country: NOR, start: "2031-01-10"}
  - id: org:nato
    aliases: [Treaty Alliance of the North]
""",
    )
    kb = KnowledgeBase.load(extra_dirs=[folder], include_user=False)
    assert kb.lookup("Arvid Testqvist", "2031-05-01")[0].role == "Prime Minister of Norway"
    assert kb.lookup("Treaty Alliance of the North")[0].kb_id == "org:nato"
    previous = kb.holder("NOR", "prime_minister", "2030-12-01")
    assert previous is not None and previous[0].end == "2031-01-10"
