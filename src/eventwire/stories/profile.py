"""An article's story profile: what it is about, in a form two reports of one happening share.

A profile holds the article's content words (lower-cased, stop words dropped, with counts), the
identities of the people, organisations and places it names (resolved actors by their KB id, others by
their words), its event types with dates, its publication date and, when the optional
embeddings extra is installed, a sentence embedding; and the who / where / what / when evidence of its
happening (``evidence.py``). Profiles are stored with the article, so a new
report is compared with earlier ones without re-reading their text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from eventwire.records import Article, Event, Mention
from eventwire.stories.evidence import LEDE_CHARS, Evidence, article_evidence
from eventwire.stories.headline_names import with_headline_names
from eventwire.stories.weights import NAME_PREFIX

MAX_TERMS = 80  # content words kept per profile (the most distinctive by prior weight)
MAX_NAMES = 40
TITLE_WEIGHT = 2  # a headline word counts as often as this many body words
NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
_TOKEN = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]", re.UNICODE)
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(slots=True)
class Profile:
    """What one article is about: content words and names with counts, events, date, embedding."""

    terms: dict[str, float]
    names: dict[str, float]
    events: list[tuple[str, str | None]] = field(default_factory=list)
    published: str | None = None
    embedding: list[float] | None = None
    evidence: Evidence = field(default_factory=Evidence)  # who / where / what / when of its happening

    def to_json(self) -> dict[str, Any]:
        return {
            "terms": self.terms,
            "names": self.names,
            "events": [list(e) for e in self.events],
            "published": self.published,
            "evidence": self.evidence.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any], embedding: list[float] | None = None) -> Profile:
        return cls(
            terms={str(k): float(v) for k, v in (data.get("terms") or {}).items()},
            names={str(k): float(v) for k, v in (data.get("names") or {}).items()},
            events=[(str(e[0]), e[1]) for e in data.get("events") or [] if e],
            published=data.get("published"),
            embedding=embedding,
            evidence=Evidence.from_json(data.get("evidence")),
        )

    def vocabulary(self) -> set[str]:
        """Every term whose document frequency the similarity needs (words, and names with their prefix)."""
        return set(self.terms) | {NAME_PREFIX + n for n in self.names}


def content_words(text: str) -> list[str]:
    """Lower-cased word tokens that carry content: letters first, no stop words, possessives stripped."""
    out = []
    for tok in _TOKEN.findall(text.lower()):
        tok = _POSSESSIVE.sub("", tok).replace("’", "'")
        if len(tok) > 2 and tok not in STOP_WORDS:
            out.append(tok)
    return out


def name_identity(mention: Mention) -> str | None:
    """A name's identity: the KB id it resolves to, else the words of a named mention. Countries, and
    descriptions ("police", "officials") standing for a country's sector, are the setting of many
    stories, not the identity of one: they are left to the content words."""
    ent = mention.entity
    if ent is not None and ent.kb_id:
        return None if ent.kb_id == ent.country else ent.kb_id
    if ent is not None and ent.country and mention.kind not in NAMED_KINDS:
        return None
    if mention.kind not in NAMED_KINDS:
        return None
    words = content_words(mention.text)
    return " ".join(words) if words else None


def _top(counts: Counter[str], limit: int, weight: Any = None) -> dict[str, float]:
    order = sorted(counts, key=lambda t: (-(counts[t] * (weight(t) if weight else 1.0)), t))
    return {t: float(counts[t]) for t in order[:limit]}


def build_profile(
    article: Article, mentions: list[Mention], events: list[Event], prior_weight: Any = None
) -> Profile:
    """The profile of an analysed article (``prior_weight``: term -> weight, to keep the most telling).
    A person the headline and the lede name alike whom no mention covers counts as mentioned (round 26,
    ``headline_names``)."""
    terms: Counter[str] = Counter(content_words(article.text))
    for word in content_words(article.title or ""):
        terms[word] += TITLE_WEIGHT
    mentions = with_headline_names(article.title, article.text, mentions, LEDE_CHARS)
    names: Counter[str] = Counter(n for m in mentions if (n := name_identity(m)))
    return Profile(
        terms=_top(terms, MAX_TERMS, prior_weight),
        names=_top(names, MAX_NAMES),
        events=sorted({(ev.event_type, ev.date) for ev in events}, key=lambda e: (e[0], e[1] or "")),
        published=article.published,
        evidence=article_evidence(article, mentions, events),
    )
