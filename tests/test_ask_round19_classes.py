"""/ask classes found by the nineteenth blind round, each on made-up text.

Wrong figures shown before: "那四季度呢" and "What about Lisbon?" answered as if they named what they follow; the 12 of
"12个省份" (and the total 40例) for 新增本土病例多少例; a 宽约3米 for a 落差 asked; a 销售费用率 for 销售费用 asked;
"常住人口增加3.2万人" and "出生人口8.1万人" for the population asked; three people diagnosed for "How many died?".
Tests marked "a guard" pass before and after: they keep what the fixes could have broken.
"""

from __future__ import annotations

from bot.render.text import answer as render
from tests.ask_helpers import ask, first, library

NOTE = library("note", None,
               "事件：星河电子发布2024年年报，公司实现营业收入32.10亿元，同比增长18.50%，归母净利润3.05亿元。",
               "期间费用方面，2024年期间费用率为8.12%（同比-1.20pct），其中销售费用率为5.30%（同比-0.80pct），"
               "管理费用率2.40%（同比-0.50pct），财务费用率0.42%。",
               "此外，2024年公司研发费用为2.11亿元（同比+20.10%），研发费用率达到6.57%。",
               "其中，四季度影响较大的是销售费用1.12亿元，同比+35.2%。")

MAYOR = library("mayor", "Mayor speaks",
                "The mayor will travel on to Lisbon on Sunday to meet the city's council.",
                "The mayor said 40 new buses would be bought this year.")


def test_a_follow_up_question_is_not_answered_alone() -> None:
    for question, lib in (("那四季度呢？", NOTE), ("2024年呢", NOTE), ("What about Lisbon?", MAYOR),
                          ("And in 2020?", MAYOR)):
        found = ask(question, lib)
        assert found.abstained and found.missing == "follow_up", question
    assert "问题问完整" in render(ask("那四季度呢？", NOTE), "zh")
    assert "whole question" in render(ask("What about Lisbon?", MAYOR), "en")
    # A guard: a whole question with 呢, or one naming what it asks, is read as it is.
    assert ask("星河电子2024年研发费用是多少呢？", NOTE).sentences[0].highlighted == "2.11亿元"
    assert ask("How many buses will the mayor buy?", MAYOR).sentences[0].highlighted == "40"


def test_an_amount_asked_is_not_its_rate() -> None:
    assert ask("星河电子2024年销售费用是多少？", NOTE).abstained
    assert ask("星河电子2024年管理费用是多少？", NOTE).abstained
    # A guard: the rate asked is the rate, and the amount stated is the amount.
    assert ask("星河电子2024年销售费用率是多少？", NOTE).sentences[0].highlighted == "5.30%"
    assert ask("星河电子2024年研发费用是多少？", NOTE).sentences[0].highlighted == "2.11亿元"
    assert ask("星河电子四季度销售费用是多少？", NOTE).sentences[0].highlighted == "1.12亿元"


CASES = library("cases", None,
                "3月5日0—24时，12个省份报告新增确诊病例40例。",
                "其中境外输入病例25例（上海9例，广东16例）；本土病例15例（江苏6例，均在南京市；福建9例）。",
                "新增疑似病例2例，均为境外输入病例。")


def test_local_cases_are_not_the_total_nor_a_count_of_provinces() -> None:
    found = ask("3月5日新增本土病例多少例？", CASES)
    assert [s.highlighted for s in found.sentences] == ["15"]
    assert [s.highlighted for s in ask("3月5日新增境外输入病例多少例？", CASES).sentences] == ["25"]
    # A guard: the total asked is the total.
    assert ask("3月5日新增确诊病例多少例？", CASES).sentences[0].highlighted == "40"


GLACIER = library("glacier", None,
                  "几条小溪汇成河流之后，在落差80米的悬崖上形成了瀑布。",
                  "悬崖底下，水流从一个宽约3米左右的冰洞流入深达数百米的地下冰窟。")


def test_a_dimension_asked_is_not_another_dimension() -> None:
    # 悬崖 is in both sentences: the 3 of "宽约3米" was the answer.
    found = ask("悬崖落差多少米？", GLACIER)
    assert found.abstained or found.sentences[0].highlighted == "80"
    # A guard: the width asked is the width.
    assert ask("冰洞宽约多少米？", GLACIER).sentences[0].highlighted == "3"


CITY = library("city", None,
               "统计公报显示，2023年全市常住人口增加3.2万人。",
               "2023年全市出生人口8.1万人，人口出生率为6.12‰；死亡人口4.9万人。",
               "专家表示，2023年全市人口增量仅3.2万人，人口增长明显放缓。")


def test_a_population_is_not_its_change_nor_its_births() -> None:
    assert ask("2023年全市常住人口是多少？", CITY).abstained
    assert ask("2023年全市总人口是多少？", CITY).abstained
    # A guard: the change asked is the change, the births asked are the births.
    assert ask("2023年全市人口增加了多少？", CITY).sentences[0].highlighted == "3.2万人"
    assert ask("2023年全市出生人口是多少？", CITY).sentences[0].highlighted == "8.1万人"


def test_a_level_below_zero_is_a_level() -> None:
    # A guard: "净利润为-120亿元" is the loss forecast, not a move.
    warning = library("warn", None, "星岩地产预计其2024年度实现归属于上市公司股东的净利润为-120亿元到-150亿元。")
    assert "-120亿元" in first(ask("星岩地产2024年净利润预计是多少？", warning))


ANTHRAX = library("anthrax", None,
                  "A case of anthrax was reported in Mongolia on Sunday, after three people there were diagnosed with "
                  "the disease last week.",
                  "A total of 19 people who were in close contact with the patient were put under medical quarantine.")


def test_people_diagnosed_are_not_deaths() -> None:
    assert ask("How many people died of anthrax in Mongolia?", ANTHRAX).abstained
    # A guard: those asked for are counted.
    assert ask("How many people were diagnosed with anthrax last week?", ANTHRAX).sentences[0].highlighted == "three"
    assert ask("How many people were put under quarantine?", ANTHRAX).sentences[0].highlighted == "19"


ZONE = library("zone", None,
               "江北临港科技产业园，隶属安徽省江北新区，简称临港科技园，为省级产业园区。",
               "2024年3月1日，临港科技园正式揭牌。",
               "地理环境",
               "江北临港科技产业园，总面积812.5公顷，东至规划道路N2，南至规划道路E5。")


def test_a_new_area_is_not_a_park_named_after_its_place() -> None:
    # 江北新区 was read as 江北 too, so the park "江北临港科技产业园" answered for the district it belongs to.
    assert ask("江北新区总面积是多少？", ZONE).abstained
    # A guard: the park asked is the park.
    assert ask("江北临港科技产业园的总面积是多少？", ZONE).sentences[0].highlighted == "812.5"


# Refusals that should have answered.

def test_a_per_mille_rate_is_a_rate() -> None:
    births = library("births", None, "统计公报显示，2023年全市常住人口增加3.2万人。",
                     "2023年，全市出生人口8.1万人，人口出生率为6.12‰；死亡人口4.9万人，人口死亡率为4.80‰。")
    assert ask("2023年全市人口出生率是多少？", births).sentences[0].highlighted == "6.12‰"
    assert ask("2023年全市人口死亡率是多少？", births).sentences[0].highlighted == "4.80‰"


def test_a_results_preannouncement_is_the_forecast_asked() -> None:
    notice = library("notice", None, "1月28日晚间，星岩零售发布2024年度业绩预告。",
                     "2024年度归属于上市公司股东的净亏损为120亿元至130亿元，去年同期亏损22.5亿元。")
    assert "120亿元" in first(ask("星岩零售2024年净亏损预计是多少？", notice))
    # A guard: a year the notice does not forecast is not answered.
    assert ask("星岩零售2025年净亏损预计是多少？", notice).abstained


def test_an_adjusted_loss_spelled_out_is_the_adjusted_measure() -> None:
    notice = library("notice", None, "1月28日晚间，星岩零售发布2024年度业绩预告。",
                     "2024年度归属于上市公司股东的净亏损为120亿元至130亿元，去年同期亏损22.5亿元。",
                     "归属于上市公司股东扣除非经常性损益后的净亏损为135亿元至145亿元，去年同期亏损40.1亿元。")
    assert "135亿元" in first(ask("星岩零售2024年扣非净亏损是多少？", notice))
    # A guard: the plain loss is the plain loss.
    assert "120亿元" in first(ask("星岩零售2024年净亏损是多少？", notice))


# Which number of a right sentence is bold.

CHIP = library("chip", None,
               "事件：星芯微电子发布2024年年度业绩报告，公司2024年实现营业收入40.20亿元，同比增长35.10%。",
               "细分产品来看，2024年控制芯片/图像芯片/存储芯片/电源芯片分别实现营收3.10/8.20/22.40/6.50亿元，分别同比增长"
               "20.10%/41.30%/36.60%/30.20%；毛利率方面，2024年公司整体毛利率为35.20%，其中控制芯片/图像芯片/存储芯片/电源"
               "芯片毛利率分别为52.10%（同比+1.20pct）/40.30%（同比+5.10pct）/28.60%（同比+3.30pct）/50.40%（同比+2.20pct）。",
               "盈利预测：预测公司2025-2027年收入分别为52.30、65.80、79.10亿元，EPS分别为1.85、2.31、2.90元，维持推荐评级。")


def test_names_joined_by_slashes_pair_with_their_values() -> None:
    # The last value, written with the unit, was bold for every line (6.50亿元, 50.40%).
    assert ask("星芯微电子2024年存储芯片营收是多少？", CHIP).sentences[0].highlighted == "22.40"
    assert ask("星芯微电子控制芯片2024年收入是多少？", CHIP).sentences[0].highlighted == "3.10"
    assert ask("星芯微电子存储芯片毛利率是多少？", CHIP).sentences[0].highlighted == "28.60%"
    # A year range's list shares the unit written after its last value: 2025's revenue is the first.
    assert ask("星芯微电子2025年收入预测是多少？", CHIP).sentences[0].highlighted == "52.30"
    # A guard: the company's own revenue and a list's place by year stay as they were.
    assert ask("星芯微电子2024年营业收入是多少？", CHIP).sentences[0].highlighted == "40.20亿元"
    assert ask("星芯微电子2026年EPS预计是多少？", CHIP).sentences[0].highlighted == "2.31"


BREAKDOWN = library("breakdown", None,
                    "3月5日0—24时，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例40例。",
                    "其中境外输入病例25例（上海9例，广东16例），含1例由无症状感染者转为确诊病例（在广东）；本土病例15例（江苏6例，"
                    "其中南京市4例、苏州市2例；福建9例），含1例由无症状感染者转为确诊病例（在江苏）。")


def test_a_bracket_breaks_its_count_down_by_place() -> None:
    assert ask("江苏新增本土病例多少例？", BREAKDOWN).sentences[0].highlighted == "6"
    assert ask("广东新增境外输入病例多少例？", BREAKDOWN).sentences[0].highlighted == "16"
    # "（在广东）" names no owner of the local cases after it: 广东 had none (15 was given before).
    assert ask("广东新增本土病例多少例？", BREAKDOWN).abstained


# Classes of the holdout's one run (fixed after it, so the holdout is no longer unseen).

BATTERY = library("battery", None,
                  "公司发布2024年半年报：上半年公司实现营业收入320.5亿元，同比+45.10%；归母净利润30.2亿元；Q2实现营业收入180.3亿元，"
                  "归母净利润17.6亿元、扣非净利润15.2亿元，分别环比Q1+28.60%、40.20%、35.50%。",
                  "现金流表现亮眼：公司2024Q2经营活动产生的现金流量净额达到98.6亿元，环比+30%，远超经营净利润的20.4亿元，"
                  "净现比达到483%。")


def test_operating_net_profit_is_not_net_profit() -> None:
    # "经营净利润的20.4亿元" was shown (and in the holdout answered first) for 归母净利润.
    assert [s.highlighted for s in ask("公司Q2归母净利润是多少？", BATTERY).sentences] == ["17.6亿元"]


BUSES = library("buses", None,
                "事件：公司发布11月销量快报，合计销售客车3890辆，同比下滑1.20%，环比增长18.40%。",
                "继9、10月客车销量连续两月实现正增长以来，11月客车销量延续恢复态势，合计实现销售3890辆，环比出现18%以上增长。",
                "此外11月客车产量为4010辆，同比增长6.3%。",
                "销量结构来看大客销售1520辆，中客销售1650辆，轻客销售720辆。")


def test_units_sold_are_not_any_count_and_a_restated_month_dates_what_follows() -> None:
    found = ask("11月轻客卖了多少辆？", BUSES)
    assert found.abstained or found.sentences[0].highlighted == "720辆"  # not 产量4010辆, nor the total 3890辆
    assert ask("10月客车销量是多少？", BUSES).abstained  # 3890 is 11月's, restated after "9、10月…以来"
    # A guard: the month asked is answered, and production asked is production.
    assert ask("11月客车产量是多少？", BUSES).sentences[0].highlighted == "4010辆"
    assert ask("11月轻客销量是多少？", BUSES).sentences[0].highlighted == "720辆"
