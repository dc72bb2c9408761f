"""Run the stages over a stream of articles: parse, resolve actors, code events, date and place them,
group stories, and commit batch by batch so memory does not grow with the input.

The same functions run locally (``eventwire ingest``), on worker processes (``scale.workers``) and
inside Spark partitions (``scale.spark``). ``Stages.load(selector)`` chooses what the parser sees:
every sentence (no selector), or what a ``Selector`` leaves in (the fast path: ``scale.load_stages``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Protocol, runtime_checkable

from spacy.language import Language
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError

from eventwire import nlp, stories, timeline
from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.events import EventCoder
from eventwire.ingest import storable
from eventwire.nlp import clip
from eventwire.records import Article, Event, IngestError, InputPosition, Mention, Quote
from eventwire.remerge import remerge_story
from eventwire.store import Store, Writer

DEFAULT_BATCH = 64
MAX_SKIPPED_KEPT = 100  # skipped inputs listed in the summary (all of them are in the database)
MAX_STORIES_KEPT = 1000  # story ids listed in the summary (e.g. for an API ingest job)


class Selector(Protocol):
    """The fast path's choice of sentences: the article with the others blanked, at the same offsets."""

    def excerpt(self, article: Article) -> Article: ...


SelectorFactory = Callable[[Language, KnowledgeBase], Selector]


@dataclass
class Stages:
    """The loaded stage components, built once per process.

    ``selector``: the fast path's choice of sentences to parse; None parses every sentence.
    """

    nlp: Language
    resolver: ActorResolver
    coder: EventCoder
    gazetteer: timeline.Gazetteer
    selector: Selector | None = None

    @classmethod
    def load(cls, selector: SelectorFactory | None = None) -> Stages:
        """Every stage, loaded once; ``selector(nlp, kb)`` builds the fast path's sentence choice."""
        pipeline = nlp.load_pipeline()
        resolver = ActorResolver.load()
        kb = resolver.kb
        return cls(
            nlp=pipeline,
            resolver=resolver,
            coder=EventCoder(),
            gazetteer=timeline.Gazetteer.load(),
            selector=selector(pipeline, kb) if selector is not None else None,
        )

    def analyse(self, articles: list[Article]) -> Iterator[Analysis]:
        """Parse and code a batch of articles, in order (see ``analyse``)."""
        return analyse(self, articles)


class OnDemand:
    """An ``Analyser`` that loads its stages for the first article it must analyse, so a re-run over
    articles already stored (every one unchanged) loads no model."""

    def __init__(self, load: Callable[[], Stages]) -> None:
        self._load = load
        self.stages: Stages | None = None

    def analyse(self, articles: list[Article]) -> Iterable[Analysis]:
        """``Stages.analyse``, after loading them if this is the first article."""
        if not articles:
            return ()
        if self.stages is None:
            self.stages = self._load()
        return self.stages.analyse(articles)


@dataclass
class Analysis:
    """What the stages found in one article; ``profile``: its story profile when the analysis built it
    (``stories.profile_article`` on a worker: the parent then only assigns the story), else None."""

    article: Article
    mentions: list[Mention]
    events: list[Event]
    quotes: list[Quote]
    profile: stories.Profile | None = None


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
        events, quotes = stages.coder(doc, mentions, view, whole_text=article.text)
        timeline.annotate(events, doc, view, stages.gazetteer, whole_text=article.text)
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
    text = storable(text)  # stdin read with surrogateescape may carry lone surrogates
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
    story_ids: set[str] = field(default_factory=set)  # the first MAX_STORIES_KEPT stories touched
    finished_inputs: int = 0  # input files an earlier run finished (not read again; articles unchanged)

    def add_skipped(self, errors: list[IngestError]) -> None:
        """Count unreadable inputs by reason; keep the first few for the summary."""
        self.n_skipped += len(errors)
        self.skipped_by_reason.update(e.reason.split(":")[0] for e in errors)
        self.skipped.extend(errors[: max(0, MAX_SKIPPED_KEPT - len(self.skipped))])


ProgressFn = Callable[[int], None]
PositionLookup = Callable[[str], InputPosition | None]
MAX_WRITE_ATTEMPTS = 3  # a batch whose articles another writer committed meanwhile is written again


@runtime_checkable
class Resumable(Protocol):
    """Inputs that tell how far they got and can go on from a saved place (``ingest.read_inputs``)."""

    finished_inputs: int
    finished_articles: int

    def resume_from(self, lookup: PositionLookup) -> object: ...

    def take_positions(self) -> list[InputPosition]: ...


def _batches(items: Iterable[Article | IngestError], size: int) -> Iterator[list[Article | IngestError]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def article_error(article: Article, what: str, error: BaseException) -> IngestError:
    """One line naming the article, what failed and why."""
    detail = storable(" ".join(str(error).split())[:200])
    reason = f"{what} ({type(error).__name__})" + (f": {detail}" if detail else "")
    return IngestError(article.source_path, reason)


def is_data_error(error: BaseException) -> bool:
    """An error caused by what a row holds (text the database refuses), not by the database itself
    (locked, full, gone: those stop the run)."""
    if isinstance(error, DataError | IntegrityError):
        return True
    return not isinstance(error, DBAPIError)


@dataclass
class Written:
    """What one batch transaction stored: analyses, the stories they went into (with the articles each
    gained, and those that absorbed other stories), articles refused."""

    stored: list[Analysis] = field(default_factory=list)
    touched: set[str] = field(default_factory=set)
    refused: list[IngestError] = field(default_factory=list)
    added: dict[str, set[str]] = field(default_factory=dict)
    absorbing: set[str] = field(default_factory=set)

    def place(self, an: Analysis, placed: Placement) -> None:
        """Record an article stored into its story."""
        self.stored.append(an)
        self.touched.add(placed.story_id)
        self.added.setdefault(placed.story_id, set()).add(an.article.article_id)
        if placed.absorbed:
            self.absorbing.add(placed.story_id)

    def new_articles(self, story_id: str) -> set[str] | None:
        """The articles the batch added to a story; None when the story absorbed others (whole re-merge)."""
        return None if story_id in self.absorbing else self.added.get(story_id, set())


@dataclass(frozen=True)
class Placement:
    """The story an article went into, and whether that story absorbed others on the way."""

    story_id: str
    absorbed: bool


class Ingest:
    """Stream articles into a store in committed batches; re-ingesting the same article changes nothing.

    ``stages``: ``Stages`` (analysis in this process; ``n_process`` > 1 lets spaCy parse on that many
    processes) or any ``Analyser``, e.g. ``scale.workers.WorkerPool`` (the whole analysis on workers).

    Crash-safe: each batch (articles, reports, quotes, story keys, merged events, tallies, errors and the
    position reached in each input file) commits in one transaction, so a run killed at any moment leaves
    whole batches only, and the next run over the same inputs goes on after the last committed batch.
    """

    def __init__(
        self,
        store: Store,
        stages: Analyser,
        batch_size: int = DEFAULT_BATCH,
        n_process: int = 1,
        incremental_merge: bool = True,
    ) -> None:
        self.store = store
        self.stages = stages
        self.batch_size = batch_size
        self.n_process = n_process
        self.incremental_merge = incremental_merge  # False: every touched story re-merged whole

    def run(
        self,
        inputs: Iterable[Article | IngestError],
        progress: ProgressFn | None = None,
        resume: bool = True,
    ) -> Summary:
        """Analyse and store ``inputs``. With ``read_inputs`` (``Resumable``) and ``resume``, files an
        earlier run finished are not read again, half-read ones go on from their saved position, and the
        position is saved with every batch."""
        summary = Summary()
        tracked = inputs if resume and isinstance(inputs, Resumable) else None
        if tracked is not None:
            tracked.resume_from(self.store.input_position)
        for batch in _batches(inputs, self.batch_size):
            self._run_batch(batch, summary, tracked.take_positions() if tracked is not None else [])
            if progress:
                progress(len(batch))
        if tracked is not None:
            self._finish_inputs(tracked, summary)
        return summary

    def _finish_inputs(self, tracked: Resumable, summary: Summary) -> None:
        """Save the positions the last batch did not carry (files found finished after it)."""
        last = tracked.take_positions()
        if last:
            with self.store.transaction() as writer:
                writer.save_positions(last)
        summary.finished_inputs = tracked.finished_inputs
        summary.read += tracked.finished_articles
        summary.unchanged += tracked.finished_articles

    def _run_batch(
        self,
        batch: list[Article | IngestError],
        summary: Summary,
        positions: list[InputPosition] | None = None,
    ) -> None:
        errors = [x for x in batch if isinstance(x, IngestError)]
        articles = [x for x in batch if isinstance(x, Article)]
        analyses, failed = self._analyse_contained(self._fresh(articles, summary))
        self._store(analyses, [*errors, *failed], summary, positions or [])

    def add_analysed(self, analyses: list[Analysis], errors: list[IngestError], summary: Summary) -> None:
        """Store one batch analysed elsewhere (e.g. by ``eventwire spark``), exactly as ``run`` stores."""
        fresh = {id(a) for a in self._fresh([an.article for an in analyses], summary)}
        self._store([an for an in analyses if id(an.article) in fresh], errors, summary, [])

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

    def _analyse_contained(self, articles: list[Article]) -> tuple[list[Analysis], list[IngestError]]:
        """The batch's analyses; when one article breaks a stage, the others are analysed one by one and
        the breaking article becomes an error (one bad article never stops the batch)."""
        try:
            return list(self._analyse(articles)), []
        except Exception:
            analyses, failed = [], []
            for article in articles:
                try:
                    analyses.extend(self._analyse([article]))
                except Exception as error:
                    failed.append(article_error(article, "analysis failed", error))
            return analyses, failed

    def _store(
        self,
        analyses: list[Analysis],
        errors: list[IngestError],
        summary: Summary,
        positions: list[InputPosition],
    ) -> None:
        """One transaction: errors, articles with their reports and quotes, stories re-merged, positions."""
        summary.add_skipped(errors)
        written = self._write_batch(analyses, errors, positions)
        summary.add_skipped(written.refused)
        summary.unchanged += len(analyses) - len(written.stored) - len(written.refused)
        summary.stored += len(written.stored)
        summary.stories_touched += len(written.touched)
        room = MAX_STORIES_KEPT - len(summary.story_ids)
        summary.story_ids.update(sorted(written.touched - summary.story_ids)[: max(0, room)])
        for an in written.stored:
            summary.reports_by_type.update(ev.event_type for ev in an.events)

    def _write_batch(
        self, analyses: list[Analysis], errors: list[IngestError], positions: list[InputPosition]
    ) -> Written:
        """Write everything of one batch in one transaction. Articles another writer stored since the
        batch was analysed are left out (the write is tried again when a concurrent commit won that race
        on PostgreSQL). When the database refuses what a row holds, the batch is written again with each
        article on its own savepoint, and the articles it refuses become errors."""
        for attempt in range(1, MAX_WRITE_ATTEMPTS + 1):
            try:
                return self._write(analyses, errors, positions, isolate=False)
            except IntegrityError:
                if attempt == MAX_WRITE_ATTEMPTS:
                    break
            except (StatementError, ValueError) as error:
                if not is_data_error(error):
                    raise
                break
        return self._write(analyses, errors, positions, isolate=True)

    def _write(
        self,
        analyses: list[Analysis],
        errors: list[IngestError],
        positions: list[InputPosition],
        isolate: bool,
    ) -> Written:
        written = Written()
        with self.store.transaction() as writer:
            known = writer.known_articles(an.article.article_id for an in analyses)
            for an in analyses:
                if an.article.article_id in known:
                    continue
                placed = self._add_isolated(writer, an, written) if isolate else self._add(writer, an)
                if placed is not None:
                    written.place(an, placed)
            writer.add_errors([*errors, *written.refused])
            for story_id in sorted(written.touched):
                added = written.new_articles(story_id) if self.incremental_merge else None
                remerge_story(writer, story_id, added)
            writer.save_positions(positions)
        return written

    def _add_isolated(self, writer: Writer, an: Analysis, written: Written) -> Placement | None:
        try:
            with writer.savepoint():
                return self._add(writer, an)
        except (StatementError, ValueError) as error:
            if not is_data_error(error):
                raise
            written.refused.append(article_error(an.article, "cannot store", error))
            return None

    @staticmethod
    def _add(writer: Writer, an: Analysis) -> Placement:
        """Store one analysed article and put it into its story; returns where it went."""
        article = an.article
        found = stories.assign_story(article, an.mentions, an.events, writer, an.profile)
        story_id = found.story_ids[0] if found.story_ids else stories.new_story_id(article.article_id)
        writer.upsert_story(story_id, article.title)
        writer.merge_stories(story_id, found.story_ids[1:])
        writer.add_article(article, story_id, found.copy_of)
        writer.add_reports(an.events)
        writer.add_quotes(an.quotes)
        writer.add_story_keys(article.article_id, found.keys)
        writer.add_story_profile(article.article_id, found.profile)
        return Placement(story_id, any(sid != story_id for sid in found.story_ids[1:]))
