"""The Writer's story-event methods: read a story's reports, store its merged events whole or in part.

A story's merged events are recomputed from its reports (``remerge.remerge_story``); when a batch only
adds reports, the events whose reports did not change stay as they are and only the others are written
(``update_story_events``), with the same rows, retired ids and tallies as a whole replacement.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from eventwire.records import Article, Event
from eventwire.store import retired, tallies
from eventwire.store import schema as t
from eventwire.store import story_statements as story_sql
from eventwire.store.codec import event_from_row, event_rows, report_from_row

CHUNK = 500  # ids per IN (...) list


@dataclass(frozen=True)
class StoryState:
    """A story's size and anchors: its earliest publication date, with and without this batch's articles."""

    n_articles: int
    n_earlier: int  # articles stored before this batch
    anchor: str | None
    earlier_anchor: str | None


@dataclass(frozen=True)
class StoredReport:
    """A report as stored: its article-level event and the merged event it is part of (None: not yet)."""

    event: Event
    merged_id: str | None


class StoryEventWrites:
    """Reads and writes of a story's reports and merged events (mixed into ``Writer``)."""

    conn: Connection

    def story_articles(self, story_id: str) -> list[Article]:
        cols = t.articles.c
        rows = self.conn.execute(
            select(cols.article_id, cols.source_path, cols.url, cols.outlet, cols.title, cols.published)
            .where(cols.story_id == story_id)
            .order_by(cols.published.is_(None), cols.published, cols.article_id)
        )
        return [
            Article(article_id=a, source_path=s, text="", url=u, outlet=o, title=ti, published=p)
            for a, s, u, o, ti, p in rows
        ]

    def story_state(self, story_id: str, new_articles: Collection[str] = ()) -> StoryState:
        """How many articles the story holds and its anchor, counting ``new_articles`` or not."""
        if new_articles:
            query, params = (
                story_sql.STORY_STATE_NEW,
                {"story_id": story_id, "new_articles": list(new_articles)},
            )
        else:
            query, params = story_sql.STORY_STATE_ALL, {"story_id": story_id}
        n, n_earlier, anchor, earlier_anchor = self.conn.execute(query, params).one()
        return StoryState(n, n_earlier, anchor, earlier_anchor)

    def story_originals(self, story_id: str, article_ids: Collection[str] | None = None) -> dict[str, str]:
        """Republished copies in a story: copy's article id -> the original's publication date (of the
        copies among ``article_ids``, when given)."""
        if article_ids is None:
            return dict(self.conn.execute(story_sql.STORY_ORIGINALS, {"story_id": story_id}).all())
        found: dict[str, str] = {}
        for ids in _chunks(article_ids):
            found.update(
                self.conn.execute(story_sql.STORY_ORIGINALS_OF, {"story_id": story_id, "ids": ids}).all()
            )
        return found

    def story_reports(self, story_id: str) -> list[Event]:
        """Every article-level event of a story, each with its one report."""
        return [stored.event for stored in self.stored_reports(story_id)]

    def stored_reports(self, story_id: str, event_types: Collection[str] | None = None) -> list[StoredReport]:
        """A story's article-level events (of ``event_types``, when given) and their merged events."""
        r, a = t.reports.c, t.articles.c
        query = (
            select(t.reports, a.source_path, a.url, a.outlet, a.published, a.copy_of)
            .join(t.articles, a.article_id == r.article_id)
            .where(a.story_id == story_id)
        )
        if event_types is not None:
            query = query.where(r.event_type.in_(sorted(event_types)))
        rows = self.conn.execute(query).all()
        return [StoredReport(_report_event(row._mapping), row.event_id) for row in rows]

    def report_types(self, article_ids: Collection[str]) -> set[str]:
        """The event types these articles report."""
        found: set[str] = set()
        for ids in _chunks(article_ids):
            found.update(self.conn.scalars(story_sql.REPORT_TYPES, {"ids": ids}))
        return found

    def report_sentences(self, article_ids: Collection[str]) -> list[tuple[str, str]]:
        """(article id, evidence sentence) of every report of these articles."""
        r = t.reports.c
        out: list[tuple[str, str]] = []
        for ids in _chunks(article_ids):
            query = select(r.article_id, r.sentence).where(r.article_id.in_(ids))
            out.extend((aid, sentence) for aid, sentence in self.conn.execute(query.order_by(r.report_id)))
        return out

    def story_event_dates(self, story_id: str) -> list[tuple[str | None, str, bool]]:
        """(date, precision, told as past background) of a story's merged events, in the order a merge
        makes them: by the place of each event's earliest report (published, undated last, then report id)."""
        r, a, e = t.reports.c, t.articles.c, t.events.c
        rows = self.conn.execute(
            select(r.event_id, a.published, r.report_id)
            .join(t.articles, a.article_id == r.article_id)
            .where(a.story_id == story_id, r.event_id.is_not(None))
        ).all()
        first: dict[str, tuple[str, str]] = {}
        for event_id, published, report_id in rows:
            place = (published or "9999", report_id)
            if event_id not in first or place < first[event_id]:
                first[event_id] = place
        dates = self.conn.execute(
            select(e.event_id, e.date, e.date_precision, e.context).where(e.story_id == story_id)
        )
        found = {
            event_id: (day, precision, "historical" in (context or []))
            for event_id, day, precision, context in dates
        }
        return [found[i] for i in sorted(first, key=first.__getitem__) if i in found]

    def delete_story_events(self, story_id: str, kept: Collection[str] = ()) -> None:
        """Delete a story's merged events; the ids not in ``kept`` (the new merge's) are retired."""
        ids = list(self.conn.scalars(select(t.events.c.event_id).where(t.events.c.story_id == story_id)))
        self._delete_events(ids, kept)

    def replace_story_events(
        self, story_id: str, merged: list[Event], story_date: tuple[str | None, str]
    ) -> None:
        """Store a story's merged events (replacing the previous merge), point reports at them, and keep
        the actor directory and tallies up to date."""
        self.delete_story_events(story_id, kept={ev.event_id for ev in merged})
        self._insert_events(merged)
        n_articles = self.story_state(story_id).n_articles
        self.set_story_date(story_id, story_date, n_articles)

    def update_story_events(
        self, removed: Collection[str], added: list[Event], kept: Collection[str]
    ) -> None:
        """Replace only some of a story's merged events: delete ``removed`` (retiring the ids not in
        ``kept``, the ids of the story's events after the merge) and store ``added`` (in merge order), as
        ``replace_story_events`` would leave them."""
        self._delete_events(list(removed), kept)
        self._insert_events(added)

    def set_story_date(self, story_id: str, story_date: tuple[str | None, str], n_articles: int) -> None:
        """The story's date, its precision and its number of articles."""
        self.conn.execute(
            story_sql.SET_STORY_DATE,
            {
                "the_story": story_id,
                "new_date": story_date[0],
                "new_precision": story_date[1],
                "new_size": n_articles,
            },
        )

    def set_story_size(self, story_id: str, n_articles: int) -> None:
        """The story's number of articles."""
        self.conn.execute(story_sql.SET_STORY_SIZE, {"the_story": story_id, "new_size": n_articles})

    def _delete_events(self, ids: list[str], kept: Collection[str]) -> None:
        if not ids:
            return
        retired.retire_events(self.conn, [i for i in ids if i not in kept])
        ea = t.event_actors.c
        actor_rows = self.conn.execute(
            select(ea.event_id, ea.side, ea.actor_key).where(ea.event_id.in_(ids))
        ).mappings()
        tallies.apply_deltas(self.conn, *tallies.tally_deltas(actor_rows, -1))
        self.conn.execute(delete(t.event_actors).where(ea.event_id.in_(ids)))
        self.conn.execute(delete(t.events).where(t.events.c.event_id.in_(ids)))

    def _insert_events(self, merged: list[Event]) -> None:
        """Store merged events, point their reports at them, and add them to the directory and tallies
        (each kind of row in one statement)."""
        if not merged:
            return
        rows = [event_rows(ev) for ev in merged]
        all_actor_rows: list[dict[str, Any]] = [a for _, actor_rows in rows for a in actor_rows]
        self.conn.execute(insert(t.events), [event_row for event_row, _ in rows])
        if all_actor_rows:
            self.conn.execute(insert(t.event_actors), all_actor_rows)
        placed = [
            {"report": r.report_id, "event": ev.event_id} for ev in merged for r in ev.reports if r.report_id
        ]
        if placed:
            r = t.reports.c
            self.conn.execute(
                update(t.reports)
                .where(r.report_id == bindparam("report"))
                .values(event_id=bindparam("event")),
                placed,
            )
        retired.reinstate(self.conn, [ev.event_id for ev in merged])
        tallies.add_to_directory(self.conn, [e for ev in merged for e in (*ev.actor, *ev.recipient)])
        tallies.apply_deltas(self.conn, *tallies.tally_deltas(all_actor_rows, 1))


def _chunks(ids: Collection[str]) -> Iterator[list[str]]:
    """The ids, sorted, in lists of at most CHUNK (one IN (...) list each)."""
    ordered = sorted(ids)
    for i in range(0, len(ordered), CHUNK):
        yield ordered[i : i + CHUNK]


def _report_event(m: Mapping[str, Any]) -> Event:
    """A stored report as its article-level event (event id = report id)."""
    return event_from_row(m, m["report_id"], [report_from_row(m)])
