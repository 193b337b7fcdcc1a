"""/ask on which money is asked: an amount in another currency, the gain on a sale against its price,
the net proceeds, an upfront payment; and a company that shares the asked one's stem (its subsidiary)."""

from __future__ import annotations

from summarizer.answer.money_kinds import asked_currency, currency_ok, kind_ok, number_currency
from summarizer.answer.names import rival_names
from tests.ask_helpers import ask, first, library

RETAIL = library(
    "retail", "Brenmoor Goods lifts outlook after quarterly sales rise",
    "Brenmoor Goods said quarterly revenue rose 5.3% to $4.12 billion.",
    "Net income was $188 million, up from $161 million a year earlier.")

SALE = library(
    "sale", "Tallis Mills to sell its chemicals arm for $910 million",
    "Tallis Mills agreed to sell its chemicals arm to Quarry Lane Capital for $910 million in cash, "
    "and expects to book a pre-tax gain of about $240 million on the sale.",
    "Net proceeds after taxes are expected to be about $820 million, which Tallis will use to cut debt.")

LICENSE = library(
    "license", "Pellow Bio licenses eye drug to Marden in deal worth up to $1.3 billion",
    "Pellow Bio licensed rights to its eye drug to Marden Pharma in a deal worth up to $1.3 billion.",
    "Pellow shares rose 18% to HK$22.40 in Hong Kong.")

DISPOSAL = library(
    "disposal", "汇嵘实业拟9.2亿元出售汇嵘物流",
    "汇嵘实业11月5日晚间公告，公司拟将全资子公司汇嵘物流100%股权出售给某产业基金，交易对价为9.2亿元。",
    "本次出售预计将为公司带来税前投资收益约2.8亿元。",
    "汇嵘物流2024年实现营业收入5.1亿元，净利润0.42亿元。",
    "此前，汇嵘实业2025年前三季度实现归母净利润1.66亿元，同比下降9.4%。")


def test_an_amount_in_another_currency_is_not_the_answer() -> None:
    assert ask("What was Brenmoor Goods' revenue in euros?", RETAIL).abstained
    assert ask("How much did Pellow shares rise in yuan?", LICENSE).abstained
    assert "$4.12 billion" in first(ask("What was Brenmoor Goods' revenue?", RETAIL))


def test_the_currency_asked_and_written() -> None:
    assert asked_currency("what was revenue in euros?") == "EUR"
    assert asked_currency("营收是多少美元?") == "USD"
    assert asked_currency("what was revenue?") is None
    sentence = "pellow shares rose 18% to hk$22.40 in hong kong."
    at = sentence.index("22.40")
    assert number_currency(sentence, (at, at + 5)) == "HKD"
    assert number_currency("营收为412.6亿元", (3, 8)) == "CNY"
    assert not currency_ok("what was the price in dollars?", sentence, (at, at + 5))


def test_what_a_sale_made_is_the_gain_not_the_price() -> None:
    assert ask("How much did Tallis Mills make from the sale of its chemicals arm?", SALE).abstained or \
        "$240 million" in first(ask("How much did Tallis Mills make from the sale of its chemicals arm?", SALE))
    sentence = SALE[0].text.lower()
    assert not kind_ok("how much did tallis make from the sale of its chemicals arm?", sentence, sentence.index("$910"))
    assert kind_ok("how much did tallis make from the sale of its chemicals arm?", sentence, sentence.index("$240"))
    zh = DISPOSAL[0].text
    assert not kind_ok("汇嵘实业出售汇嵘物流能赚多少钱?", zh, zh.index("9.2亿元"))


def test_net_proceeds_are_not_the_price() -> None:
    found = ask("What are Tallis Mills' net proceeds from the sale?", SALE)
    assert found.abstained or "$820 million" in first(found)
    sentence = SALE[0].text.lower()
    assert not kind_ok("what are tallis' net proceeds from the sale?", sentence, sentence.index("$910"))


def test_a_company_sharing_the_asked_stem_is_another_company() -> None:
    assert ask("汇嵘实业2024年净利润是多少？", DISPOSAL).abstained  # only the subsidiary's 0.42亿元 is stated
    assert ask("汇嵘物流前三季度净利润是多少？", DISPOSAL).abstained  # only the parent's 1.66亿元 is stated
    assert "0.42亿元" in first(ask("汇嵘物流2024年净利润是多少？", DISPOSAL))
    assert rival_names("汇嵘物流2024年实现营业收入5.1亿元。", ("汇嵘实业",)) == [(0, 4, "汇嵘物流")]
    assert rival_names("汇嵘实业2024年实现营业收入5.1亿元。", ("汇嵘实业",)) == []


STORES = library(
    "stores", "Quillby Home second-quarter sales rise; cash pile grows",
    "Quillby Home said comparable sales rose 3.1% in the second quarter ended July 27.",
    "Gross margin widened 30 basis points to 35.1%.",
    "Online sales grew 14% and made up 22% of total sales.",
    "The company ended the quarter with $640 million in cash and cash equivalents.")

DELIVERIES = library(
    "deliveries", "澄途汽车10月交付3.12万辆",
    "澄途汽车10月交付新车3.12万辆，同比增长21.4%。")


def test_how_much_were_sales_is_not_answered_by_their_growth() -> None:
    assert ask("How much were Quillby Home's online sales?", STORES).abstained
    assert "22%" in first(ask("What share of Quillby Home's sales came from online?", STORES))


def test_the_quarter_is_the_one_the_article_opens_with() -> None:
    found = ask("How much cash did Quillby Home have at the end of the second quarter?", STORES)
    assert "$640 million" in first(found)
    assert ask("How much cash did Quillby Home have at the end of the third quarter?", STORES).abstained


def test_a_measure_word_is_not_the_counted_noun() -> None:
    assert "3.12万辆" in first(ask("澄途汽车10月交付了多少辆车？", DELIVERIES))


def test_a_price_paid_in_cash_is_still_the_price() -> None:
    deal = library("deal", "Osric Rail to buy Fenway Freight",
                   "Osric Rail agreed to acquire Fenway Freight for $2.7 billion in cash and stock, the companies said.")
    assert "$2.7 billion" in first(ask("How much is Osric Rail paying for Fenway Freight?", deal))


def test_the_asked_sum_is_the_one_its_word_stands_by() -> None:
    sentence = "marden will pay $90 million upfront and up to $1.2 billion in development and sales milestones."
    assert kind_ok("what is the upfront payment?", sentence, sentence.index("$90"))
    assert not kind_ok("what is the upfront payment?", sentence, sentence.index("$1.2"))
    assert kind_ok("how much could pellow receive in milestones?", sentence, sentence.index("$1.2"))
    assert not kind_ok("how much could pellow receive in milestones?", sentence, sentence.index("$90"))


SEGMENT = library(
    "segment", "岳衡电子上半年营收76.2亿元",
    "岳衡电子上半年实现营业收入76.2亿元，同比增长9.1%；综合毛利率为27.5%。",
    "分业务看，光学模组业务收入31.4亿元，同比增长22.6%，该业务毛利率为19.8%。")


def test_this_business_is_the_part_named_before_it() -> None:
    assert "19.8%" in first(ask("岳衡电子上半年光学模组业务毛利率是多少？", SEGMENT))
    assert "27.5%" in first(ask("岳衡电子上半年毛利率是多少？", SEGMENT))
    assert ask("岳衡电子上半年显示面板业务毛利率是多少？", SEGMENT).abstained


CARMAKERS = library(
    "carmakers", "两家车企发布第三季度财报",
    "岚驰汽车第三季度总收入为181.6亿元；净利润为5.2亿元。",
    "沃川汽车第三季度总收入为96.4亿元；净亏损为7.9亿元。")


def test_a_profit_is_no_loss() -> None:
    assert ask("What was Lanchi's net loss?", library(
        "lanchi", "Lanchi Motors third-quarter results", "Lanchi Motors said net income was $42 million.")).abstained
    assert ask("岚驰汽车第三季度净亏损是多少？", CARMAKERS).abstained
    assert "7.9亿元" in first(ask("沃川汽车第三季度净亏损是多少？", CARMAKERS))
    assert "7.9亿元" in first(ask("沃川汽车第三季度净利润是多少？", CARMAKERS))
