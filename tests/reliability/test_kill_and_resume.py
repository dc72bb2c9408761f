"""SIGKILL an ingest at random moments, run it again, and the database is exactly what one uninterrupted
ingest of the same inputs gives: every article once, every error once, no half-written batch, and each run
goes on where the last committed batch ended instead of reading its inputs again.

The ingest runs in a forked child (the parent loads the stages once, so each restart costs nothing) that
the parent kills with SIGKILL after a random delay; some runs kill themselves inside the batch
transaction, after every write and just before the commit. One more test kills the real `eventwire
ingest` command.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from reliab_corpus import Corpus, write_corpus
from reliab_fingerprint import counts, fingerprint

from eventwire.ingest import read_inputs
from eventwire.pipeline import Ingest, Stages
from eventwire.records import Article
from eventwire.store import Store, Writer

BATCH = 16
MIN_KILLS = 20


def _ingest(db: str, paths: list[Path], stages: Stages, batch: int = BATCH) -> None:
    store = Store(db)
    Ingest(store, stages, batch_size=batch).run(read_inputs(paths))
    store.dispose()


def _die_before_commit(after_batches: int) -> None:
    """Make this process SIGKILL itself inside a batch transaction, after all its writes."""
    calls = {"n": 0}
    original = Writer.save_positions

    def save_then_die(self: Writer, positions) -> None:
        original(self, positions)
        calls["n"] += 1
        if calls["n"] > after_batches:
            os.kill(os.getpid(), signal.SIGKILL)

    Writer.save_positions = save_then_die  # type: ignore[method-assign]


def _run_child(target: Callable[[], None], kill_after: float | None) -> int:
    """Run ``target`` in a forked child; SIGKILL it after ``kill_after`` seconds (None: let it finish).
    Returns the wait status."""
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            target()
        except BaseException as exc:
            sys.stderr.write(f"child failed: {type(exc).__name__}: {exc}\n")
            code = 1
        os._exit(code)
    if kill_after is not None:
        deadline = time.monotonic() + kill_after
        while time.monotonic() < deadline:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                return status
            time.sleep(0.02)
        os.kill(pid, signal.SIGKILL)
    return os.waitpid(pid, 0)[1]


def _killed_or_finished(status: int) -> bool:
    return (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL) or (
        os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    )


@pytest.fixture(scope="module")
def reference(corpus: Corpus, stages: Stages, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One uninterrupted ingest of the corpus: its fingerprint and how long one batch takes."""
    db = str(tmp_path_factory.mktemp("reference") / "ref.db")
    started = time.monotonic()
    assert _killed_or_finished(_run_child(lambda: _ingest(db, [corpus.root], stages), None))
    seconds_per_batch = (time.monotonic() - started) * BATCH / corpus.n_articles
    store = Store(db)
    found = fingerprint(store)
    store.dispose()
    return {"fingerprint": found, "batch_seconds": seconds_per_batch}


def test_the_reference_ingest_stores_every_article_and_error_once(corpus: Corpus, reference: dict) -> None:
    found = reference["fingerprint"]
    assert len(found["articles"]) == corpus.n_articles
    assert len(found["ingest_errors"]) == corpus.n_errors
    assert found["events"] and found["reports"] and found["stories"]


class KillTimer:
    """Random kill delays that adapt to the machine: longer after a run was killed before its first
    commit, shorter after one that got further, so kills land all over the ingest."""

    def __init__(self, batch_seconds: float, rng: random.Random) -> None:
        self.delay, self.rng = 2 * batch_seconds, rng

    def next(self) -> float:
        return self.rng.uniform(0.3, 1.7) * self.delay

    def update(self, stored_before: int, stored_after: int) -> None:
        self.delay = self.delay * 1.5 if stored_after == stored_before else max(0.05, self.delay * 0.7)


@pytest.mark.slow
def test_twenty_random_kills_then_resume_give_the_uninterrupted_database(
    corpus: Corpus, stages: Stages, reference: dict, tmp_path: Path
) -> None:
    rng = random.Random(20240611)
    timer = KillTimer(reference["batch_seconds"], rng)
    kills, midway, cycle = 0, 0, 0
    while kills < MIN_KILLS:  # a cycle: kill and restart until a run gets to the end (then a new database)
        cycle += 1
        db = str(tmp_path / f"killed-{cycle}.db")
        while True:
            before = _stored_articles(db)
            status = _one_run(db, corpus, stages, rng, timer, kills)
            assert _killed_or_finished(status), f"the ingest failed (status {status}), see stderr"
            if not os.WIFSIGNALED(status):
                break
            kills += 1
            after = _stored_articles(db)
            timer.update(before, after)
            midway += 0 < after < corpus.n_articles
            if kills >= MIN_KILLS:
                assert _killed_or_finished(_run_child(lambda d=db: _ingest(d, [corpus.root], stages), None))
                break
        store = Store(db)
        assert fingerprint(store) == reference["fingerprint"]
        store.dispose()
    assert midway >= MIN_KILLS // 2  # most kills left a partly ingested corpus behind


def _one_run(db: str, corpus: Corpus, stages: Stages, rng: random.Random, timer: KillTimer, n: int) -> int:
    """Every fourth run kills itself inside a batch transaction; the others are killed after a random
    delay."""
    if n % 4 == 3:
        after = rng.randrange(3)
        return _run_child(lambda: (_die_before_commit(after), _ingest(db, [corpus.root], stages)), None)
    return _run_child(lambda: _ingest(db, [corpus.root], stages), timer.next())


def _stored_articles(db: str) -> int:
    if not Path(db).exists():
        return 0
    with sqlite3.connect(db) as conn:
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.OperationalError:  # killed before the schema was made
            return 0


def test_a_resumed_run_reads_on_from_its_saved_position(
    stages: Stages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a kill inside the JSONL dump, the next run parses only the lines after the last commit."""
    db = str(tmp_path / "resume.db")
    dump = write_corpus(tmp_path / "in", 100, seed=5).root / "dump.jsonl"
    status = _run_child(lambda: (_die_before_commit(3), _ingest(db, [dump], stages)), None)
    assert os.WIFSIGNALED(status)
    store = Store(db)
    saved = store.input_position(str(dump))
    assert saved is not None and not saved.done and saved.cursor is not None
    assert saved.items == 3 * BATCH and _stored_articles(db) > 0

    from eventwire.ingest import tabular

    parsed: list[str] = []
    original = tabular._json_line
    monkeypatch.setattr(
        tabular,
        "_json_line",
        lambda line, where, config: parsed.append(where) or original(line, where, config),
    )
    summary = Ingest(store, stages, batch_size=BATCH).run(read_inputs([dump]))
    first = int(parsed[0].rsplit("#L", 1)[1])
    assert first == saved.lines + 1  # nothing before the saved position is parsed again
    in_dump = sum(isinstance(x, Article) for x in read_inputs([dump]))
    assert summary.read == in_dump - saved.articles  # nor looked up again
    assert store.input_position(str(dump)).done
    store.dispose()


def test_a_finished_input_is_not_read_again(corpus: Corpus, stages: Stages, tmp_path: Path) -> None:
    folder = tmp_path / "small"
    small = write_corpus(folder, 30, seed=3)
    store = Store(tmp_path / "small.db")
    first = Ingest(store, stages).run(read_inputs([small.root]))
    second = Ingest(store, stages).run(read_inputs([small.root]))
    assert first.stored == small.n_articles and len(first.skipped) == small.n_errors
    assert second.stored == 0 and second.skipped == []  # errors are not recorded twice
    assert second.unchanged == first.read and second.finished_inputs == len(list(folder.iterdir()))
    assert counts(store)["ingest_errors"] == small.n_errors
    (small.root / "dump.jsonl").write_text((small.root / "dump.jsonl").read_text() + "\n")  # edited
    third = Ingest(store, stages).run(read_inputs([small.root]))
    assert third.stored == 0 and third.finished_inputs == second.finished_inputs - 1
    store.dispose()


@pytest.mark.slow
def test_killing_the_eventwire_ingest_command(tmp_path: Path) -> None:
    """The real command, killed once it has committed a batch, then run again to the end."""
    small = write_corpus(tmp_path / "in", 40, seed=11)
    db = tmp_path / "cli.db"
    command = [sys.executable, "-m", "eventwire.cli", "ingest", str(small.root), "--db", str(db)]
    command += ["--batch-size", "8", "--quiet"]
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while db.exists() is False or _stored_articles(str(db)) == 0:
        assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.1)
    child.send_signal(signal.SIGKILL)
    child.wait()
    stored_before = _stored_articles(str(db))
    assert 0 < stored_before < small.n_articles
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    store = Store(db)
    found = counts(store)
    store.dispose()
    assert found["articles"] == small.n_articles and found["ingest_errors"] == small.n_errors
    assert f"{small.n_articles - stored_before} stored" in done.stdout


@pytest.mark.slow
def test_kills_on_postgresql(stages: Stages, postgres, tmp_path: Path) -> None:
    """The same on PostgreSQL: killed runs then a full one equal one uninterrupted ingest."""
    small = write_corpus(tmp_path / "in", 60, seed=13)
    reference_db, killed_db = postgres.new_database(), postgres.new_database()
    assert _killed_or_finished(_run_child(lambda: _ingest(reference_db, [small.root], stages, 8), None))
    rng = random.Random(5)
    for n in range(6):
        if n % 2:
            after = rng.randrange(3)
            target = lambda a=after: (_die_before_commit(a), _ingest(killed_db, [small.root], stages, 8))  # noqa: E731
            assert _killed_or_finished(_run_child(target, None))
        else:
            delay = rng.uniform(0.5, 3.0)
            assert _killed_or_finished(_run_child(lambda: _ingest(killed_db, [small.root], stages, 8), delay))
    assert _killed_or_finished(_run_child(lambda: _ingest(killed_db, [small.root], stages, 8), None))
    stores = Store(reference_db), Store(killed_db)
    assert fingerprint(stores[1]) == fingerprint(stores[0])
    assert counts(stores[1])["articles"] == small.n_articles
    for store in stores:
        store.dispose()
