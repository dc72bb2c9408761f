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
