"""Which selection reasons of the fast path bring which characters, and which of them yield events.

    PYTHONPATH=src .venv/bin/python scripts/selection_shares.py [--rules FILE] [--compare] [--top 40]

Samples (``--samples``; each skipped when its corpus is absent):
- ``dai-first``: the first 300 dai2017 articles (what the rules were tuned on);
- ``dai-3000``: dai2017 articles 3,000–3,299 (read_inputs order, 0-based; not tuned on);
- ``dai-1000``: dai2017 articles 1,000–1,999 (a larger sample to list weak cues from, round 10);
- ``reuters-8000``: ``reuters21578.jsonl`` lines 8,000–8,299 (1-based; not tuned on);
- ``gsr``: the PLOVER GSR sentences, one article each (``--samples ...,gsr``; not in the default).

Each sample is analysed once with the exact path (every sentence parsed; cached in ``--cache``). Each
event is placed in the cheap pass's unit holding its trigger. For each unit the ``events`` policy
chooses, its reasons: ``cue:<lemma>`` for every trigger lemma whose pattern's words are all there,
``lede``, ``antecedent`` (brought by a chosen unit's pronoun). The table gives, per reason, the
characters of the units it chooses (share of all chosen characters), the events in them, and the
same for the units it alone brings. ``--compare`` also runs the fast path and counts the events
identical to the exact path's (the bench's ``event_key``: type, actors, recipients, sentence).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
from collections import Counter
from dataclasses import dataclass, field, replace
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from eventwire.ingest import read_inputs  # noqa: E402
from eventwire.pipeline import Stages  # noqa: E402
from eventwire.records import Article, Event  # noqa: E402
from eventwire.scale.cues import WORD, CueFinder, UnitCues  # noqa: E402
from eventwire.scale.rules import SelectionRules, load_rules  # noqa: E402
from eventwire.scale.select import (  # noqa: E402
    Policy,
    SentenceSelector,
    antecedents,
    can_hold_event,
    chosen_units,
    lede_units,
    parsed_units,
    with_selector,
)
from throughput import GSR, event_key, gsr_articles  # noqa: E402

SHARED = ROOT / ".." / "shared" / "corpora"
DAI = SHARED / "news_articles_dai2017" / "news_articles.jsonl"
TRIGGER_WORDS = 2
REUTERS = SHARED / "reuters21578" / "reuters21578.jsonl"


@dataclass
class Exact:
    """One article analysed by the exact path: its events' keys and trigger offsets."""

    article: Article
    keys: list[tuple]
    triggers: list[int]


@dataclass
class Tally:
    """Characters and events of the units a reason chooses, and of those it alone brings."""

    units: int = 0
    chars: int = 0
    events: int = 0
    alone_units: int = 0
    alone_chars: int = 0
    alone_events: int = 0

    def add(self, chars: int, events: int, alone: bool) -> None:
        self.units += 1
        self.chars += chars
        self.events += events
        if alone:
            self.alone_units += 1
            self.alone_chars += chars
            self.alone_events += events


@dataclass
class Shares:
    """The tallies of one sample."""

    total_chars: int = 0
    chosen_chars: int = 0
    events: int = 0
    events_in_chosen: int = 0
    reasons: dict[str, Tally] = field(default_factory=dict)
    yielding: Counter[str] = field(default_factory=Counter)  # cue lemma -> units where it is a trigger

    def tally(self, reason: str) -> Tally:
        return self.reasons.setdefault(reason, Tally())


# ---------------------------------------------------------------- samples


def dai_articles(start: int, count: int) -> list[Article]:
    """dai2017 articles ``start`` .. ``start + count - 1`` in read order."""
    readable = (a for a in read_inputs([str(DAI)]) if isinstance(a, Article))
    return list(islice(readable, start, start + count))


def line_articles(path: Path, first_line: int, count: int, folder: Path) -> list[Article]:
    """The articles of lines ``first_line`` .. (1-based) of a JSONL file."""
    with path.open(encoding="utf-8") as lines:
        chosen = list(islice(lines, first_line - 1, first_line - 1 + count))
    part = folder / f"{path.stem}-{first_line}-{count}-{os.getpid()}.jsonl"  # one per run: runs in parallel
    part.write_text("".join(chosen), encoding="utf-8")
    return [a for a in read_inputs([str(part)]) if isinstance(a, Article)]


def samples(names: list[str], folder: Path) -> dict[str, list[Article]]:
    """The named samples whose corpus is present."""
    makers = {
        "dai-first": (DAI, lambda: dai_articles(0, 300)),
        "dai-3000": (DAI, lambda: dai_articles(3000, 300)),
        "dai-1000": (DAI, lambda: dai_articles(1000, 1000)),
        "reuters-8000": (REUTERS, lambda: line_articles(REUTERS, 8000, 300, folder)),
        "gsr": (GSR, lambda: gsr_articles(GSR)),
    }
    return {name: makers[name][1]() for name in names if makers[name][0].is_file()}


# ---------------------------------------------------------------- exact path, cached


def trigger_start(event: Event) -> int:
    report = event.reports[0]
    return report.trigger_span[0] if report.trigger_span else report.span[0]


def exact_analyses(stages: Stages, name: str, articles: list[Article], cache: Path) -> list[Exact]:
    """The exact path's events of each article (read from ``cache`` when the sample is unchanged)."""
    path = cache / f"exact-{name}.pickle"
    ids = [a.article_id for a in articles]
    if path.is_file():
        stored = pickle.loads(path.read_bytes())
        if [e.article.article_id for e in stored] == ids:
            return stored
    exact = [
        Exact(an.article, [event_key(e) for e in an.events], [trigger_start(e) for e in an.events])
        for an in stages.analyse(articles)
    ]
    path.write_bytes(pickle.dumps(exact))
    return exact


# ---------------------------------------------------------------- reasons


def unit_of(units: list[UnitCues], offset: int) -> int | None:
    for i, unit in enumerate(units):
        if unit.span[0] <= offset < unit.span[1]:
            return i
    return None


def reasons_of(
    finder: CueFinder, text: str, units: list[UnitCues], rules: SelectionRules
) -> dict[int, set[str]]:
    """For each unit the ``events`` policy chooses, why."""
    chosen = chosen_units(units, Policy.events, rules)
    reasons: dict[int, set[str]] = {i: set() for i in chosen}
    for i in chosen:
        if can_hold_event(units[i], rules):
            span = units[i].span
            words = [w.lower().replace("’", "'") for w in WORD.findall(text[span[0] : span[1]])]
            reasons[i].update(f"cue:{lemma}" for lemma in finder.event_cues(words))
    for i in lede_units(units, rules):
        if i in reasons:
            reasons[i].add("lede")
    for i in [i for i in chosen if reasons[i] and units[i].pronoun]:  # the cue and lede units
        for j in antecedents(units, i, rules):
            reasons[j].add("antecedent")
    return reasons


def shares(finder: CueFinder, analyses: list[Exact]) -> Shares:
    """The characters and events of each reason over a sample."""
    found = Shares()
    for exact in analyses:
        text = exact.article.text
        units = finder(text)
        found.total_chars += len(text)
        found.events += len(exact.keys)
        events_in = Counter(unit_of(units, offset) for offset in exact.triggers)
        triggered = trigger_forms(finder, text, units, exact.triggers)
        for i, why in reasons_of(finder, text, units, finder.rules).items():
            chars = units[i].span[1] - units[i].span[0]
            found.chosen_chars += chars
            found.events_in_chosen += events_in[i]
            cues = {r for r in why if r.startswith("cue:")}
            found.yielding.update(c for c in cues if c[4:] in triggered.get(i, ()))
            for reason in why:
                found.tally(reason).add(chars, events_in[i], alone=len(why) == 1)
            for group, members in (("cue (any)", cues), ("context (lede/antecedent)", why - cues)):
                if members:
                    found.tally(group).add(chars, events_in[i], alone=members == why)
    return found


def trigger_forms(
    finder: CueFinder, text: str, units: list[UnitCues], triggers: list[int]
) -> dict[int, set[str]]:
    """For each unit, every lemma the words starting its events' triggers could have (the first
    ``TRIGGER_WORDS``: a trigger span may start at a licensing verb or hold a particle)."""
    forms: dict[int, set[str]] = {}
    for offset in triggers:
        i = unit_of(units, offset)
        if i is not None:
            words = WORD.findall(text, offset, units[i].span[1])[:TRIGGER_WORDS]
            forms.setdefault(i, set()).update(*finder.forms_per_word([w.lower() for w in words]))
    return forms


def weak_cue_candidates(found: Shares, min_units: int) -> list[str]:
    """Cue lemmas of at least ``min_units`` chosen units, none of which an event was triggered by."""
    return sorted(
        reason[4:]
        for reason, t in found.reasons.items()
        if reason.startswith("cue:") and t.units >= min_units and not found.yielding[reason]
    )


def print_shares(name: str, found: Shares, top: int) -> None:
    chosen = max(found.chosen_chars, 1)
    print(
        f"### {name}: {found.total_chars:,} characters, {found.chosen_chars:,} chosen "
        f"({found.chosen_chars / max(found.total_chars, 1):.1%}); exact events {found.events}, "
        f"{found.events_in_chosen} in chosen units\n"
    )
    print(
        "| reason | units | chars (share of chosen) | events | units with an event of this trigger "
        "| alone: units | alone: chars | alone: events |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    ranked = sorted(found.reasons.items(), key=lambda kv: -kv[1].alone_chars)
    for reason, t in ranked[:top]:
        print(
            f"| {reason} | {t.units} | {t.chars:,} ({t.chars / chosen:.1%}) | {t.events} "
            f"| {found.yielding[reason] if reason.startswith('cue:') else ''} | {t.alone_units} "
            f"| {t.alone_chars:,} ({t.alone_chars / chosen:.1%}) | {t.alone_events} |"
        )
    print()


# ---------------------------------------------------------------- fast path against exact


@dataclass
class Comparison:
    """The fast path's events against the exact path's over a sample."""

    exact: int = 0
    identical: int = 0
    same_articles: int = 0
    parsed: int = 0  # characters through the whole pipeline
    context: int = 0  # characters through the context components alone (split rules)
    chars: int = 0
    split: tuple[int, int] = (0, 0)  # excerpts analysed split, and parsed whole for not lining up
    differences: list[tuple[str, str, tuple]] = field(default_factory=list)  # (side, article id, key)


class OracleSelector(SentenceSelector):
    """The ceiling of any cue: exactly the units where the exact path found an event, plus the lede
    and antecedents the rules add (a diagnostic; it reads the exact path's answers)."""

    def __init__(self, cues: CueFinder, analyses: list[Exact], policy: Policy = Policy.events) -> None:
        super().__init__(cues, policy)
        self.triggers = {e.article.text: e.triggers for e in analyses}

    def __call__(self, text: str) -> list[UnitCues]:
        units = self.cues(text)
        events = {unit_of(units, offset) for offset in self.triggers.get(text, ())}
        return [replace(u, event=i in events, loose_event=False, likely=True) for i, u in enumerate(units)]

    def spans(self, text: str) -> list[tuple[int, int]]:
        units = self(text)
        return [units[i].span for i in chosen_units(units, self.policy, self.cues.rules)]

    def split_spans(self, text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
        if not self.splits:
            return self.spans(text), []
        units = self(text)
        chosen = chosen_units(units, self.policy, self.cues.rules)
        parse = parsed_units(units, chosen, self.cues.rules)
        return [units[i].span for i in chosen if i in parse], [
            units[i].span for i in chosen if i not in parse
        ]


def compare(
    stages: Stages, finder: CueFinder, analyses: list[Exact], oracle: bool = False, policy: str = "events"
) -> Comparison:
    """Run the fast path of ``finder``'s rules over the sample and count what stays the same."""
    chosen = Policy(policy)
    selector = OracleSelector(finder, analyses, chosen) if oracle else SentenceSelector(finder, chosen)
    fast = with_selector(stages, selector)
    found = Comparison()
    for exact, analysis in zip(analyses, fast.analyse([e.article for e in analyses]), strict=True):
        quick = Counter(event_key(e) for e in analysis.events)
        slow = Counter(exact.keys)
        found.exact += len(exact.keys)
        found.identical += sum((slow & quick).values())
        found.same_articles += slow == quick
        parse, context = selector.split_spans(exact.article.text)
        found.parsed += sum(end - start for start, end in parse)
        found.context += sum(end - start for start, end in context)
        found.chars += len(exact.article.text)
        article_id = exact.article.article_id
        found.differences += [("exact", article_id, k) for k in (slow - quick).elements()]
        found.differences += [("fast", article_id, k) for k in (quick - slow).elements()]
    found.split = (selector.plans.merged, selector.plans.whole)
    return found


def print_comparison(label: str, articles: int, found: Comparison, show: int) -> None:
    print(
        f"- fast path ({label}): characters parsed {found.parsed / max(found.chars, 1):.1%}, context only "
        f"{found.context / max(found.chars, 1):.1%}; events "
        f"identical {found.identical}/{found.exact} ({found.identical / max(found.exact, 1):.1%}); "
        f"articles identical {found.same_articles}/{articles}; split excerpts {found.split[0]} "
        f"(parsed whole: {found.split[1]})"
    )
    for side, article_id, (kind, actors, recipients, sentence) in found.differences[:show]:
        text = " ".join(sentence.split())[:160]
        print(f"  - only {side} ({article_id}): {kind} {list(actors)} → {list(recipients)} — “{text}”")
    print()


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--samples", default="dai-first,dai-3000,reuters-8000")
    parser.add_argument("--rules", help="a selection.yaml to try instead of the package's")
    parser.add_argument("--compare", action="store_true", help="also run the fast path against exact")
    parser.add_argument(
        "--oracle", action="store_true", help="compare with exactly the exact path's event units as cues"
    )
    parser.add_argument("--policy", default="events", choices=["events", "context"], help="of the fast path")
    parser.add_argument("--show", type=int, default=0, help="differing events listed per sample")
    parser.add_argument("--top", type=int, default=40, help="reasons listed per sample")
    parser.add_argument(
        "--suggest-weak", type=int, default=0, help="list cue lemmas of at least N units that yield no event"
    )
    parser.add_argument("--cache", default="/tmp/ew-selection-cache", help="folder for the exact analyses")
    return parser.parse_args()


def main() -> None:
    args = arguments()
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    chosen = samples([s.strip() for s in args.samples.split(",") if s.strip()], cache)
    if not chosen:
        sys.exit("no sample corpus found under ../shared/corpora")
    stages = Stages.load()
    rules = load_rules(Path(args.rules)) if args.rules else load_rules()
    finder = CueFinder.load(stages.nlp, stages.resolver.kb, rules)
    for name, articles in chosen.items():
        analyses = exact_analyses(stages, name, articles, cache)
        found = shares(finder, analyses)
        print_shares(name, found, args.top)
        if args.suggest_weak:
            weak = weak_cue_candidates(found, args.suggest_weak)
            print(f"- weak cue candidates ({len(weak)}; ≥ {args.suggest_weak} units, no event): {weak}\n")
        if args.compare:
            found = compare(stages, finder, analyses, args.oracle, args.policy)
            oracle = ", oracle cues" if args.oracle else ""
            label = f"{args.rules or 'selection.yaml'}, policy {args.policy}{oracle}"
            print_comparison(label, len(analyses), found, args.show)


if __name__ == "__main__":
    main()
