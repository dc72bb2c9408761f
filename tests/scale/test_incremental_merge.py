"""Merging a batch's reports into a story's stored events stores exactly what re-merging the whole story
stores: the same events, actors, reports' events, story dates, tallies and retired ids."""

from __future__ import annotations

import copy
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from eventwire import pipeline, remerge, stories
from eventwire.pipeline import Analysis, Ingest
from eventwire.records import Article, Entity, Event, Report
from eventwire.store import Store
from eventwire.store import schema as t

TYPES = ("CONSULT", "ACCUSE", "AID")
PEOPLE = ("P1", "P2", "P3", "P4", "P5")
PHRASES = (
    "on Monday",
    "yesterday",
    "on Tuesday",
    "last week",
    "earlier today",
    "this evening (Wednesday)",
    None,
)
TABLES = (t.events, t.event_actors, t.stories, t.actors, t.dyads, t.actor_terms, t.retired_ids)


def _event(article: Article, n: int, rng: random.Random) -> Event:
    """An article-level event among few types and people, so that reports of a story merge."""
    people = rng.sample(PEOPLE, rng.choice((1, 2, 2, 3)))
    phrase = rng.choice(PHRASES)
    dated = article.published is not None and rng.random() < 0.6
    event_id = f"{article.article_id}-{n}"
    sentence = f"{' and '.join(people)} met {phrase or ''} in sentence {n}."
    report = Report(
        article.article_id,
        article.source_path,
        sentence,
        (0, len(sentence)),
        None,
        article.outlet,
        article.published,
        report_id=event_id,
    )
    actors = [Entity(p, p, kb_id=p, country="XXA", score=rng.choice((0.5, 0.9))) for p in people]
    return Event(
        event_id=event_id,
        event_type=rng.choice(TYPES),
        actor=actors[:1],
        recipient=actors[1:],
        reports=[report],
        date=article.published if dated else None,
        date_precision="day" if dated else "unknown",
        date_expression=phrase,
        date_source="sentence" if dated else None,
        confidence=rng.choice((0.3, 0.6, 0.8)),
        mode=rng.choice((None, "asserted")),
    )


def _sample(seed: int, n_articles: int) -> list[tuple[str, Analysis]]:
    """(story tag, analysis) of articles in arrival order, published on any day of a month (so a story's
    anchor moves when an earlier one arrives) or undated; tag "b>a" joins a and absorbs b."""
    rng = random.Random(seed)
    out: list[tuple[str, Analysis]] = []
    for i in range(n_articles):
        published = None if rng.random() < 0.15 else f"2024-03-{rng.randint(1, 28):02d}"
        tag = "b>a" if i == n_articles // 2 else rng.choice("abcd")
        article = Article(
            f"art{seed}-{i:03d}",
            f"/in/{i}.txt",
            f"Text {i} about {tag}.",
            title=f"Story {tag}",
            outlet=rng.choice(("Wire", "Daily", "Herald")),
            published=published,
        )
        events = [_event(article, n, rng) for n in range(rng.randint(0, 3))]
        out.append((tag, Analysis(article, [], events, [])))
    return out


class TaggedStories:
    """``assign_story`` stand-in: a story per tag; "x>y" joins y's story and absorbs x's; every third
    article of a story republishes the story's first."""

    def __init__(self, tags: dict[str, str]) -> None:
        self.tags = tags
        self.stories: dict[str, str] = {}
        self.first: dict[str, str] = {}
        self.count: dict[str, int] = {}

    def __call__(
        self, article: Article, mentions: list, events: list[Event], index: object, profile: object = None
    ):
        tag = self.tags[article.article_id]
        absorbed, _, tag = tag.rpartition(">")
        joined = [self.stories[x] for x in (tag, absorbed) if x and x in self.stories]
        story = joined[0] if joined else stories.new_story_id(article.article_id)
        for x in (tag, absorbed):
            if x:
                self.stories[x] = story
        self.count[tag] = self.count.get(tag, 0) + 1
        copy_of = self.first.get(tag) if self.count[tag] % 3 == 0 else None
        self.first.setdefault(tag, article.article_id)
        return stories.Assignment(joined, copy_of, {}, stories.profile_article(article, mentions, events))


class Replay:
    """An ``Analyser`` handing back prepared analyses (fresh copies each time)."""

    def __init__(self, analyses: Iterable[Analysis]) -> None:
        self.by_id = {an.article.article_id: an for an in analyses}

    def analyse(self, articles: list[Article]) -> Iterator[Analysis]:
        return (copy.deepcopy(self.by_id[a.article_id]) for a in articles)


def _rows(store: Store) -> dict[str, list[tuple]]:
    """Every row of the tables a merge writes (and which merged event each report is in), sorted."""
    with store.reading() as conn:
        out = {table.name: sorted(map(tuple, conn.execute(select(table))), key=repr) for table in TABLES}
        out["reports"] = sorted(conn.execute(select(t.reports.c.report_id, t.reports.c.event_id)))
    return out


def _ingest(tmp_path: Path, sample: list[tuple[str, Analysis]], incremental: bool, monkeypatch) -> Store:
    monkeypatch.setattr(
        pipeline.stories, "assign_story", TaggedStories({an.article.article_id: tag for tag, an in sample})
    )
    store = Store(tmp_path / f"{'inc' if incremental else 'whole'}.db")
    analyses = [an for _, an in sample]
    Ingest(store, Replay(analyses), batch_size=5, incremental_merge=incremental).run(
        [an.article for an in analyses]
    )
    return store


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_incremental_merge_stores_what_the_whole_merge_stores(tmp_path, monkeypatch, seed):
    sample = _sample(seed, 70)
    whole_calls: list[str] = []
    whole = remerge.remerge_whole

    def counting_whole(writer, story_id):
        whole_calls.append(story_id)
        whole(writer, story_id)

    reference = _rows(_ingest(tmp_path, sample, False, monkeypatch))
    monkeypatch.setattr(remerge, "remerge_whole", counting_whole)
    incremental = _rows(_ingest(tmp_path, sample, True, monkeypatch))

    assert len(reference["events"]) > 10
    assert any(row[-4] > 1 for row in reference["events"])  # some events merge several reports
    assert incremental == reference
    touched = 70 // 5 * 4  # at most four stories per batch
    assert 0 < len(whole_calls) < touched / 2  # the anchor moved now and then; otherwise incremental


def test_a_batch_without_earlier_articles_adds_to_the_story_incrementally(tmp_path, monkeypatch):
    sample = _sample(7, 12)
    for _, an in sample:  # every article dated and in order: the anchor never moves
        an.article.published = "2024-03-01"
        for ev in an.events:
            ev.reports[0].published = "2024-03-01"
    calls: list[str] = []
    monkeypatch.setattr(remerge, "remerge_whole", lambda writer, story_id: calls.append(story_id))
    store = _ingest(tmp_path, sample, True, monkeypatch)
    assert calls == []
    with store.reading() as conn:
        unmerged = conn.scalar(select(t.reports.c.report_id).where(t.reports.c.event_id.is_(None)))
        n_articles = sum(conn.scalars(select(t.stories.c.n_articles)))
    assert unmerged is None
    assert n_articles == 12
