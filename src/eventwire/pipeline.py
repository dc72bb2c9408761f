"""Run the stages over a stream of articles: parse, resolve actors, code events, date and place them,
group stories, and commit batch by batch so memory does not grow with the input.

The same functions run locally (``eventwire ingest``), on worker processes (``scale.workers``) and
inside Spark partitions (``scale.spark``). ``Stages.load(policy)`` chooses what the parser sees:
every sentence (``exact``) or only the sentences that can hold an event and their context
(``events``, ``strict``: the fast path of ``scale.select``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Protocol

from spacy.language import Language

from eventwire import nlp, stories, timeline
from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.events import EventCoder
from eventwire.nlp import clip
from eventwire.records import Article, Event, IngestError, Mention, Quote
from eventwire.scale.select import Policy, SentenceSelector
from eventwire.store import Store, Writer

DEFAULT_BATCH = 64
MAX_SKIPPED_KEPT = 100  # skipped inputs listed in the summary (all of them are in the database)


@dataclass
class Stages:
    """The loaded stage components, built once per process.

    ``selector``: the fast path's choice of sentences to parse; None parses every sentence.
    """

    nlp: Language
    resolver: ActorResolver
    coder: EventCoder
    gazetteer: timeline.Gazetteer
    selector: SentenceSelector | None = None

    @classmethod
    def load(cls, policy: Policy | str = Policy.exact) -> Stages:
        """Every stage, loaded once; ``policy`` "events" or "strict" turns the fast path on."""
        pipeline = nlp.load_pipeline()
        kb = KnowledgeBase.load()
        selector = None if Policy(policy) is Policy.exact else SentenceSelector.load(pipeline, kb, policy)
        return cls(
            nlp=pipeline,
            resolver=ActorResolver(kb),
            coder=EventCoder(),
            gazetteer=timeline.Gazetteer.load(),
            selector=selector,
        )

    def analyse(self, articles: list[Article]) -> Iterator[Analysis]:
        """Parse and code a batch of articles, in order (see ``analyse``)."""
        return analyse(self, articles)


@dataclass
class Analysis:
    """What the stages found in one article."""

    article: Article
    mentions: list[Mention]
    events: list[Event]
    quotes: list[Quote]


class Analyser(Protocol):
    """What ``Ingest`` analyses batches with: ``Stages`` in this process, or a pool of workers."""

    def analyse(self, articles: list[Article]) -> Iterable[Analysis]: ...


def analyse(stages: Stages, articles: list[Article], n_process: int = 1) -> Iterator[Analysis]:
    """Parse and code a batch of articles, in order.

    The stages read ``parsed_view(stages, article)``: the article itself, or on the fast path a copy
    whose unparsed sentences are blanked (same offsets, so every span and id is the article's own).
    """
    views = [parsed_view(stages, a) for a in articles]
    docs = nlp.parse(stages.nlp, (v.text for v in views), n_process=n_process)
    for article, view, doc in zip(articles, views, docs, strict=True):
        mentions = stages.resolver(doc, view)
        events, quotes = stages.coder(doc, mentions, view)
        timeline.annotate(events, doc, view, stages.gazetteer)
        for ev in events:
            for rep in ev.reports:
                rep.report_id = ev.event_id
        yield Analysis(article, mentions, events, quotes)


def parsed_view(stages: Stages, article: Article) -> Article:
    """The article as the parser sees it: the chosen sentences, at most ``nlp.MAX_CHARS`` characters."""
    view = stages.selector.excerpt(article) if stages.selector is not None else article
    if len(view.text) > nlp.MAX_CHARS:
        view = replace(view, text=clip(view.text, nlp.MAX_CHARS))
    return view


def text_article(text: str, published: str | None, source: str) -> Article:
    """An article made from a bare text (one line of `code-sentences`)."""
    digest = hashlib.sha256(f"{source}\n{text}".encode()).hexdigest()[:16]
    return Article(
        article_id=digest, source_path=source, text=text, published=published, offsets=[(0, 0, len(text))]
    )


@dataclass
class Summary:
    """What an ingest run did, in counts: nothing in it grows with the number of articles.

    ``skipped`` keeps the first MAX_SKIPPED_KEPT unreadable inputs (``eventwire errors`` lists all);
    ``stories_touched`` counts story updates (a story updated by two batches counts twice).
    """

    read: int = 0
    stored: int = 0
    unchanged: int = 0
    skipped: list[IngestError] = field(default_factory=list)
    n_skipped: int = 0
    reports_by_type: Counter[str] = field(default_factory=Counter)
    skipped_by_reason: Counter[str] = field(default_factory=Counter)
    stories_touched: int = 0

    def add_skipped(self, errors: list[IngestError]) -> None:
        """Count unreadable inputs by reason; keep the first few for the summary."""
        self.n_skipped += len(errors)
        self.skipped_by_reason.update(e.reason.split(":")[0] for e in errors)
        self.skipped.extend(errors[: max(0, MAX_SKIPPED_KEPT - len(self.skipped))])


ProgressFn = Callable[[int], None]


def _batches(items: Iterable[Article | IngestError], size: int) -> Iterator[list[Article | IngestError]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Ingest:
    """Stream articles into a store in committed batches; re-ingesting the same article changes nothing.

    ``stages``: ``Stages`` (analysis in this process; ``n_process`` > 1 lets spaCy parse on that many
    processes) or any ``Analyser``, e.g. ``scale.workers.WorkerPool`` (the whole analysis on workers).
    """

    def __init__(
        self, store: Store, stages: Analyser, batch_size: int = DEFAULT_BATCH, n_process: int = 1
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
        fresh = self._fresh(articles, summary)
        self._store(list(self._analyse(fresh)), errors, summary)

    def add_analysed(self, analyses: list[Analysis], errors: list[IngestError], summary: Summary) -> None:
        """Store one batch analysed elsewhere (e.g. by ``eventwire spark``), exactly as ``run`` stores."""
        fresh = {id(a) for a in self._fresh([an.article for an in analyses], summary)}
        self._store([an for an in analyses if id(an.article) in fresh], errors, summary)

    def _analyse(self, articles: list[Article]) -> Iterable[Analysis]:
        if self.n_process > 1 and isinstance(self.stages, Stages):
            return analyse(self.stages, articles, self.n_process)
        return self.stages.analyse(articles)

    def _fresh(self, articles: list[Article], summary: Summary) -> list[Article]:
        """The articles not stored yet (nor earlier in the batch); counts read and unchanged."""
        summary.read += len(articles)
        known = self.store.known_articles(a.article_id for a in articles)
        fresh, seen = [], set(known)
        for a in articles:
            if a.article_id in seen:
                summary.unchanged += 1
            else:
                seen.add(a.article_id)
                fresh.append(a)
        return fresh

    def _store(self, analyses: list[Analysis], errors: list[IngestError], summary: Summary) -> None:
        """One transaction: errors, articles with their reports and quotes, stories re-merged."""
        summary.add_skipped(errors)
        with self.store.transaction() as writer:
            writer.add_errors(errors)
            touched = {self._add(writer, an) for an in analyses}
            for story_id in sorted(touched):
                if writer.story_articles(story_id):
                    remerge_story(writer, story_id)
        summary.stored += len(analyses)
        summary.stories_touched += len(touched)
        for an in analyses:
            summary.reports_by_type.update(ev.event_type for ev in an.events)

    @staticmethod
    def _add(writer: Writer, an: Analysis) -> str:
        """Store one analysed article and put it into its story; returns the story id."""
        article = an.article
        keys = stories.story_keys(article.text, an.events)
        match = stories.matching_stories(keys, writer.candidates(keys))
        story_id = match.story_ids[0] if match.story_ids else stories.new_story_id(article.article_id)
        writer.upsert_story(story_id, article.title)
        writer.merge_stories(story_id, match.story_ids[1:])
        writer.add_article(article, story_id, match.copy_of.article_id if match.copy_of else None)
        writer.add_reports(an.events)
        writer.add_quotes(an.quotes)
        writer.add_story_keys(article.article_id, keys)
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
