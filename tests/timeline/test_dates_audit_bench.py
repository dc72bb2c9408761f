"""bench/dates_audit.py: judged event dates kept or to be judged again, and the three shares."""

from __future__ import annotations

from bench_scripts import load_bench


def _audit():
    return load_bench("dates_audit")


def event(article: str, date: str | None, source: str | None) -> dict:
    report = {"article_id": article, "span": [0, 90], "trigger_span": [10, 14], "sentence": "s"}
    precision = "day" if date else "unknown"
    return {
        "event_type": "CONSULT",
        "reports": [report],
        "date": date,
        "date_precision": precision,
        "date_source": source,
        "actor": [],
        "recipient": [],
    }


JUDGED = (
    "# a comment\n"
    "article_id\ttrigger_start\tevent_type\tdate\tdate_ok\terror_class\n"
    "a\t10\tCONSULT\t2021-03-07|day|sentence\ty\t-\n"
    "b\t10\tCONSULT\t2021-03-10|day|published\tn\tpublished_background\n"
    "c\t10\tCONSULT\tNone|unknown|None\ty\t-\n"
    "d\t10\tCONSULT\tNone|unknown|None\tn\tmissed_lede_day\n"
)


def test_rescore_keeps_unchanged_dates_and_lists_changed_ones(tmp_path, capsys) -> None:
    audit = _audit()
    judged = tmp_path / "judged.tsv"
    judged.write_text(JUDGED)
    events = [event("a", "2021-03-07", "sentence"), event("b", None, None), event("c", None, None)]
    kept = audit.rescore(events, audit.read_judgements(judged))
    out = capsys.readouterr().out
    assert [audit.key_of(e) for e in kept] == [("a", 10, "CONSULT"), ("c", 10, "CONSULT")]
    assert "CHANGED ('b', 10, 'CONSULT'): 2021-03-10|day|published -> None|unknown|None" in out
    assert "GONE ('d', 10, 'CONSULT')" in out


def test_the_shares_count_dated_and_undated_apart(tmp_path, capsys) -> None:
    audit = _audit()
    judged = tmp_path / "judged.tsv"
    judged.write_text(JUDGED)
    events = [
        event("a", "2021-03-07", "sentence"),
        event("b", "2021-03-10", "published"),
        event("c", None, None),
        event("d", None, None),
    ]
    audit.report(events, audit.read_judgements(judged))
    out = capsys.readouterr().out
    assert "dated right 0.500 (1/2), undated right 0.500 (1/2), every date right 0.500 (2/4)" in out
    assert "published: 0/1" in out


def test_the_draw_is_fixed_by_its_seed_and_can_take_only_undated_events() -> None:
    audit = _audit()
    events = [
        event(str(i), "2021-03-07" if i % 2 else None, "sentence" if i % 2 else None) for i in range(20)
    ]
    first = audit.draw(events, 5, seed=3, source=None, undated=False)
    assert first == audit.draw(list(reversed(events)), 5, seed=3, source=None, undated=False)
    assert all(e["date"] is None for e in audit.draw(events, 5, seed=3, source=None, undated=True))
    assert all(
        e["date_source"] == "sentence"
        for e in audit.draw(events, 5, seed=3, source="sentence", undated=False)
    )
