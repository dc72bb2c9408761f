"""The share of characters the fast path parses, per selection rules file, over any input.

    PYTHONPATH=src .venv/bin/python bench/parsed_share.py INPUT [INPUT ...] [--rules FILE ...]

The inputs are read as ``eventwire ingest`` reads them (``ingest.read_inputs``); for each rules file
(default: the package's ``data/scale/selection.yaml``) the selector of ``--sentences events`` chooses the
units to parse. Printed per rules file: the characters parsed (share of all characters), the articles
parsed at all, and the units chosen only for a statement's quotation (``select.quotation_units``).
Nothing is parsed; the stages are loaded for the cheap pass's tables only.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from eventwire.ingest import read_inputs
from eventwire.pipeline import Stages
from eventwire.records import Article
from eventwire.scale.cues import CueFinder
from eventwire.scale.rules import SelectionRules, load_rules
from eventwire.scale.select import Policy, chosen_units, quotation_units


def shares(finder: CueFinder, articles: list[Article]) -> dict[str, int]:
    """Characters in all, characters chosen, articles parsed, units chosen for quotations only."""
    found = {"chars": 0, "parsed": 0, "articles": 0, "quotation_only": 0, "quotation_only_chars": 0}
    rules = finder.rules
    for article in articles:
        units = finder(article.text)
        chosen = set(chosen_units(units, Policy.events, rules))
        found["chars"] += len(article.text)
        found["parsed"] += sum(units[i].span[1] - units[i].span[0] for i in chosen)
        found["articles"] += bool(chosen)
        if rules.quotation_sentences and chosen:
            without = set(chosen_units(units, Policy.events, _without_quotations(rules)))
            extra = chosen - without
            found["quotation_only"] += len(extra & quotation_units(units, rules))
            found["quotation_only_chars"] += sum(units[i].span[1] - units[i].span[0] for i in extra)
    return found


def _without_quotations(rules: SelectionRules) -> SelectionRules:
    return replace(rules, quotation_sentences=False, quotation_continuations=False)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("inputs", nargs="+")
    parser.add_argument(
        "--rules", action="append", help="a selection.yaml (repeatable; default the package's)"
    )
    args = parser.parse_args()
    articles = [a for a in read_inputs([Path(p) for p in args.inputs]) if isinstance(a, Article)]
    stages = Stages.load()
    for path in args.rules or [None]:
        rules = load_rules(Path(path)) if path else load_rules()
        found = shares(CueFinder.load(stages.nlp, stages.resolver.kb, rules), articles)
        chars = max(found["chars"], 1)
        print(
            f"{path or 'selection.yaml'}: {len(articles)} articles, characters parsed "
            f"{found['parsed']:,} / {found['chars']:,} ({found['parsed'] / chars:.1%}); articles parsed "
            f"{found['articles']}; brought by quotations: {found['quotation_only_chars']:,} characters "
            f"({found['quotation_only_chars'] / chars:.1%}), {found['quotation_only']} quotation units"
        )


if __name__ == "__main__":
    main()
