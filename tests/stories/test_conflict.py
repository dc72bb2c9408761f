"""Who / where / what / when evidence: two happenings of one kind told in the same words are told apart."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Entity, Event, Mention, Place, Report
from eventwire.stories import TermWeights, story_similarity
from eventwire.stories import conflict as conflict_module  # the module: its thresholds are patched
from eventwire.stories.conflict import conflict, km_apart
from eventwire.stories.evidence import Evidence, article_evidence, stated_quantities, stated_years, surname
from eventwire.stories.profile import Profile, build_profile
from eventwire.stories.weights import prior_weight

QUAKE = (
    "A magnitude {mag} earthquake struck {place} on Tuesday, killing at least nine people and "
    "flattening hundreds of houses, the disaster agency said. Rescuers dug through the rubble overnight."
)


def _mention(text: str, start: int, kind: str = "PERSON", country: str | None = None) -> Mention:
    entity = Entity(name=text, mention=text, country=country) if country else None
    return Mention(
        text=text,
        span=(start, start + len(text)),
        sentence=0,
        kind=kind,
        candidates=[entity] if entity else [],
    )


def _located_event(start: int, country: str, lat: float, lon: float) -> Event:
    report = Report(article_id="x", source_path="/x", sentence="", span=(start, start + 40))
    place = Place(mention="there", name="there", country=country, lat=lat, lon=lon)
    return Event("e", "ASSAULT", [], [], [report], location=place)


def _profile(text: str, mentions: list[Mention] = (), events: list[Event] = (), published: str | None = None):
    article = Article(article_id=text[:10], source_path="/x", text=text, published=published)
    return build_profile(article, list(mentions), list(events), prior_weight)


def test_a_full_name_gives_its_surname_without_titles():
    assert surname("Prime Minister Jane Roe") == "roe"
    assert surname("Erik Blom, secretary general of the alliance") == "blom"
    assert surname("Roe") is None
    assert surname("the Prime Minister") is None


def test_quantities_and_years_are_read_from_the_text():
    text = "The 6.1-magnitude quake hit in 2019; a 34-year-old man and a magnitude of 5. 8 aftershock."
    assert stated_quantities(text) == {"magnitude": [6.1, 5.8], "age": [34.0]}  # in order stated
    assert stated_years("Since 2018 the mission, set up in 1990, trained 4000 soldiers.") == [1990, 2018]


def test_people_named_in_the_lede_are_the_who():
    text = "Police arrested singer Ana Pérez on Friday. Her lawyer, Tom Berg, said she would plead."
    article = Article(article_id="a", source_path="/x", text=text)
    mentions = [_mention("Ana Pérez", 23), _mention("Tom Berg", 60)]
    found = article_evidence(article, mentions, [])
    assert found.lede_people == ["berg", "pérez"]
    assert {"ana", "pérez", "tom", "berg"} <= set(found.people)


def test_two_arrests_of_different_people_conflict_and_one_arrest_told_twice_does_not():
    ana = Evidence(lede_people=["pérez"], people=["ana", "pérez"])
    ana_again = Evidence(lede_people=["pérez", "berg"], people=["ana", "pérez", "tom", "berg"])
    luis = Evidence(lede_people=["ortega"], people=["luis", "ortega"])
    assert conflict(ana, None, luis, None).kinds == ["who"]
    assert conflict(ana, None, ana_again, None).kinds == []
    assert conflict(ana, None, Evidence(), None).factor == 1.0  # nothing known: no conflict


def test_main_happenings_in_other_countries_or_far_apart_conflict():
    here = Evidence(main_place=("IDN", -6.2, 106.8))
    near = Evidence(main_place=("IDN", -6.9, 107.6))  # about 120 km away
    far = Evidence(main_place=("IDN", 3.6, 98.7))  # about 1,400 km away
    abroad = Evidence(main_place=("MYS", 3.1, 101.7))
    assert km_apart((-6.2, 106.8), (-6.9, 107.6)) == pytest.approx(118, abs=10)
    assert conflict(here, None, near, None).kinds == []
    assert conflict(here, None, far, None).kinds == ["where"]
    assert conflict(here, None, abroad, None).kinds == ["where"]


def test_lede_countries_conflict_only_when_neither_report_names_the_others():
    chile = Evidence(lede_countries=["CHL"], countries=["CHL"])
    peru = Evidence(lede_countries=["PER"], countries=["PER"])
    peru_and_chile = Evidence(lede_countries=["PER"], countries=["CHL", "PER"])
    assert conflict(chile, None, peru, None).kinds == ["where"]
    assert conflict(chile, None, peru_and_chile, None).kinds == []


def test_magnitudes_disagree_beyond_their_revision():
    a = Evidence(quantities={"magnitude": [6.1]})
    assert conflict(a, None, Evidence(quantities={"magnitude": [6.2]}), None).kinds == []
    assert conflict(a, None, Evidence(quantities={"magnitude": [7.5]}), None).kinds == ["what"]


def test_magnitudes_told_together_or_by_measuring_are_read_and_lengths_are_not():
    """Round 23: a follow-up recalls the main shocks as "two quakes, measuring 7.6 and 7.4" or "the 7.6
    and 7.5 magnitude quakes"; read, they agree with a report of the 7.6 shock instead of conflicting."""
    assert stated_quantities("after two quakes, measuring 7.6 and 7.4, struck the coast") == {
        "magnitude": [7.6, 7.4]
    }
    assert stated_quantities("the town hit by the 7.6 and 7.5 magnitude quakes") == {"magnitude": [7.6, 7.5]}
    assert stated_quantities("a quake measuring 6.1.") == {"magnitude": [6.1]}
    for text in (
        "a crater measuring 2.5 metres wide",
        "a room measuring 4.5 by 3 metres",
        "measuring 1,500 feet",
    ):
        assert stated_quantities(text) == {}
    aftershock = Evidence(
        quantities=stated_quantities(
            "A magnitude 6.1 aftershock shook the province today, days after two quakes, measuring 7.6 and "
            "7.4, struck west of the port."
        )
    )
    main_shock = Evidence(quantities=stated_quantities("A 7.6-magnitude earthquake struck before dawn."))
    other_quake = Evidence(quantities=stated_quantities("A 5.2-magnitude earthquake struck before dawn."))
    assert conflict(aftershock, None, main_shock, None).kinds == []
    assert conflict(aftershock, None, other_quake, None).kinds == ["what"]


def test_an_undated_report_stating_years_far_from_a_dated_ones_conflicts_with_it(monkeypatch):
    monkeypatch.setattr(conflict_module, "EARLIER_YEARS", 4)
    monkeypatch.setattr(conflict_module, "LATER_YEARS", 2)
    later = Evidence(years=[2018, 2024])
    assert conflict(later, None, Evidence(), "2021-12-27").kinds == ["when"]
    assert conflict(Evidence(), "2021-12-27", later, None).kinds == ["when"]
    assert conflict(later, None, Evidence(), "2024-07-10").kinds == []
    assert conflict(Evidence(years=[2019]), None, Evidence(), "2021-12-27").kinds == []
    assert conflict(Evidence(years=[2009, 2016]), None, Evidence(), "2021-12-27").kinds == ["when"]
    both_dated = conflict(later, "2021-01-01", Evidence(), "2021-12-27").kinds
    assert "when" not in both_dated  # both dated: the dates tell (round 16: as the "span" conflict)


def test_a_year_both_reports_state_is_background_not_the_undated_reports_time(monkeypatch):
    monkeypatch.setattr(conflict_module, "EARLIER_YEARS", 4)
    monkeypatch.setattr(conflict_module, "LATER_YEARS", 2)
    undated = _profile(
        "A strong earthquake shook the coast of the island on Tuesday. The region was devastated by "
        "the tsunami of 1998, which killed thousands."
    ).evidence
    dated = _profile(
        "Rescuers searched the rubble after Tuesday's earthquake on the island's coast, the worst since "
        "the 1998 tsunami.",
        published="2013-07-03",
    ).evidence
    assert undated.years == [1998] and dated.years == [1998]
    assert conflict(undated, None, dated, "2013-07-03").kinds == []  # both recall 1998
    assert conflict(dated, "2013-07-03", undated, None).kinds == []
    assert conflict(undated, None, Evidence(), "2013-07-03").kinds == ["when"]  # 1998 is its own year
    older = Evidence(years=[1998, 2005])  # a year of its own, long before the dated report's
    assert conflict(older, None, dated, "2013-07-03").kinds == ["when"]
    assert conflict(Evidence(years=[1998, 2012]), None, dated, "2013-07-03").kinds == []


def test_two_earthquakes_in_one_wording_score_lower_than_one_earthquake_told_twice():
    weights = TermWeights()
    first = QUAKE.format(mag="6.1", place="the north of the island")
    sumatra = _profile(first, events=[_located_event(0, "IDN", 3.6, 98.7)])
    sumatra_again = _profile(first.replace("nine", "ten"), events=[_located_event(0, "IDN", 3.7, 98.6)])
    papua = _profile(
        QUAKE.format(mag="7.5", place="the east of the island"),
        events=[_located_event(0, "IDN", -2.5, 140.7)],
    )
    same = story_similarity(sumatra, sumatra_again, weights)
    other = story_similarity(sumatra, papua, weights)
    assert same.conflicts == [] and sorted(other.conflicts) == ["what", "where"]
    assert other.score < 0.5 * same.score


def test_evidence_survives_storage_and_bad_stored_evidence_is_none():
    text = "Rescuers in Chile searched for Ana Pérez, 34-year-old climber, since 2019."
    profile = _profile(text, [_mention("Ana Pérez", 31), _mention("Chile", 12, "GPE", "CHL")])
    again = Profile.from_json(profile.to_json())
    assert again.evidence == profile.evidence
    assert again.evidence.lede_countries == ["CHL"] and again.evidence.quantities == {"age": [34.0]}
    assert Profile.from_json({"terms": {}, "names": {}, "evidence": "garbage"}).evidence == Evidence()


MEETING = (
    "The foreign minister of Norway met the foreign minister of Kenya on Monday to discuss fishing "
    "research, coastal patrols, scholarships for students and a new wind farm on the coast."
)
RELEASE = (
    "Kenya and Norway will expand their cooperation in fishing research and renewable energy, the "
    "ministry said in a statement after the two foreign ministers met for talks."
)


def _ingest(ingest_report, aid: str, text: str, published: str | None, country: str, lat: float, lon: float):
    """Store one report the way the pipeline does, minus the NLP: its one event is located at (lat, lon)."""
    article = Article(article_id=aid, source_path=f"/in/{aid}.txt", text=text, published=published)
    report = Report(article_id=aid, source_path=article.source_path, sentence=text, span=(0, len(text)))
    place = Place(mention="capital", name="capital", country=country, lat=lat, lon=lon)
    return ingest_report(article, [Event(f"ev-{aid}", "CONSULT", [], [], [report], location=place)])[0]


@pytest.mark.parametrize("same_place", [True, False])
def test_an_undated_release_of_a_meeting_elsewhere_starts_its_own_story(ingest_report, same_place):
    dated = _ingest(ingest_report, "m1", MEETING, "2023-05-08", "KEN", -1.29, 36.82)
    where = ("KEN", -1.3, 36.8) if same_place else ("NOR", 59.91, 10.75)
    release = _ingest(ingest_report, "r1", RELEASE, None, *where)
    assert (release == dated) is same_place


def test_a_country_inferred_from_the_parties_is_no_evidence_of_where():
    from dataclasses import replace

    from eventwire.records import INFERRED_PLACE

    text = "Officials of two ministries met on Tuesday to discuss the budget."
    article = Article(article_id="a", source_path="/x", text=text)
    told = _located_event(0, "CHL", -33.4, -70.6)
    inferred = replace(told, location=replace(told.location, source=INFERRED_PLACE))
    assert article_evidence(article, [], [told]).main_place == ("CHL", -33.4, -70.6)
    found = article_evidence(article, [], [inferred])
    assert found.main_place is None and "CHL" not in found.countries
