"""The word lists and quotation marks of speech.yaml, read once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from eventwire.events.patterns import as_set, read_yaml


@dataclass(frozen=True, slots=True)
class SpeechRules:
    """Word lists and quotation marks of speech.yaml."""

    verbs: frozenset[str]
    pronouns: frozenset[str]
    attribution_preps: frozenset[str]
    source_nouns: frozenset[str]
    quote_re: re.Pattern[str]
    undirected_marks: frozenset[str]
    discourse_openings: tuple[str, ...]
    relaying_verbs: frozenset[str]
    min_words: int
    non_speaker_subjects: frozenset[str]
    relative_pronouns: frozenset[str]
    described_person_nouns: dict[str, frozenset[str]]
    spokesperson_nouns: frozenset[str]
    spokesperson_preps: frozenset[str]
    contrast_marks: frozenset[str]
    statement_nouns: frozenset[str]
    direct_speech_verbs: frozenset[str]
    speaking_nouns: frozenset[str]
    addressee_subjects: frozenset[str]
    text_nouns: frozenset[str]
    impersonal_sources: frozenset[str]
    question_verbs: frozenset[str]
    question_words: frozenset[str]
    name_particles: frozenset[str]
    naming_verbs: frozenset[str]
    naming_as_verbs: frozenset[str]
    nobody_subjects: frozenset[str]
    negating_determiners: frozenset[str]
    described_body_nouns: dict[str, frozenset[str]]
    undescribed_body_sectors: frozenset[str]
    issued_text_nouns: frozenset[str]
    described_speaker_nouns: frozenset[str]


@lru_cache(maxsize=2)
def load_rules() -> SpeechRules:
    """Read speech.yaml (cached)."""
    data = read_yaml("speech.yaml")
    alternatives = [
        f"{re.escape(open_)}([^{re.escape(open_)}{re.escape(close)}\n]+){re.escape(close)}"
        for open_, close in data["quote_pairs"]
        if open_ != close
    ]
    described = data.get("described_person_nouns") or {}
    return SpeechRules(
        verbs=as_set(data["speech_verbs"]),
        pronouns=as_set(data.get("speaker_pronouns")),
        attribution_preps=as_set(data.get("attribution_preps")),
        source_nouns=as_set(data.get("source_nouns")),
        quote_re=re.compile("|".join(alternatives)),
        undirected_marks=frozenset(open_ for open_, close in data["quote_pairs"] if open_ == close),
        discourse_openings=tuple(data.get("discourse_openings", ())),
        relaying_verbs=as_set(data.get("relaying_verbs")),
        min_words=int(data.get("min_quote_words", 4)),
        non_speaker_subjects=as_set(data.get("non_speaker_subjects")),
        relative_pronouns=as_set(data.get("relative_pronouns")),
        described_person_nouns={noun.lower(): as_set(words) for noun, words in described.items()},
        spokesperson_nouns=as_set(data.get("spokesperson_nouns")),
        spokesperson_preps=as_set(data.get("spokesperson_preps")),
        contrast_marks=as_set(data.get("contrast_marks")),
        statement_nouns=as_set(data.get("statement_nouns")),
        direct_speech_verbs=as_set(data.get("direct_speech_verbs")),
        speaking_nouns=as_set(data.get("speaking_nouns")),
        addressee_subjects=as_set(data.get("addressee_subjects")),
        text_nouns=as_set(data.get("text_nouns")),
        impersonal_sources=as_set(data.get("impersonal_sources")),
        question_verbs=as_set(data.get("question_verbs")),
        question_words=as_set(data.get("question_words")),
        name_particles=as_set(data.get("name_particles")),
        naming_verbs=as_set(data.get("naming_verbs")),
        naming_as_verbs=as_set(data.get("naming_as_verbs")),
        nobody_subjects=as_set(data.get("nobody_subjects")),
        negating_determiners=as_set(data.get("negating_determiners")),
        described_body_nouns={
            noun.lower(): as_set(words) for noun, words in (data.get("described_body_nouns") or {}).items()
        },
        undescribed_body_sectors=frozenset(data.get("undescribed_body_sectors") or ()),
        issued_text_nouns=as_set(data.get("issued_text_nouns")),
        described_speaker_nouns=as_set(data.get("described_speaker_nouns")),
    )
