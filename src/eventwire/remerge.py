"""Bring a story's merged events up to date with its reports, after a batch stored new ones.

Called by ``pipeline.Ingest`` for each story a batch touched: the new reports are merged into the
stored events (``remerge_added``), or the story is merged again from all its reports
(``remerge_whole``) when an earlier-published article moved its anchor or another story was absorbed.
The stories stage decides what merges (``stories.merge_story``); this module reads and writes the store.
"""

from __future__ import annotations

from collections.abc import Collection

from eventwire import stories, timeline
from eventwire.records import Event
from eventwire.store import Writer


def remerge_story(writer: Writer, story_id: str, new_articles: Collection[str] | None = None) -> None:
    """Bring a story's merged events up to date with its reports (a story without articles: nothing).

    ``new_articles``: the articles added to the story since its events were last merged (and no other
    story absorbed into it). Then only their reports' event types are regrouped and only the merged
    events whose reports changed are written again, unless an earlier-published article moved the
    story's anchor (dating may change throughout). Either way the stored result is the whole re-merge's.
    """
    if new_articles is None or not remerge_added(writer, story_id, set(new_articles)):
        remerge_whole(writer, story_id)


def remerge_whole(writer: Writer, story_id: str) -> None:
    """Recompute one story's merged events from all its reports."""
    published = [a.published for a in writer.story_articles(story_id)]
    if not published:
        return
    anchor = min((p for p in published if p), default=None)
    merged = stories.merge_story(
        story_id,
        writer.story_reports(story_id),
        anchor,
        timeline.find_dates,
        writer.story_originals(story_id),
    )
    writer.replace_story_events(story_id, merged, stories.story_date(merged, published))


def remerge_added(writer: Writer, story_id: str, new_articles: set[str]) -> bool:
    """Merge the reports of ``new_articles`` into a story's stored events: regroup the reports of their
    event types (groups never mix types) and write the events that changed. False, having written
    nothing, when the story's anchor moved or a stored report belongs to no merged event."""
    state = writer.story_state(story_id, new_articles)
    if state.n_articles == 0:
        return True
    if state.n_earlier and state.anchor != state.earlier_anchor:
        return False
    types = writer.report_types(new_articles)
    reports = writer.stored_reports(story_id, types) if types else []
    if any(r.merged_id is None and r.event.reports[0].article_id not in new_articles for r in reports):
        return False
    events = [r.event for r in reports]
    article_ids = {ev.reports[0].article_id for ev in events}
    merged = stories.merge_story(
        story_id,
        events,
        state.anchor,
        timeline.find_dates,
        writer.story_originals(story_id, article_ids),
        anchored=anchored_in(writer, events, state.anchor),
    )
    stored = stories.stored_groups((r.event.event_id, r.merged_id) for r in reports)
    added, removed = stories.changed_events(merged, stored)
    writer.update_story_events(removed, added, kept={ev.event_id for ev in merged})
    if not state.n_earlier:  # a new story: these are all its events
        writer.set_story_date(story_id, stories.story_date(merged, [state.anchor]), state.n_articles)
    elif added or removed:
        story_date = stories.date_of_story(writer.story_event_dates(story_id), [state.anchor])
        writer.set_story_date(story_id, story_date, state.n_articles)
    else:  # its events and its anchor, so its date, are as stored
        writer.set_story_size(story_id, state.n_articles)
    return True


def anchored_in(writer: Writer, events: list[Event], anchor: str | None) -> frozenset[str]:
    """The undated articles among these reports' that are placed at the story's date, read from all
    their reports' sentences (not only these)."""
    undated = {ev.reports[0].article_id for ev in events if not ev.reports[0].published}
    if not anchor or not undated:
        return frozenset()
    return stories.anchored_sentences(writer.report_sentences(undated), anchor, timeline.find_dates)
