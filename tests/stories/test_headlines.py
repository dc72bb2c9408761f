"""Headline countries: wire headlines name the country (or the company's country) of a report; two
reports of one template whose headlines name different countries are two happenings."""

from __future__ import annotations

from eventwire.actors import country_names
from eventwire.records import Article, Entity, Mention
from eventwire.stories import TermWeights, story_similarity
from eventwire.stories.conflict import conflict, different_places
from eventwire.stories.evidence import Evidence, article_evidence
from eventwire.stories.headlines import headline_countries
from eventwire.stories.profile import build_profile
from eventwire.stories.weights import prior_weight

SALES = (
    "Sales of new cars in February rose 4.2 pct from a year earlier to 61,300 units, the carmaker said. "
    "It said the rise came from its compact models and that dealers' stocks were lower."
)


def test_country_names_demonyms_and_abbreviations_in_any_case():
    assert [n.country for n in country_names("CHILEAN COPPER OUTPUT FALLS")] == ["CHL"]
    assert [n.country for n in country_names("Norway's exports to the U.S. rose")] == ["NOR", "USA"]
    assert [n.country for n in country_names("JAPAN-U.K. TRADE TALKS")] == ["JPN", "GBR"]


def test_the_longest_name_wins():
    found = country_names("PAPUA NEW GUINEA GOLD OUTPUT")
    assert [(n.country, n.text) for n in found] == [("PNG", "PAPUA NEW GUINEA")]


def test_country_names_of_empty_text():
    assert country_names("") == []


def test_headline_of_a_company_names_its_country():
    assert headline_countries("ACME MOTORS CANADA FEBRUARY SALES RISE") == ["CAN"]
    assert headline_countries("Acme Motors says German sales fell") == ["DEU"]
    assert headline_countries(None) == []


def test_a_common_word_counts_only_when_the_report_names_the_country():
    assert headline_countries("U.S. TURKEY PRODUCTION UP 3 PCT") == ["USA"]
    assert headline_countries("TURKEY RAISES WHEAT IMPORT TARIFF", named=["TUR"]) == ["TUR"]
    assert headline_countries("CHAD ROWE NAMED PRESIDENT OF ACME") == []


def test_a_country_before_a_currency_word_names_the_currency():
    assert headline_countries("ACME FINANCE ISSUES 100 MLN CANADIAN DLR BOND") == []
    assert headline_countries("CANADIAN BONDS RALLY ON RATE HOPES") == ["CAN"]


def test_lower_case_words_of_a_mixed_case_headline_are_no_names():
    assert headline_countries("Let us talk about prices") == []
    assert headline_countries("Trade deal between US and Norway signed") == ["USA", "NOR"]


def test_a_country_inside_another_name_is_no_country():
    assert headline_countries("NEW MEXICO OIL OUTPUT FALLS") == []
    assert headline_countries("Storm heads across the Indian Ocean") == []


def _report(aid: str, title: str) -> Article:
    return Article(aid, f"/{aid}", text=SALES, title=title, published="1987-03-04")


def _place(text: str, country: str, start: int) -> Mention:
    entity = Entity(name=text, mention=text, kb_id=country, country=country)
    return Mention(text, (start, start + len(text)), 0, "GPE", [entity])


def test_headline_countries_are_stored_with_the_evidence():
    evidence = article_evidence(_report("a", "ACME CANADA FEBRUARY SALES RISE"), [], [])
    assert evidence.headline_countries == ["CAN"]
    assert Evidence.from_json(evidence.to_json()).headline_countries == ["CAN"]


def test_headlines_of_two_countries_conflict_on_where():
    canada = article_evidence(_report("a", "ACME CANADA FEBRUARY SALES RISE"), [], [])
    japan = article_evidence(_report("b", "ACME JAPAN FEBRUARY SALES RISE"), [], [])
    assert different_places(canada, japan) is True
    assert conflict(canada, "1987-03-04", japan, "1987-03-04").kinds == ["where"]


def test_a_headline_country_the_other_report_names_agrees():
    canada = article_evidence(_report("a", "ACME CANADA FEBRUARY SALES RISE"), [], [])
    text = "Acme's Canadian unit said sales in Canada rose. " + SALES
    other = Article("b", "/b", text=text, title="ACME UNIT SALES RISE", published="1987-03-04")
    named = article_evidence(other, [_place("Canada", "CAN", text.index("Canada"))], [])
    assert different_places(canada, named) is False
    assert different_places(canada, article_evidence(_report("c", "ACME SALES RISE"), [], [])) is None


def test_one_template_for_two_countries_scores_lower_than_one_country_told_twice():
    def profile(aid: str, title: str):
        return build_profile(_report(aid, title), [], [], prior_weight)

    canada, canada_again = profile("a", "ACME CANADA SALES RISE"), profile("b", "ACME CANADA SALES RISE")
    japan = profile("c", "ACME JAPAN SALES RISE")
    same = story_similarity(canada, canada_again, TermWeights())
    other = story_similarity(canada, japan, TermWeights())
    assert "where" in other.conflicts and "where" not in same.conflicts
    assert other.score < same.score
