"""Key figures: the classes found by reading the figures of real, unseen news and notes.

A whole number with no unit in Chinese text is part of a name (a chip "骁龙865", a car "坦克300",
a road "106国道", a page "03版"), unless it counts something named right after it or a word before it
reads it off as a level ("报3012", "正70"), or it is a member of a list whose unit is written once.
"麒麟980分别…" has no 980分. "最低折扣3.6折" is the lowest level, not a fall; "10 times more calories
than salsa" compares two things and moved nothing. Sentences are written here.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures


@pytest.mark.parametrize(("sentence", "name"), [
    ("寄予厚望的骁龙865可能到明年初才能量产。", "865"),
    ("这次的990却放下了103亿个晶体管。", "990"),
    ("也正是从950开始，麒麟芯片站在了最前沿。", "950"),
    ("年底坦克300与新款轿车上市。", "300"),
    ("车队沿106国道向北行驶了80公里。", "106"),
    ("《晨报》（2024年03月02日 05版）", "05"),
    ("经销商加大青花30复兴版的推广力度。", "30"),
])
def test_a_bare_whole_number_in_a_name_is_no_figure(sentence: str, name: str) -> None:
    assert name not in [f.text for f in figures(sentence)]


@pytest.mark.parametrize(("sentence", "written"), [
    ("全区确认不可移动文物263处。", "263"),
    ("县境内有油井1266口。", "1266"),
    ("陈校长一共带出了12届学生。", "12"),
    ("厂区拥有各类设备400 余台。", "400"),
    ("景气判断指数高于上月的正70。", "70"),
    ("该指标报3012，创年内新高。", "3012"),
    ("对应PE分别为35/23/17倍。", "23"),
    ("其中三项业务分别收入163、60、26亿元。", "60"),
])
def test_a_number_that_counts_or_reads_a_level_stays(sentence: str, written: str) -> None:
    assert written in [f.text for f in figures(sentence)]


def test_fen_of_fenbie_is_no_unit() -> None:
    found = figures("随后的甲型970和甲型980分别实现了10纳米和7纳米的量产。")
    assert [f.text for f in found if f.text.startswith("98")] == []
    assert by_text(found, "10纳米").value == 10


@pytest.mark.parametrize("sentence", [
    "成都至上海最低折扣3.6折，其余为全价。",
    "公司股价盘中最低3.6元。",
])
def test_the_lowest_level_is_no_fall(sentence: str) -> None:
    assert by_text(figures(sentence), "3.6" if "折" in sentence else "3.6元").change is None


def test_a_fall_to_a_lowest_level_is_still_a_fall() -> None:
    assert by_text(figures("该产品价格最低降至3.6元。"), "3.6元").change == "down"


@pytest.mark.parametrize("sentence", [
    "Try a bean dip instead — a cheese dip can pack over 10 times more calories than salsa.",
    "Store-bought dips pack 10 times the fat of salsa.",
])
def test_a_multiple_that_compares_two_things_moved_nothing(sentence: str) -> None:
    assert by_text(figures(sentence, lang="en"), "10 times").change is None


def test_a_multiple_after_a_rise_is_still_a_rise() -> None:
    assert by_text(figures("Sales jumped 3 times to 90 units.", lang="en"), "3 times").change == "up"


@pytest.mark.parametrize(("sentence", "base"), [
    ("About 80 people viewed her page last week, out of around 2,400 followers.", "2,400"),
    ("Of my 1,000 subscribers, five unsubscribed.", "1,000"),
    ("Three out of 10 voters said so.", "10"),
])
def test_the_whole_a_part_is_taken_from_is_no_figure(sentence: str, base: str) -> None:
    assert base not in [f.text for f in figures(sentence, lang="en")]


def test_a_month_span_glued_to_a_year_is_one_code_and_no_part_of_the_subject() -> None:
    found = figures("海外业务方面，1-11M23公司海外装机我们预计52.4GWh。")
    assert by_text(found, "52.4GWh").subject == "公司海外装机"


def test_a_change_restated_under_the_measures_long_name_is_shown_once() -> None:
    from summarizer import analyze

    shown = [f.text for f in analyze("公司1H2025营收同比减少21.37%，归母净利润同比减少18.46%。"
                                     "1H2025实现营业收入5.12亿元，同比减少21.37%；实现归母净利润2.41亿元，同比减少18.46%。"
                                     "公司维持增持评级。").key_figures]
    assert shown.count("21.37%") == 1
    assert shown.count("18.46%") == 1


@pytest.mark.parametrize(("sentence", "assumed"), [
    ("若三季度收入以-5%计算，则当季净利率为3.9%。", "-5%"),
    ("若销量按10%测算，利润约为5亿元。", "10%"),
])
def test_an_assumed_rate_is_no_result(sentence: str, assumed: str) -> None:
    found = [f.text for f in figures(sentence)]
    assert assumed not in found and len(found) == 1


def test_a_version_in_a_name_is_no_figure_but_a_level_is() -> None:
    assert [f.text for f in figures("公司逐步实现门店4.0的升级。")] == []
    assert [f.text for f in figures("该指数报4.0。")] == ["4.0"]


def test_an_age_that_bounds_a_time_of_life_is_no_figure() -> None:
    assert [f.text for f in figures("多数人在18岁之前没有接受过完整的训练。")] == []


def test_cheng_of_chengle_is_no_tenth() -> None:
    assert [f.text for f in figures("甲型990成了首款晶体管数超过100亿的芯片。")] == ["100亿"]


@pytest.mark.parametrize(("sentence", "change"), [
    ("矿山的精矿生产成本低至600元/吨。", None),
    ("公司把精矿生产成本降低至600元/吨。", "down"),
    ("银行将贷款利率调低至3%。", "down"),
])
def test_as_low_as_is_a_level_but_lowered_to_is_a_fall(sentence: str, change: str | None) -> None:
    assert figures(sentence)[0].change == change
