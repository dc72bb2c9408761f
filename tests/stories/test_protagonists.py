"""Protagonists (round 25): in a dense week one topic's happenings are told with the same words and names
by every outlet — a prime minister's refusal, the first minister's reply the next day, an opposition
leader's statement. Their headlines, days apart, name different people; one happening's headlines,
whichever outlet wrote them, name a person alike (two parties of one meeting in either order), and on
its day may name either side."""

from __future__ import annotations

from eventwire.records import Article, Mention
from eventwire.stories.conflict import CONFLICT_FACTORS, conflict
from eventwire.stories.evidence import article_evidence
from eventwire.stories.headline_people import different_protagonists

REFUSAL = (
    "Prime Minister Anna Lindqvist on Thursday refused a second vote on independence for the northern "
    "province, saying now is not the time. First Minister Mark Oduya called the refusal undemocratic."
)
REPLY = (
    "First Minister Mark Oduya said on Friday the provincial parliament's will must prevail over Prime "
    "Minister Anna Lindqvist's refusal of a second independence vote."
)
MEETING = (
    "Foreign Minister Carla Brandt met President Omar Haddad in the capital on Friday; the two pledged "
    "to work together on the river dam and regional trade."
)


def _person(name: str, text: str) -> Mention:
    start = text.index(name)
    return Mention(text=name, span=(start, start + len(name)), sentence=0, kind="PERSON")


def _evidence(title: str, text: str, outlet: str, names: list[str], published: str = "2017-03-17"):
    article = Article(
        article_id=title, source_path="/x", text=text, title=title, outlet=outlet, published=published
    )
    return article_evidence(article, [_person(n, text) for n in names], [])


def test_two_outlets_headlines_leading_with_different_people_conflict():
    refusal = _evidence(
        "Lindqvist says now is not the time", REFUSAL, "Ledger", ["Anna Lindqvist", "Mark Oduya"]
    )
    reply = _evidence(
        "Oduya: parliament's will must prevail",
        REPLY,
        "Courier",
        ["Mark Oduya", "Anna Lindqvist"],
        "2017-03-18",
    )
    assert refusal.headline_people == ["lindqvist"] and reply.headline_people == ["oduya"]
    found = conflict(refusal, "2017-03-17", reply, "2017-03-18")
    assert "protagonist" in found.kinds
    assert found.factor <= CONFLICT_FACTORS["protagonist"]


def test_one_happenings_headlines_naming_a_person_alike_do_not_conflict():
    one = _evidence("Lindqvist rules out second vote", REFUSAL, "Ledger", ["Anna Lindqvist", "Mark Oduya"])
    other = _evidence(
        "Oduya angered as Lindqvist refuses vote", REFUSAL, "Courier", ["Mark Oduya", "Anna Lindqvist"]
    )
    assert different_protagonists(one.headline_people, other.headline_people) is False
    assert "protagonist" not in conflict(one, "2017-03-17", other, "2017-03-17").kinds


def test_a_meetings_parties_named_in_either_order_and_nameless_headlines_tell_nothing():
    assert different_protagonists(["brandt", "haddad"], ["haddad"]) is False
    assert different_protagonists(["oduya"], ["odouya"]) is False  # one name, two spellings
    assert different_protagonists([], ["haddad"]) is None
    nameless = _evidence(
        "Two ministers pledge cooperation", MEETING, "Ledger", ["Carla Brandt", "Omar Haddad"]
    )
    named = _evidence("Haddad hosts Brandt", MEETING, "Courier", ["Carla Brandt", "Omar Haddad"])
    assert "protagonist" not in conflict(nameless, "2017-03-17", named, "2017-03-17").compared


def test_reports_of_no_known_outlet_are_not_compared_by_their_protagonists():
    refusal = _evidence(
        "Lindqvist says now is not the time", REFUSAL, "Ledger", ["Anna Lindqvist", "Mark Oduya"]
    )
    reply = _evidence(
        "Oduya: parliament's will must prevail", REPLY, "Courier", ["Mark Oduya", "Anna Lindqvist"]
    )
    reply.outlet = None  # a web page, a corpus document
    assert "protagonist" not in conflict(refusal, "2017-03-17", reply, "2017-03-18").compared


def test_one_days_headlines_naming_the_two_sides_of_a_happening_do_not_conflict():
    host = _evidence("Haddad hosts foreign minister", MEETING, "Ledger", ["Carla Brandt", "Omar Haddad"])
    guest = _evidence("Brandt in talks on river dam", MEETING, "Courier", ["Carla Brandt", "Omar Haddad"])
    assert different_protagonists(host.headline_people, guest.headline_people) is True
    assert "protagonist" not in conflict(host, "2017-03-17", guest, "2017-03-17").compared
    assert "protagonist" not in conflict(host, None, guest, "2017-03-18").compared  # one undated
