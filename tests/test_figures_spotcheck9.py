"""Key figures: the classes found by a ninth spot check, on an investor Q&A, iron ore and steel, a
province's budget, smartphone and memory shares by maker, grain output, sports business, an
Australian grocer, a euro bank's preview, a hotel group and the UK energy price cap.

A range written with a country's dollar twice ("between A$1.6 billion and A$1.8 billion") is one
range; a tariff keeps what it is charged per ("24.62p per kilowatt hour", "53.81p a day"), and a
yield per mu its "/亩"; "48 Australian cents" is money. An ore grade in an index's name ("普氏62%铁矿石
价格指数"), a bar's diameter before the steel it prices ("20mm螺纹钢") and a bound that sorts the
products named right after it ("600美元以上高端机型") are no figures. Sentences are written here.
"""

from __future__ import annotations

import pytest

from summarizer.model import Figure
from tests.figure_helpers import by_text
from tests.figure_helpers import figures as key_figures


def figures(*sentences: str, lang: str = "zh") -> list[Figure]:
    return key_figures(*sentences, lang=lang)


# ---------------------------------------------------------------- units and ranges

@pytest.mark.parametrize(("sentence", "written", "value", "unit"), [
    ("Capital spending will rise to between A$1.6 billion and A$1.8 billion next year.",
     "A$1.6 billion and A$1.8 billion", (1.6e9, 1.8e9), "A$"),
    ("The miner expects costs of between C$410 million and C$450 million.",
     "C$410 million and C$450 million", (4.1e8, 4.5e8), "C$"),
])
def test_range_with_a_country_dollar_written_twice(sentence: str, written: str, value: tuple, unit: str) -> None:
    found = figures(sentence, lang="en")
    assert [f.text for f in found] == [written]
    assert found[0].value == value and found[0].unit == unit


@pytest.mark.parametrize(("sentence", "written", "unit"), [
    ("The unit rate for electricity will be cut to 24.62p per kilowatt hour.", "24.62p per kilowatt hour", "pence/kWh"),
    ("Gas will cost 6.18p per kWh from April.", "6.18p per kWh", "pence/kWh"),
    ("The standing charge rises to 53.81p a day.", "53.81p a day", "pence/day"),
    ("Wholesale power traded at €92 per megawatt hour.", "€92 per megawatt hour", "€/MWh"),
])
def test_a_tariff_keeps_what_it_is_charged_per(sentence: str, written: str, unit: str) -> None:
    assert by_text(figures(sentence, lang="en"), written).unit == unit


def test_a_sum_per_day_is_no_tariff() -> None:
    found = figures("The project costs the city $2 million a day.", lang="en")
    assert [f.text for f in found] == ["$2 million"]


def test_australian_cents_are_money() -> None:
    found = figures("The board declared a final dividend of 48 Australian cents a share.", lang="en")
    assert [(f.text, f.unit) for f in found] == [("48 Australian cents", "cents")]


@pytest.mark.parametrize(("sentence", "written"), [
    ("粮食单位面积产量395.0公斤/亩，比上年增加4.7公斤。", "395.0公斤/亩"),
    ("本周生猪出栏均价为1,580元/头。", "1,580元/头"),
    ("散装大米零售价为3.2元/斤。", "3.2元/斤"),
])
def test_a_yield_or_price_keeps_its_per_unit(sentence: str, written: str) -> None:
    assert by_text(figures(sentence), written).text == written


# ---------------------------------------------------------------- numbers that are no figures

def test_an_ore_grade_in_an_index_name_is_no_figure() -> None:
    found = figures("截至11月21日，普氏62%铁矿石价格指数报101.35美元/吨，周环比下跌3.2美元/吨。")
    assert "62%" not in [f.text for f in found]
    assert by_text(found, "101.35美元/吨").subject == "普氏铁矿石价格指数"


def test_a_grade_that_is_the_news_stays() -> None:
    found = figures("该矿山今年铁精粉平均品位提升至65%，同比提高1.2个百分点。")
    assert "65%" in [f.text for f in found]


def test_a_bar_diameter_before_the_steel_is_no_figure() -> None:
    found = figures("上海地区HRB400E 20mm螺纹钢价格为3,360元/吨，周跌40元/吨。")
    assert [f.text for f in found] == ["3,360元/吨", "40元/吨"]


def test_a_bound_sorting_the_products_after_it_is_no_figure() -> None:
    found = figures("价格段方面，600美元以上高端机型出货量占比升至27.4%，较去年同期提升2.8个百分点。")
    assert "600美元以上" not in [f.text for f in found]
    assert by_text(found, "27.4%").subject == "高端机型出货量占比"


@pytest.mark.parametrize(("sentence", "written"), [
    ("预计明年产能利用率将回升至85%以上。", "85%以上"),
    ("民生支出占比保持在75%以上，比上年提高1个百分点。", "75%以上"),
])
def test_a_bound_at_the_end_of_its_clause_stays(sentence: str, written: str) -> None:
    assert written in [f.text for f in figures(sentence)]
