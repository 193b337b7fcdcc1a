"""/ask over articles that list several companies clause by clause, with sub-markets, targets,
forecasts and sub-periods: whose figure, and of what, each number is."""

from __future__ import annotations

from summarizer.answer.peers import (
    clause_subjects,
    forecast_lead,
    sub_period_after,
    submarket_narrowed,
    target_at,
)
from tests.ask_helpers import ask, first, library

FLASH = library(
    "flash", "两家锂电材料厂商三季报：澄岭新能扭亏 沐川锂业亏损收窄",
    "锂电材料厂商近日陆续披露三季报。",
    "澄岭新能前三季度实现营业收入88.4亿元，同比下降9.6%；",
    "归母净利润2.7亿元，其中第三季度单季归母净利润1.3亿元，实现扭亏为盈。",
    "沐川锂业前三季度营业收入61.2亿元，同比下降22.3%；",
    "归母净利润1.9亿元，同比下降41.5%。")

SHARES = library(
    "tablets", "三季度国内平板出货量820万台 朗石份额居首",
    "调研机构数据显示，2025年第三季度，中国平板电脑市场出货量约820万台，同比增长4.4%。",
    "其中，朗石出货量236万台，同比增长6.1%，市场份额28.8%，位居第一；",
    "岚果出货量151万台，同比下降3.2%，市场份额18.4%，排名第二。",
    "在4000元以上的高端市场，朗石的份额达到61%。",
    "折叠屏平板出货量为96万台，同比增长12.5%。")

PLAN = library(
    "plan", "沛衡电子前三季度营收增长8%",
    "沛衡电子10月29日发布2025年第三季度报告，前三季度营业收入73.5亿元，同比增长8.0%。",
    "董事长称，四季度是传统旺季，公司维持全年营业收入110亿元的经营目标。",
    "多家券商预计，沛衡电子2025年全年归母净利润将达到9.2亿元左右。")

ANNUAL = library(
    "annual", "沛衡电子2024年营收96.1亿元",
    "沛衡电子3月28日发布2024年年度报告。",
    "2024年，公司实现营业收入96.1亿元，较上年增加5.2亿元，同比增长5.7%；",
    "归属于上市公司股东的净利润8.1亿元，同比下降2.4%；")

HANT = library(
    "hant", "晶碩電子第三季稅後純益年增21%",
    "晶碩電子第三季財報顯示，第三季毛利率為41.2%，稅後純益新台幣86.5億元，每股盈餘3.12元。")


def test_a_listed_company_owns_the_clauses_that_continue_its_statement() -> None:
    # 沐川锂业's fall, written in the clause after its name, is not 澄岭新能's (which the flash does not give).
    assert ask("澄岭新能前三季度净利润同比变化多少？", FLASH).abstained
    assert "41.5%" in first(ask("沐川锂业前三季度净利润同比变化多少？", FLASH))


def test_a_quarter_opening_a_sub_clause_does_not_date_the_number_before_it() -> None:
    assert "2.7亿元" in first(ask("澄岭新能前三季度归母净利润是多少？", FLASH))
    assert ask("澄岭新能第三季度营收是多少？", FLASH).abstained


def test_a_market_total_is_not_one_listed_companys_figure() -> None:
    found = ask("三季度国内平板出货量是多少？", SHARES)
    assert found.abstained or "820万台" in found.sentences[0].text


def test_a_companys_share_is_its_own_statements_not_a_sub_markets() -> None:
    assert "28.8%" in first(ask("朗石市场份额是多少？", SHARES))
    assert "18.4%" in first(ask("岚果市场份额是多少？", SHARES))
    assert "61%" in first(ask("朗石高端市场份额是多少？", SHARES))


def test_a_target_or_a_brokers_forecast_is_not_a_result() -> None:
    assert ask("沛衡电子第四季度营收是多少？", PLAN, ANNUAL).abstained
    assert ask("沛衡电子2025年全年归母净利润是多少？", PLAN, ANNUAL).abstained
    assert "110亿元" in first(ask("沛衡电子全年营业收入目标是多少？", PLAN, ANNUAL))


def test_the_base_of_a_comparison_does_not_date_the_next_sentence() -> None:
    # "较上年增加…" names last year as a base: the profit after it is 2024's, not 2025's.
    assert "8.1亿元" in first(ask("沛衡电子2024年归母净利润是多少？", PLAN, ANNUAL))
    assert ask("沛衡电子2025年归母净利润是多少？", ANNUAL).abstained


def test_taiwanese_words_for_net_profit_and_eps() -> None:
    assert "86.5億元" in first(ask("晶硕电子第三季度净利润是多少？", HANT))
    assert "3.12元" in first(ask("晶硕电子第三季度每股收益是多少？", HANT))


def test_clause_subjects_are_made_up_names_not_kinds_of_thing() -> None:
    names = [n for text in ("星米出货量1,180万台，同比下降2.5%", "股东应占溢利为21亿港元", "纯电车型销量12万辆",
                            "华曜能源前三季度营业收入158.2亿元", "上半年综合毛利率为32.1%")
             for _, _, n in clause_subjects(text)]
    assert names == ["星米", "华曜能源"]


def test_the_small_readings_of_one_sentence() -> None:
    text = "在600美元以上的高端市场，锐果的份额达到52%。"
    assert submarket_narrowed("锐果市场份额是多少", text, text.index("52"))
    assert not submarket_narrowed("锐果高端市场份额是多少", text, text.index("52"))
    plan = "公司维持全年营业收入400亿元的经营目标"
    assert target_at(plan, plan.index("400"), plan.index("亿元") + 2)
    assert not target_at("公司实现营业收入400亿元", 8, 14)
    lead = "多家券商预计，公司全年净利润将达到46亿元"
    assert forecast_lead(lead, lead.index("46"))
    assert not forecast_lead("研报认为，公司汽车电子业务收入占比已提升至38%", 23)
    sub = "归母净利润5.3亿元，其中第三季度单季归母净利润2.1亿元"
    assert sub_period_after(sub, sub.index("第三季度"), sub.index("5.3"))
    assert not sub_period_after(sub, sub.index("第三季度"), sub.index("2.1"))


def test_a_kind_of_thing_after_several_makers_clauses_is_the_markets() -> None:
    # The title and the sentence before name 朗石; the foldable tablets are everyone's.
    assert ask("朗石折叠屏出货量是多少？", SHARES).abstained
    assert "96万台" in first(ask("折叠屏平板出货量是多少？", SHARES))


def test_a_unit_of_money_in_the_question_is_not_a_thing_counted() -> None:
    # "多少万元" asks the amount in yuan, whatever magnitude the article writes; "多少美元" asks dollars.
    assert "73.5亿元" in first(ask("沛衡电子前三季度营收是多少万元？", PLAN))
    assert ask("沛衡电子前三季度营收是多少美元？", PLAN).abstained


def test_the_chinese_market_is_the_domestic_market_asked() -> None:
    assert "820万台" in first(ask("三季度国内平板电脑出货量是多少？", SHARES))


MONTHLY = library(
    "monthly", "晶碩電子10月營收年增12%",
    "晶碩電子10月合併營收新台幣41.6億元，較9月增加3.5%，較去年同期增加12.1%。")


def test_a_change_against_the_month_before_is_month_on_month() -> None:
    assert "3.5%" in first(ask("晶硕电子10月营收环比增长多少？", MONTHLY))
    assert ask("晶硕电子11月营收环比增长多少？", MONTHLY).abstained


def test_a_rate_moved_against_the_month_before_is_not_a_month_on_month_change() -> None:
    prices = library("cpi", "10月CPI同比上涨0.4%",
                     "10月份，居民消费价格指数（CPI）同比上涨0.4%，涨幅比9月扩大0.2个百分点。")
    assert ask("10月CPI环比变化多少？", prices).abstained


def test_a_result_measured_against_the_forecast_is_still_a_result() -> None:
    # "符合我们预期，" and "超预期，" judge the result that follows: it is not a forecast.
    met = library("met", "岩川股份三季报点评",
                  "岩川股份公布2025年三季报，收入符合我们预期，前三季度归母净利润3.2亿元，同比增长12%。")
    beat = library("beat", "岩川股份三季报点评",
                   "岩川股份公布2025年三季报，业绩超预期，前三季度营业收入45.6亿元，同比增长18%。")
    assert "3.2亿元" in first(ask("岩川股份前三季度净利润是多少？", met))
    assert "45.6亿元" in first(ask("岩川股份前三季度营收是多少？", beat))
    assert not forecast_lead("公司收入低于市场预期，净利润2.1亿元", 14)
    assert forecast_lead("超过半数机构预计，公司净利润将达到2.1亿元", 17)


def test_a_profit_before_tax_is_not_the_net_profit() -> None:
    # Taiwan's 稅前純益 is before tax: 纯益 alone, or 净利润, asks the profit after it.
    pretax = library("pretax", "晶碩電子第三季稅前純益年增18%",
                     "晶碩電子第三季財報顯示，第三季營收新台幣520億元，稅前純益新台幣98.2億元，年增18%。")
    both = library("both", "晶碩電子第三季獲利",
                   "晶碩電子第三季財報顯示，第三季稅前純益新台幣98.2億元，稅後純益新台幣86.5億元。")
    for question in ("晶碩電子第三季净利润是多少？", "晶碩電子第三季纯益是多少？"):
        found = ask(question, pretax)
        assert found.abstained or "98.2" not in (found.sentences[0].highlighted or ""), question
    assert "86.5" in (ask("晶碩電子第三季净利润是多少？", both).sentences[0].highlighted or "")
    assert "98.2" in (ask("晶碩電子第三季税前纯益是多少？", both).sentences[0].highlighted or "")


def test_a_phrase_opened_by_a_function_word_is_no_company() -> None:
    # The made-up names are unknown words; a preposition or a conjunction before the metric is not one.
    for text in ("或由毛利率回升带动", "以高毛利产品营收为主", "与上年分红收入对冲", "这对净利润影响有限"):
        assert clause_subjects(text) == (), text
    assert [n for _, _, n in clause_subjects("以岭药业前三季度营业收入52.1亿元")] == ["以岭药业"]


def test_a_name_cut_short_from_another_company_is_not_the_asked_one() -> None:
    # jieba reads 中国 out of 中国平安: by its letters part of the asked 中国人寿, yet another company.
    insurers = library(
        "insurers", "上市险企三季报",
        "中国平安前三季度归母净利润1210亿元，同比增长12.4%；中国人寿前三季度归母净利润1530亿元，同比增长31.6%。")
    assert ask("中国人寿前三季度净利润同比增长多少？", insurers).sentences[0].highlighted == "31.6%"
    assert ask("中国平安前三季度净利润同比增长多少？", insurers).sentences[0].highlighted == "12.4%"


def test_a_question_naming_no_company_asks_about_the_company_the_article_is_about():
    """After reading one company's results a reader asks "股价涨了多少": that company's figure,
    named by the title, answers; a question about the market still is not answered by it."""
    results = library("yf", "云帆科技三季度营收增长19%",
                      "云帆科技周三发布第三季度财报，营收达到86亿元，同比增长19%。",
                      "受财报影响，云帆科技股价当天上涨6.3%，市值达到620亿元。")
    assert "6.3%" in first(ask("股价涨了多少", results))
    assert "620亿元" in first(ask("市值多少", results))
    assert ask("国内市值多少", results).abstained
    # Another company's article does not answer for the one the title names.
    other = library("hx", "行业观察：储能价格战加剧",
                    "受财报影响，云帆科技股价当天上涨6.3%，市值达到620亿元。")
    assert ask("股价涨了多少", other).abstained
