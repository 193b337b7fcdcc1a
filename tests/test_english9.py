"""English key figures from the ninth unseen round's kinds of news (deliveries, drug trials, telecoms,
property trusts, container lines, auctions, housing reports, fintechs): the part that makes up a share,
a measure explained by a bracket or an appositive before its verb, a per-share range raised from an
old range, a base dated "three months earlier". The sentences are written here (fictional companies
and numbers).
"""

from __future__ import annotations

from tests.figure_helpers import by_text, en_figures


# ---------------------------------------------------------------- the part of a whole

def test_what_accounted_for_a_share_of_a_whole_is_measured_not_the_whole():
    found = en_figures("Repeat buyers accounted for 34% of orders, down from 37% in June.")
    assert by_text(found, "34%").subject == "Repeat buyers"
    assert by_text(found, "37%").subject == "Repeat buyers"


def test_made_up_and_took_name_the_part():
    found = en_figures("Online bookings made up 58% of revenue. Foreign investors took 41.5% of the bonds on offer.")
    assert by_text(found, "58%").subject == "Online bookings"
    assert by_text(found, "41.5%").subject == "Foreign investors"


def test_what_occurred_in_a_share_of_patients_is_measured():
    found = en_figures("Headaches occurred in 6.4% of patients on the higher dose versus 4.1% on placebo.")
    assert by_text(found, "6.4%").subject == "Headaches"


# ---------------------------------------------------------------- asides before the verb

def test_a_bracketed_abbreviation_does_not_hide_the_measure_before_it():
    found = en_figures("Sales rose 4% to $2.2 billion and earnings before interest and taxes (EBIT) tumbled 31% to $140 million.")
    assert by_text(found, "31%").subject == "earnings before interest and taxes"
    assert by_text(found, "$140 million").subject == "earnings before interest and taxes"
    assert by_text(found, "4%").subject == "Sales"


def test_an_appositive_between_the_measure_and_its_verb_keeps_the_measure():
    found = en_figures("Adjusted funds from operations, the trust's preferred measure of cash earnings, came to 91 cents "
                       "per unit, compared with 85 cents a year earlier.")
    assert by_text(found, "91 cents").subject.startswith("Adjusted funds from operations")
    assert by_text(found, "85 cents").subject.startswith("Adjusted funds from operations")


def test_an_appositive_of_the_company_before_said_leaves_the_reported_clause_its_subject():
    found = en_figures("Keldra Freight, the country's third-largest trucker, said shipments rose 5.5% in the quarter.")
    assert by_text(found, "5.5%").subject == "shipments"


def test_a_named_exchange_between_commas_leaves_the_volume_measured():
    found = en_figures("Volume on its derivatives venue, Tessaro, rose 17% to $12.3 billion.")
    assert by_text(found, "$12.3 billion").subject.startswith("Volume")


# ---------------------------------------------------------------- ranges and bases

def test_a_per_share_range_raised_from_an_old_range_keeps_both_ranges_whole():
    found = en_figures("The company raised its full-year outlook to $3.40 to $3.50 per share from $3.25 to $3.40.")
    assert [f.text for f in found] == ["$3.40 to $3.50", "$3.25 to $3.40"]
    assert found[1].change is None


def test_a_base_dated_some_months_earlier_is_not_its_own_subject():
    found = en_figures("Hotel occupancy climbed to 78.2% in August from 74.9% two months earlier.")
    assert by_text(found, "74.9%").subject == "Hotel occupancy"


def test_where_units_were_sold_is_not_what_was_sold():
    found = en_figures("Tarsen Motors said it delivered 86,200 vehicles worldwide in the quarter.")
    assert by_text(found, "86,200 vehicles").subject != "worldwide"


def test_slumped_is_a_verb_so_what_slumped_is_the_subject():
    found = en_figures("Orders held steady at 1,200 units while net income slumped 22%.")
    assert by_text(found, "22%").subject == "net income"


# ---------------------------------------------------------------- rates per container, reported counts

def test_a_freight_rate_keeps_the_container_it_is_quoted_per():
    found = en_figures("The average spot rate fell 9% to $2,180 per FEU, while revenue fell to $3.1 billion.")
    rate = by_text(found, "$2,180 per FEU")
    assert rate.unit == "$/FEU"
    assert rate.subject == "The average spot rate"
    assert by_text(found, "$3.1 billion").unit == "$"


def test_a_rate_written_with_a_slash_keeps_its_container_and_a_barrel_price_is_unchanged():
    found = en_figures("Rates to Genoa rose to $1,640/TEU. Brent rose to $81.20 a barrel.")
    assert by_text(found, "$1,640/TEU").unit == "$/TEU"
    assert by_text(found, "$81.20").unit == "$"


def test_a_company_that_said_on_a_weekday_it_delivered_a_count_is_its_subject():
    found = en_figures("Velto Auto said on Thursday it delivered 58,900 vehicles worldwide in the second quarter, up 6.1%.")
    assert by_text(found, "58,900 vehicles").subject == "Velto Auto"
    assert by_text(found, "6.1%").subject == "Velto Auto"


def test_a_level_at_an_annual_rate_is_what_moved_not_the_rate():
    found = en_figures("New home sales rose 4.4% in May to a seasonally adjusted annual rate of 702,000 units.")
    assert by_text(found, "702,000 units").subject == "New home sales"
    reported = en_figures("The agency said starts rose 2% to an annual rate of 1.3 million units.")
    assert by_text(reported, "1.3 million units").subject != "The agency"


# ---------------------------------------------------------------- periods

def test_a_level_reached_after_a_dated_change_carries_its_period():
    found = en_figures("Pending home sales dropped 1.8% in March to an index reading of 71.4.")
    assert by_text(found, "71.4").period == "March"
    place = en_figures("Revenue rose 6% in Brazil to $410 million.")
    assert by_text(place, "$410 million").period is None


def test_a_bracketed_unit_does_not_keep_a_count_from_its_period():
    found = en_figures("The port handled 2.6 million twenty-foot equivalent units (TEU) in the first quarter.")
    assert by_text(found, "2.6 million twenty-foot equivalent units").period == "the first quarter"


def test_more_than_before_a_verb_is_not_part_of_what_moved():
    found = en_figures("Subscription revenue more than doubled to $940 million.")
    assert by_text(found, "$940 million").subject == "Subscription revenue"


def test_a_currency_written_as_a_word_is_the_unit_not_the_subject():
    found = en_figures("The Aarhus company now expects revenue of 61 billion to 63 billion Danish crowns for 2026.",
                       "Kelvo sales reached 4.8 billion crowns in the quarter.",
                       "Alpenwerk swung to a net loss of 310 million Swiss francs.")
    crowns = by_text(found, "61 billion to 63 billion Danish crowns")
    assert (crowns.subject, crowns.unit) == ("revenue", "DKK")
    assert by_text(found, "4.8 billion crowns").subject == "Kelvo sales"
    francs = by_text(found, "310 million Swiss francs")
    assert (francs.unit, francs.change) == ("CHF", "loss")


def test_a_loss_named_with_what_the_company_posted_a_year_earlier_is_that_year_s():
    from summarizer import analyze

    text = ("Cardell Motors reported a net loss of $412 million, or 61 cents a share, for the third quarter, wider "
            "than the $288 million loss it posted a year earlier, as demand for its trucks weakened.")
    shown = {f.text: f for f in analyze(text).figures if f.kind == "figure"}
    assert shown["$288 million"].period == "a year earlier"
    assert shown["$412 million"].rank < shown["$288 million"].rank


def test_money_held_in_cash_is_the_cash_not_the_forecast_before_it():
    found = en_figures("Cardell cut its forecast to 52,000 vehicles, and said it had $2.9 billion in cash at the end of September.",
                       "The company ended the quarter with $1.4 billion in cash and equivalents.")
    held = by_text(found, "$2.9 billion")
    assert (held.subject, held.estimate) == ("cash", None)
    assert by_text(found, "$1.4 billion").subject == "cash and equivalents"


def test_a_share_of_what_went_somewhere_names_both():
    found = en_figures("About 36% of exports went to Asia.", "Some 40% of revenue came from China.")
    assert by_text(found, "36%").subject == "exports to Asia"
    assert by_text(found, "40%").subject == "revenue from China"


def test_what_someone_estimated_would_happen_is_a_forecast():
    found = en_figures("He estimated Orbis would sell about 1.5 million units of the Fold in its first year.",
                       "An estimated 3,000 people attended the launch.")
    assert by_text(found, "1.5 million units").estimate == "forecast"
    assert by_text(found, "3,000").estimate is None
