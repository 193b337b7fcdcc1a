"""Key figures: the classes found by a seventh spot check, on freight rates, developers, box
office, foundries, macro flashes, an English jobs report and a Hong Kong interim.

A freight rate per TEU or FEU keeps its unit; a route "A至B…运价" is one subject, not A's; a
time word (单日, 周累计) or a weekday is no subject; an aside in brackets that names its own
subject ("（折合8英寸标准逻辑）") does not pass it to the clause after it; a set counted with a
relative clause ("…超千亿的房企有5家") is the whole phrase; a work in 《》 that reaches a figure
with 以 owns it; a Hong Kong stock code in brackets is no figure; a fact restated with its
abbreviation (制造业PMI / 制造业采购经理指数（PMI）) is listed once; English "jobs" is a count's
unit, "X said it would cut N jobs" is X's and the number economists expected counts jobs too; a
title in quotation marks ("Starfall," the space adventure…) is the subject of the figures after
it; "this weekend" is not "this week". Sentences are written here.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from tests.figure_helpers import by_text, figures


# ---------------------------------------------------------------- units and codes


@pytest.mark.parametrize(("sentence", "written", "unit"), [
    ("宁波至地中海航线运价为2,340美元/TEU，环比上涨3.1%。", "2,340美元/TEU", "美元/TEU"),
    ("青岛至美东航线运价报4,120美元/FEU。", "4,120美元/FEU", "美元/FEU"),
    ("该港口单箱装卸费为580元/标准箱。", "580元/标准箱", "元/标准箱"),
])
def test_a_rate_per_container_keeps_its_unit(sentence: str, written: str, unit: str) -> None:
    found = by_text(figures(sentence), written)
    assert found.unit == unit


@pytest.mark.parametrize("sentence", [
    "海晟控股(2683)公布全年業績，收入為96.2億港元。",
    "海晟控股（02683）公布全年业绩，收入为96.2亿港元。",
    "海晟控股（股份代號：2683）公布全年業績，收入為96.2億港元。",
])
def test_a_hong_kong_stock_code_is_no_figure(sentence: str) -> None:
    shown = [f.text for f in analyze(sentence).key_figures]
    assert shown == ["96.2億港元" if "億" in sentence else "96.2亿港元"]


def test_an_amount_in_brackets_before_its_unit_is_still_a_figure() -> None:
    found = figures("该项目总投资（1500）万元，营收增长5%。")
    assert "5%" in [f.text for f in found]
    assert any("1500" in f.text for f in found)


# ---------------------------------------------------------------- Chinese subjects


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("宁波至地中海航线运价为2,340美元/TEU，环比上涨3.1%。", "2,340美元/TEU", "宁波至地中海航线运价"),
    ("宁波至地中海航线运价为2,340美元/TEU，环比上涨3.1%。", "3.1%", "宁波至地中海航线运价"),
    ("广州到成都的机票均价为860元。", "860元", "广州到成都的机票均价"),
])
def test_a_route_is_one_subject(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence), written).subject == subject


def test_a_rise_to_a_level_is_still_cut_at_its_verb() -> None:
    found = figures("公司营收从18亿元增至21亿元。")
    assert by_text(found, "21亿元").subject == "公司营收"


@pytest.mark.parametrize(("written", "change"), [("52点", "up"), ("4.1%", "up")])
def test_a_time_word_is_no_subject(written: str, change: str) -> None:
    found = figures("中国沿海散货运价指数周二收于1,126点，单日上涨52点，周累计上涨4.1%。")
    figure = by_text(found, written)
    assert figure.subject == "中国沿海散货运价指数"
    assert figure.change == change
    assert by_text(found, "1,126点").subject == "中国沿海散货运价指数"


def test_an_aside_that_names_its_own_subject_is_not_carried() -> None:
    found = figures("本月面板出货量为1,860万片（按55英寸折算），环比增长6.2%。")
    assert by_text(found, "6.2%").subject == "面板出货量"


def test_a_subject_before_the_brackets_is_still_carried() -> None:
    found = figures("其中，就业人口（16—64岁）6.12亿，占58.4%。")
    assert by_text(found, "6.12亿").subject == "就业人口"


@pytest.mark.parametrize(("written", "subject"), [
    ("7家", "营收超五百亿的车企"), ("3家", "营收超五百亿的车企"), ("26家", "营收超百亿的车企"),
])
def test_a_set_named_with_a_relative_clause_is_what_is_counted(written: str, subject: str) -> None:
    found = figures("今年营收超五百亿的车企有7家，比上年增加3家；营收超百亿的车企共有26家。")
    assert by_text(found, written).subject == subject


def test_there_is_also_is_no_set() -> None:
    found = figures("随探测器一同出发的还有6台科学载荷。")
    assert by_text(found, "6台").subject != "探测器一同出发的还"


def test_a_work_in_title_marks_owns_its_figure() -> None:
    found = figures("科幻片《逐光者》以12.6亿元票房拿下周冠军，占比约35.2%。")
    assert "逐光者" in by_text(found, "12.6亿元").subject
    assert "逐光者" in by_text(found, "35.2%").subject


def test_a_fact_restated_with_its_abbreviation_is_listed_once() -> None:
    analysis = analyze("【10月非制造业PMI为51.2%】10月份，非制造业商务活动指数（PMI）为51.2%，比上月上升0.4个百分点。"
                       "综合PMI为51.0%。")
    shown = [f.text for f in analysis.key_figures]
    assert shown.count("51.2%") == 1
    assert "51.0%" in shown
    assert all(not (f.subject or "").startswith("【") for f in analysis.key_figures)


def test_two_subjects_that_only_share_an_abbreviation_are_both_listed() -> None:
    analysis = analyze("10月份，制造业采购经理指数（PMI）为50.2%。财新PMI为50.2%，与上月持平。")
    assert [f.text for f in analysis.key_figures].count("50.2%") == 2


# ---------------------------------------------------------------- English counts


def test_jobs_are_the_unit_of_a_count_and_the_employer_its_subject() -> None:
    found = figures("U.S. employers added 212,000 jobs in March. Construction added 38,000 jobs, "
                    "while retailers lost 9,000.", lang="en")
    assert by_text(found, "212,000 jobs").subject == "U.S. employers"
    assert by_text(found, "212,000 jobs").unit == "jobs"
    assert by_text(found, "38,000 jobs").subject == "Construction"
    assert by_text(found, "9,000").change == "down"


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("Ferrant Corp said it would cut 2,400 jobs.", "2,400 jobs", "Ferrant Corp"),
    ("Ostrava Motors said it delivered 51,300 vehicles in October.", "51,300 vehicles", "Ostrava Motors"),
    ("Bellwing Air said on Monday that it carried 2.8 million passengers.", "2.8 million passengers",
     "Bellwing Air"),
])
def test_the_company_that_said_it_did_is_whose_count_it_is(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), written).subject == subject


def test_the_number_expected_counts_what_the_result_counted() -> None:
    found = figures("Payrolls grew by 88,000 jobs, fewer than the 120,000 economists had forecast.", lang="en")
    assert by_text(found, "120,000").subject == "jobs"


# ---------------------------------------------------------------- English titles and periods


@pytest.mark.parametrize(("sentences", "written", "subject"), [
    (('"Iron Harbor," the war drama from Castell Films, opened to $41.2 million this weekend.',),
     "$41.2 million", "Iron Harbor"),
    (("The previous leader, the animated sequel \u201cMoss Kingdom 3,\u201d fell 46% to $22.8 million.",),
     "46%", "Moss Kingdom 3"),
    (("The previous leader, the animated sequel \u201cMoss Kingdom 3,\u201d fell 46% to $22.8 million.",),
     "$22.8 million", "Moss Kingdom 3"),
])
def test_a_title_in_quotation_marks_is_the_subject(sentences: tuple[str, ...], written: str, subject: str) -> None:
    assert by_text(figures(*sentences, lang="en"), written).subject == subject


def test_a_quotation_that_follows_a_verb_is_no_title() -> None:
    found = figures('Analysts called the quarter "solid," and revenue rose 7%.', lang="en")
    assert by_text(found, "7%").subject != "solid"


def test_this_weekend_is_not_this_week() -> None:
    found = figures("Ticket sales reached $162 million this weekend.", lang="en")
    assert by_text(found, "$162 million").period in (None, "this weekend")


# ---------------------------------------------------------------- found by the holdout


def test_added_is_a_rise_in_a_market_report() -> None:
    found = figures("Nickel added 1.4% to $15,820 a ton.", lang="en")
    assert by_text(found, "1.4%").change == "up"


def test_added_that_is_no_change() -> None:
    found = figures("The chief executive added that margins would hold at 12%.", lang="en")
    assert by_text(found, "12%").change is None


def test_metric_tons_are_a_unit() -> None:
    found = figures("Holdings of the Alder Gold ETF rose 0.5% to 418.2 metric tons.", lang="en")
    assert by_text(found, "418.2 metric tons").unit == "tons"


def test_utilization_hours_are_a_measure_and_other_hours_are_not() -> None:
    found = figures("前三季度，全国核电设备平均利用5,862小时，比上年同期增加74小时。")
    assert by_text(found, "5,862小时").unit == "小时"
    assert by_text(found, "74小时").change == "up"
    assert not any("小时" in f.text for f in figures("该航线全程飞行12小时，票价3,000元。"))


def test_a_constant_exchange_rate_basis_is_no_subject() -> None:
    found = figures("期内新业务价值为21.3亿美元，按固定汇率计算同比增长18.2%。")
    assert by_text(found, "18.2%").subject == "新业务价值"  # 期内 (in the period) is no part of the name
