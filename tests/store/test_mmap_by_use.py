"""SQLite's memory map by use: none for a writer (an ingest), the full map for readers (serving)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.records import IngestError
from eventwire.store import Store
from eventwire.store.database import CACHE_KIB_READING, CACHE_KIB_WRITING, MMAP_READING, MMAP_WRITING


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = Store(tmp_path / "mmap.db")
    yield store
    store.engine.dispose()


def _mmap_size(conn) -> int:
    return conn.exec_driver_sql("PRAGMA mmap_size").scalar()


def _maps_database(path: Path) -> bool:
    """Whether this process maps the database file now (Linux)."""
    maps = Path("/proc/self/maps")
    if not maps.exists():
        pytest.skip("no /proc/self/maps here")
    return any(line.rstrip().endswith(str(path)) for line in maps.read_text().splitlines())


def _cache_kib(conn) -> int:
    return -conn.exec_driver_sql("PRAGMA cache_size").scalar()


def test_a_writer_without_the_map_has_the_larger_page_cache(sqlite_store: Store) -> None:
    assert CACHE_KIB_WRITING > CACHE_KIB_READING
    with sqlite_store.transaction() as writer:
        assert _cache_kib(writer.conn) == CACHE_KIB_WRITING
    with sqlite_store.reading() as conn:
        assert _cache_kib(conn) == CACHE_KIB_READING


def _write_errors(store: Store, n: int) -> None:
    with store.transaction() as writer:
        writer.add_errors([IngestError(f"/in/{i}.bin", "binary file " + "x" * 2000) for i in range(n)])


def test_writers_read_without_the_map_and_readers_with_it(sqlite_store: Store) -> None:
    assert MMAP_WRITING < MMAP_READING
    with sqlite_store.transaction() as writer:
        assert _mmap_size(writer.conn) == MMAP_WRITING
    with sqlite_store.reading() as conn:
        assert _mmap_size(conn) == MMAP_READING
    with sqlite_store.transaction() as writer:  # the same pooled connection, switched back
        assert _mmap_size(writer.conn) == MMAP_WRITING


def test_a_write_transaction_unmaps_the_file_a_reader_mapped(sqlite_store: Store, tmp_path: Path) -> None:
    _write_errors(sqlite_store, 300)
    with sqlite_store.engine.connect() as conn:  # move the rows from the WAL into the database file
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    with sqlite_store.reading() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM ingest_errors").scalar() == 300
        assert _maps_database(tmp_path / "mmap.db")
    with sqlite_store.transaction() as writer:
        assert writer.conn.exec_driver_sql("SELECT count(*) FROM ingest_errors").scalar() == 300
        assert not _maps_database(tmp_path / "mmap.db")


def test_rows_written_without_the_map_read_the_same_with_it(sqlite_store: Store) -> None:
    _write_errors(sqlite_store, 50)
    with sqlite_store.transaction() as writer:
        written = writer.conn.exec_driver_sql("SELECT * FROM ingest_errors ORDER BY 1").all()
    with sqlite_store.reading() as conn:
        assert conn.exec_driver_sql("SELECT * FROM ingest_errors ORDER BY 1").all() == written
    assert len(written) == 50
