"""`queries.list_stories` reads stories a chunk at a time, dated ones oldest first, then undated ones."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.store import Store, queries


def _add(store: Store, story: str, date: str | None, articles: list[tuple[str, str | None, str | None]]):
    with store.transaction() as w:
        w.upsert_story(story, f"title {story}")
        for aid, outlet, copy_of in articles:
            art = Article(article_id=aid, source_path=f"/in/{aid}", text="t", outlet=outlet, published=date)
            w.add_article(art, story, copy_of)
        w.replace_story_events(story, [], (date, "day" if date else "unknown"))


def test_every_story_once_in_order_whatever_the_chunk(store):
    dates = {"s5": "2021-01-03", "s1": "2021-01-01", "s3": None, "s2": "2021-01-01", "s4": None}
    for sid, date in dates.items():
        _add(store, sid, date, [(sid + "a", "Outlet", None)])
    with store.reading() as conn:
        for chunk in (1, 2, 500):
            ids = [s["story_id"] for s in queries.list_stories(conn, chunk=chunk)]
            assert ids == ["s1", "s2", "s5", "s3", "s4"]


def test_copies_count_as_articles_and_outlets_but_not_as_sources(store):
    _add(store, "s1", "2021-01-01", [("w", "Wire", None), ("p", "Post", "w"), ("h", "Herald", None)])
    with store.reading() as conn:
        (story,) = queries.list_stories(conn)
    assert (story["n_articles"], story["n_outlets"], story["n_sources"]) == (3, 3, 2)
    assert [r["copy_of"] for r in story["reports"] if r["article_id"] == "p"] == ["w"]
    assert story["outlets"] == ["Herald", "Post", "Wire"]


def _five_stories(store: Store) -> None:
    _add(store, "s1", "2021-01-01", [("a1", "Wire", None)])
    _add(store, "s2", "2021-02-10", [("b1", "Wire", None), ("b2", "Post", None)])
    _add(store, "s3", "2021-03-05", [("c1", "Wire", None), ("c2", "Post", None), ("c3", "Herald", None)])
    _add(store, "s4", None, [("d1", "Wire", None), ("d2", "Post", None)])
    _add(store, "s5", "2022-01-01", [("e1", "Post", None)])


def _ids(store: Store, chunk: int = 500, **filters) -> list[str]:
    with store.reading() as conn:
        rows = queries.list_stories(conn, chunk=chunk, story_filter=queries.StoryFilter(**filters))
        return [s["story_id"] for s in rows]


def test_stories_filtered_by_date_prefix_size_title_and_limit(store):
    _five_stories(store)
    assert _ids(store) == ["s1", "s2", "s3", "s5", "s4"]
    assert _ids(store, since="2021-02", until="2021") == ["s2", "s3"]  # a dated filter leaves undated out
    assert _ids(store, until="2021-02") == ["s1", "s2"]
    assert _ids(store, min_reports=2) == ["s2", "s3", "s4"]
    assert _ids(store, min_reports=3) == ["s3"]
    assert _ids(store, search="TITLE S5") == ["s5"]
    for chunk in (1, 2, 500):
        assert _ids(store, chunk=chunk, limit=4) == ["s1", "s2", "s3", "s5"]
        assert _ids(store, chunk=chunk, limit=5, min_reports=2) == ["s2", "s3", "s4"]
