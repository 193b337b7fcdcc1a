"""English key figures from kinds of news a finance reader sends: press-release losses in
parentheses, asides between a subject and its verb, reported clauses. Each case shows the
right subject, direction and period or none (a wrong one is worse than none).
The sentences are written here (fictional companies and numbers).
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, en_figures


# ---------------------------------------------------------------- losses in parentheses

def test_an_amount_in_parentheses_after_its_currency_is_negative_and_keeps_its_text():
    found = en_figures("Net loss attributable to shareholders was $(52.7) million, or $(0.33) per diluted share.")
    loss = by_text(found, "$(52.7) million")
    assert loss.value == pytest.approx(-52.7e6)
    assert loss.change == "loss"
    per_share = by_text(found, "$(0.33)")
    assert per_share.value == pytest.approx(-0.33)
    assert per_share.change in ("loss", "down")
    assert per_share.subject and per_share.subject.endswith("per share")


def test_a_level_in_parentheses_is_negative_and_no_code():
    found = en_figures("Operating cash flow was $(18) million in the first half, against $24 million a year earlier.")
    flow = by_text(found, "$(18) million")
    assert flow.value == pytest.approx(-18e6)
    assert flow.subject == "Operating cash flow"


def test_a_bracketed_list_number_without_currency_is_still_no_figure():
    found = en_figures("The plan has three parts: (1) cut costs, (2) sell the unit and (3) buy back shares.")
    assert not [f for f in found if f.text in ("(1)", "(2)", "(3)", "1", "2", "3")]


# ---------------------------------------------------------------- asides between subject and verb

@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        ("Net interest income, the gap between what a lender earns on loans and pays on savers, rose 4% to $2.8 billion.",
         "4%", "Net interest income"),
        ("Net interest income, the gap between what a lender earns on loans and pays on savers, rose 4% to $2.8 billion.",
         "$2.8 billion", "Net interest income"),
        (("Tallis Airways said on Monday that passenger traffic, measured in revenue passenger kilometres, grew 9.2% "
          "in October."), "9.2%", "passenger traffic"),
        ("Freight volumes rose 2%, while capacity, measured in available tonne kilometres, increased 3.3%.",
         "3.3%", "capacity"),
    ],
)
def test_an_aside_between_subject_and_verb_is_no_subject(sentence: str, text: str, want: str) -> None:
    subject = by_text(en_figures(sentence), text).subject
    assert subject and subject.lower() == want.lower()


def test_who_a_net_loss_is_attributable_to_is_no_part_of_the_subject():
    found = en_figures("- Net loss attributable to shareholders of $(12.9) million, compared with net income of $4.4 million")
    assert by_text(found, "$(12.9) million").subject == "Net loss"


# ---------------------------------------------------------------- old ranges after new ones

def test_a_range_moved_from_a_range_keeps_both_ranges_whole():
    found = en_figures("Pellam cut its 2027 spending plan to $820 million to $860 million from $900 million to $950 million.")
    assert [f.text for f in found] == ["$820 million to $860 million", "$900 million to $950 million"]
    assert found[1].value == (900e6, 950e6)


def test_a_change_to_a_level_from_a_base_is_still_no_range():
    found = en_figures("Revenue rose 5% to $2 billion from $1.9 billion.")
    assert [f.text for f in found] == ["5%", "$2 billion", "$1.9 billion"]


# ---------------------------------------------------------------- counts added or shed, more than

@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change"),
    [
        ("Retailers added 41,000 jobs in October and construction 12,000, while mining shed 3,000 jobs.",
         "12,000", "construction jobs", "up"),
        ("Retailers added 41,000 jobs in October and construction 12,000, while mining shed 3,000 jobs.",
         "3,000 jobs", "mining", "down"),
        ("Transport added 8,500 jobs last month.", "8,500 jobs", "Transport", "up"),
    ],
)
def test_a_sector_that_added_or_shed_jobs_names_them(sentence: str, text: str, subject: str, change: str) -> None:
    figure = by_text(en_figures(sentence), text)
    assert (figure.subject, figure.change) == (subject, change)


def test_jobs_that_employers_added_went_up():
    # (jobs are the count's unit: "Private employers: 96,000 jobs", up)
    figure = by_text(en_figures("Private employers added 96,000 jobs in March, the report showed."), "96,000 jobs")
    assert figure.change == "up"
    assert figure.unit == "jobs"


def test_an_index_that_added_points_went_up():
    found = en_figures("The Dow fell 0.2%, while the Russell 2000 added 14.6 points, or 0.7%, to 2,231.5.")
    assert by_text(found, "14.6 points").change == "up"
    assert by_text(found, "0.7%").change == "up"


def test_a_share_more_or_fewer_than_before_has_its_direction():
    found = en_figures("The port handled 2.9 million containers in the first half, 4.1% more than a year earlier.",
                       "Rail shipments were 310,000 tons, 2.6% less than in the same period of 2025.")
    assert by_text(found, "4.1%").change == "up"
    assert by_text(found, "2.6%").change == "down"


def test_a_doubling_names_what_doubled_without_its_adverb():
    figure = by_text(en_figures("Cloud revenue nearly doubled to $1.8 billion in the quarter."), "$1.8 billion")
    assert (figure.subject, figure.change) == ("Cloud revenue", "up")


# ---------------------------------------------------------------- periods

@pytest.mark.parametrize(
    ("sentence", "text", "period"),
    [
        ("Pinehill Outdoor said comparable sales rose 3.2% in its fiscal third quarter.", "3.2%", "fiscal third quarter"),
        ("Net sales fell 1.4% to $3.1 billion in the quarter ended Nov. 1.", "1.4%", "the quarter ended Nov. 1"),
        ("The central bank said inflation would ease to 2.2% by the end of 2028, from 3.1% in September.",
         "2.2%", "by the end of 2028"),
        ("The central bank said inflation would ease to 2.2% by the end of 2028, from 3.1% in September.",
         "3.1%", "September"),
    ],
)
def test_english_periods_are_read_as_written(sentence: str, text: str, period: str) -> None:
    assert by_text(en_figures(sentence), text).period == period


def test_a_base_month_with_a_day_after_it_is_a_date_not_the_base_period():
    figure = by_text(en_figures("Prices rose to 4.2% from 3.9% in March 12 trading."), "3.9%")
    assert figure.period != "March"


# ---------------------------------------------------------------- units, ids and subject words

def test_a_price_in_named_dollars_keeps_its_currency():
    figure = by_text(en_figures("Harbin Tech shares were down 0.6% at 31.40 Hong Kong dollars at the close."),
                     "31.40 Hong Kong dollars")
    assert figure.unit == "HK$"
    assert figure.subject == "Harbin Tech shares"


def test_a_ratio_written_with_to_is_no_figure():
    found = en_figures("Declining issues outnumbered advancers by a 1.8-to-1 ratio on the Nasdaq.")
    assert found == []


def test_an_abbreviation_with_dots_stays_inside_the_subject():
    figure = by_text(en_figures("About 12% of U.S. dairy herds are now milked by robots."), "12%")
    assert figure.subject and figure.subject.startswith("U.S. dairy")


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        ("The buyer would owe a $95 million termination fee if regulators block the deal.", "$95 million",
         "termination fee"),
        ("The cartel will raise output steadily by 85,000 bpd a month from May.", "85,000 bpd", "output"),
        ("Banks rallied, with the KBW Regional Bank index up 2.7%.", "2.7%", "KBW Regional Bank index"),
        ("Finance chief Omar Haddad opened the call by saying operating margin rose to 14.1% from 12.9%.",
         "14.1%", "operating margin"),
    ],
)
def test_english_subjects_without_conjunctions_adverbs_or_the_speaker(sentence: str, text: str, want: str) -> None:
    assert by_text(en_figures(sentence), text).subject == want


def test_a_quarter_named_in_the_subject_is_the_period_and_a_year_earlier_the_basis():
    figure = by_text(en_figures("Fourth-quarter bookings rose 17% from a year earlier to $3.3 billion."), "17%")
    assert (figure.period, figure.basis, figure.change) == ("the fourth quarter", "year on year", "up")


# ---------------------------------------------------------------- what a verb or a list names

@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        ("Loan delinquencies rose to 1.9% of total loans.", "1.9%", "Loan delinquencies"),
        ("The group plans to raise research spending to between $700 million and $750 million.",
         "$700 million and $750 million", "research spending"),
        ("Tarn Bio priced its shares at $17, the bottom of its indicated range of $17 to $19.", "$17 to $19",
         "indicated range"),
        ("Clothing prices fell 0.4%, while housing, water and electricity costs rose 0.6%.", "0.6%",
         "housing, water and electricity costs"),
    ],
)
def test_what_a_plan_a_range_a_share_or_a_list_names(sentence: str, text: str, want: str) -> None:
    assert by_text(en_figures(sentence), text).subject == want


def test_a_rise_after_a_count_of_passengers_is_the_passengers():
    found = en_figures("Coral Air carried 2.6 million passengers in October, up 4.4%.")
    assert by_text(found, "4.4%").subject == "Coral Air's passengers"
    assert by_text(found, "2.6 million passengers").subject == "Coral Air"


def test_a_period_right_after_a_planned_figure_dates_it_not_one_in_an_earlier_clause():
    figure = by_text(en_figures("Its sales doubled in 2025 and that it plans to triple output to 900 units next year."),
                     "900 units")
    assert (figure.period, figure.change) == ("next year", "up")


def test_a_base_month_dates_the_base_when_the_change_is_dated_by_its_end():
    found = en_figures("The bank said inflation would fall to 2.4% by the end of 2028, from 3.3% in November.")
    assert by_text(found, "3.3%").period == "November"
    assert by_text(found, "2.4%").period == "by the end of 2028"


# ---------------------------------------------------------------- after the first holdout

def test_ounces_are_a_unit_and_the_change_after_them_is_the_outputs():
    found = en_figures("Silver output was 4.2 million ounces, down 7%.")
    assert by_text(found, "4.2 million ounces").unit == "ounces"
    assert by_text(found, "7%").subject == "Silver output"


def test_a_change_economists_had_forecast_is_their_estimate():
    found = en_figures("Industrial output fell 1.2% in May, a bigger drop than the 0.5% decline economists had forecast.")
    assert by_text(found, "0.5%").estimate == "estimate"
    assert by_text(found, "1.2%").estimate is None


def test_a_subject_with_its_article_before_an_appositive_is_kept():
    figure = by_text(en_figures("The leverage ratio, a gauge watched by regulators, improved by 30 basis points."),
                     "30 basis points")
    assert (figure.subject, figure.change) == ("The leverage ratio", "up")


def test_a_per_share_amount_in_parentheses_after_a_loss_is_a_loss_too():
    found = en_figures("- Net loss of $(9.8) million, or $(0.12) per diluted share")
    assert [f.change for f in found] == ["loss", "loss"]


def test_a_percentage_after_a_loss_keeps_its_own_direction():
    found = en_figures("The fund lost $40 million, or 2.2% of its assets, in the quarter.")
    assert by_text(found, "2.2%").change != "loss"


# ---------------------------------------------------------------- growth rates and currency moves

@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("Norway's economy grew at an annualized rate of 2.3% in the second quarter.", "2.3%", "Norway's economy"),
        ("The economy contracted at an annual pace of 0.4% in the first quarter.", "0.4%", "The economy"),
    ],
)
def test_what_grew_at_an_annualized_rate_is_the_subject(sentence: str, text: str, subject: str) -> None:
    assert by_text(en_figures(sentence), text).subject == subject


def test_a_currency_that_firmed_or_softened_moved_up_or_down():
    assert by_text(en_figures("The Swiss franc firmed 0.3% to 0.8810 per dollar."), "0.3%").change == "up"
    figure = by_text(en_figures("Core demand softened 0.7% in June."), "0.7%")
    assert (figure.subject, figure.change) == ("Core demand", "down")
