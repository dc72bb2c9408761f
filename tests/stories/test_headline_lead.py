"""The actor a headline leads with (round 26): in a dense week one topic's reports of different days lead
with different actors — a country's weapons test, a minister's stop on a tour, a neighbour's warning — and
share the rest of their words. Between known outlets' reports of different days, each leading with an
actor the other headline does not name, the conflict "lead" fires."""

from __future__ import annotations

from eventwire.records import Article, Mention
from eventwire.stories.conflict import CONFLICT_FACTORS, conflict
from eventwire.stories.evidence import article_evidence
from eventwire.stories.headline_people import different_leads, headline_lead

TEST = (
    "The country said on Saturday it had tested a new rocket engine at its launch site, state media reported."
)
TOUR = (
    "Foreign Minister Carla Brandt arrived in the capital on Friday for talks on the rocket programme, "
    "the second stop of her tour."
)


def _evidence(title: str, text: str, outlet: str | None, published: str, people: tuple[str, ...] = ()):
    mentions = []
    for name in people:
        start = text.index(name)
        mentions.append(Mention(text=name, span=(start, start + len(name)), sentence=0, kind="PERSON"))
    article = Article(
        article_id=title[:16], source_path="/x", text=text, title=title, outlet=outlet, published=published
    )
    return article_evidence(article, mentions, [])


def test_a_headline_leads_with_its_first_person_or_country():
    assert headline_lead("North Korea tests rocket engine", [], ["PRK"]) == "PRK"
    assert headline_lead("Brandt in Japan for rocket talks", ["brandt"], ["JPN"]) == "brandt"
    assert headline_lead("Japan hosts Brandt", ["brandt"], ["JPN"]) == "JPN"
    assert headline_lead("Rocket talks go on", [], []) is None


def test_leads_differ_only_when_neither_headline_names_the_others_lead():
    assert different_leads("PRK", [], ["PRK"], "brandt", ["brandt"], ["JPN"])
    assert not different_leads("PRK", [], ["PRK"], "brandt", ["brandt"], ["JPN", "PRK"])
    assert different_leads(None, [], [], "brandt", ["brandt"], []) is None


def test_a_test_and_a_tour_stop_of_the_next_day_conflict_at_two_outlets():
    test = _evidence("North Korea tests new rocket engine", TEST, "Ledger", "2017-03-18")
    tour = _evidence(
        "Brandt in Japan for talks on rocket programme", TOUR, "Courier", "2017-03-17", ("Carla Brandt",)
    )
    assert test.headline_lead == "PRK" and tour.headline_lead == "brandt"
    found = conflict(test, "2017-03-18", tour, "2017-03-17")
    assert "lead" in found.kinds
    assert found.factor <= CONFLICT_FACTORS["lead"]


def test_one_day_or_no_outlet_tells_nothing():
    test = _evidence("North Korea tests new rocket engine", TEST, "Ledger", "2017-03-18")
    same_day = _evidence(
        "Brandt in Japan for talks on rocket programme", TOUR, "Courier", "2017-03-18", ("Carla Brandt",)
    )
    assert "lead" not in conflict(test, "2017-03-18", same_day, "2017-03-18").kinds
    no_outlet = _evidence(
        "Brandt in Japan for talks on rocket programme", TOUR, None, "2017-03-17", ("Carla Brandt",)
    )
    assert "lead" not in conflict(test, "2017-03-18", no_outlet, "2017-03-17").kinds


def test_a_country_named_as_a_place_is_no_lead():
    """Round 27: "off Yemen's coast" tells where the boat was hit, not who acted; the victims' country a
    headline names first leads it, and the next day's report of the same attack leads with none."""
    assert headline_lead("Refugees killed in boat attack off Yemen's coast", [], ["YEM"]) is None
    assert headline_lead("Somali refugees killed near the strait", [], ["SOM"]) == "SOM"
    assert (
        headline_lead(
            "After attack near Yemen port, Saudi-led coalition asks for monitors", [], ["YEM", "SAU"]
        )
        == "SAU"
    )
    assert headline_lead("Brandt in Japan for rocket talks", ["brandt"], ["JPN"]) == "brandt"


def test_the_same_attack_told_from_two_places_is_no_lead_conflict():
    first = _evidence(
        "Somali refugees killed near the strait",
        "Gunmen fired on a boat of refugees.",
        "Ledger",
        "2017-03-17",
    )
    next_day = _evidence(
        "Refugees killed in boat attack off Yemen's coast", "A boat was attacked.", "Courier", "2017-03-18"
    )
    assert first.headline_lead == "SOM" and next_day.headline_lead is None
    assert "lead" not in conflict(first, "2017-03-17", next_day, "2017-03-18").kinds
