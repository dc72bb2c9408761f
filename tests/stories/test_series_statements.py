"""One outlet's items of one day by one speaker (round 17): statements on different subjects are told
apart by their headlines' subject words; one statement retold in other words is not; a nameless
headline stands for the parties its lede names."""

from __future__ import annotations

from eventwire.records import Article, Mention
from eventwire.stories.conflict import conflict
from eventwire.stories.evidence import Evidence, article_evidence
from eventwire.stories.headline_subject import different_subjects, headline_subject, word_stem

DAY = "2017-02-07"
LEDE = "{subject}, Finland's Ambassador to Estonia Petr Kolar told the agency on Tuesday in an interview."


def _person(text: str, within: str) -> Mention:
    start = within.index(text)
    return Mention(text=text, span=(start, start + len(text)), sentence=0, kind="PERSON")


def _item(title: str, subject: str, outlet: str = "Wire", published: str = DAY) -> Evidence:
    text = LEDE.format(subject=subject)
    article = Article(
        article_id=title[:12], source_path="/x", text=text, title=title, outlet=outlet, published=published
    )
    return article_evidence(article, [_person("Petr Kolar", text)], [])


def test_a_headlines_subject_leaves_out_countries_roles_verbs_of_saying_and_names():
    title = "Finnish ambassador Kolar says tourists to Estonia grow by half"
    assert headline_subject(title, ["petr", "kolar"]) == ["tourist", "grow", "half"]
    assert headline_subject(None, []) == []
    assert word_stem("relations") == "relation" and word_stem("process") == "process"
    assert word_stem("launches") == "launch" and word_stem("countries") == "country"


def test_headlines_sharing_no_subject_word_differ():
    assert different_subjects(["conference", "settlement"], ["tourist", "inflow"]) is True
    assert different_subjects(["tourist", "inflow"], ["tourist", "half"]) is False
    assert different_subjects([], ["tourist"]) is None


def test_one_speakers_statements_on_different_subjects_of_one_day_conflict():
    conference = _item(
        "Finland ready to join conference on Estonian settlement, diplomat says",
        "Finland is ready to join an international conference on the settlement",
    )
    tourism = _item(
        "Ambassador says Finnish tourist inflow to Estonia grows by half",
        "The number of Finnish tourists visiting Estonia grew by half last year",
    )
    assert conference.lede_people == ["kolar"] == tourism.lede_people
    assert "topic" in conflict(conference, DAY, tourism, DAY).kinds


def test_one_statement_retold_in_other_words_does_not_conflict():
    tourism = _item(
        "Ambassador says Finnish tourist inflow to Estonia grows by half",
        "The number of Finnish tourists visiting Estonia grew by half last year",
    )
    retold = _item(
        "Finnish tourists flock to Estonia, envoy Kolar says",
        "Half as many Finnish tourists again came to Estonia last year",
    )
    assert "topic" not in conflict(tourism, DAY, retold, DAY).kinds


def test_statements_of_two_outlets_or_two_days_are_not_told_apart_by_their_headlines():
    conference = _item("Finland ready to join conference on Estonian settlement", "Finland is ready")
    elsewhere = _item("Ambassador says tourist inflow grows", "Tourists came", outlet="Evening Post")
    later = _item("Ambassador says tourist inflow grows", "Tourists came", published="2017-02-08")
    assert "topic" not in conflict(conference, DAY, elsewhere, DAY).kinds
    assert "topic" not in conflict(conference, DAY, later, "2017-02-08").kinds


def test_a_nameless_headline_stands_for_its_ledes_parties():
    # "Two top diplomats discuss ...": the headline names nobody; its lede names the two ministers
    talks = Evidence(lede_parties=["novak", "lind"], people=["jan", "novak", "ana", "lind"], outlet="wire")
    other = Evidence(headline_people=["berg"], people=["jan", "novak", "tom", "berg"], outlet="wire")
    same = Evidence(headline_people=["lind"], people=["ana", "lind"], outlet="wire")
    assert "headline" in conflict(talks, DAY, other, DAY).kinds
    assert "headline" not in conflict(talks, DAY, same, DAY).kinds


def test_the_headline_subject_survives_storage():
    found = _item("Ambassador says tourist inflow grows", "Tourists came")
    assert Evidence.from_json(found.to_json()).headline_subject == ["tourist", "inflow", "grow"]


def test_two_items_of_one_meeting_on_different_subjects_do_not_conflict():
    # one meeting of two ministers told in two items (security, then trade): one happening
    text = "Foreign Minister Jan Novak and his counterpart Ana Lind met in Talinn on Tuesday."

    def item(title: str) -> Evidence:
        article = Article(article_id=title, source_path="/x", text=text, title=title, outlet="W")
        article.published = DAY
        mentions = [_person("Jan Novak", text), _person("Ana Lind", text)]
        return article_evidence(article, mentions, [])

    security = item("Finland seeks cooperation with Estonia in security")
    trade = item("Estonia expects Finnish timber supplies will grow")
    assert security.lede_parties == ["lind", "novak"]
    assert different_subjects(security.headline_subject, trade.headline_subject) is True
    assert "topic" not in conflict(security, DAY, trade, DAY).kinds
