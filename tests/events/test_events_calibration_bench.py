"""bench/events_calibration.py: judged verdicts merged across seeds, and precision per confidence band."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench_scripts import load_bench

HEADER = "id\ttype_ok\thappened\tactor_ok\trecipient_ok\terror_class\n"


@pytest.fixture(scope="module")
def calibration():
    return load_bench("events_calibration")


def test_a_later_seed_verdict_replaces_an_earlier_one(calibration, tmp_path: Path) -> None:
    first, second = tmp_path / "seed10.tsv", tmp_path / "seed11.tsv"
    first.write_text(
        "# judged\n" + HEADER + "bbc:1:0-4:ASSAULT\tn\ty\ty\t-\tsense\nbbc:2:5-9:AID\ty\ty\ty\ty\t-\n"
    )
    second.write_text(HEADER + "bbc:1:0-4:ASSAULT\ty\ty\ty\t-\t-\n")
    merged = calibration.merged_judgements([first, second])
    assert merged["bbc:1:0-4:ASSAULT"]["type_ok"] == "y" and len(merged) == 2


def test_bands_and_thresholds_count_precision(calibration, capsys) -> None:
    judged = calibration.Judged
    records = [
        judged(0.55, False, False, False),
        judged(0.65, True, False, False),
        judged(0.85, True, True, True),
        judged(0.95, True, True, False),
    ]
    calibration.print_calibration(records, [0.0, 0.8])
    lines = capsys.readouterr().out.splitlines()
    assert any(line.split()[:3] == ["[0.5,", "0.6)", "1"] and line.endswith("0.000") for line in lines)
    at_08 = next(line for line in lines if line.strip().startswith(">= 0.80")).split()
    assert at_08[2:] == ["2", "50.0%", "1.000", "1.000", "0.500"]
    everything = next(line for line in lines if line.strip().startswith(">= 0.00")).split()
    assert everything[2:] == ["4", "100.0%", "0.750", "0.500", "0.250"]


def test_reason_kinds_split_origin_part_of_speech_and_framing(calibration) -> None:
    kinds = calibration.reason_kinds(
        "verb 'withdraw' (triggers.yaml) → RETREAT read as CONCEDE; a stated intent; reported speech ('said')"
    )
    assert kinds == [
        "pattern from triggers.yaml",
        "verb trigger",
        "type changed (read as)",
        "a stated intent",
        "reported speech",
    ]
    plain = calibration.reason_kinds("verb 'stress' + 'need' (CAMEO.2.0.txt:4444) → REQUEST")
    assert plain == ["pattern from the CAMEO dictionary", "verb trigger", "no framing"]
    assert calibration.reason_kinds("") == ["(no reason)"]
