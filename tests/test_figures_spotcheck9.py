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

import re

import pytest

from tests.figure_helpers import by_text, figures


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


# ---------------------------------------------------------------- English subjects

def test_absolute_with_names_what_moved_and_where_it_ended() -> None:
    found = figures("Systemwide RevPAR rose 4.6% in the quarter, with average daily rate up 2.9% to $178.40 and "
                    "occupancy climbing 1.2 percentage points to 74.8%.", lang="en")
    assert by_text(found, "4.6%").subject == "Systemwide RevPAR"
    assert by_text(found, "2.9%").subject == "average daily rate"
    assert by_text(found, "$178.40").subject == "average daily rate"
    assert by_text(found, "74.8%").subject == "occupancy"


def test_a_region_leading_its_clause_owns_the_measure() -> None:
    found = figures("In Asia Pacific, RevPAR jumped 13.5%, while in the United States it edged up 0.8%.", lang="en")
    assert by_text(found, "13.5%").subject == "Asia Pacific RevPAR"
    assert by_text(found, "0.8%").subject == "United States RevPAR"


def test_a_month_leading_its_clause_is_no_region() -> None:
    found = figures("In October, retail sales rose 0.4% from the month before.", lang="en")
    assert by_text(found, "0.4%").subject == "retail sales"


def test_a_list_of_places_is_not_what_fell() -> None:
    found = figures("The cap on energy bills for households in England, Scotland and Wales will fall 1.2% from "
                    "January, bringing the annual bill for a typical household paying by direct debit to £1,717, "
                    "down £21.", lang="en")
    assert by_text(found, "1.2%").subject == "cap on energy bills"
    assert by_text(found, "£1,717").subject == "annual bill"


def test_bringing_a_total_for_a_period_keeps_its_owner() -> None:
    found = figures("Arcadia Motors delivered 52,310 vehicles in October, bringing deliveries for the first ten "
                    "months to 401,200 units.", lang="en")
    assert by_text(found, "401,200 units").subject != "deliveries"


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("Vestmark shares have gained 38% this year, outperforming the STOXX Europe 600 banks index, which is up 29%.",
     "29%", "STOXX Europe 600 banks index"),
    ("But bills remain roughly 50% higher than before the energy crisis.", "50%", "bills"),
    ("He warned that sales in the first seven weeks of the new financial year had grown just 1.7%.", "1.7%", "sales"),
    ("The bank reported a common equity tier 1 (CET1) ratio of 13.8%.", "13.8%", "CET1 ratio"),
])
def test_english_subject_shapes(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), written).subject == subject


def test_a_time_phrase_opening_the_clause_is_no_owner() -> None:
    found = figures("During the summer window Ashbourne spent £164 million on new players.", lang="en")
    assert not by_text(found, "£164 million").subject.startswith("During")


def test_the_base_of_a_widened_loss_is_a_loss() -> None:
    found = figures("The club's pre-tax loss widened to £48.3 million from £21.6 million.", lang="en")
    assert by_text(found, "£48.3 million").change == "loss"
    assert by_text(found, "£21.6 million").change == "loss"


def test_the_revenue_an_estimate_goes_on_to_is_an_estimate() -> None:
    found = figures("Analysts expect net profit of €1.34 billion, up from €1.2 billion a year earlier, on revenue "
                    "of €6.15 billion.", lang="en")
    assert by_text(found, "€6.15 billion").estimate == "estimate"
    assert by_text(found, "€1.2 billion").estimate is None


def test_reported_revenue_after_a_profit_is_no_estimate() -> None:
    found = figures("Net income rose 17% to $412 million, or $1.62 a share, on revenue of $2.94 billion.", lang="en")
    assert by_text(found, "$2.94 billion").estimate is None


# ---------------------------------------------------------------- Chinese subjects

@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("2026年全省共发行新增专项债券2,380亿元，其中约30%用于保障性安居工程。", "2,380亿元", "发行新增专项债券"),
    ("公司已累计回购股份1,260万股，耗资约1.5亿元。", "1,260万股", "回购股份"),
    ("公司已累计回购股份1,260万股，耗资约1.5亿元。", "1.5亿元", "回购耗资"),
    ("計劃發行1.2億股H股，其中10%作香港公開發售，其餘90%為國際配售。", "10%", "香港公開發售"),
    ("計劃發行1.2億股H股，其中10%作香港公開發售，其餘90%為國際配售。", "90%", "國際配售"),
    ("目前整体产能利用率约78%，预计明年随着订单交付将回升至85%以上。", "85%以上", "整体产能利用率"),
    ("下赛季将把薪资帽上调8%，至每队9,500万元。", "8%", "薪资帽"),
    ("下赛季将把薪资帽上调8%，至每队9,500万元。", "9,500万元", "薪资帽"),
    ("本赛季常规赛共进行380场，场均现场观众达8,216人，同比增长17.5%。", "8,216人", "场均现场观众"),
    ("全省政府债务余额为28,460亿元，控制在国务院核定的债务限额31,200亿元以内。", "31,200亿元", "债务限额"),
    ("NAND Flash方面，第三季度前五大厂商营收合计186.5亿美元，环比增长9.4%。", "186.5亿美元", "NAND Flash前五大厂商营收"),
    ("海晟电子营收为128.4亿美元，环比增长17.9%，市占率为41.1%。", "41.1%", "海晟电子市占率"),
])
def test_chinese_subject_shapes(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence), written).subject == subject


def test_a_change_after_a_share_is_of_what_was_counted() -> None:
    found = figures("星曜以1,530万台的出货量位居第一，市场份额为21.5%，同比增长12.3%。")
    assert by_text(found, "21.5%").subject.endswith("市场份额")
    assert not by_text(found, "12.3%").subject.endswith("市场份额")


def test_a_change_of_fund_units_keeps_its_noun() -> None:
    found = figures("股票型基金发行份额为120.5亿份，环比下降12.4%。")
    assert by_text(found, "12.4%").subject.endswith("份额")


@pytest.mark.parametrize("sentence", [
    "回购资金总额不低于人民币2亿元。",
    "公司拟发行可转债募集资金不超过30亿元。",
])
def test_a_bound_after_a_verb_is_not_read_as_its_object(sentence: str) -> None:
    subject = figures(sentence)[0].subject or ""
    assert not re.search(r"不低于|不超过|人民币$", subject), subject


def test_a_chinese_heading_topic_names_no_owner() -> None:
    found = figures("个股方面，创维电子下跌8.3%。")
    assert by_text(found, "8.3%").subject == "创维电子"


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("Its development pipeline reached a record 512,000 rooms, 38% of them under construction.", "38%",
     "rooms under construction"),
    ("It expects to spend £1.3 billion on smart meters and network upgrades over the next three years.", "£1.3 billion",
     "spending on smart meters and network upgrades"),
    ("Ashbourne spent £164 million on new players, and raised £58 million from sales.", "£164 million",
     "Ashbourne's spending on new players"),
    ("Ashbourne spent £164 million on new players, and raised £58 million from sales.", "£58 million",
     "amount raised from sales"),
    ("Brightgrid, the fourth-biggest supplier with 4.2 million customer accounts, reported a profit.", "4.2 million",
     "customer accounts"),
])
def test_english_subjects_named_after_the_figure(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), written).subject == subject


def test_the_next_item_of_an_outlook_is_a_forecast() -> None:
    found = figures("Larchmont now expects full-year RevPAR growth of 3.5% to 4.5%, up from its previous forecast of "
                    "2% to 4%, and net unit growth of about 6.5%.", lang="en")
    assert by_text(found, "6.5%").estimate == "forecast"


def test_an_item_after_a_reported_result_is_no_forecast() -> None:
    found = figures("The company expects revenue of $5 billion next year, said its margin rose 2% last year, "
                    "and net unit growth of about 6.5%.", lang="en")
    assert by_text(found, "6.5%").estimate is None


def test_subscribers_of_an_offering_own_what_they_subscribed() -> None:
    found = figures("公司引入4名基石投资者，合共认购约6.5亿港元的股份。")
    assert by_text(found, "6.5亿港元").subject == "基石投资者认购"


def test_a_board_approving_a_dividend_is_not_what_is_paid() -> None:
    found = figures("董事会批准每股派发现金股利3.5元。")
    assert by_text(found, "3.5元").subject == "每股派发现金股利"


# ---------------------------------------------------------------- classes its holdout showed

def test_us_cents_in_chinese_are_money() -> None:
    found = figures("ICE美棉期货主力合约收于每磅68.45美分，周跌0.9%。")
    assert by_text(found, "68.45美分").unit == "美分"


def test_a_count_after_existential_you_counts_the_noun_before_it() -> None:
    found = figures("目前公司共有在研项目21项，其中3项处于III期临床阶段。")
    assert by_text(found, "21项").subject == "在研项目"
    assert by_text(figures("现有订单量为16481辆。"), "16481辆").subject == "现有订单量"


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("Harrowgate Homes cut its forecast for full-year completions to between 10,200 and 10,600 homes on Wednesday.",
     "10,200 and 10,600", "full-year completions"),
    ("Media rights income, which now makes up 22% of revenue, grew 18% after a new deal.", "22%",
     "Media rights income's share of revenue"),
    ("The company expects capital spending of $150 million to $170 million in fiscal 2027.",
     "$150 million to $170 million", "capital spending"),
])
def test_english_holdout_shapes(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), written).subject == subject


def test_a_company_announcing_at_the_same_time_is_named_without_it() -> None:
    found = figures("鼎硕同时公告，董事会通过明年资本支出预算85亿元，较今年增加21%。")
    assert by_text(found, "85亿元").subject == "鼎硕资本支出预算"


def test_a_bound_after_existential_you_is_no_noun() -> None:
    found = figures("活动期间共有超过3.2万个商家参与报名。")
    assert by_text(found, "3.2万个").subject != "超过"


def test_a_market_named_for_itself_takes_no_region() -> None:
    found = figures("In London, the FTSE 100 fell 0.5%, while in Tokyo the Nikkei rose 1.1%.", lang="en")
    assert "London" not in (by_text(found, "0.5%").subject or "")


def test_what_a_deal_is_worth_is_no_move() -> None:
    found = figures("Media rights income grew 18% after a new five-year broadcast deal worth A$1.1 billion.", lang="en")
    assert by_text(found, "18%").change == "up"
    assert by_text(found, "A$1.1 billion").change is None
