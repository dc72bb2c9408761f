"""Evaluate story grouping and the story similarity on the labelled corpora in ../shared; print the figures.

Usage:
    .venv/bin/python bench/stories_eval.py [--shared ../shared] [--seed 13] [--more-seeds 1 2]
        [--join-score 0.35 0.4 ...] [--no-embeddings] [--cache /tmp/analyses.pkl] [--limit N]

- ECB+ (``corpora/ecbplus/docs.jsonl``): the documents are read by the ingest stage, analysed by the NLP,
  actors, events and timeline stages, shuffled (news does not arrive sorted by topic), then streamed through
  ``pipeline.Ingest`` into a fresh database, which groups them into stories exactly as ``eventwire ingest``
  does. B-cubed precision, recall and F1 against the ``seminal_event_cluster`` labels, on all documents
  and on the two halves of the topics (alternate topics in order: the first half is where the join score
  was chosen, the second is held out); then the mean F1 over other arrival orders (``--more-seeds``),
  since one order's figures move by a few points with luck.
- SemEval-2022 Task 8 (``corpora/semeval2022_task8/en_en_pairs_train.jsonl``): both texts of every pair
  go through the same path into another database; the score of a pair is ``stories.story_similarity`` of
  the two stored profiles, with the term weights the database holds. Pearson correlation with the human
  ``Overall`` score (1 = very similar, 4 = very dissimilar, so a good score correlates negatively).
  The pairs of each band whose evidence conflicts (conflict.py) are counted too.
- Speed: articles per second of the whole pipeline (NLP included) and of the story stage alone.

The NLP analyses can be cached (``--cache``) so several join scores are compared on one analysis: each run
still goes through ``pipeline.Ingest`` with only the analysis step replayed from the cache.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import pickle
import random
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    p.add_argument("--seed", type=int, default=13, help="order in which the ECB+ documents arrive")
    p.add_argument(
        "--more-seeds", type=int, nargs="*", default=[1, 2], help="other arrival orders, for the mean F1"
    )
    p.add_argument("--join-score", type=float, nargs="*", default=None, help="join scores to compare")
    p.add_argument("--bridge-score", type=float, default=None, help="score that joins several stories")
    p.add_argument("--no-embeddings", action="store_true", help="words and names only")
    p.add_argument("--cache", type=Path, help="pickle of the NLP analyses, written once, then reused")
    p.add_argument("--limit", type=int, help="at most this many ECB+ documents (a quick look)")
    p.add_argument(
        "--diagnose", action="store_true", help="split the dev topics' loss into over- and under-merging"
    )
    return p.parse_args()


def b_cubed(gold: dict[str, str], predicted: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of a clustering (item -> cluster) against gold labels."""
    by_gold, by_pred = defaultdict(set), defaultdict(set)
    for item in gold:
        by_gold[gold[item]].add(item)
        by_pred[predicted[item]].add(item)
    precision = recall = 0.0
    for item in gold:
        g, p = by_gold[gold[item]], by_pred[predicted[item]]
        both = len(g & p)
        precision += both / len(p)
        recall += both / len(g)
    precision, recall = precision / len(gold), recall / len(gold)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def pearson(xs: list[float], ys: list[float]) -> float:
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return cov / (sx * sy) if sx and sy else 0.0


def ecb_articles(shared: Path, seed: int, limit: int | None) -> tuple[list, dict[str, str], dict[str, int]]:
    """ECB+ documents as the ingest stage reads them, shuffled; gold cluster and topic by article id."""
    from eventwire.ingest import read_inputs
    from eventwire.records import Article

    path = shared / "corpora/ecbplus/docs.jsonl"
    labels = {}
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        labels[doc["doc_id"]] = (doc["seminal_event_cluster"], int(doc["topic"]))
    articles = [a for a in read_inputs([path]) if isinstance(a, Article) and a.record_id in labels]
    random.Random(seed).shuffle(articles)
    articles = articles[:limit] if limit else articles
    gold = {a.article_id: labels[a.record_id][0] for a in articles}
    topic = {a.article_id: labels[a.record_id][1] for a in articles}
    return articles, gold, topic


def semeval_articles(shared: Path) -> tuple[list, list[tuple[str, str, float]]]:
    """Both texts of each English pair as articles, and (id1, id2, Overall) per pair."""
    from eventwire.pipeline import text_article

    path = shared / "corpora/semeval2022_task8/en_en_pairs_train.jsonl"
    articles, pairs = {}, []
    for line in path.open(encoding="utf-8"):
        row = json.loads(line)
        ids = []
        for field, aid in zip(("text1", "text2"), row["pair_id"].split("_"), strict=True):
            art = text_article(row[field].strip(), None, f"semeval:{aid}")
            articles.setdefault(art.article_id, art)
            ids.append(art.article_id)
        pairs.append((ids[0], ids[1], float(row["Overall"])))
    return list(articles.values()), pairs


def analyse_all(articles: list, cache: Path | None, name: str) -> tuple[dict, float]:
    """The NLP analyses of the articles by id (from the cache when it has them), and articles/s."""
    from eventwire.pipeline import Stages, analyse

    cached = pickle.loads(cache.read_bytes()) if cache and cache.exists() else {}
    if name in cached and set(cached[name]) >= {a.article_id for a in articles}:
        return cached[name], float("nan")
    stages = Stages.load()
    start = time.perf_counter()
    done = {an.article.article_id: an for an in analyse(stages, articles)}
    rate = len(articles) / (time.perf_counter() - start)
    if cache:
        cached[name] = done
        cache.write_bytes(pickle.dumps(cached))
    return done, rate


def ingest(articles: list, analyses: dict, db: Path) -> tuple[object, float]:
    """Stream the articles through ``pipeline.Ingest`` (the analysis replayed); the store and articles/s."""
    from eventwire import pipeline
    from eventwire.store import Store

    class Replay:
        """An ``Analyser`` that hands back the cached analyses."""

        def analyse(self, batch: list) -> Iterator:
            return (analyses[a.article_id] for a in batch)

    store = Store(db)
    start = time.perf_counter()
    summary = pipeline.Ingest(store, Replay()).run(articles)
    if summary.n_skipped:
        raise SystemExit(f"stories_eval: {summary.n_skipped} articles not stored: {summary.skipped[:3]}")
    return store, len(articles) / (time.perf_counter() - start)


def story_of(store) -> dict[str, str]:
    from eventwire.store import queries

    with store.reading() as conn:
        return {aid: s["story_id"] for s in queries.list_stories(conn) for aid in s["article_ids"]}


def topic_halves(gold: dict[str, str], topic: dict[str, int]) -> dict[str, dict[str, str]]:
    """All documents, and the dev and held-out halves of the topics (alternate topics in order)."""
    rank = {t: i for i, t in enumerate(sorted(set(topic.values())))}
    return {
        "all": gold,
        "dev topics (1st, 3rd, ...)": {a: g for a, g in gold.items() if rank[topic[a]] % 2 == 0},
        "held-out topics (2nd, 4th, ...)": {a: g for a, g in gold.items() if rank[topic[a]] % 2 == 1},
    }


def grouping_f1(articles, gold, topic, analyses, db: Path) -> dict[str, float]:
    """B-cubed F1 per half of the topics, for one arrival order."""
    store, _ = ingest(articles, analyses, db)
    predicted = story_of(store)
    store.dispose()
    return {name: b_cubed(part, predicted)[2] for name, part in topic_halves(gold, topic).items()}


def evaluate_ecb(args, articles, gold, topic, analyses, db: Path) -> float:
    store, rate = ingest(articles, analyses, db)
    predicted = story_of(store)
    if args.diagnose:
        from stories_diagnose import diagnose

        dev = topic_halves(gold, topic)["dev topics (1st, 3rd, ...)"]
        diagnose(store, dev, topic, predicted, args.join)
    store.dispose()
    for name, part in topic_halves(gold, topic).items():
        p, r, f = b_cubed(part, predicted)
        print(
            f"  {name:32} B-cubed P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({len(part)} docs, "
            f"{len(set(part.values()))} gold / {len({predicted[a] for a in part})} predicted stories)"
        )
    print(f"  story stage: {rate:.1f} articles/s")
    return rate


def mean_over_orders(args, analyses: dict, db_dir: Path) -> None:
    """B-cubed F1 averaged over arrival orders (``--seed`` and ``--more-seeds``): one order is luck."""
    seeds = [args.seed, *args.more_seeds]
    runs = []
    for seed in seeds:
        articles, gold, topic = ecb_articles(args.shared, seed, args.limit)
        db = db_dir.with_name(f"{db_dir.name}_{seed}.db")
        runs.append(grouping_f1(articles, gold, topic, analyses, db))
    print(f"  mean B-cubed F1 over orders {seeds}:")
    for name in runs[0]:
        values = [r[name] for r in runs]
        print(f"    {name:32} {sum(values) / len(values):.3f}  ({' '.join(f'{v:.3f}' for v in values)})")


def evaluate_semeval(articles, pairs, analyses, db: Path, join: float) -> None:
    from eventwire.stories import story_similarity

    store, _ = ingest(articles, analyses, db)
    with store.transaction() as writer:
        profiles = {p.article_id: p.profile for p in writer.story_profiles(a.article_id for a in articles)}
        vocabulary = set().union(*(p.vocabulary() for p in profiles.values()))
        weights = writer.term_weights(vocabulary)
    store.dispose()
    scores = [story_similarity(profiles[a], profiles[b], weights) for a, b, _ in pairs]
    overall = [o for _, _, o in pairs]
    r = pearson([s.score for s in scores], overall)
    print(f"  Pearson(score, Overall) = {r:+.3f}  ({len(pairs)} pairs)")
    for signal in ("words", "names", "meaning"):
        values = [(getattr(s, signal), o) for s, o in zip(scores, overall, strict=True)]
        present = [(v, o) for v, o in values if v is not None]
        if len(present) > 2:
            r = pearson([v for v, _ in present], [o for _, o in present])
            print(f"    {signal:8} alone: {r:+.3f}  ({len(present)} pairs with it)")
    half = [(s.score, o) for i, (s, o) in enumerate(zip(scores, overall, strict=True)) if i % 2]
    print(f"    odd-numbered pairs: {pearson([s for s, _ in half], [o for _, o in half]):+.3f}")
    bands = (("same story (Overall <= 1.5)", lambda o: o <= 1.5), ("different (>= 3)", lambda o: o >= 3))
    for label, keep in bands:
        group = [s.score for s, o in zip(scores, overall, strict=True) if keep(o)]
        above = sum(1 for x in group if x >= join)
        print(f"    {label}: {above}/{len(group)} pairs score >= the join score {join}")
        found = [s for s, o in zip(scores, overall, strict=True) if keep(o) and s.conflicts]
        kinds = ", ".join(sorted({k for s in found for k in s.conflicts})) or "-"
        print(f"      ... {len(found)} pairs with a who / where / what / when conflict ({kinds})")


def main() -> int:
    args = _args()
    if not (args.shared / "corpora/ecbplus/docs.jsonl").exists():
        print(f"{args.shared}: ../shared corpora not found", file=sys.stderr)
        return 1
    if args.no_embeddings:
        os.environ["EVENTWIRE_EMBEDDINGS"] = "0"
    from eventwire.stories import assign, embedding, grouping

    assign.embed = functools.lru_cache(maxsize=None)(embedding.embed)  # once per text across the runs
    join_name, bridge_name = ("JOIN_SCORE", "BRIDGE_SCORE")
    if embedding.available():
        join_name, bridge_name = ("JOIN_SCORE_WITH_MEANING", "BRIDGE_SCORE_WITH_MEANING")
    if args.bridge_score is not None:
        setattr(grouping, bridge_name, args.bridge_score)
    mode = "on" if embedding.available() else "off"
    print(f"embeddings: {mode}; bridge score {getattr(grouping, bridge_name)}")
    articles, gold, topic = ecb_articles(args.shared, args.seed, args.limit)
    analyses, nlp_rate = analyse_all(articles, args.cache, "ecb")
    print(f"ECB+ seminal events: {len(articles)} documents, order seed {args.seed}")
    print(f"  NLP, actors, events, timeline: {nlp_rate:.1f} articles/s")
    with tempfile.TemporaryDirectory() as tmp:
        for i, join in enumerate(args.join_score or [getattr(grouping, join_name)]):
            setattr(grouping, join_name, join)
            args.join = join
            print(f" join score {join}:")
            rate = evaluate_ecb(args, articles, gold, topic, analyses, Path(tmp) / f"ecb{i}.db")
            if nlp_rate == nlp_rate:  # measured in this run (not read from the cache)
                print(f"  whole pipeline: {1 / (1 / nlp_rate + 1 / rate):.1f} articles/s")
            if args.more_seeds:
                mean_over_orders(args, analyses, Path(tmp) / f"ecb{i}")
        sem_articles, pairs = semeval_articles(args.shared)
        sem_analyses, _ = analyse_all(sem_articles, args.cache, "semeval")
        print(f"SemEval-2022 Task 8 en-en pairs (train sample): {len(pairs)} pairs")
        join = getattr(grouping, join_name)
        evaluate_semeval(sem_articles, pairs, sem_analyses, Path(tmp) / "semeval.db", join)
    return 0


if __name__ == "__main__":
    sys.exit(main())
