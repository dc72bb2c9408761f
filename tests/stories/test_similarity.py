"""The story similarity: profiles of two reports of one happening score high, unrelated news low."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Entity, Mention
from eventwire.stories import TermWeights, story_similarity
from eventwire.stories.keys import term_keys
from eventwire.stories.profile import Profile, build_profile, content_words, name_identity
from eventwire.stories.similarity import date_factor, profile_bags, weighted_cosine
from eventwire.stories.weights import prior_weight

CEASEFIRE_A = (
    "The UN Secretary-General called on Sunday for an immediate ceasefire in Sudan, where fighting "
    "between the army and a paramilitary force has displaced thousands around Khartoum."
)
CEASEFIRE_B = (
    "Fighting around Khartoum must stop now, the head of the United Nations urged on Sunday, asking "
    "Sudan's army and the paramilitary fighters to agree a ceasefire."
)
FLOODS = (
    "Heavy monsoon rain flooded low-lying districts of Dhaka overnight, and the city authorities opened "
    "emergency shelters for families whose homes were damaged."
)


def _profile(text: str, published: str | None = None, names: list[tuple[str, str | None]] = ()) -> Profile:
    article = Article(article_id=text[:8], source_path="/x", text=text, published=published)
    mentions = [
        Mention(
            text=name,
            span=(0, len(name)),
            sentence=0,
            kind="ORG",
            candidates=[Entity(name=name, mention=name, kb_id=kb)] if kb else [],
        )
        for name, kb in names
    ]
    return build_profile(article, mentions, [], prior_weight)


def test_content_words_drop_stop_words_numbers_and_possessives():
    assert content_words("The army's 3 brigades and the UN's envoy said it") == [
        "army",
        "brigades",
        "envoy",
        "said",
    ]


def test_rare_words_weigh_more_than_common_ones():
    weights = TermWeights()
    assert weights.idf("ceasefire") > weights.idf("said") > weights.idf("people") * 0.5
    assert weights.idf("khartoum") > weights.idf("army")


def test_document_frequencies_from_the_database_lower_a_word_everyone_uses():
    fresh = TermWeights(n_docs=200, df={})
    saturated = TermWeights(n_docs=200, df={"ceasefire": 190})
    assert saturated.idf("ceasefire") < fresh.idf("ceasefire")


def test_two_wordings_of_one_happening_score_above_unrelated_news():
    weights = TermWeights()
    a, b, other = _profile(CEASEFIRE_A), _profile(CEASEFIRE_B), _profile(FLOODS)
    same = story_similarity(a, b, weights)
    different = story_similarity(a, other, weights)
    assert same.score > 0.3 > different.score
    assert same.words > different.words


def test_a_report_weighed_once_scores_as_weighed_pair_by_pair():
    weights = TermWeights(n_docs=300, df={"khartoum": 4, "ceasefire": 9, "army": 60})
    names = [("Khartoum", "KH"), ("United Nations", "UN"), ("Sudan", "SDN")]
    new = _profile(CEASEFIRE_A, "2023-05-07", names)
    earlier = [_profile(CEASEFIRE_B, "2023-05-07", names[:2]), _profile(FLOODS, "2023-05-06", names[1:])]
    once = profile_bags(new, weights)
    for other in earlier:
        assert story_similarity(new, other, weights, once) == story_similarity(new, other, weights)
    assert once.names is not None and profile_bags(_profile(FLOODS), weights).names is None


def test_resolved_names_agree_across_spellings():
    weights = TermWeights()
    a = _profile("Talks in Brussels", names=[("El-Sisi", "Q1"), ("NATO", "NATO")])
    b = _profile("Talks in Brussels", names=[("al-Sissi", "Q1"), ("NATO", "NATO")])
    c = _profile("Talks in Brussels", names=[("Someone Else", "Q2"), ("NATO", "NATO")])
    assert story_similarity(a, b, weights).names == pytest.approx(1.0)
    assert story_similarity(a, c, weights).names < 0.9


def test_reports_months_apart_score_lower():
    weights, first = TermWeights(), _profile(CEASEFIRE_A, "2023-05-07")
    near, later, far = (
        story_similarity(first, _profile(CEASEFIRE_B, day), weights)
        for day in ("2023-05-12", "2023-08-20", "2023-12-20")
    )
    assert near.date_factor == 1.0 and far.score < later.score < near.score
    assert far.score < near.score / 4
    assert date_factor(None, "2023-06-20") == 1.0 and date_factor("bad", "2023-06-20") == 1.0


def test_cosine_of_empty_bags_is_zero_and_of_equal_bags_one():
    assert weighted_cosine({}, {"a": 1}, lambda t: 1.0) == 0.0
    assert weighted_cosine({"a": 2, "b": 1}, {"a": 2, "b": 1}, lambda t: 2.0) == pytest.approx(1.0)


def test_term_keys_are_the_most_telling_terms():
    profile = _profile(CEASEFIRE_A, names=[("Sudan", "SDN")])
    keys = term_keys(profile, TermWeights(), n=5)
    assert len(keys) == 5 and all(k.startswith("term:") for k in keys)
    assert "term:khartoum" in keys and "term:said" not in keys


def test_profile_round_trips_through_json():
    profile = _profile(CEASEFIRE_A, "2023-05-07", names=[("Sudan", "SDN")])
    again = Profile.from_json(profile.to_json())
    assert again.terms == profile.terms and again.names == profile.names
    assert again.published == "2023-05-07"


def test_a_report_close_to_two_stories_bridges_them_and_a_weak_match_joins_none(hand_set_score):
    from eventwire.stories import ProfiledArticle
    from eventwire.stories.grouping import similar_stories

    weights = TermWeights()
    new = _profile(CEASEFIRE_A)
    others = [
        ProfiledArticle("a1", "s1", _profile(CEASEFIRE_A.replace("Sunday", "Sunday evening"))),
        ProfiledArticle("a2", "s2", _profile(CEASEFIRE_A + " Aid agencies welcomed the call.")),
        ProfiledArticle("a3", "s3", _profile(FLOODS)),
    ]
    found = similar_stories(new, others, weights, threshold=0.3, bridge=0.6)
    assert {s.story_id for s in found} == {"s1", "s2"} and found[0].score >= found[1].score
    assert similar_stories(new, others[2:], weights, threshold=0.3) == []


def test_countries_and_described_groups_are_not_names():
    def mention(text: str, kind: str, kb: str | None, country: str | None) -> Mention:
        ent = Entity(name=text, mention=text, kb_id=kb, country=country)
        return Mention(text=text, span=(0, 1), sentence=0, kind=kind, candidates=[ent])

    assert name_identity(mention("Norway", "GPE", "NOR", "NOR")) is None
    assert name_identity(mention("police", "DESC", None, "NOR")) is None
    assert name_identity(mention("Jonas Example", "PERSON", "Q1", "NOR")) == "Q1"
    assert name_identity(mention("Tromsø Harbour Authority", "ORG", None, None)) == "tromsø harbour authority"


def test_an_undated_report_is_compared_as_of_its_story_span():
    from eventwire.stories import ProfiledArticle

    undated = ProfiledArticle("a1", "s1", _profile(CEASEFIRE_A), ("2023-05-01", "2023-05-20"))
    assert undated.dated_profile("2023-05-10").published == "2023-05-10"
    assert undated.dated_profile("2024-01-01").published == "2023-05-20"
    assert undated.dated_profile(None).published == "2023-05-01"
    alone = ProfiledArticle("a2", "s2", _profile(CEASEFIRE_B))
    assert alone.dated_profile("2023-05-10").published is None
