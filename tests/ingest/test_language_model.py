"""Language identification keeps only the languages it decides between, and decides as before."""

from __future__ import annotations

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from eventwire.ingest.language import _identifier, identify_language

TEXTS = [
    "The foreign ministers met in the capital on Monday and agreed to reopen the border crossing.",
    "Les ministres des affaires étrangères se sont réunis lundi dans la capitale pour rouvrir la frontière.",
    "Die Außenminister trafen sich am Montag in der Hauptstadt und einigten sich auf die Öffnung der Grenze.",
    "Los ministros se reunieron el lunes en la capital y acordaron reabrir la frontera.",
    "Shares rose 3 pct to 12.50 dlrs in active trading, the exchange said.",
]


def _as_before() -> LanguageIdentifier:
    """The identifier as py3langid leaves it after restricting the languages (whole model kept)."""
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages([code for code in identifier.nb_classes if len(code) == 2])
    return identifier


def test_the_whole_model_is_not_kept_beside_the_restricted_one():
    kept = _identifier()._full_model[0]
    assert kept is _identifier().nb_ptc
    assert kept.shape[1] == len(_identifier().nb_classes)


def test_languages_and_confidences_are_as_with_the_whole_model_kept():
    before = _as_before()
    for text in TEXTS:
        assert _identifier().classify(text) == before.classify(text)
    assert identify_language(TEXTS[0]).code == "en"
    assert identify_language(TEXTS[1] * 5, expected=("en",)).code == "fr"
