"""Term keys find the reports to compare (round 21: 20 per report, 12 before). Two reports of one
happening told in other words share few of their most telling terms; a report is compared with an
earlier one only when they share ``grouping.MIN_SHARED_TERMS`` keys, and on the ECB+ dev topics a quarter
of the reports that missed their happening's story shared one of 12."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.stories import grouping
from eventwire.stories.keys import TERM_KEYS, term_keys
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import TermWeights

WRECK = (
    "Rescue teams in the mountain province of Tarvo pulled survivors from the twisted wreck of a pilgrim bus "
    "on Sunday after it skidded off a rain-soaked highway and rolled down a ravine. Provincial governor "
    "Imre Lask said fourteen passengers were killed and twenty injured, and that the driver had fled. "
    "Hospitals in Kessa asked for blood donors as ambulances shuttled the wounded along the flooded road."
)
GORGE = (
    "Fourteen pilgrims died when their coach plunged into a gorge near Tarvo, officials said. The vehicle, "
    "carrying worshippers home from a shrine, lost control on a slippery bend. Police are searching for the "
    "driver, who escaped. The governor declared a day of mourning and promised compensation to the "
    "families of the dead."
)


def shared_keys(a: str, b: str, n: int) -> set[str]:
    profiles = [build_profile(Article(article_id=t[:5], source_path="x", text=t), [], []) for t in (a, b)]
    first, second = (set(term_keys(p, TermWeights(), n)) for p in profiles)
    return first & second


def test_one_happening_in_other_words_shares_enough_term_keys_to_be_compared():
    assert TERM_KEYS == 20
    assert len(shared_keys(WRECK, GORGE, TERM_KEYS)) >= grouping.MIN_SHARED_TERMS
    assert shared_keys(WRECK, GORGE, 12) == {"term:tarvo"}  # round 20's 12 keys: never compared


def test_each_report_keeps_at_most_its_term_keys():
    keys = term_keys(
        build_profile(Article(article_id="w", source_path="x", text=WRECK), [], []), TermWeights()
    )
    assert len(keys) == TERM_KEYS and all(k.startswith("term:") for k in keys)
