"""Agreement of two judges of the real-news audit (bench/events_audit.py) on the same records.

Usage:
    PYTHONPATH=src .venv/bin/python bench/audit_agreement.py JUDGE_A.tsv JUDGE_B.tsv [--list]

Both files use the audit's columns (id, type_ok, happened, actor_ok, recipient_ok, error_class).
Prints, over the ids both judged: per-field agreement, Cohen's kappa for type_ok and happened
(y against not y), and each judge's type, type-and-happened and whole-record precision;
``--list`` also prints the ids on which the judges disagree about type_ok or happened (ids and
verdicts only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_audit import read_judgements, record_ok

FIELDS = ("type_ok", "happened", "actor_ok", "recipient_ok")


def cohen_kappa(first: list[bool], second: list[bool]) -> float:
    """Cohen's kappa of two binary judgements of the same items."""
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    p_first, p_second = sum(first) / n, sum(second) / n
    expected = p_first * p_second + (1 - p_first) * (1 - p_second)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def precision_line(rows: list[dict[str, str]]) -> str:
    """Type, type-and-happened and whole-record precision of one judge's rows."""
    n = len(rows)
    kinds = (
        sum(r["type_ok"] == "y" for r in rows),
        sum(r["type_ok"] == "y" and r["happened"] == "y" for r in rows),
        sum(record_ok(r) for r in rows),
    )
    return " / ".join(f"{k / n:.3f} ({k})" for k in kinds)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--list", action="store_true", help="ids of the type/happened disagreements")
    args = parser.parse_args()
    first, second = read_judgements(args.first), read_judgements(args.second)
    ids = [key for key in first if key in second]
    print(f"{len(ids)} records judged by both")
    for field in FIELDS:
        same = sum(first[k][field] == second[k][field] for k in ids)
        print(f"  {field}: agreement {same / len(ids):.3f} ({same}/{len(ids)})", end="")
        if field in ("type_ok", "happened"):
            kappa = cohen_kappa([first[k][field] == "y" for k in ids], [second[k][field] == "y" for k in ids])
            print(f", kappa {kappa:.3f}", end="")
        print()
    print("  type / type and happened / whole record precision:")
    print(f"    {args.first.name}: {precision_line([first[k] for k in ids])}")
    print(f"    {args.second.name}: {precision_line([second[k] for k in ids])}")
    if args.list:
        pairs = Counter()
        for key in ids:
            a, b = first[key], second[key]
            if (a["type_ok"], a["happened"]) != (b["type_ok"], b["happened"]):
                pairs[(a["type_ok"], b["type_ok"])] += 1
                print(
                    f"  {key}: {a['type_ok']}{a['happened']} {a['error_class']} | "
                    f"{b['type_ok']}{b['happened']} {b['error_class']}"
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
