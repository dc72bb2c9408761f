from datasketch import MinHash

from eventwire.records import Entity, Event, Report
from eventwire.stories import matching_stories, story_keys
from eventwire.stories.grouping import (
    MAX_RELATED,
    StoryCandidate,
    dates_compatible,
    keys_to_read,
    latest_compatible,
    most_related,
)
from eventwire.stories.keys import NUM_PERM, is_specific, lsh_keys, minhash, shingles, text_key
from eventwire.stories.spans import enclosing_date, event_date

TEXT = (
    "The defence ministers of Norway and Finland signed an agreement on joint air patrols over the Arctic "
    "on Tuesday, officials in Oslo said, adding that the first flights would start in the spring."
)


def _event(
    etype: str, *people: tuple[str | None, str | None], date: str | None = None, eid: str = "r1"
) -> Event:
    actors = [
        Entity(name=k or c or "?", mention=k or "?", kb_id=k, country=c, sectors=["GOV"]) for k, c in people
    ]
    rep = Report(article_id="a" + eid, source_path=f"/x/{eid}", sentence="s", span=(0, 1), report_id=eid)
    return Event(
        event_id=eid,
        event_type=etype,
        actor=actors,
        recipient=[],
        reports=[rep],
        date=date,
        date_precision="day" if date else "unknown",
    )


def _match(
    new: dict[str, str | None],
    old: dict[str, str | None],
    story: str = "s1",
    published: tuple[str | None, str | None] = (None, None),
):
    """What the store hands the grouper: the earlier article's keys that the new article shares
    (``published``: the earlier and the new article's publication dates)."""
    cands = [StoryCandidate("old", story, k, d, published[0]) for k, d in old.items() if k in new]
    return matching_stories(new, cands, published[1])


def test_exact_copy_shares_the_text_key_and_all_bands():
    assert text_key(TEXT) == text_key(TEXT.upper() + "  ")
    assert lsh_keys(TEXT) == lsh_keys(TEXT)


def test_light_edit_still_shares_bands_and_joins_the_story():
    edited = TEXT.replace("on Tuesday", "on Tuesday morning").replace("officials in Oslo said", "Oslo said")
    old = story_keys(TEXT, [])
    new = story_keys(edited, [])
    match = _match(new, old)
    assert match.story_ids == ["s1"] and match.copy_of is not None and match.copy_of.article_id == "old"


def test_unrelated_text_does_not_join():
    other = (
        "Heavy rain flooded several districts of Dhaka overnight, and the city authorities opened "
        "emergency shelters for families whose homes were damaged by the water."
    )
    assert _match(story_keys(other, []), story_keys(TEXT, [])).story_ids == []


def test_same_event_between_identified_actors_joins_across_outlets():
    a = story_keys(
        "first outlet wording of the meeting",
        [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2022-05-03")],
    )
    b = story_keys(
        "a different translation entirely",
        [_event("CONSULT", ("P2", "FIN"), ("P1", "NOR"), date="2022-05-03")],
    )
    match = _match(b, a)
    assert match.story_ids == ["s1"] and match.copy_of is None


def test_same_actors_weeks_apart_are_different_happenings():
    a = story_keys("x", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2022-05-03")])
    b = story_keys("y", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2022-06-20")])
    assert _match(b, a).story_ids == []


def test_undated_report_joins_only_through_identified_actors():
    dated = story_keys("x", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2022-05-03")])
    undated = story_keys("y", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"))])
    assert _match(undated, dated, published=("2022-05-03", "2022-05-04")).story_ids == ["s1"]
    assert _match(undated, dated).story_ids == []  # publication dates unknown: nothing ties them in time
    vague_a = story_keys("x", [_event("CONSULT", (None, "NOR"), (None, "FIN"))])
    vague_b = story_keys("y", [_event("CONSULT", (None, "NOR"), (None, "FIN"))])
    assert _match(vague_b, vague_a).story_ids == []


def test_dates_compatible_at_shared_precision():
    assert dates_compatible("2021-06-30", "2021-07-01")
    assert not dates_compatible("2021-06-30", "2021-07-09")
    assert dates_compatible("2021-06", "2021-06-30")
    assert not dates_compatible("2021-05", "2021-06-30")
    assert dates_compatible(None, "2021-06-30")


def test_country_level_event_keys_only_point_to_articles_to_compare():
    a = story_keys("x", [_event("CONSULT", (None, "NOR"), (None, "FIN"), date="2022-05-03")])
    b = story_keys("y", [_event("CONSULT", (None, "NOR"), (None, "FIN"), date="2022-05-04")])
    match = _match(b, a)
    assert match.story_ids == [] and match.related == ["old"]
    far = story_keys("y", [_event("CONSULT", (None, "NOR"), (None, "FIN"), date="2022-07-04")])
    assert _match(far, a).related == []


def test_an_undated_event_joins_identified_actors_only_when_published_close():
    dated = story_keys("x", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2022-05-03")])
    undated = story_keys("y", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"))])
    cands = [StoryCandidate("old", "s1", k, d, "2022-05-03") for k, d in dated.items() if k in undated]
    assert matching_stories(undated, cands, "2022-05-05").story_ids == ["s1"]
    assert matching_stories(undated, cands, "2022-08-05").story_ids == []


def test_minhash_reuses_its_permutations_without_carrying_one_text_into_the_next() -> None:
    other = "Rebels shelled the northern town overnight and the army said it had repelled the attack at dawn."
    first = minhash(TEXT)
    minhash(other)
    fresh = MinHash(num_perm=NUM_PERM, seed=1)
    fresh.update_batch([s.encode("utf-8") for s in shingles(TEXT)])
    assert list(minhash(TEXT).hashvalues) == list(fresh.hashvalues) == list(first.hashvalues)
    assert minhash(other).jaccard(first) < 0.5


def test_a_person_and_a_country_only_point_to_articles_to_compare():
    """A country is the setting of many happenings: a minister's meetings with one country all week are
    several stories, told apart by their words, not one by their shared key."""
    country = Entity(name="Norway", mention="Norway", kb_id="NOR", country="NOR")
    minister = Entity(name="P1", mention="P1", kb_id="P1", country="FIN", sectors=["GOV"])

    def keys(text: str, day: str) -> dict[str, str | None]:
        rep = Report(article_id="a", source_path="/x", sentence="s", span=(0, 1), report_id=text)
        meeting = Event(
            event_id=text,
            event_type="CONSULT",
            actor=[minister],
            recipient=[country],
            reports=[rep],
            date=day,
        )
        return story_keys(text, [meeting])

    match = _match(keys("y", "2022-05-04"), keys("x", "2022-05-03"))
    assert match.story_ids == [] and match.related == ["old"]
    assert not is_specific("ev:CONSULT:P1|NOR") and not is_specific("ev:CONSULT:P1|NOR:GOV")
    assert is_specific("ev:CONSULT:P1|P2")


def test_the_latest_compatible_event_date_bounds_every_compatible_date():
    assert latest_compatible("2021-06-30") == "2021-07-02"
    assert latest_compatible("2021-06") == "2021-06-99" and latest_compatible("2021") == "2021-99"
    assert latest_compatible("2021-02-30") is None and latest_compatible("soon") is None
    assert latest_compatible("20210630") is None
    for day, other in [("2021-06-30", "2021-07-02"), ("2021-06-30", "2021-06"), ("2021-06", "2021-06-30")]:
        assert dates_compatible(day, other) and other <= latest_compatible(day)
    assert not dates_compatible("2021-06-30", "2021-07-03") and latest_compatible("2021-06-30") < "2021-07-03"


def test_keys_read_for_candidates_leave_out_what_cannot_match():
    dated = story_keys(TEXT, [_event("CONSULT", (None, "NOR"), (None, "FIN"), date="2022-05-03")])
    undated_country = story_keys("x", [_event("ACCUSE", (None, "NOR"), (None, "FIN"))])
    undated_people = story_keys("y", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"))])
    wanted, latest = keys_to_read({**dated, **undated_country, **undated_people})
    assert [k for k in wanted if k.startswith("ev:")] == ["ev:CONSULT:FIN:GOV|NOR:GOV", "ev:CONSULT:P1|P2"]
    assert latest == {"ev:CONSULT:FIN:GOV|NOR:GOV": "2022-05-05"}
    copy_keys = [k for k in (*dated, *undated_country, *undated_people) if not k.startswith("ev:")]
    assert [k for k in wanted if not k.startswith("ev:")] == copy_keys


def test_the_reports_related_by_country_level_events_are_bounded_most_shared_then_latest_first():
    def cand(aid: str, key: str, published: str | None) -> StoryCandidate:
        return StoryCandidate(aid, "s" + aid, key, "2022-05-03", published)

    related = {f"a{i:02d}": [cand(f"a{i:02d}", "ev:X:USA|RUS", f"2022-05-{i + 1:02d}")] for i in range(25)}
    related["a99"] = [cand("a99", "ev:X:USA|RUS", None), cand("a99", "ev:Y:USA|RUS", None)]
    assert most_related(related, limit=3) == ["a23", "a24", "a99"]  # two shared events, then the latest
    assert MAX_RELATED == 20 and most_related(related) == [f"a{i:02d}" for i in range(6, 25)] + ["a99"]


def test_a_range_is_compatible_with_a_date_inside_it_and_with_a_range_it_overlaps():
    assert dates_compatible("2011/2015", "2013") and dates_compatible("2013-05-04", "2011/2015")
    assert not dates_compatible("2011/2015", "2016") and not dates_compatible("2010-12", "2011/2015")
    assert dates_compatible("2011/2015", "2014/2018") and not dates_compatible("2011/2013", "2014/2018")
    assert dates_compatible("2021-03-03/2021-03-05", "2021-03-07")  # days apart, as two days are
    assert not dates_compatible("2021-03-03/2021-03-05", "2021-03-09")
    assert latest_compatible("2011/2015") == "2015-99"
    assert latest_compatible("2021-03-03/2021-03-05") == "2021-03-07"


def test_a_ranged_events_key_holds_its_range_at_the_precision_its_ends_share():
    assert event_date("2011", "2015") == "2011/2015" and event_date("2011", None) == "2011"
    assert event_date("2011", "2011") == "2011"  # no range
    assert enclosing_date("2021-03-03/2021-03-05") == "2021-03" and enclosing_date("2011/2015") == "201"
    assert enclosing_date("2011-03/2011-06") == "2011" and enclosing_date("2019/2021") is None
    ranged = _event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2011")
    ranged.date_end = "2015"
    keys = story_keys("x", [ranged])
    assert keys["ev:CONSULT:P1|P2"] == "201"
    inside = story_keys("y", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2013")])
    assert _match(inside, keys).story_ids == ["s1"]  # before: the range's first year only, 2011
    other_decade = story_keys("y", [_event("CONSULT", ("P1", "NOR"), ("P2", "FIN"), date="2021")])
    assert _match(other_decade, keys).story_ids == []
