"""Unknown names coded with a guessed country: how often event parties take one, and which.

Usage:
    PYTHONPATH=src .venv/bin/python bench/actors_guesses.py [--shared ../shared] [--n 300]
        [--show 40] [--seed 1] [--cache DIR]

Codes the first n articles of news_articles_dai2017 (as ``bench/events_eval.py --weak`` does) and
counts the event parties (actor and recipient) that are names the knowledge base does not know
(mention kind PERSON or ORG, no kb id): those with a country and those without, and of those with a
country how many carry the article's main country at the guessed score (nothing in the text placed
them). ``--show N`` prints a random sample of N of the guessed parties, each with its sentence
(printed at run time only), for judging by reading. ``--cache DIR`` keeps the parses (spaCy
DocBin) between runs.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from spacy.tokens import Doc, DocBin

from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.events import EventCoder
from eventwire.nlp import load_pipeline
from eventwire.records import Article, Entity, Mention

ROOT = Path(__file__).resolve().parents[1]
GUESSED_SCORES = (0.4, 0.45)  # resolve.py / persons.py: an unknown name placed by the article alone


def dai2017_texts(shared: Path, n: int) -> list[str]:
    """The first n texts of news_articles_dai2017."""
    texts: list[str] = []
    with (shared / "corpora/news_articles_dai2017/news_articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            texts.append(json.loads(line)["text"])
            if len(texts) >= n:
                break
    return texts


def parsed(texts: list[str], nlp, cache: Path | None) -> list[Doc]:
    """The parses of the texts, from the cache folder when it holds them."""
    path = cache / f"dai2017_{len(texts)}.spacy" if cache else None
    if path is not None and path.exists():
        return list(DocBin().from_disk(path).get_docs(nlp.vocab))
    docs = list(nlp.pipe(texts, batch_size=32))
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    return docs


def unknown_party(entity: Entity, mentions: dict[tuple[int, int], Mention]) -> Mention | None:
    """The mention of a party that is a name the KB does not know (PERSON or ORG, no kb id)."""
    mention = mentions.get(tuple(entity.span)) if entity.span else None
    if mention is None or mention.kind not in ("PERSON", "ORG") or entity.kb_id is not None:
        return None
    return mention


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=None)
    args = parser.parse_args()
    if not (args.shared / "corpora").exists():
        print(f"{args.shared}: no corpora found", file=sys.stderr)
        return 1
    nlp, coder = load_pipeline(), EventCoder()
    resolver = ActorResolver(KnowledgeBase.load(include_user=False))
    texts = dai2017_texts(args.shared, args.n)
    counts = {"parties": 0, "unknown": 0, "uncoded": 0, "placed": 0, "guessed": 0}
    coded: list[tuple[str, str, str, str, float, str]] = []
    for i, (text, doc) in enumerate(zip(texts, parsed(texts, nlp, args.cache), strict=True)):
        article = Article(article_id=str(i), source_path="dai2017", text=text)
        found = resolver(doc, article)
        by_span = {tuple(m.span): m for m in found}
        events, _ = coder(doc, found, article)
        for event in events:
            for entity in [*event.actor, *event.recipient]:
                counts["parties"] += 1
                mention = unknown_party(entity, by_span)
                if mention is None:
                    continue
                counts["unknown"] += 1
                if entity.country is None:
                    counts["uncoded"] += 1
                    continue
                guessed = entity.score in GUESSED_SCORES
                counts["guessed" if guessed else "placed"] += 1
                if not guessed:
                    continue
                sentence = " ".join(event.reports[0].sentence.split())[:300]
                key = f"{i}:{mention.span[0]}-{mention.span[1]}"
                coded.append((key, mention.kind, mention.text, entity.country, entity.score, sentence))
    print(f"{len(texts)} dai2017 articles: {counts['parties']} event parties")
    print(f"  unknown names (PERSON/ORG, no kb id): {counts['unknown']}")
    print(f"    no country: {counts['uncoded']}")
    print(f"    country from the text: {counts['placed']}")
    print(f"    the article's main country, guessed (score {GUESSED_SCORES}): {counts['guessed']}")
    for key, kind, text, country, score, sentence in random.Random(args.seed).sample(
        coded, min(args.show, len(coded))
    ):
        print(f"-- {key} {kind} {text!r} -> {country} ({score})\n   S: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
