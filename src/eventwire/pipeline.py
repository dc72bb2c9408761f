"""Run the stages over a stream of articles: parse, resolve actors, code events, date and place them,
group stories, and commit batch by batch so memory does not grow with the input.

The same functions run locally (``eventwire ingest``) and inside Spark partitions (``scale/``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from spacy.language import Language

from eventwire import nlp, stories, timeline
from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.events import EventCoder
from eventwire.records import Article, Event, IngestError, Mention, Quote
from eventwire.store import Store, Writer

DEFAULT_BATCH = 64


@dataclass
class Stages:
    """The loaded stage components, built once per process."""

    nlp: Language
    resolver: ActorResolver
    coder: EventCoder
    gazetteer: timeline.Gazetteer

    @classmethod
    def load(cls) -> Stages:
        return cls(
            nlp=nlp.load_pipeline(),
            resolver=ActorResolver(KnowledgeBase.load()),
            coder=EventCoder(),
            gazetteer=timeline.Gazetteer.load(),
        )


@dataclass
class Analysis:
    """What the stages found in one article."""

    article: Article
    mentions: list[Mention]
    events: list[Event]
    quotes: list[Quote]


def analyse(stages: Stages, articles: list[Article], n_process: int = 1) -> Iterator[Analysis]:
    """Parse and code a batch of articles, in order."""
    docs = nlp.parse(stages.nlp, (a.text for a in articles), n_process=n_process)
    for article, doc in zip(articles, docs, strict=True):
        mentions = stages.resolver(doc, article)
        events, quotes = stages.coder(doc, mentions, article)
        timeline.annotate(events, doc, article, stages.gazetteer)
        for ev in events:
            for rep in ev.reports:
                rep.report_id = ev.event_id
        yield Analysis(article, mentions, events, quotes)


def text_article(text: str, published: str | None, source: str) -> Article:
    """An article made from a bare text (one line of `code-sentences`)."""
    digest = hashlib.sha256(f"{source}\n{text}".encode()).hexdigest()[:16]
    return Article(
        article_id=digest, source_path=source, text=text, published=published, offsets=[(0, 0, len(text))]
    )


@dataclass
class Summary:
    """What an ingest run did."""

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: list[IngestError] = field(default_factory=list)
    reports_by_type: Counter[str] = field(default_factory=Counter)
    stories_touched: set[str] = field(default_factory=set)

    @property
    def skipped_by_reason(self) -> Counter[str]:
        return Counter(e.reason.split(":")[0] for e in self.skipped)


ProgressFn = Callable[[int], None]


def _batches(items: Iterable[Article | IngestError], size: int) -> Iterator[list[Article | IngestError]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Ingest:
    """Stream articles into a store in committed batches; re-ingesting the same article changes nothing."""

    def __init__(
        self, store: Store, stages: Stages, batch_size: int = DEFAULT_BATCH, n_process: int = 1
    ) -> None:
        self.store = store
        self.stages = stages
        self.batch_size = batch_size
        self.n_process = n_process

    def run(self, inputs: Iterable[Article | IngestError], progress: ProgressFn | None = None) -> Summary:
        summary = Summary()
        for batch in _batches(inputs, self.batch_size):
            self._run_batch(batch, summary)
            if progress:
                progress(len(batch))
        return summary

    def _run_batch(self, batch: list[Article | IngestError], summary: Summary) -> None:
        errors = [x for x in batch if isinstance(x, IngestError)]
        articles = [x for x in batch if isinstance(x, Article)]
        summary.read += len(articles)
        summary.skipped.extend(errors)
        known = self.store.known_articles(a.article_id for a in articles)
        fresh, seen = [], set(known)
        for a in articles:
            if a.article_id in seen:
                summary.unchanged += 1
            else:
                seen.add(a.article_id)
                fresh.append(a)
        analyses = list(analyse(self.stages, fresh, self.n_process))
        with self.store.transaction() as writer:
            writer.add_errors(errors)
            touched = {self._add(writer, an) for an in analyses}
            for story_id in sorted(touched):
                if writer.story_articles(story_id):
                    remerge_story(writer, story_id)
        summary.stored += len(analyses)
        summary.stories_touched |= touched
        for an in analyses:
            summary.reports_by_type.update(ev.event_type for ev in an.events)

    @staticmethod
    def _add(writer: Writer, an: Analysis) -> str:
        """Store one analysed article and put it into its story; returns the story id."""
        article = an.article
        found = stories.assign_story(article, an.mentions, an.events, writer)
        story_id = found.story_ids[0] if found.story_ids else stories.new_story_id(article.article_id)
        writer.upsert_story(story_id, article.title)
        writer.merge_stories(story_id, found.story_ids[1:])
        writer.add_article(article, story_id, found.copy_of)
        writer.add_reports(an.events)
        writer.add_quotes(an.quotes)
        writer.add_story_keys(article.article_id, found.keys)
        writer.add_story_profile(article.article_id, found.profile)
        return story_id


def remerge_story(writer: Writer, story_id: str) -> None:
    """Recompute one story's merged events from all its reports (only stories a batch touched)."""
    published = [a.published for a in writer.story_articles(story_id)]
    anchor = min((p for p in published if p), default=None)
    merged = stories.merge_story(
        story_id,
        writer.story_reports(story_id),
        anchor,
        timeline.find_dates,
        writer.story_originals(story_id),
    )
    writer.replace_story_events(story_id, merged, stories.story_date(merged, published))
