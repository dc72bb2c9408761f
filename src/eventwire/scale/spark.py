"""``eventwire spark``: the same stage functions inside Spark's mapPartitions, Parquet out.

Input: a local file or folder, or a URI Spark can read (``hdfs://``, ``s3a://`` …; a folder or a
glob). JSON-lines files (``.jsonl``, ``.ndjson``, optionally gzipped) are split by lines across
tasks; every other file (text, HTML, CSV, JSON, WARC, feeds, gzip or not) is read whole by one task
with the local readers. Keys (file number, line or record number) put the rows back in input order.

Output folder (``DIR``):
- ``articles/``: one row per input item (``scale.partitions.ROW_FIELDS``): the article, its
  article-level events and quotes as JSON, or the reason it could not be read or analysed;
- ``events.parquet``: the merged events of every story (the columns of ``eventwire export
  --format parquet``), and ``stories.parquet``: the stories, both from a grouping pass on the driver
  that stores the articles in order with the pipeline's own story functions (``scale.load``);
  skipped with ``--no-stories`` or when DIR is not a local folder;
- ``job.json``: what was run and what it found.
``eventwire load DIR`` stores ``articles/`` into a database, grouping stories the same way.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from eventwire.ingest.walk import iter_files
from eventwire.records import IngestError
from eventwire.scale.partitions import ROW_FIELDS, Element, analyse_partition
from eventwire.scale.select import Policy

URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
LINE_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
LOCAL_URI = "file://"


class SparkJobError(RuntimeError):
    """The job could not run (no pyspark, no Java, an unreadable input): one line."""


@dataclass(slots=True)
class JobSummary:
    """What a job read and wrote."""

    input: str
    output: str
    policy: str
    partitions: int
    rows: int = 0
    articles: int = 0
    errors: int = 0
    events: int = 0
    stories: int | None = None
    merged_events: int | None = None
    seconds: float = 0.0


def is_line_file(name: str) -> bool:
    return name.lower().endswith(LINE_SUFFIXES)


def is_remote(location: str) -> bool:
    return bool(URI.match(location)) and not location.startswith(LOCAL_URI)


def local_path(location: str) -> str:
    return location[len(LOCAL_URI) :] if location.startswith(LOCAL_URI) else location


def session(master: str | None = None, conf: dict[str, str] | None = None) -> Any:
    """A SparkSession (``local[*]`` unless a master is given); Python workers use this interpreter."""
    try:
        from pyspark.sql import SparkSession
    except ImportError as error:
        raise SparkJobError("pyspark is not installed: pip install 'eventwire[spark]'") from error
    builder = SparkSession.builder.appName("eventwire").master(master or "local[*]")
    settings = {"spark.ui.showConsoleProgress": "false", "spark.python.worker.reuse": "true"}
    if (master or "local").startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the workers run this interpreter
        settings["spark.pyspark.python"] = os.environ["PYSPARK_PYTHON"]
    for key, value in {**settings, **(conf or {})}.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as error:  # Java missing or failing to start
        raise SparkJobError(f"Spark could not start ({type(error).__name__}): {error}") from error
    spark.sparkContext.setLogLevel("WARN")
    return spark


# ---------------------------------------------------------------- input


def _line_elements(file_no: int, source: str) -> Any:
    def element(pair: tuple[str, int]) -> Element:
        line, index = pair
        return (file_no, index + 1), ("line", source, line)

    return element


def local_elements(spark: Any, given: str) -> list[Any]:
    """RDDs of the elements of a local input, in input order (files as listed by ``iter_files``)."""
    sc = spark.sparkContext
    parts: list[Any] = []
    whole: list[Element] = []
    for file_no, found in enumerate(iter_files([local_path(given)])):
        if isinstance(found, IngestError):
            whole.append(((file_no, 0), ("error", found.source_path, found.reason)))
        elif is_line_file(found.name):
            if whole:
                parts.append(sc.parallelize(whole))
                whole = []
            lines = sc.textFile(str(found.resolve())).zipWithIndex()
            parts.append(lines.map(_line_elements(file_no, str(found))))
        else:
            whole.append(((file_no, 0), ("file", str(found), str(found))))
    if whole:
        parts.append(sc.parallelize(whole))
    return parts


def remote_files(spark: Any, uri: str) -> list[str]:
    """Every file under a URI (a file, a folder or a glob), fully qualified and sorted."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    path = jvm.org.apache.hadoop.fs.Path(uri)
    fs = path.getFileSystem(conf)
    found: list[str] = []
    for status in fs.globStatus(path) or []:
        if status.isDirectory():
            listing = fs.listFiles(status.getPath(), True)
            while listing.hasNext():
                found.append(listing.next().getPath().toString())
        else:
            found.append(status.getPath().toString())
    hidden = re.compile(r"/[._][^/]*$")
    return sorted(f for f in found if not hidden.search(f))


def remote_elements(spark: Any, uri: str) -> list[Any]:
    """RDDs of the elements of a remote input: line files by line, other files whole."""
    sc = spark.sparkContext
    files = remote_files(spark, uri)
    if not files:
        raise SparkJobError(f"{uri}: no files found")
    parts: list[Any] = []
    numbers = {f: n for n, f in enumerate(files)}
    for name in (f for f in files if is_line_file(f)):
        parts.append(sc.textFile(name).zipWithIndex().map(_line_elements(numbers[name], name)))
    others = [f for f in files if not is_line_file(f)]
    if others:
        file_numbers = sc.broadcast({f: numbers[f] for f in others})
        parts.append(
            sc.binaryFiles(",".join(others)).map(
                lambda pair: ((file_numbers.value.get(pair[0], -1), 0), ("bytes", pair[0], pair[1]))
            )
        )
    return parts


def input_elements(spark: Any, given: str, partitions: int) -> Any:
    """One RDD of every input element, range-partitioned by key into ``partitions`` ordered parts."""
    parts = remote_elements(spark, given) if is_remote(given) else local_elements(spark, given)
    if not parts:
        raise SparkJobError(f"{given}: no input files")
    union = parts[0] if len(parts) == 1 else spark.sparkContext.union(parts)
    return union.sortByKey(numPartitions=partitions)


# ---------------------------------------------------------------- job


def article_schema() -> Any:
    from pyspark.sql.types import IntegerType, LongType, StringType, StructField, StructType

    types = {"file_no": LongType(), "record_no": LongType(), "n_events": IntegerType()}
    return StructType([StructField(name, types.get(name, StringType()), True) for name in ROW_FIELDS])


def run_job(
    given: str,
    output: str,
    *,
    master: str | None = None,
    partitions: int | None = None,
    policy: Policy | str = Policy.events,
    stories: bool = True,
    spark: Any = None,
) -> JobSummary:
    """Analyse ``given`` on Spark and write ``output`` (see the module docstring)."""
    started = time.monotonic()
    if not is_remote(given) and not Path(local_path(given)).exists():
        raise SparkJobError(f"{given}: no such file or folder")
    own_session = spark is None
    spark = spark or session(master)
    try:
        sc = spark.sparkContext
        n_parts = partitions or max(2, sc.defaultParallelism * 2)
        summary = JobSummary(given, output, Policy(policy).value, n_parts)
        elements = input_elements(spark, given, n_parts)
        rows = elements.mapPartitions(partial(analyse_partition, policy=summary.policy))
        articles_dir = output.rstrip("/") + "/articles"
        spark.createDataFrame(rows, article_schema()).write.mode("overwrite").parquet(articles_dir)
        count_rows(spark, articles_dir, summary)
        if stories and not is_remote(output):
            group_stories(Path(local_path(output)), summary)
    finally:
        if own_session:
            spark.stop()
    summary.seconds = round(time.monotonic() - started, 1)
    if not is_remote(output):
        (Path(local_path(output)) / "job.json").write_text(json.dumps(asdict(summary), indent=1) + "\n")
    return summary


def count_rows(spark: Any, articles_dir: str, summary: JobSummary) -> None:
    """Rows, articles, errors and article-level events written."""
    from pyspark.sql import functions as f

    totals = (
        spark.read.parquet(articles_dir)
        .agg(
            f.count(f.lit(1)).alias("rows"),
            f.count("article_id").alias("articles"),
            f.count("error").alias("errors"),
            f.coalesce(f.sum("n_events"), f.lit(0)).alias("events"),
        )
        .collect()[0]
    )
    summary.rows, summary.articles = int(totals["rows"]), int(totals["articles"])
    summary.errors, summary.events = int(totals["errors"]), int(totals["events"])


def group_stories(output: Path, summary: JobSummary) -> None:
    """The grouping pass: store the output in a scratch database, write its stories and merged events."""
    from eventwire.scale.load import load_output
    from eventwire.store import EventFilter, Store, queries
    from eventwire.store.export import export_events

    with tempfile.TemporaryDirectory(prefix="eventwire-stories-") as scratch:
        store = Store(Path(scratch) / "stories.db")
        try:
            load_output(output, store)
            with store.reading() as conn:
                summary.merged_events = export_events(
                    queries.iter_events(conn, EventFilter()), output / "events.parquet", "parquet"
                )
                summary.stories = write_stories(queries.list_stories(conn), output / "stories.parquet")
        finally:
            store.dispose()


def story_schema() -> Any:
    import pyarrow as pa

    text, texts = pa.string(), pa.list_(pa.string())
    return pa.schema(
        [
            ("story_id", text),
            ("title", text),
            ("date", text),
            ("date_precision", text),
            ("n_articles", pa.int64()),
            ("article_ids", texts),
            ("source_paths", texts),
            ("outlets", texts),
            ("published", texts),
        ]
    )


def write_stories(rows: Iterator[dict[str, Any]], path: Path, chunk: int = 10_000) -> int:
    """The stories (``queries.list_stories`` rows) as a Parquet file, written chunk by chunk."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = story_schema()
    written = 0
    with pq.ParquetWriter(path, schema) as writer:
        while block := list(islice(rows, chunk)):
            writer.write_table(pa.Table.from_pylist(block, schema=schema))
            written += len(block)
        if not written:
            writer.write_table(pa.Table.from_pylist([], schema=schema))
    return written
