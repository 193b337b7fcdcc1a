"""/ask on English news met in a tenth unseen round: a metric narrowed by a unit named after it
("revenue of X's beverages unit") or by a bare word after the auxiliary ("did online sales rise"),
a year-on-year change asked of a sentence whose changes are all against months, and a figure
that excludes something given for the whole. Our own sentences."""

from __future__ import annotations

from summarizer.answer.asked import parse_constraints
from summarizer.answer.changes import only_other_bases
from summarizer.answer.sides import excluded_before
from tests.ask_helpers import ask, first, library

BREWER = library("br", "Tallow Brewing sales slip as cider volumes drop",
                 "Tallow Brewing said quarterly sales fell 4.2% to $1.31 billion, as volumes in its cider unit dropped.",
                 "The cider unit's revenue slid 9.6% to $410 million, while its lager unit grew 0.8% to $900 million.")
SHOPS = library("sh", "Vesland retail sales rise 0.7% in May",
                "Retail sales in Vesland rose 0.7% in May from April, after a 0.3% decline in April and a 0.5% gain in March.",
                "Online sales jumped 2.8% on the month, while sales at fuel stations fell 1.1%.",
                "Excluding fuel, retail sales rose 1.0%.")


def test_a_unit_named_after_the_metric_narrows_it() -> None:
    assert parse_constraints("How much did revenue of Tallow's cider unit fall?").qualifier == "cider"
    assert parse_constraints("How much did sales at the lager division rise?").qualifier == "lager"
    assert "9.6%" in first(ask("How much did revenue of Tallow's cider unit fall?", BREWER))
    # The company's own sales, in a sentence that names the unit only in its cause, do not answer.
    assert "4.2%" not in first(ask("How much did revenue of Tallow's cider unit fall?", BREWER))
    # The whole company is still answered when no unit is asked.
    assert "4.2%" in first(ask("How much did Tallow's sales fall?", BREWER))


def test_a_bare_word_before_the_metric_narrows_it() -> None:
    assert parse_constraints("How much did online sales rise?").qualifier == "online"
    assert parse_constraints("How much did sales rise?").qualifier is None
    assert parse_constraints("How much did the sales rise?").qualifier is None
    # Before a verb the word is who acted, not a kind of the metric.
    assert parse_constraints("How much were growers paid by the fund?").qualifier is None
    found = ask("How much did online sales rise in May?", SHOPS)
    assert found.abstained or "2.8%" in found.sentences[0].text


def test_a_year_on_year_change_is_not_one_against_months() -> None:
    assert only_other_bases("retail sales rose 0.7% in may from april, after a 0.3% decline in april")
    assert not only_other_bases("sales rose 0.7% from april and 3% from a year earlier")
    assert not only_other_bases("sales rose 0.7%")
    found = ask("How much did Vesland retail sales rise from a year earlier?", SHOPS)
    assert found.abstained, found


def test_a_figure_excluding_something_is_not_the_whole() -> None:
    assert excluded_before("excluding fuel, retail sales rose 1.0%.", 30)
    assert not excluded_before("retail sales rose 1.0%, excluding fuel.", 18)
    assert "1.0%" in first(ask("How much did retail sales excluding fuel rise?", SHOPS))
    found = ask("How much did Vesland retail sales rise?", SHOPS)
    assert found.abstained or "1.0%" not in found.sentences[0].text


CANNERY = library("cn", "Ostrow Canning lifts outlook",
                  "Net income rose 9% to $210 million, or $2.14 per share, from $193 million a year earlier.",
                  "Adjusted earnings per share were $2.31, ahead of analysts' expectations of $2.25.")


def test_an_adjusted_figure_does_not_answer_for_the_reported_one() -> None:
    assert "$2.14" in first(ask("What was Ostrow's EPS?", CANNERY))
    assert "$2.31" in first(ask("What was Ostrow's adjusted EPS?", CANNERY))
    adjusted_only = library("cn", "Ostrow Canning lifts outlook", CANNERY[1].text)
    found = ask("What was Ostrow's earnings per share?", adjusted_only)
    assert found.abstained or "$2.31" not in found.sentences[0].text


def test_the_bottom_line_is_net_income() -> None:
    assert "$210 million" in first(ask("What was Ostrow's bottom line?", CANNERY))


def test_the_jobless_rate_is_the_unemployment_rate() -> None:
    labour = library("lb", "Vesland labour market", "The unemployment rate rose to 5.2% in May, the statistics office said.")
    bank = library("bk", "Vesland central bank holds", "The Bank of Vesland held its benchmark rate at 3.5% on Thursday.")
    assert "5.2%" in first(ask("What was Vesland's jobless rate?", labour, bank))
    assert ask("What was Vesland's jobless rate?", bank).abstained


def test_earnings_per_share_in_cents() -> None:
    grocer = library("gr", "Maddox Grocers profit falls",
                     "Net income fell 11% to $96 million, or 58 cents per share, from $108 million a year earlier.",
                     "The board declared a dividend of 20 cents per share.")
    assert "58 cents" in first(ask("What were Maddox's earnings per share?", grocer))
