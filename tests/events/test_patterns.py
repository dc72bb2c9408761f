"""The events data loads, is consistent with PLOVER, and the CAMEO tables match their build script."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from eventwire.events.patterns import PatternError, load_lexicon, read_yaml

ROOT = Path(__file__).resolve().parents[2]


def test_lexicon_covers_every_plover_type():
    lexicon = load_lexicon()
    coded = {p.event_type for entry in lexicon.verbs.values() for p in entry.all()}
    assert set(lexicon.quad) <= coded


def test_every_curated_mode_belongs_to_its_type():
    lexicon = load_lexicon()
    for table in (lexicon.verbs, lexicon.nouns):
        for entry in table.values():
            for pattern in entry.all():
                if pattern.mode and pattern.source == "triggers.yaml":
                    assert pattern.mode in lexicon.modes[pattern.event_type], pattern


def test_cameo_rows_map_to_plover_types_or_vetoes():
    lexicon = load_lexicon()
    assert lexicon.vetoes, "CAMEO null-code patterns become vetoes"
    assert "kill" in lexicon.vetoes


def test_unreadable_data_is_a_clear_error(tmp_path):
    (tmp_path / "plover.yaml").write_text("- not a mapping\n", encoding="utf-8")
    with pytest.raises(PatternError, match=r"plover\.yaml"):
        read_yaml("plover.yaml", tmp_path)


def test_built_cameo_tables_are_up_to_date(shared, tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location(
        "build_event_patterns", ROOT / "scripts/build_event_patterns.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_event_patterns"] = module
    spec.loader.exec_module(module)
    verb_rows, pattern_rows = module.build(shared)
    for name, rows in (("cameo_verbs.tsv", verb_rows), ("cameo_patterns.tsv", pattern_rows)):
        monkeypatch.setattr(module, "ROOT", tmp_path)
        module.write_tsv(tmp_path / name, rows)
        checked_in = (ROOT / "src/eventwire/data/events" / name).read_text(encoding="utf-8")
        assert (tmp_path / name).read_text(encoding="utf-8") == checked_in, f"{name} is stale"
