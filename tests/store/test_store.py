import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from eventwire import stories
from eventwire.records import Article, Entity, Event, IngestError, Place, Quote, Report
from eventwire.remerge import remerge_story
from eventwire.store import EventFilter, Store, queries
from eventwire.store import export as ex


def _article(aid: str, text: str, published: str | None, outlet: str) -> Article:
    return Article(
        article_id=aid,
        source_path=f"/in/{aid}.txt",
        text=text,
        title=f"Title {aid}",
        published=published,
        outlet=outlet,
        url=f"https://example.org/{aid}",
        offsets=[(0, 0, len(text))],
    )


def _event(article: Article, eid: str, etype: str, date: str | None) -> Event:
    sentence = article.text
    trig = sentence.index("met")
    actor = Entity(
        name="Erna Example",
        mention="Erna Example",
        kb_id="P100",
        country="NOR",
        sectors=["GOV"],
        role="Prime Minister of Norway",
        span=(0, 12),
    )
    other = Entity(
        name="NATO",
        mention="NATO",
        kb_id="NATO",
        country="IGO",
        sectors=[],
        span=(sentence.index("NATO"), sentence.index("NATO") + 4),
    )
    rep = Report(
        article_id=article.article_id,
        source_path=article.source_path,
        sentence=sentence,
        span=(0, len(sentence)),
        url=article.url,
        outlet=article.outlet,
        published=article.published,
        trigger_span=(trig, trig + 3),
        report_id=eid,
    )
    return Event(
        event_id=eid,
        event_type=etype,
        actor=[actor, other],
        recipient=[],
        reports=[rep],
        mode="visit",
        quad_class="verbal cooperation",
        date=date,
        date_precision="day" if date else "unknown",
        location=Place(mention="Brussels", name="Brussels", country="BEL", lat=50.85, lon=4.35),
        confidence=0.7,
    )


def _store_story(store: Store, items: list[tuple[Article, list[Event]]]) -> str:
    with store.transaction() as w:
        sid = stories.new_story_id(items[0][0].article_id)
        w.upsert_story(sid, items[0][0].title)
        for art, evs in items:
            w.add_article(art, sid)
            w.add_reports(evs)
        remerge_story(w, sid)
    return sid


@pytest.fixture
def filled(store):
    a = _article("a1", "Erna Example met NATO leaders in Brussels.", "2021-06-30", "Outlet A")
    b = _article("b2", "Erna Example met NATO officials on Wednesday.", "2021-06-30", "Outlet B")
    _store_story(
        store, [(a, [_event(a, "r1", "CONSULT", "2021-06-30")]), (b, [_event(b, "r2", "CONSULT", None)])]
    )
    return store


def test_two_reports_merge_into_one_stored_event(filled):
    with filled.reading() as conn:
        found = queries.find_events(conn, EventFilter())
    assert len(found) == 1
    ev = found[0]
    assert ev.date == "2021-06-30" and ev.event_type == "CONSULT"
    assert sorted(r.article_id for r in ev.reports) == ["a1", "b2"]
    assert {r.outlet for r in ev.reports} == {"Outlet A", "Outlet B"}
    assert ev.location and ev.location.country == "BEL"
    d = ev.to_dict()
    assert d["n_reports"] == 2 and d["n_outlets"] == 2


@pytest.mark.parametrize(
    ("flt", "n"),
    [
        (EventFilter(actor="NOR"), 1),
        (EventFilter(actor="p100"), 1),
        (EventFilter(actor="erna"), 1),
        (EventFilter(actor="FRA"), 0),
        (EventFilter(recipient="NATO"), 0),
        (EventFilter(event_type="consult"), 1),
        (EventFilter(event_type="ASSAULT"), 0),
        (EventFilter(since="2021-06-30", until="2021-06-30"), 1),
        (EventFilter(since="2021-07"), 0),
        (EventFilter(until="2021-06"), 1),
        (EventFilter(until="2021-05"), 0),
    ],
)
def test_event_filters(filled, flt, n):
    with filled.reading() as conn:
        assert len(queries.find_events(conn, flt)) == n
        assert queries.count_events(conn, flt) == n


def test_articles_and_stories_listing(filled):
    with filled.reading() as conn:
        arts = list(queries.list_articles(conn))
        sts = list(queries.list_stories(conn))
    assert [a["article_id"] for a in arts] == ["a1", "b2"]
    assert all(a["n_events"] == 1 for a in arts)
    assert len(sts) == 1 and sorted(sts[0]["article_ids"]) == ["a1", "b2"]
    assert sts[0]["date"] == "2021-06-30"


def test_known_articles_clear_and_errors(store):
    a = _article("a1", "Erna Example met NATO leaders.", None, "A")
    _store_story(store, [(a, [])])
    assert store.known_articles(["a1", "zz"]) == {"a1"}
    with store.transaction() as w:
        w.add_errors([IngestError("/in/bad.bin", "binary file")])
        w.add_quotes(
            [
                Quote(
                    text="We will stay",
                    span=(0, 12),
                    speaker=Entity(name="Erna Example", mention="she", kb_id="P100", country="NOR"),
                    article_id="a1",
                    date=None,
                )
            ]
        )
    with store.reading() as conn:
        assert [e["reason"] for e in queries.list_errors(conn)] == ["binary file"]
        assert [q["text"] for q in queries.list_quotes(conn, actor="P100")] == ["We will stay"]
        assert list(queries.list_quotes(conn, actor="FRA")) == []
    store.clear()
    assert store.known_articles(["a1"]) == set()


def test_a_failed_batch_writes_nothing(store):
    a = _article("a1", "Erna Example met NATO leaders.", None, "A")
    with pytest.raises(RuntimeError), store.transaction() as w:
        w.add_article(a, "s1")
        raise RuntimeError("crash in the middle of a batch")
    assert store.known_articles(["a1"]) == set()


def test_exports_have_one_record_per_event(filled, tmp_path):
    with filled.reading() as conn:
        found = queries.find_events(conn, EventFilter())
    rows = list(csv.DictReader(io.StringIO(ex.csv_text(found))))
    assert len(rows) == 1 and rows[0]["actor_country"] == "NOR; IGO" and rows[0]["n_reports"] == "2"
    buf = io.StringIO()
    ex.write_plover_json(found, buf)
    plover = json.loads(buf.getvalue())
    assert plover[0]["event"] == "CONSULT" and plover[0]["actor"][0]["country_name"] == "NOR"
    assert len(plover[0]["sources"]) == 2
    path = tmp_path / "e.parquet"
    assert ex.write_parquet(found, path) == 1
    table = pq.read_table(path)
    assert table.num_rows == 1 and table.column("lat").to_pylist() == [50.85]
    assert json.loads(table.column("record")[0].as_py())["event_id"] == found[0].event_id


def test_a_date_range_is_stored_merged_and_exported(store):
    """Session 36: the end of a range the text tells (``date_end``) survives the merge, the store and every
    export."""
    text = "Erna Example met NATO leaders in Brussels from 3 to 5 March."
    a = _article("a1", text, "2021-03-10", "Outlet A")
    ranged = _event(a, "r1", "CONSULT", "2021-03-03")
    ranged.date_end = "2021-03-05"
    _store_story(store, [(a, [ranged])])
    with store.reading() as conn:
        (found,) = queries.find_events(conn, EventFilter())
    assert (found.date, found.date_end) == ("2021-03-03", "2021-03-05")
    (row,) = csv.DictReader(io.StringIO(ex.csv_text([found])))
    assert row["date_end"] == "2021-03-05"
    buf = io.StringIO()
    ex.write_plover_json([found], buf)
    assert json.loads(buf.getvalue())[0]["date_end"] == "2021-03-05"
    assert found.to_dict()["date_end"] == "2021-03-05"
