"""Office holders after 2022 (curated), people whose role changed, name agreement, undated groups."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from actor_helpers import mention_with

from eventwire.actors import KnowledgeBase
from eventwire.actors.names import same_name
from eventwire.records import Mention

Resolve = Callable[..., list[Mention]]


@pytest.mark.parametrize(
    ("of", "office", "day", "holder"),
    [
        ("JPN", "prime_minister", "2023-05-01", "Fumio Kishida"),
        ("JPN", "prime_minister", "2024-12-01", "Shigeru Ishiba"),
        ("JPN", "prime_minister", "2025-11-01", "Sanae Takaichi"),
        ("GBR", "prime_minister", "2022-10-01", "Liz Truss"),
        ("GBR", "prime_minister", "2023-06-01", "Rishi Sunak"),
        ("FRA", "prime_minister", "2025-01-15", "François Bayrou"),
        ("DEU", "chancellor", "2025-06-01", "Friedrich Merz"),
        ("CAN", "prime_minister", "2025-04-01", "Mark Carney"),
        ("CHN", "prime_minister", "2024-01-01", "Li Qiang"),
        ("BRA", "president", "2024-01-01", "Luiz Inácio Lula da Silva"),
        ("NGA", "president", "2024-01-01", "Bola Tinubu"),
        ("COD", "president", "2024-01-01", "Félix Tshisekedi"),
        ("KOR", "president", "2025-07-01", "Lee Jae-myung"),
        ("PAK", "army_chief", "2024-01-01", "Asim Munir"),
        ("ISR", "defence_minister", "2025-01-01", "Israel Katz"),
        ("IRN", "national_security_adviser", "2024-01-01", "Ali Akbar Ahmadian"),
        ("org:nato", "secretary_general", "2025-01-01", "Mark Rutte"),
    ],
)
def test_office_holders_after_2022(kb: KnowledgeBase, of: str, office: str, day: str, holder: str) -> None:
    found = kb.holder(of, office, day)
    assert found is not None, f"nobody holds {office} of {of} on {day}"
    names = {kb.entities[found[1]].name, *kb.entities[found[1]].aliases}
    assert holder in names


def test_a_successor_ends_a_spell_a_frozen_source_left_open(kb: KnowledgeBase) -> None:
    # Wikidata's extract (2022) leaves Élisabeth Borne in office; Gabriel Attal's start ends her spell.
    found = kb.holder("FRA", "prime_minister", "2024-03-01")
    assert found is not None and kb.entities[found[1]].name == "Gabriel Attal"


def test_a_regional_secretary_of_state_is_no_foreign_minister(kb: KnowledgeBase) -> None:
    for day in ("2020-01-01", "2023-01-01"):
        found = kb.holder("GBR", "foreign_minister", day)
        assert found is not None and "Scotland" not in found[0].title


def test_people_whose_role_changed_over_time(resolve: Resolve) -> None:
    text = "Prime Minister Shigeru Ishiba met reporters in Tokyo."
    before = mention_with(resolve(text, "2025-06-01"), "Ishiba").entity
    assert (before.country, before.sectors, before.role) == ("JPN", ["GOV"], "Prime Minister of Japan")
    after = mention_with(resolve("Shigeru Ishiba met reporters in Tokyo.", "2026-01-10"), "Ishiba").entity
    assert after.sectors == ["ELI"] and after.role is not None and after.role.startswith("former")


def test_the_text_saying_former_wins_over_the_kb(resolve: Resolve) -> None:
    entity = mention_with(resolve("Former Prime Minister Mark Rutte spoke.", None), "Rutte").entity
    assert entity.sectors == ["ELI"] and entity.role is not None and entity.role.startswith("former")
    outgoing = mention_with(resolve("Outgoing Prime Minister Mark Rutte spoke.", "2024-06-01"), "Rutte")
    assert outgoing.entity.sectors == ["GOV"]


def test_an_undated_group_is_what_it_was_longest(resolve: Resolve) -> None:
    undated = mention_with(resolve("The Taliban attacked a checkpoint."), "Taliban").entity
    assert (undated.country, undated.sectors) == ("AFG", ["REB"])
    ruling = mention_with(resolve("The Taliban closed the schools.", "2023-03-01"), "Taliban").entity
    assert ruling.sectors == ["GOV"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Nadhim al-Adhami", "Nazim Al-Azami", True),
        ("Muammar Gaddafi", "Muammar al-Qadhafi", True),
        ("Qasim al-Hamdani", "Qassim al-Hamdani", True),
        ("Li Qiang", "Li Keqiang", False),
        ("Li Keqiang", "Li Guoying", False),
        ("Kim Min-seok", "Kim Young-sik", False),
        ("Kim Jong-un", "Kim Jong-il", False),
    ],
)
def test_names_agree_strictly_when_merging_sources(a: str, b: str, same: bool) -> None:
    assert same_name(a, b) is same


def test_a_premier_is_not_merged_with_his_namesakes(kb: KnowledgeBase) -> None:
    found = kb.holder("CHN", "prime_minister", "2020-01-01")
    assert found is not None and kb.entities[found[1]].name == "Li Keqiang"
