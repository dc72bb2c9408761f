"""bench/locations_audit.py: judged event locations kept, removed or to be judged again."""

from __future__ import annotations

from bench_scripts import load_bench


def _audit():
    return load_bench("locations_audit")


def event(article: str, start: int, location: dict | None) -> dict:
    report = {"article_id": article, "span": [0, 90], "trigger_span": [start, start + 4], "sentence": "s"}
    return {"event_type": "CONSULT", "reports": [report], "location": location, "actor": [], "recipient": []}


def test_rescore_keeps_unchanged_verdicts_and_counts_removed_ones(tmp_path, capsys) -> None:
    audit = _audit()
    lima = {"name": "Lima", "feature": "city", "span": [40, 44]}
    quito = {"name": "Quito", "feature": "city", "span": [50, 55]}
    judged = tmp_path / "judged.tsv"
    judged.write_text(
        "# a comment\n"
        "article_id\ttrigger_start\tevent_type\tlocation\tlocation_ok\tprecision_ok\terror_class\n"
        "a\t10\tCONSULT\tLima|city|40\ty\ty\t-\n"
        "b\t10\tCONSULT\tLima|city|40\tn\t-\tdateline\n"
        "c\t10\tCONSULT\tLima|city|40\ty\ty\t-\n"
        "d\t10\tCONSULT\tLima|city|40\tn\t-\tdateline\n"
    )
    verdicts = audit.read_judgements(judged)
    events = [event("a", 10, lima), event("b", 10, None), event("c", 10, quito)]
    kept, _ = audit.rescore(events, verdicts)
    out = capsys.readouterr().out
    assert [audit.key_of(e) for e in kept] == [("a", 10, "CONSULT")]
    assert "removed right 0, removed wrong 2" in out  # b lost its location, d is gone
    assert "CHANGED ('c', 10, 'CONSULT'): Lima|city|40 -> Quito|city|50" in out


def test_the_draw_is_fixed_by_its_seed_and_by_located_or_not() -> None:
    audit = _audit()
    events = [
        event(
            str(i),
            i,
            {"name": "X", "feature": "city", "source": ("sentence", "parties")[i % 3 == 0]}
            if i % 2
            else None,
        )
        for i in range(20)
    ]
    located = audit.draw(events, 5, 1, located=True)
    assert located == audit.draw(list(reversed(events)), 5, 1, located=True)
    assert all(e["location"] for e in located)
    assert not any(e["location"] for e in audit.draw(events, 5, 1, located=False))
    sentences = audit.draw(events, 50, 1, located=True, source="sentence")
    parties = audit.draw(events, 50, 1, located=True, source="parties")
    assert len(sentences) + len(parties) == 10 and all(e["location"]["source"] == "parties" for e in parties)
    assert sentences and all(e["location"]["source"] == "sentence" for e in sentences)
