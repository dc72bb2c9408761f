"""What the events stage can code, as plain words: for a cheap pass that finds the sentences worth parsing.

A trigger pattern can only match when its word and every word its constraints name are in the
sentence: the particle ("step down"), one of its objects, modifiers, prepositions, prepositional
objects or subject modifiers, and, for an event noun, a verb that can license it ("held talks",
"talks took place", "took part in talks"). ``trigger_requirements`` lists those words; a sentence
whose words (with every lemma they could have) meet none of a lemma's alternatives cannot give an
event of that lemma. Modality, arguments and confidence may still reject a sentence that meets them.

Public interface (additive; used by ``eventwire.scale``):
    trigger_requirements(lexicon=None) -> dict[lemma, tuple[alternative, ...]]
        an alternative is a tuple of word groups; it is met when each group shares a word with the
        sentence's words and lemma candidates
    lookup_forms(word) -> list[str]
        the forms the trigger lookup tries for a word besides its lemma (regular de-inflections)
    attribution_words() -> frozenset[str]
        the lemmas that attribute a quotation to a speaker: speech verbs ("say", "tell") and "according"
    quotations(text) -> list[tuple[span, stands_alone]]
        the quotations the statements are read from (inside the marks, paired as ``find_quotes`` pairs
        them) and whether each is a sentence of its own (it then takes the previous speaker)
"""

from __future__ import annotations

from eventwire.events.patterns import Lexicon, TriggerPattern, load_lexicon
from eventwire.events.quotation_marks import quoted_spans
from eventwire.events.speech import stands_alone
from eventwire.events.speech_rules import load_rules as load_speech_rules
from eventwire.events.triggers import INFLECTIONS

Alternative = tuple[frozenset[str], ...]
LICENSING_WORD_LISTS = ("support_verbs", "occurrence_verbs", "participation_verbs")


def trigger_requirements(lexicon: Lexicon | None = None) -> dict[str, tuple[Alternative, ...]]:
    """For every trigger lemma (verbs and nouns), the word groups each of its patterns needs."""
    lexicon = lexicon or load_lexicon()
    licensing = frozenset().union(*(lexicon.word_set(name) for name in LICENSING_WORD_LISTS))
    found: dict[str, set[Alternative]] = {}
    for table, pos in ((lexicon.verbs, "verb"), (lexicon.nouns, "noun")):
        for lemma, patterns in table.items():
            for pattern in patterns.all():
                if pattern.event_type:
                    groups = required_words(pattern)
                    if pos == "noun":
                        groups = (*groups, licensing)
                    found.setdefault(lemma, set()).add(groups)
    return {lemma: tuple(sorted(alts, key=len)) for lemma, alts in found.items()}


def required_words(pattern: TriggerPattern) -> Alternative:
    """The word groups a pattern's constraints name (see ``triggers.matches``)."""
    groups = [frozenset({pattern.particle})] if pattern.particle else []
    for words in (pattern.obj, pattern.mods, pattern.prep, pattern.pobj, pattern.subj_mods):
        if words:
            groups.append(words)
    return tuple(groups)


def lookup_forms(word: str) -> list[str]:
    """The lower-case word and the regular de-inflections the trigger lookup tries ("staged" -> "stage")."""
    lower = word.lower()
    forms = [lower]
    for suffix, replacements in INFLECTIONS:
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[: -len(suffix)]
            forms += [stem + r for r in replacements]
            if suffix in ("ed", "ing") and len(stem) > 3 and stem[-1] == stem[-2]:
                forms.append(stem[:-1])
    return list(dict.fromkeys(forms))


def attribution_words() -> frozenset[str]:
    """The lemmas that attribute a quotation to a speaker: the speech verbs and "according" (to)."""
    rules = load_speech_rules()
    return rules.verbs | rules.attribution_preps


def quotations(text: str) -> list[tuple[tuple[int, int], bool]]:
    """The quotations statements are read from (spans inside the marks, paired as ``find_quotes`` pairs
    them), each with whether it stands alone as a sentence (and so takes the previous speaker)."""
    return [(span, stands_alone(text, span)) for span in quoted_spans(text)]
