"""Organisations as "who" evidence: two companies' results told in one template are two stories."""

from __future__ import annotations

from eventwire.records import Article, Mention
from eventwire.stories.conflict import conflict
from eventwire.stories.evidence import article_evidence
from eventwire.stories.organisations import (
    headline_organisation,
    main_organisation,
    organisation_key,
    organisation_names,
    same_organisation,
)

RESULTS = (
    "Shr {a} cts vs {b} cts\n    Net {n} mln vs {m} mln\n    Revs 41.2 mln vs 38.9 mln\n"
    "    Year\n    Shr 1.10 dlrs vs 95 cts\n    Net 9.8 mln vs 8.1 mln\n"
)
TOLD = (
    "Zantoro Widgets Corp said its fourth-quarter net profit rose to 3.1 mln dlrs, or 34 cts a share, "
    "from 2.6 mln dlrs a year earlier, as revenues grew to 41.2 mln dlrs on stronger widget sales."
)


def _article(aid: str, title: str, text: str, published: str = "1987-03-02") -> Article:
    return Article(article_id=aid, source_path=f"/in/{aid}", text=text, title=title, published=published)


def _org(text: str, start: int) -> Mention:
    return Mention(text=text, span=(start, start + len(text)), sentence=0, kind="ORG")


def test_one_name_in_several_spellings_is_one_key():
    assert (
        organisation_key("AMERICAN EXPRESS CO")
        == organisation_key("American Express Co.")
        == "american express"
    )
    assert organisation_key("The Acme Group") == "acme"
    assert organisation_key("Inc.") is None
    assert same_organisation("acme", "acme widgets") and not same_organisation("acme", "widgets")


def test_a_headline_leads_with_the_name_before_its_ticker_inside_brackets_or_up_to_a_legal_form():
    assert headline_organisation("ZANTORO WIDGETS CORP <ZWC> 4TH QTR NET") == "zantoro widgets"
    assert headline_organisation("<MERLOVA FOODS LTD> YEAR NET") == "merlova foods"
    assert headline_organisation("Zantoro Widgets Corp. posts higher profit") == "zantoro widgets"
    assert headline_organisation("Police arrest two men after a robbery") is None
    assert headline_organisation("FARM PRICES FALL IN FEBRUARY") is None
    assert headline_organisation(None) is None


def test_without_a_headline_name_the_ledes_first_company_named_in_full_is_the_main_one():
    mentions = [_org("the Brenner Institute", 3), _org("Kovac Shipping Ltd", 120), _org("Late Co", 900)]
    assert main_organisation("Ships collide off the coast", mentions, 400) == "kovac shipping"
    assert main_organisation("Ships collide off the coast", mentions[:1], 400) is None
    assert organisation_names(None, mentions) == ["brenner institute", "kovac shipping", "late"]


def test_two_companies_results_conflict_and_one_companys_results_from_two_outlets_do_not():
    first = article_evidence(
        _article("a", "ZANTORO WIDGETS CORP <ZWC> 4TH QTR NET", RESULTS.format(a=34, b=28, n=3.1, m=2.6)),
        [],
        [],
    )
    other = article_evidence(
        _article("b", "MERLOVA FOODS INC <MFI> 4TH QTR NET", RESULTS.format(a=12, b=19, n=1.4, m=2.2)), [], []
    )
    retold = article_evidence(
        _article("c", "Zantoro profit climbs on widget sales", TOLD), [_org("Zantoro Widgets Corp", 0)], []
    )
    assert "organisation" in conflict(first, "1987-03-02", other, "1987-03-02").kinds
    assert "organisation" not in conflict(first, "1987-03-02", retold, "1987-03-03").kinds
    assert "organisation" in conflict(first, None, other, None).compared


def test_a_report_leading_with_no_organisation_tells_nothing():
    first = article_evidence(_article("a", "ZANTORO WIDGETS CORP <ZWC> 4TH QTR NET", "Shr 34 cts"), [], [])
    plain = article_evidence(_article("b", "Widget sales rise", "Widget makers sold more."), [], [])
    found = conflict(first, None, plain, None)
    assert "organisation" not in found.kinds and "organisation" not in found.compared


def test_template_results_of_two_companies_are_two_stories_and_a_retelling_joins(ingest_report):
    first, _ = ingest_report(
        _article("a", "ZANTORO WIDGETS CORP <ZWC> 4TH QTR NET", RESULTS.format(a=34, b=28, n=3.1, m=2.6))
    )
    other, _ = ingest_report(
        _article("b", "MERLOVA FOODS INC <MFI> 4TH QTR NET", RESULTS.format(a=12, b=19, n=1.4, m=2.2))
    )
    third, _ = ingest_report(
        _article("c", "QUINTERRA MINING CORP <QMC> 4TH QTR NET", RESULTS.format(a=51, b=47, n=6.3, m=5.9))
    )
    retold, _ = ingest_report(_article("d", "Zantoro Widgets Corp. fourth-quarter profit rises", TOLD))
    assert len({first, other, third}) == 3
    assert retold == first


def test_a_periodic_wire_headline_leads_with_the_name_before_its_period():
    assert headline_organisation("ZANTORO MOTORS LATE FEBRUARY CAR SALES OFF 8.6 PCT") == "zantoro motors"
    assert headline_organisation("MERLOVA LATE-FEBRUARY CAR SALES UP 11 PCT") == "merlova"
    assert headline_organisation("NORWAY FEBRUARY CAR SALES RISE") is None  # a country: "where" evidence
    assert headline_organisation("FARM PRICES FALL IN FEBRUARY") is None
    assert headline_organisation("BALANCES AT THE BANK ROSE ON FEB 25") is None
    assert headline_organisation("Zantoro Praises February Sales Report") is None


def test_two_makers_sales_of_one_month_are_two_stories():
    text = "Sales of cars built in the country fell in late February from a year earlier, the company said."
    first = article_evidence(_article("z", "ZANTORO MOTORS LATE FEBRUARY CAR SALES OFF", text), [], [])
    second = article_evidence(_article("m", "MERLOVA LATE FEBRUARY CAR SALES UP", text), [], [])
    again = article_evidence(_article("z2", "ZANTORO MOTORS LATE FEBRUARY SALES FALL", text), [], [])
    assert conflict(first, "1987-03-04", second, "1987-03-04").kinds == ["organisation"]
    assert conflict(first, "1987-03-04", again, "1987-03-04").kinds == []
