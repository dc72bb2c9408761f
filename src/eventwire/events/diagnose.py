"""Diagnostics of the rules on labelled training sentences (a development aid, see docs/events.md).

- ``penta_diagnoses``: for each CAMEO PentaClass training sentence whose rule output has the wrong
  quad class, why: no trigger word known, a trigger known but no pattern matched, vetoed, modality
  filtered, an event noun not anchored, a parse failure, a wrong type, or a statement coded as an event.
- ``argument_overlap``: for the same sentences with a source (S) and a target (T) span in
  ``cameo_ner/train.txt``, how often the top event's actor overlaps S and its recipient overlaps T.
- ``outcome_counts``: aggregate no event / wrong type / right type counts (for the held-out half of
  the gold records, whose sentences are never printed).
- ``weak_kinds``: why an analyst would distrust a coded record (round 8): neither actor nor
  recipient, one party on both sides (``consistency.self_directed``), or actor and recipient
  resolved to the same entity or country (mostly domestic events the actors stage placed in one
  country: "police arrested protesters").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.events.coder import EventCoder
from eventwire.events.consistency import same_party, self_directed
from eventwire.events.constructions import obligation_triggers
from eventwire.events.evaluate import one_line_articles
from eventwire.events.modality import assess, load_rules
from eventwire.events.nominals import nominal_triggers
from eventwire.events.patterns import Lexicon
from eventwire.events.segments import line_segments
from eventwire.events.triggers import (
    ADJECTIVAL_DEPS,
    NOUN_POS,
    VERB_POS,
    accidental,
    find_triggers,
    lookup,
    pattern_and_veto,
)
from eventwire.records import Entity, Event, Mention

OK = "right class"
WORD_RE = re.compile(r"[a-z0-9]+")
FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "s", "and", "its", "their", "his", "her", "to", "in"})
NO_TRIGGER = "no trigger word known"
NO_PATTERN = "trigger known, no pattern matched"
VETOED = "trigger known but vetoed"
FILTERED = "trigger known but modality-filtered"
DROPPED = "coded but dropped (transform or confidence)"
UNANCHORED = "event noun not anchored"
FURNITURE = "skipped as furniture"
PARSE = "parse failure (root is no verb)"
WRONG_TYPE = "wrong quad class"
FALSE_EVENT = "statement coded as an event"


@dataclass(slots=True)
class Diagnosis:
    """Why one sentence got the quad class it got."""

    text: str
    gold: int
    predicted: int
    cause: str
    detail: str = ""
    top: Event | None = None


@dataclass(slots=True)
class Overlap:
    """Argument agreement of top events with gold source/target spans."""

    sentences: int = 0  # with an S and a T span
    coded: int = 0  # of those, with a coded event
    actor_hits: int = 0
    recipient_hits: int = 0
    swapped: int = 0  # actor overlaps T and recipient overlaps S
    recipient_missing: int = 0
    misses: list[tuple[str, str, str, str, str]] = field(default_factory=list)

    def line(self) -> str:
        """One printable line."""
        coded = self.coded or 1
        return (
            f"arguments vs cameo_ner: {self.sentences} sentences with S and T, {self.coded} coded; "
            f"actor overlaps S {self.actor_hits / coded:.3f}, recipient overlaps T "
            f"{self.recipient_hits / coded:.3f}, swapped {self.swapped / coded:.3f}, "
            f"recipient missing {self.recipient_missing / coded:.3f}"
        )


def parse_and_code(
    texts: list[str], nlp: Language, coder: EventCoder, find: object
) -> Iterable[tuple[Doc, list[Event]]]:
    """(doc, events) of each text coded as its own one-line article."""
    for doc, article in one_line_articles(((f"diagnose:{i}", t) for i, t in enumerate(texts)), nlp):
        mentions: list[Mention] = find(doc, article)  # type: ignore[operator]
        yield doc, coder(doc, mentions, article)[0]


def top_event(events: list[Event]) -> Event | None:
    """The most confident event."""
    return max(events, key=lambda e: e.confidence) if events else None


def trigger_text(event: Event) -> str:
    """The trigger words of an event's first report (lower case)."""
    report = event.reports[0]
    if report.trigger_span is None:
        return ""
    start, end = report.trigger_span[0] - report.span[0], report.trigger_span[1] - report.span[0]
    return report.sentence[start:end].lower()


def miss_cause(doc: Doc, coder: EventCoder) -> tuple[str, str]:
    """(cause, detail) of a sentence for which the rules coded no event."""
    lexicon = coder.lexicon
    segments = line_segments(doc)
    if segments and all(coder.is_furniture(s, False) for s in segments):
        return FURNITURE, ""
    sentence = doc[:]
    licensed, mentioned = find_triggers(sentence, lexicon)
    nominal_licensed, nominal_mentioned = nominal_triggers(sentence, lexicon, mentioned)
    licensed += nominal_licensed
    licensed += obligation_triggers(sentence, licensed, lexicon, load_rules())
    if licensed:
        frames = [assess(t) for t in licensed]
        reasons = [
            f"{t.token.lemma_}:{f.reason}" for t, f in zip(licensed, frames, strict=True) if not f.coded
        ]
        if len(reasons) == len(licensed):
            return FILTERED, ", ".join(reasons)
        return DROPPED, ", ".join(t.token.lemma_ for t in licensed)
    if mentioned or nominal_mentioned:
        return UNANCHORED, ", ".join(t.token.lemma_ for t in mentioned + nominal_mentioned)
    return unmatched_cause(sentence, lexicon)


def unmatched_cause(sentence: Span, lexicon: Lexicon) -> tuple[str, str]:
    """Cause of a sentence with no trigger at all: a veto, a known lemma no pattern matched, a parse
    failure, or no trigger word known (detail: the root's lemma)."""
    vetoed, known = [], []
    for token in sentence:
        pos = "verb" if token.pos_ in VERB_POS and token.dep_ not in ADJECTIVAL_DEPS else ""
        pos = pos or ("noun" if token.pos_ in NOUN_POS else "")
        if not pos:
            continue
        found, veto = pattern_and_veto(token, lexicon, pos)
        if veto or (found is not None and found.event_type == "ASSAULT" and accidental(token, lexicon)):
            vetoed.append(token.lemma_)
        elif pos == "verb" and lookup(lexicon.verbs, token) is not None:
            known.append(token.lemma_)
    if vetoed:
        return VETOED, ", ".join(vetoed)
    root = sentence.root
    if root.pos_ not in ("VERB", "AUX"):
        return PARSE, f"root {root.lemma_}/{root.pos_}"
    if known:
        return NO_PATTERN, ", ".join(known)
    return NO_TRIGGER, root.lemma_.lower()


def penta_diagnoses(
    rows: list[tuple[str, int]], nlp: Language, coder: EventCoder, find: object, quad_to_label: dict[str, int]
) -> list[Diagnosis]:
    """A diagnosis for each PentaClass sentence (``coder`` should run without its classifier)."""
    texts = [" ".join(t.split()) for t, _ in rows]
    diagnoses = []
    for (text, gold), (doc, events) in zip(
        zip(texts, [g for _, g in rows], strict=True), parse_and_code(texts, nlp, coder, find), strict=True
    ):
        top = top_event(events)
        predicted = quad_to_label.get(top.quad_class or "", 0) if top else 0
        if predicted == gold:
            cause, detail = OK, ""
        elif top is None:
            cause, detail = miss_cause(doc, coder)
        elif gold == 0:
            cause, detail = FALSE_EVENT, f"{top.event_type} '{trigger_text(top)}'"
        else:
            cause, detail = WRONG_TYPE, f"{top.event_type} '{trigger_text(top)}'"
        diagnoses.append(Diagnosis(text, gold, predicted, cause, detail, top))
    return diagnoses


def read_ner(shared: Path) -> dict[str, dict[str, str]]:
    """Normalised sentence -> {"S": source text, "T": target text} from cameo_ner/train.txt."""
    path = shared / "corpora/conflibert_cameo/cameo_ner/train.txt"
    spans: dict[str, dict[str, str]] = {}
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.strip():
            word, _, tag = line.rpartition(" ")
            tokens.append((word, tag))
            continue
        if tokens:
            spans[normalised(" ".join(w for w, _ in tokens))] = role_texts(tokens)
        tokens = []
    return spans


def role_texts(tokens: list[tuple[str, str]]) -> dict[str, str]:
    """Role -> the words tagged with it (all its spans joined)."""
    roles: dict[str, list[str]] = {}
    for word, tag in tokens:
        if "-" in tag:
            roles.setdefault(tag.split("-", 1)[1], []).append(word)
    return {role: " ".join(words) for role, words in roles.items()}


def normalised(text: str) -> str:
    """Lower-case letters and digits only (the NER file is tokenised, the class file is not)."""
    return "".join(WORD_RE.findall(text.lower()))


def content_words(text: str) -> set[str]:
    """Lower-case content words of a phrase."""
    return set(WORD_RE.findall(text.lower())) - FUNCTION_WORDS


def overlaps(entities: list[Entity], gold: str) -> bool:
    """Whether any entity's mention shares a content word with the gold span (for a pronoun, the
    name of the party it was resolved to)."""
    words = content_words(gold)
    return any(content_words(shown_text(e)) & words for e in entities)


def shown_text(entity: Entity) -> str:
    """The mention, or the resolved name when the mention is a pronoun."""
    mention = entity.mention or entity.name
    return entity.name if mention.lower() in PRONOUN_MENTIONS else mention


def argument_overlap(diagnoses: list[Diagnosis], ner: dict[str, dict[str, str]]) -> Overlap:
    """Actor/recipient agreement of top events with the gold S/T spans of the same sentences."""
    result = Overlap()
    for diagnosis in diagnoses:
        roles = ner.get(normalised(diagnosis.text), {})
        if "S" not in roles or "T" not in roles:
            continue
        result.sentences += 1
        top = diagnosis.top
        if top is None:
            continue
        result.coded += 1
        actor_hit, recipient_hit = overlaps(top.actor, roles["S"]), overlaps(top.recipient, roles["T"])
        result.actor_hits += actor_hit
        result.recipient_hits += recipient_hit
        result.swapped += overlaps(top.actor, roles["T"]) and overlaps(top.recipient, roles["S"])
        result.recipient_missing += not top.recipient
        if not (actor_hit and recipient_hit):
            shown = ("; ".join(e.mention for e in top.actor), "; ".join(e.mention for e in top.recipient))
            result.misses.append((diagnosis.text, top.event_type, *shown, f"S={roles['S']} T={roles['T']}"))
    return result


def outcome_counts(gold_types: dict[str, set[str]], events: dict[str, list[Event]]) -> Counter[str]:
    """Aggregate "no event" / "wrong type" / "right type" counts of top events."""
    counts: Counter[str] = Counter()
    for key, gold in gold_types.items():
        top = top_event(events.get(key, []))
        counts["no event" if top is None else "right type" if top.event_type in gold else "wrong type"] += 1
    return counts


def cause_summary(diagnoses: list[Diagnosis]) -> Counter[str]:
    """Sentences per cause."""
    return Counter(d.cause for d in diagnoses)


PRONOUN_MENTIONS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it", "its"})
WEAK_KINDS = (
    "no actor and no recipient",
    "one party on both sides",
    "same entity on both sides",
    "one country on both sides",
    "no actor, a recipient only",
)


def weak_kinds(event: Event, lexicon: Lexicon) -> list[str]:
    """The ``WEAK_KINDS`` an event shows (an event can show several)."""
    kinds = []
    if not event.actor and not event.recipient:
        kinds.append(WEAK_KINDS[0])
    if self_directed(event, lexicon):
        kinds.append(WEAK_KINDS[1])
    if any(same_party(a, r) for a in event.actor for r in event.recipient):
        kinds.append(WEAK_KINDS[2])
    countries = ({e.country for e in event.actor}, {e.country for e in event.recipient})
    if len(countries[0]) == 1 and countries[0] == countries[1] and None not in countries[0]:
        kinds.append(WEAK_KINDS[3])
    if not event.actor and event.recipient:
        kinds.append(WEAK_KINDS[4])
    return kinds


def through_pronoun(event: Event, lexicon: Lexicon) -> bool:
    """Whether a party of the event is reached through a plural or neuter pronoun (round 9)."""
    pronouns = lexicon.word_set("plural_pronouns") | lexicon.word_set("neuter_pronouns")
    return any((e.mention or "").lower() in pronouns for e in event.actor + event.recipient)
