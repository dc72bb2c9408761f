"""Place resolution on GeoVirus (dev half): accuracy within 161 km, mean/median error, share resolved, timing.

    .venv/bin/python bench/places_eval.py [--shared ../shared] [--doc] [--min-population 15000]

Each gold toponym counts as found when a predicted mention overlaps its span; the error is the
great-circle distance between the predicted and the gold coordinates. Continents are reported apart
(GeoVirus flags them). --doc parses each text with the nlp stage and lets its entities guide spotting.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

from eventwire.timeline import Gazetteer, find_places

ROOT = Path(__file__).resolve().parent.parent
EARTH_KM = 6371.0
ACCURACY_KM = 161.0


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(math.sqrt(a))


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(docs: list[dict], gazetteer: Gazetteer, use_doc: bool) -> dict[str, float]:
    nlp = None
    if use_doc:
        from eventwire.nlp import load_pipeline

        nlp = load_pipeline()
    errors, missed, predicted, predicted_on_gold, chars = [], 0, 0, 0, 0
    started = time.perf_counter()
    for d in docs:
        text = d["text"]
        chars += len(text)
        places = find_places(gazetteer, text, nlp(text) if nlp else None)
        predicted += len(places)
        gold = [t for t in d["toponyms"] if not t.get("continent")]
        for p in places:
            if any(p.span and p.span[0] < t["end"] and t["start"] < p.span[1] for t in d["toponyms"]):
                predicted_on_gold += 1
        for t in gold:
            hit = next(
                (p for p in places if p.span and p.span[0] < t["end"] and t["start"] < p.span[1]), None
            )
            if hit is None or hit.lat is None or hit.lon is None:
                missed += 1
                continue
            errors.append(distance_km(hit.lat, hit.lon, float(t["lat"]), float(t["lon"])))
    elapsed = time.perf_counter() - started
    n_gold = len(errors) + missed
    return {
        "gold toponyms (no continents)": n_gold,
        "share resolved": len(errors) / n_gold if n_gold else 0.0,
        "accuracy@161km (resolved)": sum(e <= ACCURACY_KM for e in errors) / len(errors) if errors else 0.0,
        "accuracy@161km (all gold)": sum(e <= ACCURACY_KM for e in errors) / n_gold if n_gold else 0.0,
        "mean error km": statistics.fmean(errors) if errors else 0.0,
        "median error km": statistics.median(errors) if errors else 0.0,
        "precision of mentions": predicted_on_gold / predicted if predicted else 0.0,
        "texts/s": len(docs) / elapsed if elapsed else 0.0,
        "chars/s": chars / elapsed if elapsed else 0.0,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--doc", action="store_true", help="use the nlp stage's entities")
    parser.add_argument("--min-population", type=int, default=15000)
    args = parser.parse_args()
    path = args.shared / "corpora" / "geovirus" / "dev.jsonl"
    if not path.exists():
        print(f"{path}: not found (needs ../shared)", file=sys.stderr)
        return 1
    started = time.perf_counter()
    gazetteer = Gazetteer.load(min_city_population=args.min_population)
    load_seconds = time.perf_counter() - started
    docs = load(path)
    figures = evaluate(docs, gazetteer, args.doc)
    print(f"GeoVirus dev: {len(docs)} excerpts, spotting with{'' if args.doc else 'out'} spaCy entities")
    print(f"  gazetteer load s: {load_seconds:.2f}")
    for name, value in figures.items():
        print(f"  {name}: {value:.3f}" if isinstance(value, float) else f"  {name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
