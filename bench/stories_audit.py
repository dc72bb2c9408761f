"""Precision audit of the story grouping on real news: a fixed random draw of multi-report stories,
judged by reading (round 16).

Usage:
    PYTHONPATH=src .venv/bin/python bench/stories_audit.py [--shared ../shared] [--dai 400] [--cache F]
        [--n 60] [--seed 1] [--show] [--judgements bench/data/stories_audit_seed1.tsv]
    PYTHONPATH=src .venv/bin/python bench/stories_audit.py --set heldout [--cache F] [--n 50] [--seed 17]
        [--show] [--judgements bench/data/stories_audit_heldout_seed17.tsv]
    PYTHONPATH=src .venv/bin/python bench/stories_audit.py --set dense [--cache F] [--n 50] [--seed 18]
        [--show] [--judgements bench/data/stories_audit_dense_seed18.tsv]

The mix the lead read the story page over: the first ``--dai`` news_articles_dai2017 articles (several
outlets, TASS among them) and the two Wikinews 2019–2020 CSV files (one outlet, many template titles),
read by the ingest stage, analysed (``--cache``: the analyses pickled once, then reused) and streamed
through ``pipeline.Ingest`` in that order, as ``eventwire ingest`` of those files does.

``--set heldout`` (round 17): another mix no rule was made on, judged before the round's changes and
never tuned on: news_articles_dai2017 articles 2,001–2,600 (nine outlets: Al Jazeera, RTE, HuffPost,
ABC News, TASS, BBC, Deutsche Welle, CNN, China Daily) and the Guardian's Syria sample (249 dated
articles of one outlet, 2017–2019, without titles), streamed in that order.

``--set dense`` (round 18): a second development set of dense news, used by neither set above:
news_articles_dai2017 articles 2,601–3,400 (16–25 March 2017, 100–170 articles a day from nine
outlets), where one topic's successive happenings are reported by several outlets within days.

``--show`` prints ``--n`` stories of two articles or more drawn at random (``--seed``), each member's id,
date, outlet, title and the start of its text, for judging: the text is printed at run time only.

``--judgements FILE`` reads a hand-judged TSV (columns ``story``, ``article_id``, ``happening``, ``note``:
the draw's story number, a member, a label of the happening it reports within that story — members
with one label report one happening — and an optional error class; ids and labels only, no text) and
scores the current grouping on the judged articles:

- pair precision: of the pairs of judged articles the grouping puts in one story, and whose verdict is
  known (both were in one judged story), the share that report one happening;
- stories with one happening: of the current stories holding two judged articles or more (of one judged
  story), the share whose judged members all report one happening;
- kept: of the judged pairs that report one happening, the share still in one story (what a fix that
  splits too much loses);
- unjudged pairs: pairs of judged articles from different judged stories now in one story (``--show``
  lists them to judge).

``--pairs FILE`` (round 25, repeatable) reads verdicts on such pairs, judged later (columns ``article_a``,
``article_b``, ``verdict``: ``same`` or ``different``; e.g. ``stories_audit_dense_seed18_pairs_round25.tsv``):
a pair with a verdict counts in the pair precision instead of among the unjudged.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations, islice
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from stories_eval import analyse_all, ingest  # noqa: E402

LEDE_SHOWN = 160


@dataclass(frozen=True, slots=True)
class Judged:
    """One judged member: the story of the draw it was in and the happening it reports there."""

    story: str
    happening: str
    note: str


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    sets = ("dev", "heldout", "dense")
    p.add_argument("--set", choices=sets, default="dev", help="the mix (module docstring)")
    p.add_argument("--dai", type=int, default=400, help="first news_articles_dai2017 articles (dev)")
    p.add_argument("--cache", type=Path, help="pickle of the NLP analyses, written once, then reused")
    p.add_argument("--n", type=int, default=60, help="stories of two articles or more drawn")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--show", action="store_true", help="print the drawn stories (and unjudged pairs)")
    p.add_argument("--judgements", type=Path, help="hand-judged TSV to score the grouping against")
    p.add_argument("--pairs", type=Path, action="append", default=[], help="judged cross-story pairs (TSV)")
    return p.parse_args()


def read_mix(shared: Path, dai: int) -> list:
    """The first ``dai`` dai2017 articles, then the Wikinews 2019 and 2020 files, as the ingest reads them."""
    from eventwire.ingest import read_inputs
    from eventwire.records import Article

    corpora = shared / "corpora"
    found = []
    for item in read_inputs([corpora / "news_articles_dai2017/news_articles.jsonl"]):
        if isinstance(item, Article):
            found.append(item)
            if len(found) >= dai:
                break
    wikinews = [corpora / f"wikinews_2019_2020/wikinews_{year}.csv" for year in ("2019", "2020")]
    found.extend(item for item in read_inputs(wikinews) if isinstance(item, Article))
    return found


HELDOUT_DAI = (2000, 2600)
DENSE_DAI = (2600, 3400)


def read_dai_slice(shared: Path, first: int, last: int) -> list:
    """dai2017 articles ``first + 1`` to ``last``, as the ingest reads them."""
    from eventwire.ingest import read_inputs
    from eventwire.records import Article

    dai = read_inputs([shared / "corpora/news_articles_dai2017/news_articles.jsonl"])
    return list(islice((item for item in dai if isinstance(item, Article)), first, last))


def read_heldout_mix(shared: Path) -> list:
    """dai2017 articles 2,001–2,600, then the Guardian's Syria sample, as the ingest reads them."""
    from eventwire.ingest import read_inputs
    from eventwire.records import Article

    corpora = shared / "corpora"
    found = read_dai_slice(shared, *HELDOUT_DAI)
    guardian = corpora / "guardian_syria_sample/Guardian_SDF_sample.csv"
    found.extend(item for item in read_inputs([guardian]) if isinstance(item, Article))
    return found


def grouped(articles: list, analyses: dict, folder: Path) -> list[list[str]]:
    """The stories the grouping makes of the articles streamed in order: their members' ids."""
    from eventwire.store import queries

    store, _ = ingest(articles, analyses, folder / "audit.db")
    with store.reading() as conn:
        stories = [sorted(s["article_ids"]) for s in queries.list_stories(conn)]
    store.dispose()
    return stories


def drawn(stories: list[list[str]], n: int, seed: int) -> list[list[str]]:
    """``n`` stories of two articles or more, drawn at random with ``seed`` (in a fixed order first)."""
    multi = sorted(s for s in stories if len(s) > 1)
    return random.Random(seed).sample(multi, min(n, len(multi)))


def read_judgements(path: Path) -> dict[str, Judged]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {r["article_id"]: Judged(r["story"], r["happening"], r.get("note") or "") for r in rows}


def read_pair_verdicts(paths: list[Path]) -> dict[frozenset[str], bool]:
    """Verdicts on pairs of articles of two drawn stories: whether the two report one happening."""
    verdicts: dict[frozenset[str], bool] = {}
    for path in paths:
        with path.open(encoding="utf-8", newline="") as handle:
            for r in csv.DictReader(handle, delimiter="\t"):
                verdicts[frozenset((r["article_a"], r["article_b"]))] = r["verdict"].strip() == "same"
    return verdicts


def judged_pairs(
    stories: list[list[str]], judged: dict[str, Judged], verdicts: dict[frozenset[str], bool] | None = None
) -> tuple[int, int, list]:
    """Pairs of judged articles in one current story: of one happening, of two, and the unjudged (a pair
    of two drawn stories counts by its verdict in ``verdicts`` when it has one)."""
    same = different = 0
    unjudged = []
    verdicts = verdicts or {}
    for story in stories:
        for a, b in combinations([x for x in story if x in judged], 2):
            ja, jb = judged[a], judged[b]
            if ja.story != jb.story:
                verdict = verdicts.get(frozenset((a, b)))
                if verdict is None:
                    unjudged.append((a, b))
                elif verdict:
                    same += 1
                else:
                    different += 1
            elif ja.happening == jb.happening:
                same += 1
            else:
                different += 1
    return same, different, unjudged


def pure_stories(stories: list[list[str]], judged: dict[str, Judged]) -> tuple[int, int]:
    """Current stories with two judged members or more of one judged story: those of one happening, all."""
    pure = total = 0
    for story in stories:
        by_story: dict[str, set[str]] = defaultdict(set)
        for x in story:
            if x in judged:
                by_story[judged[x].story].add(judged[x].happening)
        members = [x for x in story if x in judged]
        if len(members) < 2:
            continue
        total += 1
        pure += len(by_story) == 1 and len(next(iter(by_story.values()))) == 1
    return pure, total


def kept_share(stories: list[list[str]], judged: dict[str, Judged]) -> tuple[int, int]:
    """Judged pairs of one happening still in one story, of all such pairs."""
    story_of = {x: i for i, s in enumerate(stories) for x in s}
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for x, j in judged.items():
        groups[(j.story, j.happening)].append(x)
    pairs = [p for members in groups.values() for p in combinations(sorted(members), 2)]
    kept = sum(1 for a, b in pairs if a in story_of and story_of.get(a) == story_of.get(b))
    return kept, len(pairs)


def show_story(number: int, story: list[str], by_id: dict) -> None:
    print(f"story {number} ({len(story)} articles)")
    for aid in sorted(story, key=lambda x: (by_id[x].published or "", x)):
        a = by_id[aid]
        lede = " ".join(a.text[:LEDE_SHOWN].split())
        print(f"  {aid}\t{a.published}\t{a.outlet}\t{a.title}\n      {lede}")


def score(
    stories: list[list[str]],
    judged: dict[str, Judged],
    by_id: dict,
    show: bool,
    verdicts: dict[frozenset[str], bool] | None = None,
) -> None:
    same, different, unjudged = judged_pairs(stories, judged, verdicts)
    pure, total = pure_stories(stories, judged)
    kept, pairs = kept_share(stories, judged)
    stories_judged = len({j.story for j in judged.values()})
    print(f"judged: {len(judged)} articles of {stories_judged} drawn stories")
    precision = same / (same + different) if same + different else float("nan")
    print(f"  pair precision {precision:.3f}  ({same} of {same + different} judged pairs in one story)")
    print(f"  stories with one happening {pure}/{total} ({pure / total if total else float('nan'):.3f})")
    print(f"  kept: same-happening pairs still together {kept}/{pairs} ({kept / pairs if pairs else 1:.3f})")
    print(f"  unjudged pairs (judged articles of two drawn stories now together): {len(unjudged)}")
    if show:
        for a, b in unjudged:
            print(f"    {a} {by_id[a].title!r} + {b} {by_id[b].title!r}")


def main() -> int:
    args = _args()
    if not (args.shared / "corpora").is_dir():
        print(f"stories_audit: {args.shared}/corpora not found; nothing to measure")
        return 0
    if args.set == "heldout":
        articles, name = read_heldout_mix(args.shared), "audit_heldout"
    elif args.set == "dense":
        articles, name = read_dai_slice(args.shared, *DENSE_DAI), "audit_dense"
    else:
        articles, name = read_mix(args.shared, args.dai), f"audit{args.dai}"
    analyses, _ = analyse_all(articles, args.cache, name)
    with tempfile.TemporaryDirectory(prefix="ew-stories-audit-") as tmp:
        stories = grouped(articles, analyses, Path(tmp))
    by_id = {a.article_id: a for a in articles}
    multi = [s for s in stories if len(s) > 1]
    print(
        f"{len(articles)} articles: {len(stories)} stories, {len(multi)} of two articles or more "
        f"({sum(map(len, multi))} articles); largest {sorted(map(len, stories), reverse=True)[:6]}"
    )
    if args.show:
        for number, story in enumerate(drawn(stories, args.n, args.seed), 1):
            show_story(number, story, by_id)
    if args.judgements:
        score(stories, read_judgements(args.judgements), by_id, args.show, read_pair_verdicts(args.pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
