"""Round 12's learned sentence cue: the model file, its scores, and the selection rules that use it."""

from __future__ import annotations

import dataclasses
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from eventwire.pipeline import Stages
from eventwire.scale.cues import CueFinder
from eventwire.scale.learned import CueModel, CueModelError, load_cue_model
from eventwire.scale.rules import load_rules
from eventwire.scale.select import Policy, SentenceSelector
from eventwire.scale.split import SplitPipeline, SplitPlans

LEARNED = Path(str(resources.files("eventwire") / "data" / "scale" / "selection_learned.yaml"))
LEDE = (
    "The regional council met in the old town hall on a cold and windy morning.\n\n"
    "Its members talked about roads, schools and the budget for the coming year.\n\n"
    "Several residents came to listen and to ask questions about the new bus lines.\n\n"
)
ARREST = "Police arrested three protesters outside the parliament in Lisbon on Monday."
PRAISE = "The mayor praised the weather and the local bakery in a short speech."


@pytest.fixture(scope="module")
def finder(stages: Stages) -> CueFinder:
    return CueFinder.load(stages.nlp, stages.resolver.kb, load_rules())


def toy_model(path: Path, weights: dict[str, float], bias: float = -1.0) -> Path:
    CueModel(weights, bias, 0.0).save(path)
    return path


def learned_finder(finder: CueFinder, model: Path) -> CueFinder:
    rules = dataclasses.replace(load_rules(LEARNED), learned_cue=str(model), learned_threshold=None)
    return finder.with_rules(rules)


def test_the_shipped_model_loads_and_is_small() -> None:
    rules = load_rules(LEARNED)
    model = load_cue_model(rules.learned_cue)
    assert len(model.weights) > 100
    assert np.isfinite(model.threshold)
    assert Path(str(resources.files("eventwire") / "data" / "scale" / rules.learned_cue)).stat().st_size < 1e6


def test_the_shipped_model_scores_an_arrest_above_newsletter_furniture(finder: CueFinder) -> None:
    text = (
        "Police arrested two opposition leaders in the capital.\n\n"
        "Share this story and sign up for our newsletter to receive more news."
    )
    scored = learned_finder(finder, Path("cue_model.npz")).with_features(text)
    model = load_cue_model("cue_model.npz")
    arrest, furniture = (model.score(features) for _, features in scored)
    assert arrest > furniture


def test_a_unit_the_model_finds_unlikely_is_not_parsed(finder: CueFinder, tmp_path: Path) -> None:
    model = toy_model(tmp_path / "toy.npz", {"w:arrested": 3.0})
    selector = SentenceSelector(learned_finder(finder, model), Policy.events)
    text = LEDE + ARREST + " " + PRAISE
    parse, _ = selector.split_spans(text)
    parsed = [text[s:e] for s, e in parse]
    assert ARREST in parsed
    assert PRAISE not in parsed
    plain = SentenceSelector(
        finder.with_rules(load_rules(Path(str(LEARNED)).with_name("selection_split.yaml")))
    )
    assert PRAISE in [text[s:e] for s, e in plain.split_spans(text)[0]]


def test_an_article_with_a_cue_keeps_its_lede_even_when_no_unit_is_likely(
    finder: CueFinder, tmp_path: Path
) -> None:
    model = toy_model(tmp_path / "never.npz", {}, bias=-5.0)
    selector = SentenceSelector(learned_finder(finder, model), Policy.events)
    text = PRAISE + "\n\n" + ARREST
    parse, _ = selector.split_spans(text)
    assert [text[s:e] for s, e in parse][:1] == [PRAISE]
    assert selector.spans("The weather was mild and the sky was blue all day long.") == []


def test_without_a_learned_cue_every_unit_is_likely(finder: CueFinder) -> None:
    assert finder.model is None
    assert all(unit.likely for unit in finder(LEDE + ARREST + " " + PRAISE))


def test_a_missing_or_broken_model_gives_a_clear_error(finder: CueFinder, tmp_path: Path) -> None:
    with pytest.raises(CueModelError, match=r"absent\.npz"):
        learned_finder(finder, tmp_path / "absent.npz")
    broken = tmp_path / "broken.npz"
    broken.write_text("not a model", encoding="utf-8")
    with pytest.raises(CueModelError, match="not a learned cue model"):
        CueModel.load(broken)
    np.savez(
        tmp_path / "odd.npz",
        features=np.array(["w:a", "w:b"]),
        weights=np.array([1.0]),
        bias=np.array([0.0]),
        threshold=np.array([0.0]),
    )
    with pytest.raises(CueModelError, match="do not match"):
        CueModel.load(tmp_path / "odd.npz")


def test_tokenizer_only_context_units_are_flat_sentences_without_entities(stages: Stages) -> None:
    text = "Ana Rivas Soto visited Lima in May.\n\nPolice arrested two protesters near the harbour on Monday."
    first = "Ana Rivas Soto visited Lima in May."
    plans = SplitPlans()
    split = SplitPipeline(stages.nlp, plans, ["tokenizer"])
    plans.note(text, [(text.index("Police"), len(text))], [(0, len(first))])
    doc = split(text)
    assert doc.text == text
    assert [e.text for e in doc.ents if e.start_char < len(first)] == []
    sentences = [s for s in doc.sents if s.text.strip()]
    assert sentences[0].text.strip() == first
    assert any(e.text == "Monday" for e in doc.ents)
    with pytest.raises(ValueError, match="not in the pipeline"):
        SplitPipeline(stages.nlp, plans, ["tokeniser"])
