"""Built tables kept between runs: the same value back, rebuilt when anything it was built from changes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from eventwire import buildcache
from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.buildcache import cached_build


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(buildcache.CACHE_ENV, str(folder))
    return folder


class Builder:
    """Counts its builds; the value names the build."""

    def __init__(self) -> None:
        self.builds = 0

    def __call__(self) -> dict[str, list[int]]:
        self.builds += 1
        return {"build": [self.builds], "shared": [1, 2, 3]}


def test_second_call_reads_the_kept_table(cache: Path) -> None:
    build = Builder()
    first = cached_build("table", build)
    second = cached_build("table", build)
    assert build.builds == 1
    assert second == first
    assert len(list(cache.glob("table-*.pickle"))) == 1


def words_table() -> dict[str, list[str]]:
    """Equal words as distinct objects, as a table built value by value holds them."""
    return {"minister": ["".join(["en", "voy"]), "".join(["env", "oy"])]}


@pytest.mark.parametrize("runs", [1, 2])  # 1: built and kept; 2: read back from the pickle
def test_a_kept_table_holds_one_object_per_equal_value_and_is_listed(cache: Path, runs: int) -> None:
    for _ in range(runs):
        table = cached_build("words", words_table)
    first, second = table["minister"]
    assert first == second == "envoy"
    assert first is second
    assert any(kept is table for kept in buildcache.compacted_tables())


def test_changed_input_file_or_version_builds_afresh(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "words.yaml"
    source.write_text("a: 1\n", encoding="utf-8")
    build = Builder()
    cached_build("table", build, inputs=[source])
    cached_build("table", build, inputs=[source])
    assert build.builds == 1
    source.write_text("a: 2\n", encoding="utf-8")
    assert cached_build("table", build, inputs=[source])["build"] == [2]
    assert cached_build("table", build, inputs=[source], version="geonames 2.0")["build"] == [3]
    assert cached_build("table", build, inputs=[source])["build"] == [2]  # kept beside the other version


def test_only_the_newest_tables_of_a_name_stay(cache: Path) -> None:
    build = Builder()
    for version in "abcde":
        cached_build("table", build, version=version)
    cached_build("other", build)
    assert len(list(cache.glob("table-*.pickle"))) == buildcache.KEEP
    assert len(list(cache.glob("other-*.pickle"))) == 1


def test_a_broken_table_is_rebuilt_and_replaced(cache: Path) -> None:
    build = Builder()
    cached_build("table", build)
    (kept,) = cache.glob("table-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert cached_build("table", build)["build"] == [2]
    assert cached_build("table", build)["build"] == [2]


def test_off_builds_every_time_and_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(buildcache.CACHE_ENV, "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    build = Builder()
    cached_build("table", build)
    cached_build("table", build)
    assert build.builds == 2
    assert not list(tmp_path.rglob("*.pickle"))


def test_an_unwritable_cache_only_costs_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(buildcache.CACHE_ENV, str(blocker / "cache"))  # a folder under a file
    build = Builder()
    assert cached_build("table", build)["build"] == [1]
    assert cached_build("table", build)["build"] == [2]


def test_kept_knowledge_base_looks_up_as_the_built_one(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = tmp_path / "user-kb"
    monkeypatch.setenv("EVENTWIRE_KB_DIR", str(user))
    built = KnowledgeBase.load()
    ActorResolver.load()
    kept = ActorResolver.load().kb
    assert list(cache.glob("resolver-*.pickle"))
    assert kept.entities.keys() == built.entities.keys()
    for name in ("NATO", "Boris Johnson", "Kremlin", "António Guterres"):
        assert kept.lookup(name, "2020-06-30") == built.lookup(name, "2020-06-30")

    user.mkdir()
    (user / "mine.yaml").write_text(
        "entities:\n  - name: Arvid Testqvist\n    country: NOR\n    kind: person\n", encoding="utf-8"
    )
    assert not kept.lookup("Arvid Testqvist")
    assert ActorResolver.load().kb.lookup("Arvid Testqvist")[0].country == "NOR"  # a new file: built afresh
    assert not ActorResolver.load(include_user=False).kb.lookup("Arvid Testqvist")


def test_kept_resolver_finds_the_mentions_the_built_one_finds(cache: Path) -> None:
    from eventwire.nlp import load_pipeline
    from eventwire.pipeline import text_article

    article = text_article(
        "President Abdel Fattah al-Sisi met UN Secretary-General António Guterres in Cairo on "
        "Wednesday, and the Kremlin said Russian troops had left the border.",
        "2021-06-30",
        "line 1",
    )
    doc = load_pipeline()(article.text)
    built = ActorResolver(KnowledgeBase.load())(doc, article)
    ActorResolver.load()
    kept = ActorResolver.load()(doc, article)
    assert list(cache.glob("resolver-*.pickle"))
    assert kept == built
    assert {m.entity.country for m in kept if m.entity} >= {"EGY", "RUS"}


def test_apart_a_child_builds_and_keeps_the_table_and_it_is_read_back(cache: Path) -> None:
    build = Builder()
    with buildcache.builds_apart():
        table = cached_build("words", lambda: {**words_table(), "built": build()})
    assert build.builds == 0  # the build ran in the child
    assert table["built"] == {"build": [1], "shared": [1, 2, 3]}
    first, second = table["minister"]
    assert first is second  # read back from the kept pickle, equal values shared
    assert len(list(cache.glob("words-*.pickle"))) == 1
    assert any(kept is table for kept in buildcache.compacted_tables())
    assert cached_build("words", build) == table  # a later run reads the same table


def test_apart_a_failed_build_is_built_here_and_raises_here(cache: Path) -> None:
    def broken() -> dict[str, int]:
        raise ValueError("bad knowledge file")

    with buildcache.builds_apart(), pytest.raises(ValueError, match="bad knowledge file"):
        cached_build("broken", broken)


def test_apart_an_unwritable_cache_builds_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv(buildcache.CACHE_ENV, str(blocker / "cache"))
    build = Builder()
    with buildcache.builds_apart():
        assert cached_build("table", build)["build"] == [1]
    assert build.builds == 1


def test_apart_with_another_thread_running_builds_here(cache: Path) -> None:
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        build = Builder()
        with buildcache.builds_apart():
            assert cached_build("table", build)["build"] == [1]
        assert build.builds == 1
    finally:
        release.set()
        other.join()


def test_outside_builds_apart_the_table_is_built_here(cache: Path) -> None:
    build = Builder()
    with buildcache.builds_apart():
        pass
    cached_build("table", build)
    assert build.builds == 1
