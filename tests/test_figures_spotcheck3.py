"""Key figures: the classes found by reading a third spot check, on English wire news.

Provisions, charges, write-offs, buybacks, fines, deal prices and valuations named for what they
are (not for what they are for); a sample size is not a figure; "edged up to" is a move, not a
bound; "pence"; a wire dateline is no part of a subject; "growth forecast" and "raising $1.4
billion" are no change. Sentences are written here.
"""

from __future__ import annotations

import pytest

from summarizer.model import Figure
from tests.figure_helpers import by_text
from tests.figure_helpers import figures as key_figures


def figures(sentence: str, lang: str = "en") -> list[Figure]:
    return key_figures(sentence, lang=lang)


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Profit fell 9% after the lender set aside $480 million for bad loans, up from $300 million.",
     "$480 million", "provision for bad loans"),
    ("Orrin Bank put aside €95 million to cover soured commercial property loans.", "€95 million",
     "provision for soured commercial property loans"),
    ("The insurer will add $700 million to its reserves for asbestos claims.", "$700 million", "addition to reserves"),
    ("It wrote off $42 million of goodwill tied to its broker unit.", "$42 million", "write-off of goodwill"),
    ("The carrier wrote down $130 million on older jets.", "$130 million", "write-down of older jets"),
    ("Kelsey Foods will buy back up to $3 billion of its shares.", "$3 billion", "share buyback"),
    ("Regulators fined Dovetail Bank £52 million on Monday.", "£52 million", "fine on Dovetail Bank"),
    ("Parrot Labs agreed to buy chip designer Vantor for $6.2 billion in cash.", "$6.2 billion",
     "price for chip designer Vantor"),
    ("The deal values the grocer at about $8.4 billion.", "$8.4 billion", "valuation of the grocer"),
    ("The company expects to record impairment charges of $250 million.", "$250 million", "impairment charges"),
])
def test_an_amount_is_named_for_what_it_is(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_money_raised_is_no_rise() -> None:
    fig = by_text(figures("Lumen Health priced its shares at $18, raising $640 million."), "$640 million")
    assert fig.change is None
    assert fig.subject == "amount raised"


@pytest.mark.parametrize("sentence", [
    "The 30-year mortgage rate averaged 6.8%, according to a survey of 2,100 lenders.",
    "A Reuters poll of 45 economists had forecast growth of 1.2%.",
    "The firm polled 1,000 investors in October and found 38% planned to buy more bonds.",
])
def test_a_sample_size_is_not_a_figure(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f.unit is None]


def test_a_chinese_sample_of_cities_is_not_a_figure_but_a_count_of_cities_that_moved_is() -> None:
    assert not [f for f in figures("数据显示，全国100个城市新建住宅平均价格为15,600元/平方米。", "zh") if f.unit == "个"]
    assert by_text(figures("监测的70城中，有41个城市新建住宅价格环比上涨。", "zh"), "41个").kind == "figure"


def test_edged_up_to_is_a_rise_not_a_bound() -> None:
    fig = by_text(figures("Services inflation edged up to 5.2% from 5.1%."), "5.2%")
    assert (fig.approx, fig.change) == (None, "up")
    assert by_text(figures("It will buy back up to $2 billion of stock."), "$2 billion").approx == "up to"


def test_pence_is_a_unit() -> None:
    fig = by_text(figures("The bank raised its interim dividend to 4.2 pence a share."), "4.2 pence")
    assert fig.unit == "pence"


def test_a_wire_dateline_is_no_part_of_the_subject() -> None:
    fig = by_text(figures("SYDNEY (Wire) - Coralbay Mining said on Monday its iron ore output fell 4%."), "4%")
    assert fig.subject == "Coralbay Mining's iron ore output"


def test_a_wire_dateline_is_no_part_of_the_context_shown() -> None:
    fig = by_text(figures("SYDNEY, March 3 (Wire) - Coralbay Mining said its iron ore output fell 4%."), "4%")
    assert fig.context == "Coralbay Mining said its iron ore output fell 4%"


def test_a_growth_forecast_that_was_cut_went_down() -> None:
    fig = by_text(figures("The bank cut its growth forecast for next year to 0.9% from 1.3%."), "0.9%")
    assert fig.change == "down"


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Harlow Stores lifted its annual outlook after same-store sales rose 4.4% in the quarter.", "4.4%",
     "same-store sales"),
    ("Corran cut its forecast on Monday, sending its shares down 9% in late trading.", "9%", "Corran's shares"),
    ("The yield on the 10-year Treasury note rose 7 basis points to 4.36%.", "4.36%",
     "The yield on the 10-year Treasury note"),
    ("Profit after tax rose 6% to $1.9 billion.", "6%", "Profit after tax"),
])
def test_the_clause_that_states_the_figure_names_it(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_place_after_a_change_is_not_its_subject() -> None:
    assert by_text(figures("Brenmoor shares fell 3.1% in Frankfurt."), "3.1%").subject != "Frankfurt"


@pytest.mark.parametrize(("sentence", "text", "period"), [
    ("Food prices rose 3.9% in the 12 months to November.", "3.9%", "the 12 months to November"),
    ("Revenue rose 8% in the three months ended Sept. 30.", "8%", "the three months ended Sept. 30"),
    ("Net income in the six months to June fell 4%.", "4%", "the six months to June"),
])
def test_months_to_a_month_are_a_period(sentence: str, text: str, period: str) -> None:
    assert by_text(figures(sentence), text).period == period


def test_gained_and_averaged_are_verbs() -> None:
    assert by_text(figures("Average hourly earnings gained 0.3% last month."), "0.3%").subject == "Average hourly earnings"
    assert by_text(figures("Sales rose 2% as jet fuel prices averaged $2.41 a gallon."), "$2.41").subject == "jet fuel prices"


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Baylor Airlines narrowed its quarterly loss to $88 million.", "$88 million", "Baylor Airlines' quarterly loss"),
    ("Output rose 2% to 1.9 million barrels of oil equivalent per day.", "2%", "Output"),
    ("Tarn Capital expects $120 million in annual cost savings.", "$120 million", "annual cost savings"),
    ("The miner will cut 900 jobs, or 6% of its global workforce.", "6%", "share of global workforce"),
    ("Policymakers now see inflation averaging 2.3% next year.", "2.3%", "inflation"),
    ("They raised their forecast for economic growth to 1.8%.", "1.8%", "their forecast for economic growth"),
    ("Payrolls increased by 98,000 jobs in May.", "98,000 jobs", "Payrolls"),
    ("Inventory climbed to 1.2 million homes.", "1.2 million", "Inventory"),
    ("The central bank held its main refinancing rate in the 3.75%-4.00% range.", "3.75%-4.00%",
     "The central bank's main refinancing rate"),
    ("Mardale will pay $41 per Quint share in cash.", "$41", "price per Quint share"),
])
def test_wire_subjects(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_per_share_subject_does_not_pass_to_a_percentage() -> None:
    found = figures("The bank raised its interim dividend by 5% to 2.8 pence a share.")
    assert by_text(found, "5%").subject == "The bank's interim dividend"
    assert by_text(found, "2.8 pence").subject == "The bank's interim dividend per share"


def test_a_price_range_with_the_currency_written_twice_is_one_range() -> None:
    fig = by_text(figures("Sable priced the shares within its marketed range of $19 to $22."), "$19 to $22")
    assert fig.value == (19.0, 22.0)
    assert [f.text for f in figures("Brent lost $1.40 to $70.20.")] == ["$1.40", "$70.20"]
    assert by_text(figures("Brent lost $1.40 to $70.20."), "$1.40").change == "down"


def test_a_poll_forecast_is_an_estimate() -> None:
    found = figures("Exports rose 6.1%, beating a 4.0% forecast in a Reuters poll.")
    assert by_text(found, "4.0%").estimate == "estimate"
    assert by_text(found, "6.1%").estimate is None


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Senators are weighing the agency's budget request for $31.2bn this spring.", "$31.2bn", "agency's budget request"),
    ("Kestrel rejected a takeover offer worth $3.1 billion.", "$3.1 billion", "takeover offer"),
    ("The deal raised the total of approved suppliers to 23.", "23", "total of approved suppliers"),
    ("Officials later said the region had seen 6 times as many infections as first reported.", "6 times", "infections"),
    ("The council may tap the city's $1.4 billion in cash reserves.", "$1.4 billion", "cash reserves"),
    ("Later, ministers cut their growth forecast to 0.8% from 1.1%.", "0.8%", "ministers' growth forecast"),
])
def test_gold_like_english_subjects(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_number_ending_a_sentence_is_no_list_marker() -> None:
    fig = by_text(figures("The agency raised the number of approved carriers to 14."), "14")
    assert fig.kind == "figure"


def test_a_contract_noun_is_no_contraction() -> None:
    assert by_text(figures("Harwell won a contract for $450 million."), "$450 million").change is None
    assert by_text(figures("The economy will contract 0.6% next year."), "0.6%").change == "down"


def test_a_rate_kept_unchanged_is_named_without_unchanged() -> None:
    fig = by_text(figures("The Norvale central bank kept its key rate unchanged at 3.5% on Tuesday."), "3.5%")
    assert fig.subject == "The Norvale central bank's key rate"


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Orlen Bank reported a 9% drop in pre-tax profit to £880 million.", "£880 million", "Orlen Bank's pre-tax profit"),
    ("It booked impairment charges of £140 million.", "£140 million", "impairment charges"),
    ("Its shares were down 2.2% by midday.", "2.2%", "shares"),
    ("Corvel will return a further $600 million to shareholders.", "$600 million", "return to shareholders"),
    ("Retail sales fell 1.1% in March, after a 0.6% gain in February.", "0.6%", "Retail sales"),
    ("Revenue grew 8% to $4.1 billion, while costs and expenses rose 5% to $2.9 billion.", "5%", "costs and expenses"),
    ("Pellam agreed to pay $640 million to settle the claims.", "$640 million", "settlement"),
])
def test_holdout_classes(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_time_of_day_is_not_a_figure() -> None:
    found = figures("Its shares were down 3.1% by 0930 GMT.")
    assert [f.text for f in found] == ["3.1%"]
    assert found[0].period is None


@pytest.mark.parametrize(("sentence", "text", "period"), [
    ("Corran raised its fiscal 2027 outlook after same-store sales rose 3.3% in the second quarter.", "3.3%",
     "the second quarter"),
    ("Vela cut its fourth-quarter forecast, sending its shares down 7%.", "7%", None),
    ("Wages gained 0.2% after rising 0.5% in the prior month, and were up 4.1% year-on-year.", "4.1%", None),
])
def test_a_clause_of_its_own_is_not_dated_by_the_clause_before(sentence: str, text: str, period: str | None) -> None:
    assert by_text(figures(sentence), text).period == period


def test_a_cause_after_a_result_shares_its_period() -> None:
    found = figures("Profit fell 8% in the first half, after the bank set aside £300 million for bad loans.")
    assert by_text(found, "£300 million").period == "the first half"


def test_the_second_of_two_bases_changed_the_same_way() -> None:
    found = figures("Output grew 0.4% in the third quarter from the previous three months and 1.6% from a year earlier.")
    assert by_text(found, "1.6%").change == "up"
    found = figures("Sales fell 2% from a year earlier and 5% from the prior quarter.")
    assert by_text(found, "5%").change == "down"
    # A level reached is no second base: "rose 2% to 3.1%" is not touched.
    assert by_text(figures("The rate rose to 3.1% and 40% of firms expect more."), "40%").change is None
