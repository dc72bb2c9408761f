"""Evidence for happenings the political coder leaves uncoded: the kind of happening the headline and lede
tell (a firing, an arrest, an earthquake)."""

from __future__ import annotations

import pytest

from eventwire.records import Article, Mention
from eventwire.stories.conflict import conflict
from eventwire.stories.evidence import Evidence, article_evidence
from eventwire.stories.happenings import different_kinds, happening_kinds, main_kinds


def _person(text: str, lede: str) -> Mention:
    start = lede.index(text)
    return Mention(text=text, span=(start, start + len(text)), sentence=0, kind="PERSON")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The club sacked its head coach on Monday after five straight defeats.", "personnel/dismissal"),
        ("The club hired a new head coach on Monday after a long search.", "personnel/hiring"),
        ("Police arrested the singer outside a nightclub early on Sunday.", "custody/arrest"),
        ("A strong quake shook the island before dawn, cutting power lines.", "disaster/earthquake"),
        ("Flash flooding swept through the valley after a night of storms.", "disaster/storm or flood"),
    ],
)
def test_the_kind_of_happening_is_read_from_its_words(text: str, kind: str):
    assert kind in happening_kinds(text)


def test_kinds_of_one_family_that_share_nothing_conflict():
    fired = happening_kinds("Team sacks coach after a losing run")
    hired = happening_kinds("Team hires coach after a long search")
    both = happening_kinds("Team fired its coach and hired a replacement the same day")
    quake = happening_kinds("Earthquake shakes the coast")
    assert different_kinds(fired, hired) is True
    assert different_kinds(both, hired) is False and different_kinds(both, fired) is False
    assert different_kinds(fired, quake) is None  # no family both tell: nothing to compare


def test_a_firing_and_a_hiring_told_alike_conflict_on_their_kind():
    def evidence(title: str, text: str) -> Evidence:
        return article_evidence(Article(article_id=title, source_path="/x", text=text, title=title), [], [])

    fired = evidence("Rovers sack manager", "The football club parted ways with its manager on Monday.")
    hired = evidence("Rovers hire manager", "The football club named its new manager on Monday.")
    found = conflict(fired, "2020-03-02", hired, "2020-03-02")
    assert "kind" in found.kinds and found.factor < 1.0
    assert conflict(fired, "2020-03-02", fired, "2020-03-03").kinds == []


def test_evidence_keeps_its_new_fields_through_json():
    ev = Evidence(kinds=["custody/arrest"])
    assert Evidence.from_json(ev.to_json()) == ev
    assert Evidence.from_json({"kinds": None}) == Evidence()


def test_a_weapons_test_and_a_visit_are_kinds_that_exclude_each_other():
    test = happening_kinds("The country test-fired a ballistic missile into the sea on Monday.")
    visit = happening_kinds("The foreign minister arrived in the capital for talks with her counterpart.")
    assert test == ["statecraft/weapons test"] and visit == ["statecraft/visit or talks"]
    assert different_kinds(test, visit) is True


def test_the_headline_tells_the_main_happening_of_a_family_it_names():
    """A test's report whose lede adds that a minister "visits" the region tells a test; a report whose
    headline tells no kind of the family is read from its lede."""
    headline = "Northland conducts new rocket engine test"
    lede = "Northland tested a new rocket engine, state media said, as a foreign minister visits the region."
    assert main_kinds(headline, lede) == ["statecraft/weapons test"]
    assert main_kinds("Minister in the capital", "The minister arrived in the capital for talks.") == [
        "statecraft/visit or talks"
    ]
    assert main_kinds(None, lede) == ["statecraft/visit or talks", "statecraft/weapons test"]
    # families are read apart: a headline's kind of one family leaves the lede's kinds of others
    assert main_kinds("Quake hits coast", "The quake struck as a minister visits the region.") == [
        "disaster/earthquake",
        "statecraft/visit or talks",
    ]


def test_a_weapons_test_report_conflicts_with_a_tour_stop_that_mentions_it_less():
    def evidence(title: str, text: str) -> Evidence:
        return article_evidence(Article(article_id=title, source_path="/x", text=text, title=title), [], [])

    test = evidence(
        "Northland conducts rocket engine test",
        "Northland's state media said the military tested a new engine as a foreign minister visits.",
    )
    stop = evidence(
        "Minister in Southland capital to discuss Northland",
        "The foreign minister arrived in the capital for talks expected to focus on Northland's weapons.",
    )
    assert "kind" in conflict(test, "2020-03-02", stop, "2020-03-02").kinds
