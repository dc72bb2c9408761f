from eventwire.records import Entity, Event, Report, TimeExpression
from eventwire.stories import merge_story, story_date


def _report_event(
    eid: str,
    etype: str,
    people: list[str],
    date: str | None,
    published: str | None,
    outlet: str,
    expression: str | None = None,
    confidence: float = 0.6,
) -> Event:
    rep = Report(
        article_id="a" + eid,
        source_path=f"/in/{eid}.txt",
        sentence=f"sentence {eid}",
        span=(0, 10),
        outlet=outlet,
        published=published,
        report_id=eid,
    )
    actors = [Entity(name=p, mention=p, kb_id=p, country="XXA", sectors=["GOV"]) for p in people]
    return Event(
        event_id=eid,
        event_type=etype,
        actor=actors,
        recipient=[],
        reports=[rep],
        date=date,
        date_precision="day" if date else "unknown",
        date_expression=expression,
        confidence=confidence,
        date_source="sentence" if date else None,
    )


def _weekday_finder(expression: str, anchor: str | None) -> list[TimeExpression]:
    """A date finder for tests: '(Wednesday)' resolves to the anchor and checks the weekday."""
    import datetime as dt

    if anchor is None:
        return []
    day = dt.date.fromisoformat(anchor)
    stated = expression.split("(")[-1].rstrip(")") if "(" in expression else None
    conflict = stated is not None and day.strftime("%A") != stated
    return [
        TimeExpression(
            expression,
            (0, len(expression)),
            anchor,
            "day",
            tense="past",
            weekday=stated,
            weekday_conflict=conflict,
            anchored=True,
        )
    ]


def test_two_reports_of_one_meeting_become_one_event_with_both_reports():
    a = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-06-30", "2021-06-30", "Outlet A")
    b = _report_event("r2", "CONSULT", ["P2", "P1"], None, None, "Outlet B", "this evening (Wednesday)")
    merged = merge_story("s1", [a, b], "2021-06-30", _weekday_finder)
    assert len(merged) == 1
    ev = merged[0]
    assert {r.report_id for r in ev.reports} == {"r1", "r2"}
    assert ev.date == "2021-06-30" and ev.story_id == "s1"
    assert ev.confidence > 0.6  # two reports corroborate


def test_undated_report_takes_story_date_only_when_weekday_agrees():
    agree = _report_event("r2", "CONSULT", ["P1", "P2"], None, None, "B", "this evening (Wednesday)")
    merged = merge_story("s1", [agree], "2021-06-30", _weekday_finder)
    assert merged[0].date == "2021-06-30" and merged[0].date_source == "story"
    conflict = _report_event("r3", "CONSULT", ["P1", "P2"], None, None, "B", "this evening (Monday)")
    merged = merge_story("s1", [conflict], "2021-06-30", _weekday_finder)
    assert merged[0].date is None


def test_republication_keeps_the_original_date():
    original = _report_event("r1", "AID", ["P1", "P3"], "2022-01-10", "2022-01-10", "A", "earlier today")
    copy = _report_event("r2", "AID", ["P1", "P3"], "2022-01-17", "2022-01-17", "B", "earlier today")
    merged = merge_story("s1", [copy, original], "2022-01-10", _weekday_finder, {"ar2": "2022-01-10"})
    assert len(merged) == 1
    assert merged[0].date == "2022-01-10"
    assert [r.published for r in merged[0].reports] == ["2022-01-10", "2022-01-17"]
    assert story_date(merged, ["2022-01-10", "2022-01-17"]) == ("2022-01-10", "day")


def test_without_the_copy_link_a_week_later_is_another_happening():
    original = _report_event("r1", "AID", ["P1", "P3"], "2022-01-10", "2022-01-10", "A", "earlier today")
    later = _report_event("r2", "AID", ["P1", "P3"], "2022-01-17", "2022-01-17", "B", "earlier today")
    assert len(merge_story("s1", [later, original], "2022-01-10", _weekday_finder)) == 2


def test_different_types_or_actors_stay_apart():
    a = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-06-30", "2021-06-30", "A")
    b = _report_event("r2", "ACCUSE", ["P1", "P2"], "2021-06-30", "2021-06-30", "A")
    c = _report_event("r3", "CONSULT", ["P4", "P5"], "2021-06-30", "2021-06-30", "A")
    assert len(merge_story("s1", [a, b, c], "2021-06-30", _weekday_finder)) == 3


def test_story_date_falls_back_to_earliest_publication():
    assert story_date([], [None, "2020-02-03", "2020-02-01"]) == ("2020-02-01", "day")
    assert story_date([], [None]) == (None, "unknown")


def test_background_events_do_not_date_the_story():
    happening = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-06-30", "2021-06-30", "A")
    past = _report_event("r2", "COERCE", ["P3"], "1943", "2021-06-30", "A")
    past.date_precision = "year"
    told_as_past = _report_event("r3", "ASSAULT", ["P4"], "2021-03", "2021-06-30", "A")
    told_as_past.date_precision, told_as_past.context = "month", ["historical"]
    assert story_date([past, told_as_past, past], ["2021-06-30"]) == ("2021-06-30", "day")
    assert story_date([past, happening], ["2021-06-30"]) == ("2021-06-30", "day")
    last_year = _report_event("r4", "AID", ["P5"], "2020", "2021-06-30", "A")
    last_year.date_precision = "year"
    assert story_date([last_year], ["2021-06-30"]) == ("2020", "year")  # a year back can be the happening
    assert story_date([past], [None]) == ("1943", "year")  # no publication date: nothing to weigh it against


def test_counts_keep_reports_outlets_and_independent_sources_apart():
    original = _report_event("r1", "AID", ["P1", "P3"], "2022-01-10", "2022-01-10", "Wire")
    reprint = _report_event("r2", "AID", ["P1", "P3"], "2022-01-10", "2022-01-11", "Daily")
    reprint.reports[0].copy_of = "ar1"
    own = _report_event("r3", "AID", ["P3", "P1"], "2022-01-10", "2022-01-12", "Herald")
    merged = merge_story("s1", [own, reprint, original], "2022-01-10", _weekday_finder)
    assert len(merged) == 1
    d = merged[0].to_dict()
    assert (d["n_reports"], d["n_articles"], d["n_outlets"], d["n_sources"]) == (3, 3, 3, 2)
    assert d["first_published"] == "2022-01-10"
    assert [r["published"] for r in d["reports"]] == ["2022-01-10", "2022-01-11", "2022-01-12"]


def test_reprints_whose_original_is_not_coded_count_as_one_source():
    a = _report_event("r1", "AID", ["P1", "P3"], "2022-01-10", "2022-01-11", "Daily")
    b = _report_event("r2", "AID", ["P1", "P3"], "2022-01-10", "2022-01-11", "Herald")
    a.reports[0].copy_of = b.reports[0].copy_of = "wire-original"
    d = merge_story("s1", [a, b], "2022-01-10", _weekday_finder)[0].to_dict()
    assert (d["n_reports"], d["n_outlets"], d["n_sources"]) == (2, 2, 1)


def test_republished_copy_without_a_weekday_still_keeps_the_original_date():
    original = _report_event("r1", "AID", ["P1", "P3"], "2022-01-10", "2022-01-10", "A", "earlier today")
    original.date_source = "published"
    copy = _report_event("r2", "AID", ["P1", "P3"], "2022-01-17", "2022-01-17", "B", "earlier today")
    copy.date_source = "published"
    merged = merge_story("s1", [copy, original], "2022-01-10", _weekday_finder, {"ar2": "2022-01-10"})
    assert [(ev.date, ev.date_source) for ev in merged] == [("2022-01-10", "published")]
    assert merged[0].reports[1].published == "2022-01-17"


def test_undated_report_without_a_weekday_stays_apart_and_undated():
    dated = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-12-26", "2021-12-27", "A")
    undated = _report_event("r2", "CONSULT", ["P1", "P2"], None, None, "B", "earlier today")
    merged = merge_story("s1", [dated, undated], "2021-12-27", _weekday_finder)
    assert sorted((ev.date or "") for ev in merged) == ["", "2021-12-26"]


def test_an_agreeing_weekday_elsewhere_in_the_article_lets_its_undated_reports_join():
    dated = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-06-30", "2021-06-30", "A")
    plain = _report_event("r2", "CONSULT", ["P1", "P2"], None, None, "B")
    weekday = _report_event("r3", "SUPPORT", ["P1", "P2"], None, None, "B")
    weekday.reports[0].article_id = plain.reports[0].article_id
    weekday.reports[0].sentence = "a statement this evening (Wednesday)"
    merged = merge_story("s1", [dated, plain, weekday], "2021-06-30", _weekday_finder)
    consult = [ev for ev in merged if ev.event_type == "CONSULT"]
    assert len(consult) == 1 and {r.report_id for r in consult[0].reports} == {"r1", "r2"}
    weekday.reports[0].sentence = "a statement this evening (Monday)"
    merged = merge_story("s1", [dated, plain, weekday], "2021-06-30", _weekday_finder)
    assert len([ev for ev in merged if ev.event_type == "CONSULT"]) == 2


def _parenthesis_finder(text: str, anchor: str | None) -> list[TimeExpression]:
    """Like ``_weekday_finder``, but a text without a parenthesis tells no time."""
    return _weekday_finder(text, anchor) if "(" in text else []


def test_events_of_an_article_placed_at_the_story_date_take_it_when_their_sentence_tells_no_time():
    """An undated release whose "this evening (Wednesday)" agrees with the story: its other events are
    dated like a dated report's (publication date), unless their sentence tells a time of its own."""
    dated = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-06-30", "2021-06-30", "A")
    weekday = _report_event("r2", "CONSULT", ["P1", "P2"], None, None, "B", "this evening (Wednesday)")
    weekday.reports[0].sentence = "a statement this evening (Wednesday)"
    plain = _report_event("r3", "REQUEST", ["P1", "P2"], None, None, "B")
    plain.reports[0].article_id = weekday.reports[0].article_id
    plain.reports[0].sentence = "The two leaders stressed the need to expand cooperation."
    timed = _report_event("r4", "AGREE", ["P1", "P2"], None, None, "B")
    timed.reports[0].article_id = weekday.reports[0].article_id
    timed.reports[0].sentence = "In (Monday) the two sides agreed."  # a time the finder reads
    merged = merge_story("s1", [dated, weekday, plain, timed], "2021-06-30", _parenthesis_finder)
    by_type = {ev.event_type: ev for ev in merged}
    assert (by_type["REQUEST"].date, by_type["REQUEST"].date_source) == ("2021-06-30", "story")
    assert by_type["AGREE"].date is None


def test_events_of_an_undated_article_without_an_agreeing_weekday_stay_undated():
    dated = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-06-30", "2021-06-30", "A")
    weekday = _report_event("r2", "CONSULT", ["P1", "P2"], None, None, "B", "this evening (Monday)")
    weekday.reports[0].sentence = "a statement this evening (Monday)"
    plain = _report_event("r3", "REQUEST", ["P1", "P2"], None, None, "B")
    plain.reports[0].article_id = weekday.reports[0].article_id
    merged = merge_story("s1", [dated, weekday, plain], "2021-06-30", _parenthesis_finder)
    assert next(ev for ev in merged if ev.event_type == "REQUEST").date is None


def _with_sides(ev: Event, sentence: str, *entities: Entity) -> Event:
    ev.actor = list(entities)
    ev.reports[0].sentence = sentence
    return ev


FRANCE = Entity(name="France", mention="France", kb_id="FRA", country="FRA")
A_MAN = Entity(name="man", mention="a man", country="FRA")  # unresolved: known only by its country
MINISTER = Entity(name="Jean Dupont", mention="Jean Dupont", kb_id="P9", country="FRA", sectors=["GOV"])


def test_two_attacks_sharing_only_a_country_stay_two_events():
    """A list of attacks in one country is not one attack (a whole country identifies no happening)."""
    a = _report_event("r1", "ASSAULT", [], "2021-06-30", "2021-06-30", "A")
    b = _report_event("r2", "ASSAULT", [], "2021-06-30", "2021-06-30", "B")
    a = _with_sides(a, "A man stabbed two soldiers in Nice.", FRANCE, A_MAN)
    b = _with_sides(b, "A gunman shot a teacher in Paris.", FRANCE, A_MAN)
    assert len(merge_story("s1", [a, b], "2021-06-30", _weekday_finder)) == 2


def test_reports_sharing_a_person_merge_even_with_a_country_beside():
    a = _report_event("r1", "ACCUSE", [], "2021-06-30", "2021-06-30", "A")
    b = _report_event("r2", "ACCUSE", [], "2021-06-30", "2021-06-30", "B")
    a = _with_sides(a, "Jean Dupont accused the company of fraud.", MINISTER, FRANCE)
    b = _with_sides(b, "The minister, Jean Dupont, accused the firm.", MINISTER)
    (merged,) = merge_story("s1", [a, b], "2021-06-30", _weekday_finder)
    assert len(merged.reports) == 2


def test_two_countries_shared_still_identify_a_happening():
    russia = Entity(name="Russia", mention="Russia", kb_id="RUS", country="RUS")
    syria = Entity(name="Syria", mention="Syria", kb_id="SYR", country="SYR")
    a = _with_sides(
        _report_event("r1", "ASSAULT", [], "2021-06-30", "2021-06-30", "A"),
        "Russia bombed Syria.",
        russia,
        syria,
    )
    b = _with_sides(
        _report_event("r2", "ASSAULT", [], "2021-06-30", "2021-06-30", "B"),
        "Russian jets hit Syria.",
        syria,
        russia,
    )
    assert len(merge_story("s1", [a, b], "2021-06-30", _weekday_finder)) == 1


def test_the_same_sentence_in_two_reports_is_one_happening_whoever_it_names():
    a = _report_event("r1", "ASSAULT", [], "2021-06-30", "2021-06-30", "A")
    b = _report_event("r2", "ASSAULT", [], "2021-06-30", "2021-06-30", "B")
    a = _with_sides(a, "A man stabbed two soldiers in Nice.", FRANCE)
    b = _with_sides(b, "A man  stabbed two soldiers in Nice.", FRANCE)
    assert len(merge_story("s1", [a, b], "2021-06-30", _weekday_finder)) == 1


def test_two_events_of_one_sentence_of_one_article_stay_two():
    nato = Entity(name="NATO", mention="NATO", kb_id="org:nato", country="IGO")
    iraq = Entity(name="Iraq", mention="Iraq", kb_id="IRQ", country="IRQ")
    sentence = "The minister praised NATO for supporting Iraq."
    a = _with_sides(
        _report_event("r1", "SUPPORT", [], "2021-06-30", "2021-06-30", "A"), sentence, MINISTER, nato
    )
    b = _with_sides(_report_event("r2", "SUPPORT", [], "2021-06-30", "2021-06-30", "A"), sentence, nato, iraq)
    b.reports[0].article_id = a.reports[0].article_id
    assert len(merge_story("s1", [a, b], "2021-06-30", _weekday_finder)) == 2


def test_a_merged_event_is_never_dated_after_its_first_report():
    """The first report is undated in its sentence; a later report's publication date is no date for it."""
    first = _report_event("r1", "ACCUSE", ["P1", "P2"], None, "2017-01-26", "A")
    later = _report_event("r2", "ACCUSE", ["P1", "P2"], "2017-01-27", "2017-01-27", "B")
    (merged,) = merge_story("s1", [first, later], "2017-01-26", _weekday_finder)
    assert len(merged.reports) == 2 and merged.date is None
    told = _report_event("r3", "ACCUSE", ["P1", "P2"], "2017-01-25", "2017-01-31", "B", "on Wednesday")
    (merged,) = merge_story("s1", [first, told], "2017-01-26", _weekday_finder)
    assert merged.date == "2017-01-25"  # told by the later report, before the first one


def test_a_decade_the_report_could_not_date_stays_undated_in_its_story():
    from eventwire.timeline import find_dates

    decade = _report_event("d1", "ASSAULT", ["Rebels"], None, "2018-05-09", "Daily", "the 1980s")
    dated = _report_event("d2", "ASSAULT", ["Rebels"], "2018-05-08", "2018-05-09", "Herald")
    merged = merge_story("s1", [decade, dated], "2018-05-08", find_dates)
    undated = [ev for ev in merged if any(r.report_id == "d1" for r in ev.reports)]
    assert undated and all(ev.date in (None, "2018-05-08") for ev in undated)
    assert all(ev.date is None or len(ev.date) == len("YYYY-MM-DD") for ev in merged)


def test_a_merged_event_takes_the_place_a_report_tells_over_an_inferred_country():
    from eventwire.records import INFERRED_PLACE, Place

    inferred = _report_event("r1", "CONSULT", ["P1", "P2"], "2021-06-30", "2021-06-30", "Outlet A")
    told = _report_event("r2", "CONSULT", ["P2", "P1"], "2021-06-30", "2021-06-30", "Outlet B")
    inferred.location = Place("Xland", "Xland", "XXA", 1.0, 2.0, feature="country", source=INFERRED_PLACE)
    told.location = Place("Port Vale", "Port Vale", "XXA", 1.5, 2.5, source="sentence")
    (merged,) = merge_story("s1", [inferred, told], "2021-06-30", _weekday_finder)
    assert merged.location is not None and merged.location.name == "Port Vale"
    told.location = None
    (merged,) = merge_story("s1", [inferred, told], "2021-06-30", _weekday_finder)
    assert merged.location is not None and merged.location.source == INFERRED_PLACE


def _directed(eid: str, etype: str, sentence: str, actor: Entity, recipient: Entity, article: str) -> Event:
    ev = _report_event(eid, etype, [], "2021-06-30", "2021-06-30", "A")
    ev.actor, ev.recipient = [actor], [recipient]
    ev.reports[0].sentence, ev.reports[0].article_id = sentence, article
    return ev


KAMAU = Entity(name="Kamau", mention="Kamau", kb_id="P1", country="KEN", sectors=["GOV"])
ODINGA = Entity(name="Odinga", mention="Odinga", kb_id="P2", country="KEN", sectors=["OPP"])
MWANGI = Entity(name="Mwangi", mention="Mwangi", kb_id="P3", country="KEN", sectors=["JRN"])


def test_a_party_acting_in_one_report_and_acted_upon_in_the_other_makes_two_happenings():
    """ "Kamau criticised Odinga" and "Odinga criticised Kamau" are two statements, never one event with
    both men on both sides."""
    a = _directed("r1", "ACCUSE", "Kamau criticised Odinga over the tax.", KAMAU, ODINGA, "x1")
    b = _directed("r2", "ACCUSE", "Odinga attacked Kamau for the tweet.", ODINGA, KAMAU, "x2")
    merged = merge_story("s1", [a, b], "2021-06-30", _weekday_finder)
    assert len(merged) == 2
    assert all(not {e.kb_id for e in m.actor} & {e.kb_id for e in m.recipient} for m in merged)


def test_twin_a_meeting_told_either_way_round_is_one_happening():
    a = _directed("r1", "CONSULT", "Kamau visited Odinga.", KAMAU, ODINGA, "x1")
    b = _directed("r2", "CONSULT", "Odinga hosted Kamau.", ODINGA, KAMAU, "x2")
    assert len(merge_story("s1", [a, b], "2021-06-30", _weekday_finder)) == 1


def test_a_report_joins_a_merged_event_only_when_it_fits_every_report_of_it():
    """A report naming one party ("Kamau criticised ...") no longer chains two other statements of his."""
    a = _directed("r1", "ACCUSE", "Kamau criticised Odinga.", KAMAU, ODINGA, "x1")
    b = _report_event("r2", "ACCUSE", ["P1"], "2021-06-30", "2021-06-30", "A")
    b.actor = [KAMAU]
    c = _directed("r3", "ACCUSE", "Kamau accused Mwangi of lying.", KAMAU, MWANGI, "x3")
    merged = merge_story("s1", [a, b, c], "2021-06-30", _weekday_finder)
    assert sorted(len(m.reports) for m in merged) == [1, 2]


def test_a_meeting_s_reports_chain_through_any_report_of_it():
    """ "X met Y", "they exchanged views", "we held meetings with Y's council": one meeting told three
    ways, linked report by report."""
    council = Entity(name="Council", mention="the Council", kb_id="P4", country="KEN", sectors=["GOV"])
    a = _directed("r1", "CONSULT", "Kamau met Odinga.", KAMAU, ODINGA, "x1")
    b = _report_event("r2", "CONSULT", [], "2021-06-30", "2021-06-30", "A")
    b.actor, b.reports[0].article_id = [KAMAU, ODINGA, council], "x2"
    c = _report_event("r3", "CONSULT", [], "2021-06-30", "2021-06-30", "A")
    c.actor, c.reports[0].article_id = [council], "x3"
    assert len(merge_story("s1", [a, b, c], "2021-06-30", _weekday_finder)) == 1


def test_a_date_near_the_first_report_dates_the_story_before_more_background():
    election = _report_event("r1", "AGREE", ["P1"], "2021-11-21", "2021-11-24", "A")
    protests = _report_event("r2", "PROTEST", ["P2"], "2021-06", "2021-11-24", "A")
    protests.date_precision = "month"
    assert story_date([protests, protests, election], ["2021-11-24"]) == ("2021-11-21", "day")
    # a happening over a week before its first report: the votes decide as before
    old = _report_event("r3", "AGREE", ["P1"], "2021-11-10", "2021-11-24", "A")
    assert story_date([protests, protests, old], ["2021-11-24"]) == ("2021-06", "month")
    # a month that holds the first report's week counts as near
    this_month = _report_event("r4", "AID", ["P3"], "2021-11", "2021-11-24", "A")
    this_month.date_precision = "month"
    assert story_date([protests, protests, this_month], ["2021-11-24"]) == ("2021-11", "month")


def test_two_reports_undated_events_of_one_story_merge_as_of_the_story_date():
    """Most events of a dated report have no date of their own: two such reports of one happening, days
    apart, still make one event (read as of the story's date), and it stays undated."""
    first = _report_event("u1", "ACCUSE", ["P1", "P2"], None, "2017-03-16", "A")
    later = _report_event("u2", "ACCUSE", ["P1", "P2"], None, "2017-03-20", "B")
    (merged,) = merge_story("s1", [first, later], "2017-03-16", _weekday_finder)
    assert {r.report_id for r in merged.reports} == {"u1", "u2"} and merged.date is None


def test_an_undated_event_never_merges_with_a_dated_one_of_another_day():
    """An undated event of a dated report is of the story's date: a background event of another year or
    a later day's happening told with a date stays its own event; one of the story's days joins it."""
    undated = _report_event("u1", "ACCUSE", ["P1", "P2"], None, "2017-03-16", "A")
    background = _report_event("u2", "ACCUSE", ["P1", "P2"], "2014", "2017-03-17", "B", "in 2014")
    later_day = _report_event("u3", "ACCUSE", ["P1", "P2"], "2017-03-24", "2017-03-24", "C", "on Friday")
    merged = merge_story("s1", [undated, background, later_day], "2017-03-16", _weekday_finder)
    assert sorted(len(ev.reports) for ev in merged) == [1, 1, 1]
    same_day = _report_event("u4", "ACCUSE", ["P1", "P2"], "2017-03-15", "2017-03-17", "B", "on Wednesday")
    (merged,) = merge_story("s1", [undated, same_day], "2017-03-16", _weekday_finder)
    assert merged.date == "2017-03-15" and len(merged.reports) == 2


def _ranged(eid: str, start: str, end: str | None, published: str, outlet: str, expression: str) -> Event:
    ev = _report_event(eid, "ACCUSE", ["P1", "P2"], start, published, outlet, expression)
    ev.date_precision, ev.date_end = "year", end
    return ev


def test_a_ranged_event_merges_with_a_date_inside_its_range_and_a_range_it_overlaps():
    """ "Between 2011 and 2015 P1 accused P2" and "in 2013 P1 accused P2" may be one happening; "in 2016"
    is another; two ranges that overlap may be one."""
    ranged = _ranged("g1", "2011", "2015", "2017-03-16", "A", "between 2011 and 2015")
    inside = _ranged("g2", "2013", None, "2017-03-17", "B", "in 2013")
    after = _ranged("g3", "2016", None, "2017-03-17", "C", "in 2016")
    merged = merge_story("s1", [ranged, inside, after], "2017-03-16", _weekday_finder)
    assert sorted(sorted(r.report_id for r in ev.reports) for ev in merged) == [["g1", "g2"], ["g3"]]
    overlapping = _ranged("g4", "2014", "2018", "2017-03-18", "D", "from 2014 to 2018")
    (merged,) = merge_story("s1", [ranged, overlapping], "2017-03-16", _weekday_finder)
    assert merged.date == "2011" and merged.date_end == "2015" and len(merged.reports) == 2
    apart = _ranged("g5", "2016", "2018", "2017-03-18", "D", "from 2016 to 2018")
    assert len(merge_story("s1", [ranged, apart], "2017-03-16", _weekday_finder)) == 2
