"""Evidence sentences cut into segments, so that pages can highlight actor, trigger and recipient."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.records import Entity, Event, Report


@dataclass(slots=True)
class Segment:
    text: str
    role: str | None  # "actor", "trigger", "recipient" or None


Sides = tuple[list[Entity], list[Entity]]  # the actors and recipients one report names


def _marks(ev: Event, rep: Report, sides: Sides | None) -> list[tuple[int, int, str]]:
    """Spans to highlight, relative to the sentence start. Entity spans are article offsets, so they count
    only in the report they came from: ``sides`` gives that report's own entities (a merged event keeps
    one span per actor, from one of its reports)."""
    start, end = rep.span
    actors, recipients = sides if sides else (ev.actor, ev.recipient)
    marks: list[tuple[int, int, str]] = []
    if rep.trigger_span:
        marks.append((rep.trigger_span[0], rep.trigger_span[1], "trigger"))
    for role, ents in (("actor", actors), ("recipient", recipients)):
        for e in ents:
            if (
                e.span
                and start <= e.span[0] < e.span[1] <= end
                and rep.sentence[e.span[0] - start : e.span[1] - start] == e.mention
            ):
                marks.append((e.span[0], e.span[1], role))
    return sorted((s - start, t - start, r) for s, t, r in marks if start <= s < t <= end)


def segments(ev: Event, rep: Report, sides: Sides | None = None) -> list[Segment]:
    """The report's sentence as plain and highlighted segments (overlapping marks: the first wins)."""
    out: list[Segment] = []
    pos = 0
    for s, t, role in _marks(ev, rep, sides):
        if s < pos:
            continue
        if s > pos:
            out.append(Segment(rep.sentence[pos:s], None))
        out.append(Segment(rep.sentence[s:t], role))
        pos = t
    if pos < len(rep.sentence):
        out.append(Segment(rep.sentence[pos:], None))
    return out


@dataclass(slots=True)
class ArticlePart:
    """A stretch of article text: plain, or the sentence of a report (``report``) with its trigger cut out
    as ``trigger`` so the page can mark it."""

    text: str
    report: dict | None = None
    before: str = ""
    trigger: str = ""
    after: str = ""


def article_segments(text: str, reports: list[dict]) -> list[ArticlePart]:
    """The article text cut at its reports' sentence spans (dicts with ``span``, ``trigger_span``);
    overlapping or out-of-range spans are skipped, so every character appears exactly once."""
    parts: list[ArticlePart] = []
    pos = 0
    for rep in sorted(reports, key=lambda r: (r["span"][0], r["span"][1])):
        start, end = rep["span"]
        if start < pos or not 0 <= start < end <= len(text):
            continue
        if start > pos:
            parts.append(ArticlePart(text[pos:start]))
        parts.append(_report_part(text, start, end, rep))
        pos = end
    if pos < len(text):
        parts.append(ArticlePart(text[pos:]))
    return parts


def _report_part(text: str, start: int, end: int, rep: dict) -> ArticlePart:
    sentence = text[start:end]
    trig = rep.get("trigger_span")
    if trig and start <= trig[0] < trig[1] <= end:
        s, t = trig[0] - start, trig[1] - start
        return ArticlePart(sentence, rep, sentence[:s], sentence[s:t], sentence[t:])
    return ArticlePart(sentence, rep, sentence)
