"""The nlp stage: spaCy's small English pipeline (sentences, entities, dependency parse)."""

from eventwire.nlp.pipeline import MODEL, load_pipeline, parse

__all__ = ["MODEL", "load_pipeline", "parse"]
