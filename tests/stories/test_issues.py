"""Round 8: daily and weekly template reports. Each issue of one template (a central bank's daily money
market help, a weekly figure, a borrower's bond) is its own happening: figures read from the lede too,
weeks stated relative to the publication date, the borrower a headline leads with, and a near-duplicate of
another day with other figures is no copy."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.stories.amounts import leading_amounts_differ, stated_amounts
from eventwire.stories.conflict import conflict
from eventwire.stories.days import different_days, stated_days
from eventwire.stories.evidence import article_evidence
from eventwire.stories.issues import another_issue
from eventwire.stories.organisations import headline_organisation, name_before_verb
from eventwire.stories.periods import stated_periods

HELP = (
    "The Norvalian central bank said it had provided the money market with {amount} of assistance in "
    "the morning session, buying bills from the discount houses for resale at rates of 9-1/2 pct. The "
    "bank had forecast a shortage in the system of around {shortage}, with bills maturing in official "
    "hands and a rise in the note circulation draining liquidity. Dealers said overnight rates eased."
)


def _article(aid: str, title: str, text: str, published: str | None) -> Article:
    return Article(article_id=aid, source_path=f"/in/{aid}", text=text, title=title, published=published)


def _help(aid: str, amount: str, shortage: str, published: str) -> Article:
    text = HELP.format(amount=amount, shortage=shortage)
    return _article(aid, "NORVALIA MONEY MARKET GIVEN EARLY ASSISTANCE", text, published)


def test_fractions_and_number_words_before_a_scale_are_amounts():
    assert stated_amounts("WIDGETCO ISSUES 100 MLN STG 9-3/4 PCT BOND") == ["stg:1e+08", "pct:9.75"]
    assert stated_amounts("NORVALIA MONEY MARKET GIVEN FURTHER TWO MLN STG HELP") == ["stg:2e+06"]
    assert stated_amounts("Prices rose nine pct in a year") == ["pct:9"]
    assert stated_amounts("He paid one dollar for it") == []


def test_leading_amounts_differ_only_on_other_days_with_neither_lead_shared():
    assert leading_amounts_differ(["stg:3e7", "pct:9.5"], "1987-03-02", ["stg:8e7", "pct:9.5"], "1987-03-03")
    assert not leading_amounts_differ(["stg:3e7"], "1987-03-02", ["stg:8e7"], "1987-03-02")
    assert not leading_amounts_differ(["stg:3e7"], "1987-03-02", ["pct:2", "stg:3e7"], "1987-03-04")
    assert leading_amounts_differ([], "1987-03-02", ["stg:8e7"], "1987-03-03") is None
    assert leading_amounts_differ(["stg:3e7"], None, ["stg:8e7"], "1987-03-03") is None


def test_daily_reports_whose_headlines_state_no_amount_conflict_on_their_ledes():
    monday = _help("a", "30 mln stg", "400 mln stg", "1987-03-02")
    tuesday = _help("b", "85 mln stg", "650 mln stg", "1987-03-03")
    retold = _help("c", "30 mln stg", "400 mln stg", "1987-03-03")
    evidence = {a.article_id: (article_evidence(a, [], []), a.published) for a in (monday, tuesday, retold)}
    assert evidence["a"][0].amounts == [] and evidence["a"][0].lede_amounts[0] == "stg:3e+07"
    assert "amount" in conflict(*evidence["a"], *evidence["b"]).kinds
    assert "amount" not in conflict(*evidence["a"], *evidence["c"]).kinds


def test_a_week_stated_relative_to_the_publication_date_is_resolved():
    text = "Money fund assets rose 720 mln dlrs in the week ended yesterday, the institute said."
    assert stated_periods(text, "1987-03-05") == ["week:3-4"]
    assert stated_periods(text.replace("yesterday", "Wednesday"), "1987-03-05") == ["week:3-4"]
    assert stated_periods(text, None) == []
    assert stated_periods(text, "not a date") == []
    assert stated_periods("The minister spoke yesterday about reserves", "1987-03-05") == []


def test_a_wire_headline_leads_with_its_borrower_before_a_verb_of_company_news():
    assert name_before_verb("ZANTORO FINANCE UNIT ISSUES 100 MLN DLR EUROBOND") == "zantoro finance"
    assert headline_organisation("ZANTORO FINANCE ISSUES 12 BILLION YEN EUROBOND") == "zantoro finance"
    assert name_before_verb("PORTUGAL LAUNCHES 100 MLN STG EUROBOND") is None  # a country: "where"
    assert name_before_verb("Zantoro issues a bond") is None
    assert name_before_verb("BONDS ISSUED BY ZANTORO") is None


def test_two_borrowers_bonds_conflict_on_organisation():
    text = "{name} is issuing a 100 mln dlr eurobond due 1992 paying 7-3/4 pct, the lead manager said."
    a = _article("a", "ZANTORO FINANCE ISSUES EUROBOND", text.format(name="Zantoro Finance"), "1987-03-03")
    b = _article("b", "KELVARA POWER ISSUES EUROBOND", text.format(name="Kelvara Power"), "1987-03-03")
    found = conflict(article_evidence(a, [], []), a.published, article_evidence(b, [], []), b.published)
    assert "organisation" in found.kinds


def test_another_issue_of_a_template_is_another_day_with_other_figures_or_periods():
    monday = article_evidence(_help("a", "30 mln stg", "400 mln stg", "1987-03-02"), [], [])
    tuesday = article_evidence(_help("b", "85 mln stg", "650 mln stg", "1987-03-03"), [], [])
    assert another_issue(monday, "1987-03-02", tuesday, "1987-03-03")
    assert not another_issue(monday, "1987-03-02", monday, "1987-03-03")


def test_a_near_duplicate_of_another_day_with_other_figures_is_no_copy(ingest_report):
    ingest_report(_help("a1", "30 mln stg", "400 mln stg", "1987-03-02"))
    _, next_day = ingest_report(_help("a2", "85 mln stg", "650 mln stg", "1987-03-03"))
    _, reprint = ingest_report(_help("a3", "30 mln stg", "400 mln stg", "1987-03-04"))
    assert next_day.copy_of is None
    assert reprint.copy_of == "a1"


def test_the_days_a_dated_lede_states_are_resolved_against_its_publication_date():
    lede = "Interbank funds, which averaged 6.2 pct on Friday, opened lower today, dealers said."
    assert stated_days(lede, "1987-03-09") == ["1987-03-06", "1987-03-09"]
    assert stated_days(lede, None) == []
    assert stated_days(lede, "not a date") == []
    assert stated_days("Dealers expect the central bank to act.", "1987-03-09") == []


def test_reports_of_different_days_leading_with_different_days_conflict_on_day():
    assert different_days(["1987-03-06"], "1987-03-09", ["1987-03-09"], "1987-03-10") is True
    assert different_days(["1987-03-06"], "1987-03-09", ["1987-03-09", "1987-03-06"], "1987-03-10") is False
    assert different_days(["1987-03-06"], "1987-03-09", ["1987-03-09"], "1987-03-09") is False
    assert different_days([], "1987-03-09", ["1987-03-09"], "1987-03-10") is None


def test_leading_amounts_of_different_units_tell_nothing():
    assert leading_amounts_differ(["dlrs:5e6"], "2005-03-02", ["pct:20", "dlrs:9e6"], "2005-03-04") is None
