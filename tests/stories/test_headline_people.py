"""Who a headline is about (round 16): a series of reports in one template about different people stays
apart, and one happening whose headlines spell or extend the names differently stays together."""

from __future__ import annotations

from eventwire.records import Article, Mention
from eventwire.stories import TermWeights, story_similarity
from eventwire.stories.conflict import conflict
from eventwire.stories.evidence import Evidence, article_evidence
from eventwire.stories.headline_people import different_headline_people, headline_people, named_in
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import prior_weight

INTERVIEW = (
    "The Daily Ledger spoke with {name}, an independent candidate for governor of the state, about "
    "the campaign, taxes and the coming debate. {surname} answered questions about schools and roads."
)


def _person(text: str, within: str) -> Mention:
    start = within.index(text)
    return Mention(text=text, span=(start, start + len(text)), sentence=0, kind="PERSON")


def _interview(name: str, published: str = "2020-03-02"):
    surname = name.split()[-1]
    text = INTERVIEW.format(name=name, surname=surname)
    article = Article(
        article_id=surname,
        source_path="/x",
        text=text,
        title=f"Daily Ledger interviews {name}",
        outlet="Daily Ledger",
        published=published,
    )
    mentions = [_person(name, text)]
    return article, mentions


def test_the_people_a_headline_names_are_found_through_the_reports_own_mentions():
    names = [["ana", "pérez"], ["tom", "berg"], ["kim", "jong-nam"]]
    assert headline_people("Police question Pérez over Berg's complaint", names) == ["perez", "berg"]
    assert headline_people("Kim Jong-nam killing: nerve agent found", names) == ["jong-nam"]
    assert headline_people("Police question a singer", names) == []
    assert headline_people(None, names) == []


def test_a_person_is_named_in_another_spelling_or_split_differently():
    assert named_in("jong-nam", ["kim", "jong", "nam"])
    assert named_in("zelenskiy", ["volodymyr", "zelensky"])
    assert named_in("jubeir", ["adel", "al-jubeir"])
    assert not named_in("blankenship", ["phil", "collins"])


def test_two_headlines_about_different_people_conflict_one_with_an_extra_person_does_not():
    lavrov_kerry = (["lavrov", "kerry"], ["sergei", "lavrov", "john", "kerry"])
    lavrov_jubeir = (["lavrov", "jubeir"], ["sergei", "lavrov", "adel", "al-jubeir"])
    lavrov_says = (["lavrov"], ["sergei", "lavrov", "john", "kerry"])
    assert different_headline_people(*lavrov_kerry, *lavrov_jubeir) is True
    assert different_headline_people(*lavrov_kerry, *lavrov_says) is False
    assert different_headline_people(*lavrov_kerry, [], ["sergei", "lavrov"]) is None


def test_a_series_of_interviews_with_different_people_is_told_apart():
    weights = TermWeights()
    roe, roe_mentions = _interview("Jane Roe")
    doe, doe_mentions = _interview("John Doe")
    first = build_profile(roe, roe_mentions, [], prior_weight)
    second = build_profile(doe, doe_mentions, [], prior_weight)
    assert first.evidence.headline_people == ["roe"]
    found = story_similarity(first, second, weights)
    assert "headline" in found.conflicts
    assert found.score < 0.5 * found.before_conflict


def test_one_interview_told_twice_with_the_name_spelled_otherwise_is_not_told_apart():
    weights = TermWeights()
    text = INTERVIEW.format(name="Volodymyr Zelensky", surname="Zelensky")
    other = INTERVIEW.format(name="Volodymyr Zelenskiy", surname="Zelenskiy")
    a = Article(article_id="a", source_path="/x", text=text, title="Ledger interviews Zelensky", outlet="L")
    b = Article(
        article_id="b",
        source_path="/x",
        text=other,
        title="Ledger interviews Volodymyr Zelenskiy",
        outlet="L",
    )
    first = build_profile(a, [_person("Volodymyr Zelensky", text)], [], prior_weight)
    second = build_profile(b, [_person("Volodymyr Zelenskiy", other)], [], prior_weight)
    assert first.evidence.headline_people == ["zelensky"]
    assert "headline" not in story_similarity(first, second, weights).conflicts


def test_headlines_of_two_outlets_naming_different_people_are_not_told_apart_by_the_series_conflict():
    # the "headline" conflict (a headline person the other report never names) is for one outlet's
    # series; across outlets only round 25's weaker "protagonist" (no headline person alike) fires
    roe = Evidence(headline_people=["roe"], people=["jane", "roe"], outlet="daily ledger")
    doe = Evidence(headline_people=["doe"], people=["john", "doe"], outlet="evening post")
    assert conflict(roe, None, doe, None).kinds == []
    assert conflict(roe, "2017-03-16", doe, "2017-03-17").kinds == ["protagonist"]  # days apart
    doe.outlet = "daily ledger"
    assert conflict(roe, None, doe, None).kinds == ["headline"]


def test_one_outlets_items_leading_with_different_counterparts_conflict_but_not_through_a_spokesman():
    text = (
        "Foreign Minister Jan Novak and his counterpart {other} discussed the ceasefire by phone on Tuesday."
    )
    quoted = "The ministry's spokesman Karl Brun said the talks of Jan Novak and Ana Lind went well."

    def evidence(body: str, names: list[str]):
        article = Article(
            article_id=body[:8], source_path="/x", text=body, outlet="Wire", published="2017-02-07"
        )
        return article_evidence(article, [_person(n, body) for n in names], [])

    lind = evidence(text.format(other="Ana Lind"), ["Jan Novak", "Ana Lind"])
    berg = evidence(text.format(other="Tom Berg"), ["Jan Novak", "Tom Berg"])
    brun = evidence(quoted, ["Karl Brun", "Jan Novak", "Ana Lind"])
    assert lind.lede_parties == ["lind", "novak"] and brun.lede_parties == ["lind", "novak"]
    assert "counterpart" in conflict(lind, "2017-02-07", berg, "2017-02-07").kinds
    assert "counterpart" not in conflict(lind, "2017-02-07", brun, "2017-02-07").kinds
    berg.outlet = "other wire"  # another outlet's report: a lede's extra person tells little
    assert "counterpart" not in conflict(lind, "2017-02-07", berg, "2017-02-07").kinds


def test_headline_people_survive_storage():
    article = Article(article_id="a", source_path="/x", text="Jane Roe won.", title="Roe wins")
    found = article_evidence(article, [_person("Jane Roe", article.text)], [])
    assert Evidence.from_json(found.to_json()).headline_people == ["roe"]
    assert conflict(found, None, Evidence(), None).kinds == []
