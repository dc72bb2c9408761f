"""Merge the article-level events of one story into one event per happening, with every report."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta

from eventwire.records import Entity, Event, Place, Precision, Report, TimeExpression
from eventwire.stories.grouping import dates_compatible
from eventwire.stories.keys import actor_key, is_country
from eventwire.stories.spans import event_date

DateFinder = Callable[[str, str | None], list[TimeExpression]]
PRECISION_RANK = {"day": 3, "month": 2, "year": 1, "unknown": 0}
RECIPROCAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
HISTORICAL = "historical"  # the PLOVER context of an event told as past background
RECENT_DAYS = 7  # how far before its first report a story's happening is looked for first


def report_order(published: str | None, report_id: str) -> tuple[str, str]:
    """Where a report comes in a story's grouping order: published first (undated last), then by id."""
    return published or "9999", report_id


def group_order(ev: Event) -> tuple[str, str]:
    """Where a merged event comes among its story's events: the place of its first report (groups are
    made in report order, so a group comes where its earliest report does)."""
    return min(report_order(r.published, r.report_id or ev.event_id) for r in ev.reports)


def _identities(entities: Iterable[Entity]) -> set[str]:
    """The identities of some parties; an unresolved mention known only by a country ("a man",
    "officials" taking the article's country, key "USA:") identifies no one."""
    return {k for e in entities if (k := actor_key(e)) and not k.endswith(":")}


def _participants(ev: Event) -> set[str]:
    """The identities of an event's actors and recipients."""
    return _identities((*ev.actor, *ev.recipient))


def _crossed(a: Event, b: Event) -> bool:
    """A party that acts in one report and is acted upon in the other: "Biden attacked Trump" and
    "Trump attacked Drudge" are two happenings. Not for ``RECIPROCAL_TYPES``, whose sides a report may
    tell either way round ("X visited Y", "Y hosted X")."""
    if a.event_type in RECIPROCAL_TYPES:
        return False
    return bool(
        _identities(a.actor) & _identities(b.recipient) or _identities(a.recipient) & _identities(b.actor)
    )


def _same_sentence(a: Event, b: Event) -> bool:
    """Two articles telling it in the same words (a syndicated or republished sentence); two events of
    one sentence of one article are two happenings ("X praised NATO for supporting Iraq")."""
    ra, rb = a.reports[0], b.reports[0]
    if ra.article_id == rb.article_id:
        return False
    return " ".join(ra.sentence.lower().split()) == " ".join(rb.sentence.lower().split())


def _placed_in_time(ev: Event, anchored: frozenset[str]) -> bool:
    """The report's article has a publication date, or states a weekday that agrees with the story's."""
    report = ev.reports[0]
    return bool(report.published) or report.article_id in anchored


def merge_date(ev: Event, anchor: str | None, anchored: frozenset[str]) -> str | None:
    """The date an event is merged by: its own, else the story's (``anchor``) when its report is placed in
    time (a dated article, or an undated one ``anchored`` to the story's date). Most events of a dated
    report have no date of their own (the timeline stage no longer gives them the publication day): read
    as of the story's date, two reports' undated events of one happening still merge, and an undated
    event never merges with a dated one of another day ("X attacked Y" with "in 2014 X attacked Y"). A
    range is read whole ("2011/2015", ``spans.event_date``): a date inside it is compatible."""
    if ev.date is not None or not anchor:
        return event_date(ev.date, ev.date_end)
    return anchor[:10] if _placed_in_time(ev, anchored) else None


def same_happening(
    a: Event, b: Event, anchored: frozenset[str] = frozenset(), anchor: str | None = None
) -> bool:
    """Same type, compatible dates (an undated event's as of the story's date, ``merge_date``), and either
    the same sentence or overlapping participants (one side's within the other's, or two shared) of which
    one is more than a whole country: two attacks "in France" of one list, or two statements "by Syria"
    of one backgrounder, are not one happening. A report from an undated article joins a dated event
    only when the article is ``anchored`` to the story's date (a stated weekday agrees): otherwise
    merging would date it with nothing in its text."""
    if a.event_type != b.event_type:
        return False
    if not dates_compatible(merge_date(a, anchor, anchored), merge_date(b, anchor, anchored)):
        return False
    undated = a if a.date is None else b if b.date is None else None
    if undated is not None and (a.date or b.date) and not _placed_in_time(undated, anchored):
        return False
    if _same_sentence(a, b):
        return True
    if _crossed(a, b):
        return False
    pa, pb = _participants(a), _participants(b)
    shared = pa & pb
    if len(shared) < 2 and all(is_country(k) for k in shared):
        return False
    return pa <= pb or pb <= pa or len(shared) >= 2


def group_events(
    events: Sequence[Event], anchored: frozenset[str] = frozenset(), anchor: str | None = None
) -> list[list[Event]]:
    """Clusters of article-level events that report one happening, in report order. An event joins a
    group when it is the same happening as every member (complete linkage): a report naming one party
    ("Trump criticised the media") would otherwise chain every statement about that party. A meeting,
    an agreement or cooperation (``RECIPROCAL_TYPES``) joins when it is the same happening as any
    member: its reports name its participants in many ways ("the minister met NATO's chief", "they
    exchanged views", "we held meetings with the Council")."""
    groups: list[list[Event]] = []
    for ev in sorted(events, key=lambda e: report_order(e.reports[0].published, e.event_id)):
        linkage = any if ev.event_type in RECIPROCAL_TYPES else all
        home = next((g for g in groups if linkage(same_happening(ev, o, anchored, anchor) for o in g)), None)
        if home is None:
            groups.append([ev])
        else:
            home.append(ev)
    return groups


def _union_entities(lists: list[list[Entity]]) -> list[Entity]:
    """Entities of all reports, one per actor identity, the best-scored mention kept."""
    best: dict[str, Entity] = {}
    for ents in lists:
        for e in ents:
            key = actor_key(e) or e.name.lower()
            if key not in best or e.score > best[key].score:
                best[key] = e
    return list(best.values())


def _best_date(group: list[Event]) -> Event:
    """The report whose date to keep: the earliest published among those with the finest precision,
    of those not dated after the group's first publication (a happening reported on the 26th did not
    happen on the 31st, the day a later report of it was published)."""
    first = min((r.published for ev in group for r in ev.reports if r.published), default=None)
    possible = [ev for ev in group if not (first and ev.date and ev.date > first[: len(ev.date)])]
    candidates = possible or group
    return max(candidates, key=lambda e: (PRECISION_RANK[e.date_precision], -group.index(e)))


def merged_event_id(story_id: str, group: list[Event]) -> str:
    first = min(ev.event_id for ev in group)
    return "e" + hashlib.blake2b(f"{story_id}|{first}".encode(), digest_size=8).hexdigest()


def merge_group(story_id: str, group: list[Event]) -> Event:
    """One event from reports of one happening: union of actors, every report, the best date."""
    dated = _best_date(group)
    modes = Counter(ev.mode for ev in group if ev.mode)
    reports: list[Report] = [r for ev in group for r in ev.reports]
    confidence = 1.0
    for ev in group:
        confidence *= 1.0 - ev.confidence
    return Event(
        event_id=merged_event_id(story_id, group),
        event_type=group[0].event_type,
        actor=_union_entities([ev.actor for ev in group]),
        recipient=_union_entities([ev.recipient for ev in group]),
        reports=reports,
        mode=modes.most_common(1)[0][0] if modes else None,
        context=sorted({c for ev in group for c in ev.context}),
        quad_class=group[0].quad_class,
        date=dated.date,
        date_precision=dated.date_precision,
        date_end=dated.date_end,
        date_expression=dated.date_expression,
        date_source=dated.date_source,
        location=told_location(group),
        story_id=story_id,
        confidence=1.0 - confidence,
        attributed_to=next((ev.attributed_to for ev in group if ev.attributed_to), None),
    )


def told_location(group: list[Event]) -> Place | None:
    """The first location a report tells, else the first one inferred from the parties' country."""
    located = [ev.location for ev in group if ev.location is not None]
    return next((p for p in located if not p.inferred), located[0] if located else None)


def _resolve(ev: Event, anchor: str, find_dates: DateFinder, source: str, need_weekday: bool) -> Event:
    found = [
        x
        for x in find_dates(ev.date_expression or "", anchor)
        if x.value and x.precision != "unknown" and not x.weekday_conflict  # not a decade ("the 1980s")
    ]
    if not found or found[0].tense == "future":
        return ev
    if need_weekday and found[0].anchored and found[0].weekday is None:
        return ev  # only a stated weekday that agrees makes another report's date trustworthy
    precision: Precision = found[0].precision
    ev.date, ev.date_precision, ev.date_source = found[0].value, precision, source
    ev.date_end = found[0].end if (found[0].end or "") > found[0].value else None
    return ev


def date_from_story(
    ev: Event, anchor: str | None, find_dates: DateFinder, original: str | None = None
) -> Event:
    """Date a report from its story: a republished copy reads its relative dates against the original's
    publication date; an undated report takes the story's date when a stated weekday agrees."""
    republished = bool(original) and (ev.reports[0].published or "") > (original or "")
    if republished and ev.date_source == "published":
        ev.date, ev.date_precision, ev.date_source = original, "day", "original"
        ev.date_end = None
        return ev
    if not ev.date_expression:
        return ev
    if republished and original and ev.date_source not in (None, "story"):
        return _resolve(ev, original, find_dates, "original", need_weekday=False)
    if ev.date is None and anchor:
        return _resolve(ev, anchor, find_dates, "story", need_weekday=True)
    return ev


def anchored_articles(events: Sequence[Event], anchor: str | None, find_dates: DateFinder) -> frozenset[str]:
    """Undated articles whose evidence states a weekday that agrees with the story's date."""
    undated = ((r.article_id, r.sentence) for ev in events if not (r := ev.reports[0]).published)
    return anchored_sentences(undated, anchor, find_dates)


def anchored_sentences(
    sentences: Iterable[tuple[str, str]], anchor: str | None, find_dates: DateFinder
) -> frozenset[str]:
    """Of undated articles' (article id, evidence sentence), the articles whose sentences state a weekday
    that agrees with the story's date."""
    if not anchor:
        return frozenset()
    found: set[str] = set()
    read: set[tuple[str, str]] = set()  # one sentence often holds several events: read it once
    for key in sentences:
        article_id, sentence = key
        if article_id in found or key in read:
            continue
        read.add(key)
        times = find_dates(sentence, anchor)
        if any(t.weekday is not None and not t.weekday_conflict and t.value == anchor for t in times):
            found.add(article_id)
    return frozenset(found)


def merge_story(
    story_id: str,
    events: Sequence[Event],
    anchor: str | None,
    find_dates: DateFinder,
    originals: Mapping[str, str] | None = None,
    anchored: frozenset[str] | None = None,
) -> list[Event]:
    """The merged events of a story, after dating reports from the story (``originals``: article id of a
    republished copy -> publication date of the original it copies; ``anchored``: the undated articles
    placed at the story's date, when ``events`` are not all the story's reports, see
    ``anchored_sentences``)."""
    originals = originals or {}
    if anchored is None:
        anchored = anchored_articles(events, anchor, find_dates)
    dated = [
        date_from_story(ev, anchor, find_dates, originals.get(ev.reports[0].article_id)) for ev in events
    ]
    dated = [date_in_placed_article(ev, anchor, anchored, find_dates) for ev in dated]
    return [merge_group(story_id, g) for g in group_events(dated, anchored, anchor)]


def date_in_placed_article(
    ev: Event, anchor: str | None, anchored: frozenset[str], find_dates: DateFinder
) -> Event:
    """An event of an undated article the story places at its date (``anchored``: a stated weekday
    agrees) whose sentence tells no time of its own takes the story's date, as a dated report's main
    happening takes its publication date; a sentence with any time expression keeps its event undated."""
    report = ev.reports[0]
    if ev.date is not None or ev.date_expression or not anchor or len(anchor) != len("YYYY-MM-DD"):
        return ev
    if report.published or report.article_id not in anchored or find_dates(report.sentence, anchor):
        return ev
    ev.date, ev.date_precision, ev.date_source = anchor, "day", "story"
    return ev


def members(ev: Event) -> frozenset[str]:
    """The ids of a merged event's reports."""
    return frozenset(r.report_id for r in ev.reports if r.report_id)


def stored_groups(placed: Iterable[tuple[str, str | None]]) -> dict[str, frozenset[str]]:
    """(report id, merged event id or None) pairs as stored -> merged event id: its reports' ids."""
    groups: dict[str, set[str]] = {}
    for report_id, event_id in placed:
        if event_id is not None:
            groups.setdefault(event_id, set()).add(report_id)
    return {event_id: frozenset(ids) for event_id, ids in groups.items()}


def changed_events(
    merged: Sequence[Event], stored: Mapping[str, frozenset[str]]
) -> tuple[list[Event], list[str]]:
    """What a new merge changes in the stored one: its events not stored with the same reports (in merge
    order), and the stored event ids they replace. An event with the same id and the same reports is
    the same event (as long as the story's anchor and its reports' dating stayed the same)."""
    same = {ev.event_id for ev in merged if stored.get(ev.event_id) == members(ev)}
    added = sorted((ev for ev in merged if ev.event_id not in same), key=group_order)
    return added, [event_id for event_id in stored if event_id not in same]


EventDate = tuple[str | None, Precision, bool]  # (date, precision, told as past background)


def story_date(merged: Sequence[Event], published: Sequence[str | None]) -> tuple[str | None, Precision]:
    """The happening's date: the best-supported date of the events it is about (those of the week up to
    its first report first), else the earliest publication date."""
    return date_of_story([(ev.date, ev.date_precision, HISTORICAL in ev.context) for ev in merged], published)


def background(day: str, historical: bool, first_published: str | None) -> bool:
    """An event told as past background ("In 1943, her family was deported"), or dated more than a year
    before the story's first report: the story tells it, it is not the story's happening."""
    return historical or (bool(first_published) and int(day[:4]) < int(first_published[:4]) - 1)


def near_first_report(value: str, first: str) -> bool:
    """A date in the week up to the story's first report (a month or a year that holds one of those
    days): news tells what just happened, so such a date is the happening's rather than the
    background's ("protests since June" beside "Sunday's election")."""
    earliest = (date.fromisoformat(first[:10]) - timedelta(days=RECENT_DAYS)).isoformat()
    return earliest[: len(value)] <= value <= first[: len(value)]


def date_of_story(
    event_dates: Sequence[EventDate], published: Sequence[str | None]
) -> tuple[str | None, Precision]:
    """``story_date`` from the merged events' (date, precision, historical), in merge order."""
    days = sorted(p for p in published if p)
    first = days[0] if days else None
    votes = Counter(
        (day, precision)
        for day, precision, historical in event_dates
        if day and not background(day, historical, first)
    )
    recent = Counter({vote: n for vote, n in votes.items() if first and near_first_report(vote[0], first)})
    votes = recent or votes
    if votes:
        (value, precision), _ = max(votes.items(), key=lambda kv: (kv[1], PRECISION_RANK[kv[0][1]]))
        return value, precision
    return (first, "day") if first else (None, "unknown")
