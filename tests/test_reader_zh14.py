"""What a reader saw in twelve Chinese stories of genres other than earnings (monthly statistics, a rate cut, an
industry body's sales, buyback and shareholder notices, a merger, an interview, a comment, a city's investment plan,
a Hong Kong report, a flash and an IPO), each a class of figure or /ask answer that read wrong. The sample
sentences are ours (fictional companies and numbers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from summarizer import analyze
from summarizer.model import Figure
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


def test_the_whole_does_not_answer_for_a_kind_of_it() -> None:
    # 新能源汽车出口 asked: "汽车出口48.6万辆" after a line on 新能源汽车 is all cars' exports.
    exports = library("ex2", "车协：10月汽车出口48.6万辆", "10月新能源汽车销量143.9万辆，同比增长34.8%。",
                      "出口方面，10月汽车出口48.6万辆，同比增长16.2%。", "其中，新能源汽车出口15.3万辆，同比增长58.1%。")
    found = ask("10月新能源汽车出口同比增长多少", exports)
    assert found.sentences[0].highlighted == "58.1%"
    assert "16.2%" not in [s.highlighted for s in found.sentences]


def test_hong_kongs_first_three_quarters_are_nine_months() -> None:
    exchange = library("hk", "港聯所首三季純利增18% 日均成交額創新高",
                       "香港聯合交易所（港聯所）11月5日公佈，截至9月30日止九個月，收入及其他收益為150.2億港元，按年增長12%；",
                       "股東應佔溢利為90.1億港元，按年上升18%。",
                       "其中，第三季收入及其他收益為55.1億港元，按年增長23%，按季增長5%；")
    assert ask("港联所首三季收入增长多少", exchange).sentences[0].highlighted == "12%"  # not the third quarter's 23%


def test_last_month_asked_is_not_this_months_level() -> None:
    rates = library("lpr", "LPR下调10个基点", "本月1年期LPR为2.85%，较上月下降10个基点。")
    assert ask("上月1年期LPR是多少？", rates).abstained
    dated = library("lpr2", "LPR下调", "上月，1年期LPR为2.95%。", "本月1年期LPR为2.85%，较上月下降10个基点。")
    assert ask("上月1年期LPR是多少？", dated).sentences[0].highlighted == "2.95%"


# --- figures ----------------------------------------------------------------------------------------------------

def _figures(text: str, title: str | None = None) -> dict[str, Figure]:
    return {f.text: f for f in analyze(text, title=title).figures if f.kind == "figure"}


def test_a_code_is_no_figure() -> None:
    figures = _figures("远芯科技12月8日在科创板开启申购，申购代码为787931，发行价格为26.80元/股。")
    assert "787931" not in figures
    assert "26.80元/股" in figures


def test_a_rules_condition_is_no_figure() -> None:
    figures = _figures("《规定》明确，上市公司最近三年累计分红低于同期年均净利润30%的，大股东不得减持。"
                       "大股东通过大宗交易减持的，三个月内不得超过公司股份总数的2%。")
    assert "30%" not in figures
    assert figures["2%"].approx == "不得超过"


def test_the_window_of_a_rule_is_no_subject() -> None:
    figures = _figures("《规定》同时明确，大股东通过大宗交易方式减持的，三个月内不得超过2%。")
    assert figures["2%"].subject is None


def test_a_price_fallen_to_now_is_not_dated_by_where_it_fell_from() -> None:
    figures = _figures("以锂盐为例，碳酸锂价格从2022年的每吨58万元跌至目前的每吨7万元左右。")
    assert figures["58万元"].period == "2022年"
    assert figures["7万元左右"].period is None


def test_what_follows_completion_is_not_dated_by_the_start_of_works() -> None:
    figures = _figures("其中，晶合存储二期项目总投资约380亿元，预计2027年三季度开工建设，建成后将新增月产能8万片。")
    assert figures["8万片"].period is None


def test_a_goal_to_ensure_is_an_outlook() -> None:
    figure = _figures("市发改委主任表示，明年将确保全年固定资产投资增长6%左右。")["6%左右"]
    assert figure.estimate and figure.subject == "固定资产投资"


def test_the_amount_before_a_deal_verb_is_the_deals() -> None:
    text = "恒屹科技：拟以8000万元至1.6亿元回购股份\n\n恒屹科技12月2日晚间公告，公司拟以集中竞价方式回购股份。"
    assert _figures(text)["8000万元至1.6亿元"].subject.endswith("回购金额")  # not "股份"
    merger = "江岳材料拟43亿元收购北辰化工控股权\n\n江岳材料12月1日晚间发布重组预案。"
    assert _figures(merger)["43亿元"].subject == "江岳材料收购金额"


def test_a_name_quoted_in_brackets_ends_no_clause() -> None:
    figures = _figures("公司拟购买北辰化工有限公司（以下简称“北辰化工”）65%股权，交易作价暂定为38.4亿元。")
    assert not figures["65%"].context.startswith("）")
    assert figures["38.4亿元"].subject == "交易作价"


def test_a_holder_class_leaves_no_orphan_in_the_subject() -> None:
    figures = _figures("持股5%以上股东远川投资计划在未来3个月内减持公司股份不超过600万股。")
    assert "持股以上" not in (figures["600万股"].subject or "")


def test_hong_kong_periods_are_periods() -> None:
    figures = _figures("港联所截至9月30日止九個月，收入為150.2億港元，按年增長12%。首三季共有52家公司上市，集資總額達980億港元。")
    assert figures["150.2億港元"].period.startswith("截至9月30日止九")
    assert figures["52家"].subject != "首三季"


def test_an_amount_supplied_is_a_figure_not_a_sort_of_takers() -> None:
    figures = _figures("根据协议，远能电池未来五年将向北辰汽车供应不少于80GWh的动力电池。")
    assert figures["80GWh"].approx == "不少于"


def test_the_command_line_runs_as_a_module() -> None:
    # A reader with a checkout and no installed script runs `python -m bot.cli summarize FILE`.
    done = subprocess.run([sys.executable, "-m", "bot.cli", "--help"], cwd=Path(__file__).resolve().parents[1],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "summarize" in done.stdout
