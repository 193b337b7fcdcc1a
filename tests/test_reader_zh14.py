"""What a reader saw in twelve Chinese stories of genres other than earnings (monthly statistics, a rate cut, an
industry body's sales, buyback and shareholder notices, a merger, an interview, a comment, a city's investment plan,
a Hong Kong report, a flash and an IPO), each a class of figure or /ask answer that read wrong. The sample
sentences are ours (fictional companies and numbers)."""

from __future__ import annotations

from tests.ask_helpers import ask, library

# --- /ask -----------------------------------------------------------------------------------------------------

PRICES = library("px", "10月份PPI同比降幅收窄",
                 "10月份，全国工业生产者出厂价格指数（PPI）同比下降1.8%，降幅比上月收窄0.5个百分点；",
                 "环比上涨0.2%。")


def test_a_rate_against_last_months_rate_is_no_month_on_month_change() -> None:
    # "降幅比上月收窄0.5个百分点" moves the year-on-year rate: the index's 环比 is the 0.2% of the next line.
    found = ask("10月份PPI环比变化多少？", PRICES)
    assert found.abstained or found.sentences[0].highlighted != "0.5个百分点"


CARS = library("cars", "车协：10月汽车销量280.4万辆",
               "10月，汽车产销分别完成276.1万辆和280.4万辆，同比分别增长9.2%和10.6%。",
               "新能源汽车方面，10月新能源汽车产销分别完成141.2万辆和143.9万辆，同比分别增长33.5%和34.8%。",
               "1—10月，新能源汽车销量累计完成1180.2万辆，同比增长31.4%。",
               "1—10月，汽车产销分别完成2560.3万辆和2568.8万辆，同比分别增长3.9%和4.1%。",
               "出口方面，10月汽车出口48.6万辆，同比增长16.2%。")


def test_production_and_sales_in_one_word_go_in_order() -> None:
    # "产销分别…X和Y": the first value is produced, the second sold, in every run after 分别.
    assert ask("10月新能源汽车销量同比增长多少？", CARS).sentences[0].highlighted == "34.8%"
    assert ask("10月新能源汽车产量同比增长多少？", CARS).sentences[0].highlighted == "33.5%"


def test_exports_borrow_no_sales_from_the_line_before() -> None:
    # A line naming no measure of the table borrows the one before, but "出口2.1万辆" measures exports.
    exports = library("yl", "远岭汽车10月产销快报", "10月，远岭汽车新车销量再创新高。",
                      "海外方面，10月出口2.1万辆，同比增长45.0%。")
    found = ask("远岭汽车10月销量同比增长多少", exports)
    assert found.abstained or found.sentences[0].highlighted != "45.0%"


def test_a_kind_of_the_thing_asked_is_not_the_whole() -> None:
    # 汽车销量 asked: the 新能源汽车 line is a part of it; the all-cars line answers.
    found = ask("1-10月汽车销量同比增长多少", CARS)
    assert found.sentences[0].highlighted == "4.1%"
    assert "新能源" not in found.sentences[0].text


NOTICE = library("hy", "恒屹科技：拟回购股份 控股股东拟增持",
                 "恒屹科技12月2日晚间公告，公司拟以集中竞价方式回购股份，回购资金总额不低于8000万元且不超过1.6亿元。",
                 "控股股东恒屹集团计划在未来6个月内增持公司股份，增持金额不低于3000万元，不超过6000万元。")


def test_another_deeds_amount_does_not_answer() -> None:
    # "回购金额" asked is not the holder's "增持金额" (a verb of another deed before the same measure).
    found = ask("恒屹科技回购金额是多少？", NOTICE)
    assert found.abstained or "增持" not in found.sentences[0].text
    assert ask("控股股东增持金额是多少", NOTICE).sentences[0].highlighted == "3000万元"
