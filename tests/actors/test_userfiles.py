"""User extension files: adding them, reading them, and one-line errors for bad ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import KBFileError, KnowledgeBase, add_user_file

GOOD_CSV = """id,name,kind,aliases,country,sectors,role,office,of,start,end,source
,Lena Varga-Testova,person,Lena Testova,HUN,GOV,Minister of Foreign Affairs of Hungary,foreign_minister,HUN,\
2032-03-01,,my notes
,Lena Varga-Testova,person,,HUN,GOV,Minister of Justice of Hungary,justice_minister,HUN,2028,2032-02,my notes
user:blue-river,Blue River Brigade,group,BRB,NGA,REB,,,,,,field report
"""


def test_add_csv_file_then_load_it(_user_kb_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "mine.csv"
    path.write_text(GOOD_CSV, encoding="utf-8")
    assert add_user_file(path) == 2
    assert (_user_kb_dir / "mine.csv").is_file()
    kb = KnowledgeBase.load()
    person = kb.lookup("Lena Testova", "2033-01-01")[0]
    assert (person.country, person.role) == ("HUN", "Minister of Foreign Affairs of Hungary")
    assert kb.lookup("Lena Varga-Testova", "2030-01-01")[0].role == "Minister of Justice of Hungary"
    group = kb.lookup("BRB")[0]
    assert (group.kb_id, group.country, group.sectors) == ("user:blue-river", "NGA", ["REB"])


def test_add_yaml_file(_user_kb_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "groups.yaml"
    path.write_text(
        "- {name: Northern Reed Front, kind: group, country: MLI, sectors: [REB], aliases: [NRF]}\n",
        encoding="utf-8",
    )
    assert add_user_file(path) == 1
    assert KnowledgeBase.load().lookup("Northern Reed Front")[0].country == "MLI"


@pytest.mark.parametrize(
    ("name", "text", "reason"),
    [
        ("bad.csv", "name,country\nSome Body,XYZ\n", "row 2: unknown country code 'XYZ'"),
        ("bad.csv", "name,colour\nSome Body,red\n", "unknown column(s) colour"),
        (
            "bad.csv",
            "name,country,role,start\nSome Body,IRQ,Minister,2021-13-01\n",
            "row 2: start date '2021-13-01'",
        ),
        (
            "bad.csv",
            "name,country,role,start,end\nA B,IRQ,Minister,2021,2019\n",
            "ends (2019) before it starts",
        ),
        ("bad.csv", "country\nIRQ\n", "row 2: needs an id or a name"),
        (
            "bad.yaml",
            "entities: [{name: X Y, country: IRQ, sectors: [ZZZ]}]\n",
            "row 1: unknown sector code(s) ZZZ",
        ),
        (
            "bad.yaml",
            "entities: [{name: X Y, country: IRQ, colour: red}]\n",
            "row 1: unknown field(s) colour",
        ),
        ("bad.yaml", "entities: [{name: 'X Y', country: IRQ\n", "not valid YAML"),
        ("bad.txt", "hello\n", "unsupported file type .txt"),
    ],
)
def test_bad_files_give_one_line_naming_file_and_row(
    tmp_path: Path, name: str, text: str, reason: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(KBFileError) as caught:
        add_user_file(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(str(path)) and reason in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KBFileError, match="file not found"):
        add_user_file(tmp_path / "nowhere.yaml")


def test_bad_file_in_user_folder_is_reported_on_load(_user_kb_dir: Path) -> None:
    _user_kb_dir.mkdir(parents=True)
    (_user_kb_dir / "broken.csv").write_text("name,country\nX Y,QQQ\n", encoding="utf-8")
    with pytest.raises(KBFileError, match=r"broken\.csv: row 2"):
        KnowledgeBase.load()
