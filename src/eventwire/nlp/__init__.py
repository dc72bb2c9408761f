"""The nlp stage: spaCy's small English pipeline (sentences, entities, dependency parse).

Public interface:
    MODEL, load_pipeline(disable=(), indexed_rules=True) -> Language
        the pinned model, loaded once per process; its attribute ruler's patterns looked up per token
        (``nlp.rule_index``, same annotations) and its lemmas remembered per form, part of speech and
        morphology (``nlp.lemma_memo``, same lemmas) unless ``indexed_rules=False``
    parse(nlp, texts, batch_size=32, n_process=1) -> Iterator[Doc]
        parse in order; characters after MAX_CHARS are blanked, so offsets never move; a blank line
        starts a sentence (``paragraph_breaks``, part of the default pipeline)
    run_component(component, docs, batch_size) -> list[Doc]
        one pipeline component over documents, with or without a ``pipe`` of its own (the benches)
    masked_text(text, spans) -> str;  blank(text);  clip(text, max_chars)      (nlp.mask)
        hide parts of a text from the parser at the same offsets (the fast path's excerpts)
    sentence_spans(text, segmenter=None) -> list[(start, end)];  build_segmenter(abbreviations)
        cheap sentence-like units before any parsing (nlp.segment)
    doc_text(doc) -> str
        ``doc.text`` without rebuilding it from the tokens on every call (nlp.text)
    spaced_dash(token) -> bool
        a dash with a space on each side, not a hyphen inside a word (nlp.text)
    LemmaGuesser.from_model(nlp)(word) -> frozenset[str]
        every lemma the model's rule lemmatizer could give a word (nlp.lemmas)
"""

from eventwire.nlp.lemmas import LemmaGuesser
from eventwire.nlp.mask import blank, clip, masked_text
from eventwire.nlp.pipeline import MAX_CHARS, MODEL, load_pipeline, parse, run_component
from eventwire.nlp.segment import build_segmenter, model_abbreviations, sentence_spans
from eventwire.nlp.text import doc_text, spaced_dash

__all__ = [
    "MAX_CHARS",
    "MODEL",
    "LemmaGuesser",
    "blank",
    "build_segmenter",
    "clip",
    "doc_text",
    "load_pipeline",
    "masked_text",
    "model_abbreviations",
    "parse",
    "run_component",
    "sentence_spans",
    "spaced_dash",
]
