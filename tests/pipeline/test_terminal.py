"""The terminal's event table: readable columns and the evidence's trigger highlighted."""

from __future__ import annotations

from rich.console import Console

from eventwire import terminal
from eventwire.records import Entity, Event, Report

SENTENCE = (
    "After a long morning of talks on trade, fisheries and the border, which both delegations described "
    "as difficult but useful, the foreign minister of Norway met his Swedish counterpart in Oslo to sign "
    "a fisheries accord that had been negotiated for three years."
)


def _event(trigger_word: str, sentence: str = SENTENCE, offset: int = 40) -> Event:
    start = sentence.index(trigger_word) + offset
    report = Report(
        article_id="a1",
        source_path="note.txt",
        sentence=sentence,
        span=(offset, offset + len(sentence)),
        trigger_span=(start, start + len(trigger_word)),
    )
    norway = Entity(mention="Norway", name="Norway", country="NOR", kb_id="country:NOR")
    sweden = Entity(mention="Swedish", name="Sweden", country="SWE", kb_id="country:SWE")
    return Event(
        event_id="e1",
        event_type="CONSULT",
        actor=[norway],
        recipient=[sweden],
        reports=[report],
        date="2026-03-04",
    )


def test_evidence_keeps_a_late_trigger_in_its_window_and_bolds_it() -> None:
    text = terminal.evidence_text(_event("sign").reports[0], width=120)
    assert len(text.plain) <= 120
    assert text.plain.startswith("…")
    bold = [text.plain[s.start : s.end] for s in text.spans if "bold" in str(s.style)]
    assert bold == ["sign"]


def test_evidence_short_sentence_is_whole_and_bolds_its_trigger() -> None:
    sentence = "Norway's foreign minister met his Swedish counterpart in Oslo."
    text = terminal.evidence_text(_event("met", sentence, offset=0).reports[0])
    assert text.plain == sentence
    assert [text.plain[s.start : s.end] for s in text.spans] == ["met"]


def test_evidence_without_a_trigger_inside_its_sentence_is_clipped_from_the_start() -> None:
    report = _event("met").reports[0]
    report.trigger_span = (0, 3)  # before the sentence: not inside it
    text = terminal.evidence_text(report, width=60)
    assert text.plain.startswith("After a long morning") and text.plain.endswith("…")
    assert len(text.plain) == 60 and not text.spans


def test_an_80_column_table_keeps_the_date_whole(monkeypatch) -> None:
    console = Console(width=80, record=True, color_system=None)
    monkeypatch.setattr(terminal, "console", console)
    terminal.event_table([_event("met")])
    out = console.export_text()
    assert "2026-03-04" in out
    assert "CONSULT" in out


def test_the_where_column_says_when_a_place_is_inferred() -> None:
    from eventwire.records import INFERRED_PLACE, Place

    event = _event("met")
    event.location = Place("Oslo", "Oslo", "NOR", 59.9, 10.7, source="sentence")
    assert terminal.where_text(event) == "Oslo, NOR"
    event.location = Place("Norway", "Norway", "NOR", 62.0, 10.0, feature="country", source=INFERRED_PLACE)
    assert terminal.where_text(event) == "Norway, NOR\n(inferred)"
    event.location = None
    assert terminal.where_text(event) == "–"


def test_tables_written_to_a_pipe_are_wider_than_rich_default() -> None:
    assert terminal.output_width(is_terminal=False, environ={}) == terminal.PIPED_WIDTH > 80
    assert terminal.output_width(is_terminal=True, environ={}) is None
    assert terminal.output_width(is_terminal=False, environ={"COLUMNS": "100"}) is None


def test_an_unknown_date_says_when_the_event_was_first_reported() -> None:
    """Session 35: an undated event shows the day of its earliest report apart from its date."""
    undated = _event("met")
    undated.date = None
    undated.reports = [
        Report(article_id=a, source_path="n.txt", sentence=SENTENCE, span=(0, 10), published=p)
        for a, p in (("a1", "2021-03-10"), ("a2", "2021-03-09"))
    ]
    dated = _event("met")
    dated.date, dated.date_precision = "2021-03", "month"
    assert terminal.date_text(undated, " ") == "unknown (reported 2021-03-09)"
    assert terminal.date_text(dated, " ") == "2021-03 (month)"
    never_reported = _event("met")
    never_reported.date = None
    assert terminal.date_text(never_reported, " ") == "unknown"


def test_a_date_range_shows_its_start_and_end() -> None:
    """Session 36: "between 2011 and 2015" is shown as the range it is, not as its first year."""
    ranged = _event("met")
    ranged.date, ranged.date_end, ranged.date_precision = "2011", "2015", "year"
    assert terminal.date_text(ranged, " ") == "2011–2015 (year)"
