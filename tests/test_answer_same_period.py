"""/ask on periods and measures a question names. The same period a year before (去年同期, 上年同期)
is a period, not a company; asked for, it is the base a change is measured from, never this year's
figure, and "比去年同期增长多少" asks the change. A measure named as a basis ("据中间价计算") is not
the figure that follows. The sample texts are ours (fictional companies and numbers)."""

from __future__ import annotations

from summarizer.answer.question import parse_question
from tests.ask_helpers import ask, library

RESULTS = library("hx", "恒迅物流发布2025年度业绩",
                  "恒迅物流2025年度归属于上市公司股东的净利润2.3亿元，上年同期亏损915.4万元。",
                  "恒迅物流2025年营业收入45.2亿元，较上年同期的38.1亿元增长18.6%。")


def _highlighted(question: str) -> str | None:
    found = ask(question, RESULTS)
    return None if found.abstained else found.sentences[0].highlighted


def test_the_same_period_last_year_is_no_company() -> None:
    assert parse_question("去年同期营收多少").constraints.entities == ()
    assert parse_question("报告期内净利润是多少").constraints.entities == ()


def test_the_same_period_asked_is_the_base_of_the_change() -> None:
    assert _highlighted("去年同期营收多少？") == "38.1亿元"  # not 2025's 45.2亿元
    assert _highlighted("恒迅物流上年同期净利润是多少？") == "915.4万元"
    assert _highlighted("2025年营收多少？") == "45.2亿元"


def test_a_change_against_the_same_period_is_the_change() -> None:
    assert _highlighted("营收比去年同期增长多少？") == "18.6%"
    assert _highlighted("与去年同期相比营收增长多少？") == "18.6%"


def test_a_sentence_opened_by_the_same_period_is_about_it() -> None:
    bank = library("jl", "江岚银行三季报", "今年前三季度，江岚银行归母净利润为162.5亿元，同比增长9.6%。",
                   "去年同期，该行前三季度归母净利润为148.2亿元。")
    assert ask("江岚银行去年同期归母净利润是多少？", bank).sentences[0].highlighted == "148.2亿元"


def test_two_years_are_named_apart_in_an_english_refusal() -> None:
    from summarizer.answer.periods import Period
    from summarizer.answer.verify import period_label
    assert period_label(Period(frozenset({2009, 2018}), frozenset()), "en") == "2009, 2018"  # not "2009 2018"
    assert period_label(Period(frozenset({2024}), frozenset({"Q3"})), "en") == "Q3 2024"


def test_a_measure_named_as_a_basis_is_not_the_figure() -> None:
    """"据中间价计算，今日交易波幅上限为6.4379": the band is worked out from the parity; it is not the parity."""
    rates = library("fx", "人民币汇率早盘", "据中间价计算，今日交易波幅上限为6.4379，下限为6.7007。",
                    "人民币兑美元1年期NDF跌0.03%，报6.7493元。")
    refused = ask("中间价是多少？", rates)
    assert refused.abstained and refused.asked == "中间价"  # not "中间价的中间价"
    assert ask("交易波幅上限是多少？", rates).sentences[0].highlighted == "6.4379"
    parity = library("fx2", "人民币中间价", "周二人民币中间价报6.5497，下调34个基点。")
    assert ask("人民币中间价是多少？", parity).sentences[0].highlighted == "6.5497"


def test_how_a_share_moved_is_asked_of_the_company_not_named_with_it() -> None:
    """"宁德时代跌了多少" crashed the question parser (a known name joined after its words were counted)
    and read "宁德时代跌" as the company."""
    assert [e.text for e in parse_question("宁德时代跌了多少").constraints.entities] == ["宁德时代"]
    assert [e.text for e in parse_question("比亚迪涨幅是多少").constraints.entities] == ["比亚迪"]
    market = library("mk", "午后指数探底回升", "CRO概念股下挫，锂电池板块走弱，宁德时代一度跌超9%。",
                     "截至收盘，沪指涨0.67%，创业板指跌2.45%。")
    assert ask("宁德时代跌了多少？", market).sentences[0].highlighted == "9%"
