"""The scale stage: fast on one machine, and the same job on Apache Spark.

Public interface:
    Policy, SentenceSelector.load(nlp, kb, policy).excerpt(article) -> Article      (scale.select)
        the fast path: the article with only the sentences that can hold an event (and their
        context) left to parse, at the same offsets
    load_stages(policy) -> pipeline.Stages                                            (scale.select)
        the pipeline's stages with that fast path
    with_selector(stages, selector) -> pipeline.Stages                                 (scale.select)
        the stages with another selector (another rules file: ``CueFinder.load(nlp, kb, load_rules(
        path))``); when its rules name ``context_components`` the stages' ``nlp`` is a
        ``SplitPipeline`` (scale.split): event sentences through the whole pipeline, context sentences
        through those components only, merged into one ``Doc`` (scale.merge_docs)
    CueFinder.load(nlp, kb)(text) -> list[UnitCues]                                  (scale.cues)
        the cheap pass: event and actor cues of each sentence-like unit, nothing parsed; with rules
        naming a ``learned_cue`` (``data/scale/selection_learned.yaml``) each cue unit's ``likely``
        comes from the learned sentence cue (scale.learned: ``load_cue_model(name).score(features)``,
        features from ``CueFinder.unit_features``; trained by ``scripts/train_cue.py``)
    WorkerPool(workers, policy, stages=None, share=None, tasks_per_worker=250, chunk_chars=16_000,
               worker_memory_mb=180)
        .analyse(articles) -> Iterator[Analysis]: the analysis on N processes; an ``Analyser`` for
        Ingest                                                                         (scale.workers)
        A batch goes to the workers in chunks of at most batch/(4 x workers) articles and 16,000
        characters (``scale.chunks.bounded_chunks``), so a chunk of long articles is cut smaller.
        Where the system can fork, a template process (``scale.template``) loads the stages once
        (every lazily loaded table too, ``scale.preload``) and forks the workers, which share them
        copy-on-write; each worker is replaced by a fresh fork after ``tasks_per_worker`` chunks, or
        after the chunk that took its private memory past ``worker_memory_mb`` (``scale.budget``), so
        its memory stays bounded; the parent never loads the stages. ``share=False``: spawned
        workers, each loading its own
    TemplatePool(workers, prepare, tasks_per_worker, initializer, worker_memory_mb)   (scale.template)
        the pool behind it: ``apply_async`` / ``imap`` like ``multiprocessing.Pool``'s
    WorkerPool.ahead(inputs, batch_size) -> ReadAhead                                 (scale.ahead)
        the input read a batch ahead, each article handed to the workers as soon as it is read, so
        they analyse the next batch while Ingest writes this one: ``Ingest(store, pool).run(pool.ahead(
        read_inputs(paths)))``; resumable, with the positions of the articles Ingest has taken
    run_job(input, output, ...) -> JobSummary                                          (scale.spark)
        ``eventwire spark``: the same stage functions inside Spark's mapPartitions, Parquet out
    load_output(directory, store, ...) -> Summary                                     (scale.load)
        ``eventwire load``: a Spark job's output into the database, grouped into stories exactly
        as ``eventwire ingest`` groups them
Modules that need Spark or start processes (workers, template, spark, load) are imported by name, not
from here.
"""

from eventwire.scale.cues import CueFinder, UnitCues
from eventwire.scale.excerpt import excerpt
from eventwire.scale.select import Policy, SentenceSelector, load_stages, with_selector

__all__ = ["CueFinder", "Policy", "SentenceSelector", "UnitCues", "excerpt", "load_stages", "with_selector"]
