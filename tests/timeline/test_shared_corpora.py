"""Accuracy floors on the shared evaluation corpora (skipped when ../shared is absent)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


def load_bench(name: str):
    spec = importlib.util.spec_from_file_location(name, BENCH / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_meantime_values(shared: Path) -> None:
    figures = load_bench("time_eval").meantime_figures(shared / "corpora" / "meantime_en_timex" / "dev.jsonl")
    assert figures["found (overlap)"] >= 0.8
    assert figures["value accuracy (found)"] >= 0.85


@pytest.mark.shared
def test_geovirus_places(shared: Path, gazetteer) -> None:
    bench = load_bench("places_eval")
    docs = bench.load(shared / "corpora" / "geovirus" / "dev.jsonl")
    figures = bench.evaluate(docs, gazetteer, use_doc=False)
    assert figures["share resolved"] >= 0.85
    assert figures["accuracy@161km (resolved)"] >= 0.7
    assert figures["precision of mentions"] >= 0.85


@pytest.mark.shared
def test_no_past_date_after_publication_on_wikinews(shared: Path) -> None:
    bench = load_bench("time_eval")
    articles = [a for a in bench.dated_articles(shared) if a[0] == "wikinews"]
    figures = bench.expression_figures(articles)["wikinews"]
    assert figures["expressions"] > 1000
    assert figures["past-tense values after publication"] == 0
