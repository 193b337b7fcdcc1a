"""Key figures: the classes found by a tenth English spot check (a bank's margin, SaaS recurring
revenue and guidance, EV deliveries, same-store sales, an airline, GDP and payrolls, a gold miner,
the Fed and a budget deficit).

An old range after a comma ("to between $2.1 billion and $2.2 billion, from $2.0 billion to $2.05
billion previously") is one range, not two figures; a span of time is never what is measured
("in the fiscal year that ended", "$50,000 a year"); a rate named after the figure ("grew at a 3.1%
annualized rate") is of the noun that grew; a level in ", which stands at" is the noun before it;
"reached 104% of GDP" is the debt's, not GDP's; "shows the policy rate at 3.4%" is the rate's;
"24% above last year" is a rise; a measure ending in "cost" before an appositive, and a measure
after "said" with an aside ("said throughput, measured in…, rose"), keep their name.
Sentences are written here.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.figure_helpers import by_text
from tests.figure_helpers import figures as key_figures


figures = partial(key_figures, lang="en")


@pytest.mark.parametrize("sentence", [
    ("Orbix lifted its annual sales forecast to between $2.1 billion and $2.2 billion, from $2.0 billion to $2.05 billion "
     "previously."),
    "The group now sees margins of 4% to 5%, from 3% to 4%.",
])
def test_an_old_range_after_a_comma_is_one_range(sentence: str) -> None:
    found = figures(sentence)
    assert len(found) == 2
    assert all(isinstance(f.value, tuple) for f in found), [f.text for f in found]


def test_a_deficit_in_a_fiscal_year_is_the_deficits() -> None:
    found = figures("The Treasury said the trade deficit widened to $912 billion in the fiscal year that ended June 30, "
                    "up 6% from the year before.")
    assert by_text(found, "$912 billion").subject == "trade deficit"
    assert by_text(found, "6%").subject == "trade deficit"


def test_a_count_after_an_amount_a_year_is_of_the_number_counted() -> None:
    found = figures("The number of members paying more than $50,000 a year rose to 880 from 730.")
    assert by_text(found, "880").subject == "number of members"
    assert by_text(found, "730").subject == "number of members"


def test_a_rate_named_after_the_figure_is_of_what_grew() -> None:
    found = figures("The Canadian economy grew at a 3.1% annualized rate in the second quarter.")
    assert by_text(found, "3.1%").subject == "The Canadian economy"


def test_a_level_in_a_which_clause_is_of_the_noun_before() -> None:
    found = figures("The central bank will keep trimming its bond holdings, which stand at about $2.4 trillion, "
                    "over the next year.")
    assert by_text(found, "$2.4 trillion").subject == "bond holdings"


def test_a_share_of_gdp_reached_is_of_what_reached_it() -> None:
    found = figures("Public debt reached 104% of gross domestic product.")
    assert by_text(found, "104%").subject == "Public debt"


def test_a_projection_showing_a_rate_at_a_level_is_the_rates() -> None:
    found = figures("The bank's new projection shows the policy rate at 3.4% at the end of next year.")
    assert by_text(found, "3.4%").subject == "policy rate"


@pytest.mark.parametrize(("sentence", "change"), [
    ("The average selling price was $812 a tonne, 14% above last year.", "up"),
    ("The average selling price was $812 a tonne, 14% below a year earlier.", "down"),
])
def test_a_level_compared_with_a_year_before_is_a_move(sentence: str, change: str) -> None:
    assert by_text(figures(sentence), "14%").change == change


def test_a_level_above_a_benchmark_is_no_move() -> None:
    found = figures("The average selling price was $812 a tonne, 14% above the industry average.")
    assert by_text(found, "14%").change is None


def test_a_cost_measure_before_an_appositive_keeps_its_name() -> None:
    found = figures("Cash cost, the company's main measure of efficiency, rose 5% to $1,120 an ounce.")
    assert by_text(found, "5%").subject == "Cash cost"
    assert by_text(found, "$1,120").subject == "Cash cost"


def test_a_measure_said_with_an_aside_keeps_its_name() -> None:
    found = figures("Portline said throughput, measured in twenty-foot equivalent units, rose 6.2% in March.")
    assert by_text(found, "6.2%").subject == "Throughput"


def test_time_spans_alone_are_not_subjects_but_a_revenue_a_year_keeps_its_own() -> None:
    found = figures("Subscription revenue rose 12% to $48 million a year earlier.")
    assert by_text(found, "12%").subject == "Subscription revenue"


def test_a_pace_named_after_the_figure_keeps_its_own_period() -> None:
    found = figures("Exports grew 1.8% in the fourth quarter, slower than the 2.6% pace in the third quarter.")
    assert by_text(found, "1.8%").period == "the fourth quarter"
    assert by_text(found, "2.6%").period == "the third quarter"


# ---------------------------------------------------------------- classes its holdout showed

def test_a_count_a_measure_stood_at_is_of_that_measure_with_its_value() -> None:
    found = figures("Order book at the end of June stood at 1,240 aircraft valued at $96 billion, up 5% from a year ago.")
    assert by_text(found, "1,240").subject == "Order book"
    assert by_text(found, "$96 billion").subject == "value of Order book"
    assert by_text(found, "5%").subject == "Order book"


def test_there_were_is_no_owner_of_a_count() -> None:
    found = figures("There were 2.1 million cars for sale at the end of May, up 3.4% from April.")
    assert by_text(found, "2.1 million").subject != "There"


def test_a_count_to_be_done_is_of_the_things_done() -> None:
    found = figures("Next year the chain expects to open 120 to 140 stores.")
    assert by_text(found, "120 to 140").subject == "stores opened"


def test_a_part_contributed_of_a_whole_is_the_parts() -> None:
    found = figures("The Nordic unit contributed 1.4 million of the new customers.")
    assert "Nordic unit" in by_text(found, "1.4 million").subject


def test_a_share_of_them_through_something_is_of_the_things_counted() -> None:
    found = figures("The developer held about 42,000 plots, 35% of them through joint ventures.")
    assert by_text(found, "35%").subject == "plots through joint ventures"


def test_what_the_company_will_spend_on_something_is_that_spending() -> None:
    found = figures("The company said it would spend about $3 billion on new stores this year.")
    assert by_text(found, "$3 billion").subject == "The company's spending on new stores"


def test_comparable_is_part_of_a_measures_name() -> None:
    found = figures("The retailer forecast comparable sales growth of 2% to 4%.")
    assert by_text(found, "2% to 4%").subject == "comparable sales growth"


def test_a_count_whose_noun_is_left_out_after_and() -> None:
    found = figures("The chain opened 31 branches and closed 14 in the year.")
    assert by_text(found, "14").subject == "branches closed"
