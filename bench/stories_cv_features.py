"""Candidate pair features for ``bench/stories_cv.py``: each is measured out of fold (the pair model refitted
with it, without the fold's topics) before it is built into ``stories/``.

A candidate is a function ``(a, b, weights) -> {feature: value}`` of two stored profiles and the term
weights the grouping compares them with; ``lede_words`` also reads the report's first sentence, kept by
``remember_first_sentences`` in a side table while the documents are profiled (by a key of the profile's
terms and date, since a stored profile carries no article id). ``use(names)`` puts the candidates into
the scoring path the grouping takes (``similarity.learned_similarity``), so the refitted model sees them
in the stream exactly as in its training pairs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping

from eventwire.stories import assign, core, grouping, profile, similarity
from eventwire.stories.profile import Profile
from eventwire.stories.weights import NAME_PREFIX, TermWeights, prior_weight

RARE_IDF = 5.0  # a term this telling is seen in a handful of the corpus's reports so far
Candidate = Callable[[Profile, Profile, TermWeights], dict[str, float]]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")
_first_sentences: dict[tuple, Mapping[str, float]] = {}
_weights_in_use: list[TermWeights] = [TermWeights()]


def _rare_bag(p: Profile, weights: TermWeights, rare_idf: float) -> dict[str, float]:
    return {t: c for t, c in p.terms.items() if weights.idf(t) >= rare_idf}


def rare_words(a: Profile, b: Profile, weights: TermWeights, rare_idf: float = RARE_IDF) -> dict[str, float]:
    """The cosine of the rare words alone (specific names of things, places, objects), and how many
    they share (log)."""
    ra, rb = _rare_bag(a, weights, rare_idf), _rare_bag(b, weights, rare_idf)
    shared = set(ra) & set(rb)
    return {
        "rare_cosine": similarity.weighted_cosine(ra, rb, weights.idf),
        "rare_shared": math.log1p(len(shared)),
    }


def _rarest(p: Profile, weights: TermWeights, k: int) -> dict[str, float]:
    order = sorted(p.terms, key=lambda t: (-weights.idf(t), t))[:k]
    return {t: p.terms[t] for t in order}


def rarest_words(a: Profile, b: Profile, weights: TermWeights, k: int = 10) -> dict[str, float]:
    """``rare_words`` over each report's ``k`` rarest words (relative to the corpus seen so far, so the
    set does not drift as the corpus grows)."""
    ra, rb = _rarest(a, weights, k), _rarest(b, weights, k)
    return {
        "rare_cosine": similarity.weighted_cosine(ra, rb, weights.idf),
        "rare_shared": math.log1p(len(set(ra) & set(rb))),
    }


def rare_cosine(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """``rare_words``' cosine alone."""
    return {"rare_cosine": rare_words(a, b, weights)["rare_cosine"]}


def rare_shared(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """``rare_words``' count alone."""
    return {"rare_shared": rare_words(a, b, weights)["rare_shared"]}


def rare_weight(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """The summed IDF of the words both share, over the smaller profile's summed IDF (a rarity-weighted
    overlap, not a cosine: counts play no part)."""
    shared = set(a.terms) & set(b.terms)
    mass = min(sum(weights.idf(t) for t in a.terms), sum(weights.idf(t) for t in b.terms))
    return {"idf_overlap": sum(weights.idf(t) for t in shared) / mass if mass else 0.0}


def _values(p: Profile) -> set[str]:
    ev = p.evidence
    found = {f"{k}:{v:g}" for k, vs in ev.quantities.items() for v in vs}
    return found | set(ev.amounts) | set(ev.lede_amounts)


def numbers(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """Whether both state numbers (quantities, amounts) and share one; whether both state years and share
    one."""
    va, vb = _values(a), _values(b)
    ya, yb = set(a.evidence.years), set(b.evidence.years)
    return {
        "numbers_agree": 1.0 if va & vb else 0.0,
        "years_agree": 1.0 if ya & yb else 0.0,
    }


def lede_words(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """The cosine of the first sentences' content words (headline excluded)."""
    fa, fb = _first_sentences.get(profile_key(a)), _first_sentences.get(profile_key(b))
    if not fa or not fb:
        return {"first_sentence": 0.0}
    return {"first_sentence": similarity.weighted_cosine(fa, fb, weights.idf)}


RARE_NAME_IDF = 4.0  # round 19: a name a handful of the stored reports name (df <= 16 of 496 ECB+ reports)


def _rare_shared_names(a: Profile, b: Profile, weights: TermWeights) -> set[str]:
    return {n for n in set(a.names) & set(b.names) if weights.idf(NAME_PREFIX + n) >= RARE_NAME_IDF}


def specifics(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """Round 19: one happening's specifics whatever the wording: an event type both reports code, with a
    rare name both name (the same kind of thing done, by or to the same participant)."""
    same_type = bool({t for t, _ in a.events} & {t for t, _ in b.events})
    return {"same_type_rare_name": 1.0 if same_type and _rare_shared_names(a, b, weights) else 0.0}


def specifics_undated(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """``specifics`` only when one report is undated (as the age and subject agreements)."""
    undated = not a.published or not b.published
    return {"same_type_rare_name": specifics(a, b, weights)["same_type_rare_name"] if undated else 0.0}


# Round 20: a rarity that does not grow with the corpus: the background (wordfreq) prior alone, the same
# for a report whatever the store holds (a name's KB id read as its words: "org:european_parliament").
BACKGROUND_RARE = 6.0  # prior weight: a word or name in at most ~0.25 % of news articles by English usage


def background_rarity(term: str) -> float:
    """A word's or name's weight by general English usage alone (``weights.prior_weight``)."""
    return prior_weight(term.rsplit(":", 1)[-1].replace("_", " "))


def specifics_background(
    a: Profile, b: Profile, weights: TermWeights, rare: float = BACKGROUND_RARE
) -> dict[str, float]:
    """``specifics`` with a name rare by the background table, not by the store."""
    same_type = bool({t for t, _ in a.events} & {t for t, _ in b.events})
    shared = {n for n in set(a.names) & set(b.names) if background_rarity(n) >= rare}
    return {"same_type_rare_name": 1.0 if same_type and shared else 0.0}


def rare_words_background(
    a: Profile, b: Profile, weights: TermWeights, rare: float = BACKGROUND_RARE
) -> dict[str, float]:
    """``rare_words`` with the rare words and their weights from the background table alone."""
    ra = {t: c for t, c in a.terms.items() if background_rarity(t) >= rare}
    rb = {t: c for t, c in b.terms.items() if background_rarity(t) >= rare}
    return {
        "rare_cosine": similarity.weighted_cosine(ra, rb, background_rarity),
        "rare_shared": math.log1p(len(set(ra) & set(rb))),
    }


def names_contained(a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """Round 22: how much of the shorter list of names the other report names too (the IDF of the shared
    names over the IDF of the names of the report whose names weigh less; 0 when either names fewer than
    ``similarity.MIN_NAMES``): a brief naming three people of a long report's thirty is contained in it,
    which the cosine of the two lists does not show."""
    if min(len(a.names), len(b.names)) < similarity.MIN_NAMES:
        return {"names_contained": 0.0}

    def weight(names: Mapping[str, float]) -> float:
        return sum(weights.idf(NAME_PREFIX + n) for n in names)

    shared = weight({n: 1.0 for n in set(a.names) & set(b.names)})
    smaller = min(weight(a.names), weight(b.names))
    return {"names_contained": shared / smaller if smaller else 0.0}


CANDIDATES: dict[str, Candidate] = {
    "names_contained": names_contained,
    "specifics_background": specifics_background,
    "specifics_background_5": lambda a, b, w: specifics_background(a, b, w, 5.0),
    "rare_words_background": rare_words_background,
    "rare_words_background_5": lambda a, b, w: rare_words_background(a, b, w, 5.0),
    "specifics": specifics,
    "specifics_undated": specifics_undated,
    "rare_words": rare_words,
    "rare_weight": rare_weight,
    "numbers": numbers,
    "lede_words": lede_words,
    "rare_cosine": rare_cosine,
    "rare_shared": rare_shared,
    "rarest_10": rarest_words,
    "rarest_20": lambda a, b, w: rarest_words(a, b, w, 20),
    "rare_words_3": lambda a, b, w: rare_words(a, b, w, 3.0),
    "rare_words_4": lambda a, b, w: rare_words(a, b, w, 4.0),
    "rare_words_6": lambda a, b, w: rare_words(a, b, w, 6.0),
}
FEATURE_NAMES = {
    "names_contained": ("names_contained",),
    "specifics_background": ("same_type_rare_name",),
    "specifics_background_5": ("same_type_rare_name",),
    "rare_words_background": ("rare_cosine", "rare_shared"),
    "rare_words_background_5": ("rare_cosine", "rare_shared"),
    "specifics": ("same_type_rare_name",),
    "specifics_undated": ("same_type_rare_name",),
    "rare_cosine": ("rare_cosine",),
    "rare_shared": ("rare_shared",),
    "rarest_10": ("rare_cosine", "rare_shared"),
    "rarest_20": ("rare_cosine", "rare_shared"),
    "rare_words_3": ("rare_cosine", "rare_shared"),
    "rare_words_4": ("rare_cosine", "rare_shared"),
    "rare_words_6": ("rare_cosine", "rare_shared"),
    "rare_words": ("rare_cosine", "rare_shared"),
    "rare_weight": ("idf_overlap",),
    "numbers": ("numbers_agree", "years_agree"),
    "lede_words": ("first_sentence",),
}


def profile_key(p: Profile) -> tuple:
    """A stored profile's identity without its article id: its terms and date."""
    return (p.published, tuple(sorted(p.terms.items())))


def first_sentence(text: str) -> str:
    """The text up to the end of its first sentence (at most 400 characters)."""
    head = text.strip()[:400]
    return _SENTENCE_END.split(head, maxsplit=1)[0]


def remember_first_sentences() -> None:
    """Record each profiled report's first sentence (its content words), by ``profile_key``."""
    original = profile.build_profile

    def recording(article, mentions, events, prior_weight=None):
        made = original(article, mentions, events, prior_weight)
        words = profile.content_words(first_sentence(article.text))
        counts: dict[str, float] = {}
        for w in words:
            counts[w] = counts.get(w, 0.0) + 1.0
        _first_sentences[profile_key(made)] = counts
        return made

    assign.build_profile = recording


def extra_features(names: list[str], a: Profile, b: Profile, weights: TermWeights) -> dict[str, float]:
    """The named candidates' features of one pair."""
    out: dict[str, float] = {}
    for name in names:
        out.update(CANDIDATES[name](a, b, weights))
    return out


_ORIGINAL_FEATURES = similarity.pair_features
_ORIGINAL_LEARNED = similarity.learned_similarity
_ORIGINAL_SIMILARITY = similarity.story_similarity


def use(names: list[str]) -> None:
    """Score every pair the grouping compares with the named candidates' features added (none: as main)."""
    if not names:
        similarity.pair_features = _ORIGINAL_FEATURES
        similarity.learned_similarity = _ORIGINAL_LEARNED
        grouping.story_similarity = core.story_similarity = _ORIGINAL_SIMILARITY
        return
    extra: dict[str, float] = {}

    def features(*args, **kwargs):
        return {**_ORIGINAL_FEATURES(*args, **kwargs), **extra}

    def learned(model, a, b, *rest):
        extra.clear()
        extra.update(extra_features(names, a, b, _weights_in_use[0]))
        return _ORIGINAL_LEARNED(model, a, b, *rest)

    def similar(a, b, weights, a_bags=None):
        _weights_in_use[0] = weights
        return _ORIGINAL_SIMILARITY(a, b, weights, a_bags)

    similarity.pair_features = features
    similarity.learned_similarity = learned
    grouping.story_similarity = core.story_similarity = similar
