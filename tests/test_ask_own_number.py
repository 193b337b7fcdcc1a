"""Which number of the cited sentence is bold, each class on made-up text (the eighteenth round's holdout showed five
right sentences with another number bold: a wrong bold number is a wrong fact shown)."""

from __future__ import annotations

from tests.ask_helpers import ask, highlighted, library

LIQUOR = library("liquor", None,
                 "上半年青云老酒实现收入42亿元，占总营收118亿元的35%左右，同比增长速度达到48%。",
                 "据渠道数据，经典版和青15批价分别维持在620元和280元左右，供需平衡良好。",
                 "预计2023-2025年公司实现收入188.20/231.40/280.10亿元，实现归母净利润55.31/70.62/88.90亿元，"
                 "对应EPS为4.51/5.76/7.25元/股。")
PARKING = library("park", None,
                  "公约里公示了收费标准：晨光村社员车辆免费通行，非晨光村社员的小型车辆月缴费100元/辆，大型车辆月缴费600元/辆。",
                  "记者前往星河村查看收费细则，这里小型车月租费为90元，临时停车1小时内免费，超过1小时按4元/小时收费；",
                  "大型车月租费为300元，临时停车1小时内免费，超过1小时按6元/小时收费，24小时80元封顶。")


def test_the_part_asked_is_not_the_whole_its_share_is_of() -> None:
    assert highlighted("青云老酒上半年收入是多少？", LIQUOR) == "42亿元"


def test_a_respective_list_after_a_holding_verb_pairs_names_and_values() -> None:
    assert highlighted("青15批价是多少？", LIQUOR) == "280元"
    assert highlighted("经典版批价是多少？", LIQUOR) == "620元"  # a guard


def test_a_year_range_places_its_values_without_respectively() -> None:
    assert highlighted("公司2024年归母净利润预测是多少？", LIQUOR) == "70.62"


def test_the_noun_asked_picks_its_own_number() -> None:
    assert highlighted("晨光村大型车辆月缴费多少？", PARKING) == "600元"
    assert highlighted("晨光村小型车辆月缴费多少？", PARKING) == "100元"  # a guard


def test_a_fee_asked_is_a_sum_of_money_not_a_duration() -> None:
    assert highlighted("星河村大型车停车月费是多少？", PARKING) == "300元"


MEDICAID = library("medicaid", "Governors win on health care",
                   "Governor Hale ran on his expansion of Medicaid in Oregon, which gave coverage to more than "
                   "300,000 state residents.",
                   "Medicaid was a key issue in the Nevada race as well, where an estimated 90,000 residents "
                   "would be eligible for coverage under the expansion.")


def test_a_follow_up_about_another_place_is_not_shown() -> None:
    found = ask("How many Oregon residents got coverage from the Medicaid expansion?", MEDICAID)
    assert [s.highlighted for s in found.sentences] == ["300,000"]


FACTORY = library("shoes", None,
                  "鸿坚集团是一家鞋业公司，在海外设有工厂。",
                  "鸿坚集团2021年出口额达到12亿美元，员工超过2万人。")


def test_an_annual_metric_is_not_cut_into_the_name() -> None:
    found = ask("鸿坚集团年营收是多少？", FACTORY)
    assert found.abstained and found.asked != "鸿坚集团年"


CASES = library("cases", None,
                "3月5日0—24时，全省报告新增确诊病例41例，其中境外输入病例6例。")


def test_an_hour_of_the_day_is_no_nearest_figure() -> None:
    found = ask("3月6日新增确诊病例多少？", CASES)
    assert found.abstained and found.nearest is not None
    assert found.nearest.highlighted not in ("0", "24时", "24")
