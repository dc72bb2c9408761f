"""The learned pair scorer (round 10): a logistic regression over the pair signals, mapped onto the
hand-set score's scale, with the hand-set conflict factors as a floor."""

from __future__ import annotations

import itertools

import pytest

from eventwire.records import Article
from eventwire.stories import TermWeights, similarity, story_similarity
from eventwire.stories.datafiles import read_data
from eventwire.stories.pairscore import PairModel, model_from_data, on_scale, pair_features, pair_model
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import prior_weight

QUAKE = (
    "A magnitude {mag} earthquake struck the coastal town of Porto Lindo on Tuesday, collapsing a market "
    "hall and a church; rescuers searched the rubble for survivors through the night."
)
QUAKE_RETOLD = (
    "Rescuers dug through the rubble of a collapsed market hall in Porto Lindo after Tuesday's magnitude "
    "{mag} earthquake flattened a church and damaged dozens of homes along the coast."
)
HARVEST = (
    "Farmers in the northern valleys began the grape harvest early this year after a dry, hot summer, "
    "and the wine cooperatives expect a smaller but sweeter vintage."
)
KNOTS = ((0.0, 0.0), (0.5, 0.25), (0.9, 0.4), (1.0, 1.0))


def _profile(text: str) -> object:
    article = Article(article_id=text[:8], source_path="/x", text=text)
    return build_profile(article, [], [], prior_weight)


def test_the_scale_maps_probabilities_through_its_knots():
    assert on_scale(0.25, KNOTS) == pytest.approx(0.125)
    assert on_scale(0.7, KNOTS) == pytest.approx(0.325)
    assert on_scale(0.95, KNOTS) == pytest.approx(0.7)
    assert on_scale(-1.0, KNOTS) == 0.0 and on_scale(2.0, KNOTS) == 1.0
    assert on_scale(0.3, ()) == 0.3


def test_a_model_is_read_from_its_data_form_unless_switched_off():
    model = model_from_data({"intercept": -2, "coefficients": {"words": 4}, "scale": [[0, 0], [1, 1]]})
    assert model is not None and model.coefficients == {"words": 4.0}
    assert model.probability({"words": 1.0}) > 0.5 > model.probability({"words": 0.2})
    assert model_from_data({"enabled": False, "intercept": 1}) is None
    assert model_from_data(None) is None


def test_pair_features_name_the_conflicts_and_agreements_found():
    found = pair_features(0.36, None, None, ["who"], ["age"])
    assert found["sqrt_words"] == pytest.approx(0.6) and found["no_names"] == 1.0
    assert found["conflict:who"] == 1.0 and found["agreement:age"] == 1.0
    assert "meaning" not in found and pair_features(0.3, 0.5, 0.8, [], [])["meaning"] == 0.8


def test_the_model_weighs_the_conflicts_it_covers_and_leaves_the_others_to_their_factors(monkeypatch):
    model = PairModel(-3.0, {"words": 8.0, "conflict:what": -2.0}, KNOTS)
    monkeypatch.setattr(similarity, "pair_model", lambda with_meaning: model)
    monkeypatch.setattr(similarity, "HAND_SET_FLOOR", False)
    weights = TermWeights()
    same = story_similarity(_profile(QUAKE.format(mag=6.1)), _profile(QUAKE_RETOLD.format(mag=6.1)), weights)
    other = story_similarity(_profile(QUAKE.format(mag=6.1)), _profile(QUAKE_RETOLD.format(mag=4.2)), weights)
    assert "what" in other.conflicts and not same.conflicts
    expected = on_scale(model.probability(pair_features(other.words, None, None, ["what"], [])), KNOTS)
    assert other.score == pytest.approx(expected) and other.score < same.score
    assert model.covers("what") and not model.covers("organisation")


def test_the_hand_set_factor_is_a_floor_the_model_cannot_soften(monkeypatch):
    model = PairModel(-3.0, {"words": 8.0, "conflict:what": -0.1}, KNOTS)  # a weak learned conflict
    monkeypatch.setattr(similarity, "pair_model", lambda with_meaning: model)
    weights = TermWeights()
    other = story_similarity(_profile(QUAKE.format(mag=6.1)), _profile(QUAKE.format(mag=4.2)), weights)
    unconflicted = on_scale(model.probability(pair_features(other.words, None, None, [], [])), KNOTS)
    assert other.score == pytest.approx(unconflicted * 0.5)  # the hand-set "what" factor


def test_the_words_and_names_model_is_on_by_default():
    assert pair_model(False) is not None


@pytest.mark.parametrize("with_meaning", [False, True])
def test_the_packaged_model_ranks_one_happening_over_two_and_over_unrelated_news(with_meaning):
    stored = dict(read_data("pair_scorer.yaml")["with_meaning" if with_meaning else "words_and_names"])
    model = model_from_data({**stored, "enabled": True})  # the embeddings model is stored but off
    assert model is not None
    one = model.probability(pair_features(0.5, 0.4, 0.8 if with_meaning else None, [], []))
    two = model.probability(pair_features(0.5, 0.4, 0.8 if with_meaning else None, ["kind"], []))
    unrelated = model.probability(pair_features(0.05, 0.0, 0.1 if with_meaning else None, [], []))
    assert one > two and one > unrelated
    assert all(p0 <= p1 and s0 <= s1 for (p0, s0), (p1, s1) in itertools.pairwise(model.scale))


def test_unrelated_news_scores_below_one_happening_told_twice():
    weights = TermWeights()
    same = story_similarity(_profile(QUAKE.format(mag=6.1)), _profile(QUAKE_RETOLD.format(mag=6.1)), weights)
    unrelated = story_similarity(_profile(QUAKE.format(mag=6.1)), _profile(HARVEST), weights)
    assert same.score > 2 * unrelated.score
