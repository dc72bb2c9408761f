"""Template reports: words in a large share of the stored reports, and one shared name, weigh little."""

from __future__ import annotations

from eventwire.stories import TermWeights, story_similarity
from eventwire.stories import weights as weights_module
from eventwire.stories.profile import Profile


def test_a_word_in_most_stored_reports_weighs_down_in_proportion_to_its_share(monkeypatch):
    weights = TermWeights(n_docs=1000, df={"shr": 400, "widget": 100, "rare": 2})
    assert weights.template_factor("shr") == weights_module.TEMPLATE_SHARE / 0.4
    assert weights.template_factor("widget") == 1.0
    assert weights.template_factor("rare") == 1.0
    templated = weights.idf("shr")
    monkeypatch.setattr(weights_module, "TEMPLATE_SHARE", None)
    assert templated < weights.idf("shr")


def test_few_stored_reports_tell_no_template():
    early = TermWeights(n_docs=weights_module.TEMPLATE_MIN_DOCS - 1, df={"shr": 150})
    assert early.template_factor("shr") == 1.0


def test_template_words_weigh_less_than_the_words_that_tell_two_reports_apart():
    """Two results of two companies in one template: the shared template words, once most stored reports
    use them, leave the pair below the join score; early in the stream they would not."""
    a = Profile(terms={"shr": 3, "revs": 2, "net": 4, "zantoro": 2}, names={})
    b = Profile(terms={"shr": 3, "revs": 2, "net": 4, "merlova": 2}, names={})
    df = {"shr": 450, "revs": 420, "net": 500, "zantoro": 1, "merlova": 1}
    seen = story_similarity(a, b, TermWeights(n_docs=1500, df=df)).score
    unseen = story_similarity(a, b, TermWeights(n_docs=1500, df={})).score
    assert seen < 0.25 < unseen


def test_one_shared_name_alone_does_not_make_two_reports_similar():
    one = Profile(terms={"construction": 2, "spending": 2}, names={"treasury": 1})
    other = Profile(terms={"shares": 2, "issue": 2}, names={"treasury": 1})
    found = story_similarity(one, other, TermWeights())
    assert found.names is None and found.score < 0.1
    two = Profile(terms={"shares": 2, "issue": 2}, names={"treasury": 1, "jane roe": 1})
    also = Profile(terms={"shares": 1}, names={"treasury": 1, "jane roe": 2})
    assert story_similarity(two, also, TermWeights()).names is not None
