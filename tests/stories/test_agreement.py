"""Agreement of specifics (round 9): reports of one happening told in different words that state the same
age, or lead with the same person, score higher; two happenings of one kind do not."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Mention
from eventwire.stories import TermWeights, story_similarity
from eventwire.stories import agreement as agreement_module  # the module: its factors are patched
from eventwire.stories.agreement import agreement, one_undated
from eventwire.stories.evidence import Evidence, article_evidence, lede_subject, stated_quantities
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import prior_weight

CRASH = (
    "A {age}-year-old woman was struck and killed by a driver who fled the scene outside a supermarket in "
    "Riverton on Friday night, police said. The driver was arrested hours later."
)
CHARGE = (
    "Prosecutors charged a man with manslaughter on Monday over a hit-and-run that left Lena Ortiz, "
    "{age}, dead outside a grocery store; witnesses had described his van to officers."
)


def _person(text: str, start: int) -> Mention:
    return Mention(text=text, span=(start, start + len(text)), sentence=0, kind="PERSON")


def _profile(text: str, published: str | None = None, mentions: list[Mention] = ()):
    article = Article(article_id=text[:12], source_path="/x", text=text, published=published)
    return build_profile(article, list(mentions), [], prior_weight)


def test_ages_are_read_in_apposition_and_in_spaced_forms():
    assert stated_quantities("Police said Dana Kowalczyk, 36, of Elmhurst was held.") == {"age": [36.0]}
    assert stated_quantities("a 59 - year old woman and a 27 year old man") == {"age": [59.0, 27.0]}
    assert stated_quantities("Ann McLeod, 41, and Bo Li, 40, were hurt") == {"age": [41.0, 40.0]}
    # a list of numbers after a lower-case word, or a year, is no age
    assert stated_quantities("the scores were, 12, 14 and 9; in March, 2008, it rained") == {}


def test_the_lede_subject_is_the_first_person_named_in_full():
    text = "Coach Jo Marsh was fired on Sunday. Team owner Al Brandt said Marsh had lost the dressing room."
    mentions = [_person("Al Brandt", 47), _person("Coach Jo Marsh", 0), _person("Marsh", 63)]
    assert lede_subject(mentions) == "marsh"
    assert lede_subject([_person("Marsh", 0)]) is None  # a surname alone is no full name
    found = article_evidence(Article(article_id="a", source_path="/x", text=text), mentions, [])
    assert found.main_person == "marsh"


def test_the_same_age_or_subject_agrees_and_raises_the_score():
    a = Evidence(quantities={"age": [59.0, 23.0]}, main_person="chohan")
    b = Evidence(quantities={"age": [59.0]}, main_person="chohan")
    found = agreement(a, None, b, None)
    assert found.kinds == ["age", "subject"]
    factors = agreement_module.AGREEMENT_FACTORS
    assert found.factor == pytest.approx(factors["age"] * factors["subject"])
    assert found.factor > 1.0


def test_other_ages_or_people_or_missing_evidence_agree_on_nothing():
    older = Evidence(quantities={"age": [60.0]})
    assert agreement(Evidence(quantities={"age": [59.0]}), None, older, None).kinds == []
    assert agreement(Evidence(main_person="roe"), None, Evidence(main_person="doe"), None).kinds == []
    assert agreement(Evidence(), None, Evidence(main_person="doe"), None).kinds == []
    assert agreement(Evidence(), None, Evidence(), None).factor == 1.0


def test_specifics_agree_only_when_a_report_is_undated():
    a = Evidence(main_person="sessions")
    assert agreement(a, None, a, "2017-02-09").kinds == ["subject"]  # an undated report: nothing tells
    assert agreement(a, None, a, None).kinds == ["subject"]
    assert agreement(a, "2017-02-09", a, "2017-02-09").kinds == []  # dated reports: their dates tell
    assert agreement(a, "2017-02-09", a, "2017-03-03").factor == 1.0
    assert one_undated(None, "2017-03-03") and not one_undated("2017-02-09", "2017-02-09")


def test_two_reports_of_one_crash_told_differently_score_higher_with_the_same_age():
    weights = TermWeights()
    same = story_similarity(_profile(CRASH.format(age=66)), _profile(CHARGE.format(age=66)), weights)
    other = story_similarity(_profile(CRASH.format(age=66)), _profile(CHARGE.format(age=31)), weights)
    assert same.score > other.score
    assert same.agreements == ["age"] and other.agreements == []
    assert same.before_conflict == pytest.approx(other.before_conflict)


def test_a_conflict_is_not_outweighed_by_an_agreement(monkeypatch):
    monkeypatch.setitem(agreement_module.AGREEMENT_FACTORS, "age", 3.0)
    weights = TermWeights()
    a = _profile(CRASH.format(age=66) + " A 6.1-magnitude quake shook the town.")
    b = _profile(CHARGE.format(age=66) + " A 4.0 magnitude quake shook the town.")
    found = story_similarity(a, b, weights)
    assert "what" in found.conflicts
    assert found.score < found.before_conflict


def test_an_agreement_lifts_a_score_to_the_cap_at_most_and_never_lowers_it(monkeypatch, hand_set_score):
    monkeypatch.setitem(agreement_module.AGREEMENT_FACTORS, "age", 10.0)
    weights = TermWeights()
    low = story_similarity(_profile(CRASH.format(age=66)), _profile(CHARGE.format(age=66)), weights)
    assert low.score == pytest.approx(min(low.before_conflict * 10.0, agreement_module.AGREEMENT_CAP))
    text = CRASH.format(age=66)
    high = story_similarity(_profile(text), _profile(text), weights)  # above the cap already
    assert high.agreements == ["age"] and high.score == pytest.approx(high.before_conflict)


def test_the_agreement_cap_is_the_bridge_score_of_grouping() -> None:
    from eventwire.stories import grouping
    from eventwire.stories.agreement import agreement_cap

    assert agreement_cap(False) == grouping.BRIDGE_SCORE
    assert agreement_cap(True) == grouping.BRIDGE_SCORE_WITH_MEANING
