"""A small database of articles we wrote ourselves, stored the way the pipeline stores them.

`build_world(store)` writes seven short articles in six stories through `Store.transaction()` and
`remerge.remerge_story`: two outlets reporting one meeting (merged into one event with two reports), an
accusation, an arrest, a month-dated aid delivery, an undated request, and a hostile article whose title,
text, outlet, URL, actor name and quote speaker carry HTML and script. When the ingest stages are ready,
this is the one place to switch to ingesting `examples/articles/` through the real pipeline.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from eventwire import stories
from eventwire.records import Article, Entity, Event, Place, Quote, Report
from eventwire.remerge import remerge_story
from eventwire.store import Store

HOLT = Entity("Mira Holt", "", "XQ1", "NOR", ["GOV"], "Prime Minister of Norway")
NATO = Entity("NATO", "", "NATO", "IGO", ["IGO"])
ESTONIA = Entity("Estonia", "", "EST", "EST", ["GOV"])
RUSSIA = Entity("Russia", "", "RUS", "RUS", ["GOV"])
NORWAY = Entity("Norway", "", "NOR", "NOR", ["GOV"])
POLICE = Entity("French police", "", None, "FRA", ["COP"])
PROTESTERS = Entity("protesters", "", None, "FRA", ["OPP"])
HOSTILE_ACTOR = Entity('<img src=x onerror="window.__pwned=3">', "", None, None, ["OPP"])
HOSTILE_SPEAKER = Entity("<svg onload=window.__pwned=4>", "", None, None, [])

BRUSSELS = Place("Brussels", "Brussels", "BEL", 50.85, 4.35, source="sentence")
TALLINN = Place("Tallinn", "Tallinn", "EST", 59.44, 24.75)
PARIS = Place("Paris", "Paris", "FRA", 48.86, 2.35)
OSLO = Place("Oslo", "Oslo", "NOR", 59.91, 10.75)
ESTONIA_AS_A_WHOLE = Place(
    "Estonia", "Estonia", "EST", 59.0, 26.0, feature="country", source="sentence"
)  # no point

HOSTILE_TITLE = "<script>window.__pwned = 1</script> Unrest"
HOSTILE_TEXT = (
    "<script>window.__pwned = 1</script> Activists marched on Sunday. "
    '<img src=x onerror="window.__pwned=3"> protested against Norway in Oslo on Sunday.'
)


@dataclass
class World:
    """What build_world stored: story ids by name, and the articles."""

    store: Store
    story_ids: dict[str, str] = field(default_factory=dict)
    articles: dict[str, Article] = field(default_factory=dict)


def article(
    aid: str, text: str, published: str | None, outlet: str | None, url: str | None, title: str | None = None
) -> Article:
    return Article(
        article_id=aid,
        source_path=f"/news/{aid}.txt",
        text=text,
        title=title or text.split(".")[0][:60],
        url=url,
        outlet=outlet,
        published=published,
        offsets=[(0, 0, len(text))],
    )


def _at(text: str, entity: Entity, mention: str, start: int = 0) -> Entity:
    i = text.index(mention, start)
    return replace(entity, mention=mention, span=(i, i + len(mention)), sectors=list(entity.sectors))


def event(
    art: Article,
    sentence: str,
    trigger: str,
    event_type: str,
    quad: str,
    actor: list[tuple[Entity, str]],
    recipient: list[tuple[Entity, str]],
    date: str | None,
    precision: str,
    place: Place | None,
    n: int = 0,
) -> Event:
    """The article-level event of one sentence of ``art``; spans found in the article text."""
    start = art.text.index(sentence)
    trig = art.text.index(trigger, start)
    return Event(
        event_id=f"r-{art.article_id}-{n}",
        event_type=event_type,
        actor=[_at(art.text, e, m, start) for e, m in actor],
        recipient=[_at(art.text, e, m, start) for e, m in recipient],
        reports=[
            Report(
                article_id=art.article_id,
                source_path=art.source_path,
                sentence=sentence,
                span=(start, start + len(sentence)),
                url=art.url,
                outlet=art.outlet,
                published=art.published,
                trigger_span=(trig, trig + len(trigger)),
                report_id=f"r-{art.article_id}-{n}",
                reason=f"verb '{trigger.lower()}' (world.py) → {event_type}",
            )
        ],
        quad_class=quad,
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        date_source="sentence" if date else None,
        location=place,
        confidence=0.6,
    )


def store_story(store: Store, items: list[tuple[Article, list[Event], list[Quote]]]) -> str:
    """Write one story's articles, reports and quotes, then merge its events, as the pipeline does."""
    with store.transaction() as w:
        sid = stories.new_story_id(items[0][0].article_id)
        w.upsert_story(sid, items[0][0].title)
        for art, events, quotes in items:
            w.add_article(art, sid)
            w.add_reports(events)
            w.add_quotes(quotes)
        remerge_story(w, sid)
    return sid


def build_world(store: Store) -> World:
    world = World(store)
    a1 = article(
        "a1",
        "Prime Minister Mira Holt met NATO leaders in Brussels on Wednesday. "
        "Holt said the talks were useful.",
        "2021-06-30",
        "Nordic Ledger",
        "https://ledger.example/holt-nato",
    )
    a2 = article(
        "a2",
        "Mira Holt met NATO officials in Brussels on Wednesday, the alliance said.",
        "2021-07-01",
        "Baltic Wire",
        "http://wire.example/2021/holt",
    )
    meeting = {"trigger": "met", "event_type": "CONSULT", "quad": "verbal cooperation"}
    e1 = event(
        a1,
        "Prime Minister Mira Holt met NATO leaders in Brussels on Wednesday.",
        actor=[(HOLT, "Mira Holt")],
        recipient=[(NATO, "NATO")],
        date="2021-06-30",
        precision="day",
        place=BRUSSELS,
        **meeting,
    )
    e2 = event(
        a2,
        "Mira Holt met NATO officials in Brussels on Wednesday, the alliance said.",
        actor=[(HOLT, "Mira Holt")],
        recipient=[(NATO, "NATO")],
        date="2021-06-30",
        precision="day",
        place=BRUSSELS,
        **meeting,
    )
    speaker = replace(HOLT, mention="Holt")
    q1 = Quote(
        "the talks were useful",
        (a1.text.index("the talks"), a1.text.index(" useful") + 7),
        speaker,
        "a1",
        "2021-06-30",
    )
    world.story_ids["meeting"] = store_story(store, [(a1, [e1], [q1]), (a2, [e2], [])])

    a3 = article(
        "a3",
        "Estonia accused Russia of cyber attacks on Tuesday.",
        "2022-03-02",
        "Tallinn Daily",
        "https://td.example/a3",
    )
    e3 = event(
        a3,
        a3.text,
        "accused",
        "ACCUSE",
        "verbal conflict",
        [(ESTONIA, "Estonia")],
        [(RUSSIA, "Russia")],
        "2022-03-01",
        "day",
        TALLINN,
    )
    world.story_ids["accusation"] = store_story(store, [(a3, [e3], [])])

    a4 = article(
        "a4",
        "French police arrested protesters in Paris on Saturday.",
        "2022-03-05",
        "Paris Report",
        "javascript:alert(1)",
    )
    e4 = event(
        a4,
        a4.text,
        "arrested",
        "COERCE",
        "material conflict",
        [(POLICE, "French police")],
        [(PROTESTERS, "protesters")],
        "2022-03-05",
        "day",
        PARIS,
    )
    world.story_ids["arrest"] = store_story(store, [(a4, [e4], [])])

    a5 = article(
        "a5",
        "Norway sent aid to Estonia in April.",
        "2022-04-20",
        "Nordic Ledger",
        "https://ledger.example/aid",
    )
    e5 = event(
        a5,
        a5.text,
        "sent",
        "AID",
        "material cooperation",
        [(NORWAY, "Norway")],
        [(ESTONIA, "Estonia")],
        "2022-04",
        "month",
        ESTONIA_AS_A_WHOLE,
    )
    world.story_ids["aid"] = store_story(store, [(a5, [e5], [])])

    a6 = article("a6", "NATO asked Mira Holt to host the next summit.", None, None, None)
    e6 = event(
        a6,
        a6.text,
        "asked",
        "REQUEST",
        "verbal cooperation",
        [(NATO, "NATO")],
        [(HOLT, "Mira Holt")],
        None,
        "unknown",
        None,
    )
    world.story_ids["request"] = store_story(store, [(a6, [e6], [])])

    a7 = article(
        "a7",
        HOSTILE_TEXT,
        "2022-05-01",
        "<b>Evil</b> Times",
        "https://evil.example/x?a=<script>",
        title=HOSTILE_TITLE,
    )
    e7 = event(
        a7,
        '<img src=x onerror="window.__pwned=3"> protested against Norway in Oslo on Sunday.',
        "protested",
        "PROTEST",
        "material conflict",
        [(HOSTILE_ACTOR, '<img src=x onerror="window.__pwned=3">')],
        [(NORWAY, "Norway")],
        "2022-05-01",
        "day",
        OSLO,
    )
    q7 = Quote("<script>window.__pwned = 5</script>", (0, 10), HOSTILE_SPEAKER, "a7", "2022-05-01")
    world.story_ids["hostile"] = store_story(store, [(a7, [e7], [q7])])
    world.articles = {a.article_id: a for a in (a1, a2, a3, a4, a5, a6, a7)}
    return world
