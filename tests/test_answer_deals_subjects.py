"""/ask: what a buyer pays (pay, buy, acquire, 收购, 作价 all name a deal's price), and a
sentence whose own subject is a kind of thing (插电混动汽车…, 国内…) that is not read as
the company named in the sentence before.

The sample texts are ours (fictional companies and numbers)."""

from __future__ import annotations

from summarizer.answer.constraints import parse_constraints
from summarizer.answer.scope import category_subject
from tests.ask_helpers import ask, first, library

DEAL_EN = library("pelham", "Pelham to acquire Orsino",
                  "Pelham Industries agreed to acquire sensor maker Orsino for $2.1 billion in cash, a 31% premium.",
                  "Orsino had revenue of $640 million last year.",
                  "Pelham expects the deal to close in the first half of next year.")
DEAL_ZH = library("chuanyue", "川岳集团拟收购星澜科技",
                  "川岳集团公告，拟以18.6亿元现金收购星澜科技100%股权。",
                  "星澜科技去年营业收入为7.2亿元。")
NO_PRICE = library("marlow", "Marlow agrees to buy Tessin",
                   "Marlow Foods agreed to buy snack maker Tessin, the companies said on Monday.",
                   "Tessin had sales of $410 million last year.")


def test_paying_buying_and_acquiring_name_the_same_price() -> None:
    assert parse_constraints("How much is Pelham paying for Orsino?").metric == "deal_value"
    assert "$2.1 billion" in first(ask("How much is Pelham paying for Orsino?", DEAL_EN))
    assert "$2.1 billion" in first(ask("How much did Pelham pay for Orsino?", DEAL_EN))
    assert "18.6亿元" in first(ask("川岳集团收购星澜科技的交易金额是多少？", DEAL_ZH))


def test_a_deal_without_a_price_is_not_answered_by_revenue() -> None:
    assert ask("How much is Marlow paying for Tessin?", NO_PRICE).abstained
    assert ask("川岳集团收购星澜科技的对价是多少？", library("x", "星澜科技", "星澜科技去年营业收入为7.2亿元。")).abstained


def test_a_deal_word_names_no_other_measure() -> None:
    acquired = library("vance", "Vance revenue up",
                       "Vance Tools said revenue from acquired businesses rose 6% to $85 million.")
    assert "$85 million" in first(ask("What was Vance Tools revenue from acquired businesses?", acquired))
    assert "7.2亿元" in first(ask("星澜科技去年营业收入是多少？", DEAL_ZH))


MARKET = library("evs", "机构：11月国内电动汽车销量同比增长18%",
                 "调研机构数据显示，11月国内电动汽车销量为85万辆，同比增长18%。",
                 "其中，岚川汽车销量为12万辆，同比增长9%；",
                 "北屿汽车销量为9万辆，同比下降4%。",
                 "插电混动汽车销量为30万辆，同比增长40%。",
                 "国内充电桩保有量为320万台。")


def test_a_kind_of_thing_as_subject_is_not_the_company_before_it() -> None:
    assert ask("北屿汽车的插电混动汽车销量是多少？", MARKET).abstained
    assert ask("北屿汽车充电桩保有量是多少？", MARKET).abstained
    assert "9万辆" in first(ask("北屿汽车销量是多少？", MARKET))
    assert "85万辆" in first(ask("11月国内电动汽车销量是多少？", MARKET))


def test_the_company_s_own_article_still_owns_its_kinds() -> None:
    own = library("beiyu", "北屿汽车11月销量9万辆",
                  "北屿汽车11月销量为9万辆，同比下降4%。",
                  "插电混动汽车销量为3万辆，同比增长12%。")
    assert "3万辆" in first(ask("北屿汽车的插电混动汽车销量是多少？", own))


def test_which_subjects_are_kinds_of_thing() -> None:
    names = ("北屿汽车", "北屿")
    sentence = "插电混动汽车销量为30万辆"
    assert category_subject(sentence, sentence.index("30"), names)
    sentence = "国内手机出货量为7020万部"
    assert category_subject(sentence, sentence.index("7020"), ("青曜手机", "青曜"))
    for sentence in ("其中储能电池出货量为2.6gwh", "广告收入为25亿元", "公司营收为12亿元", "营收为12亿元"):
        assert not category_subject(sentence, sentence.index("为") + 1, names), sentence


def test_a_payment_answers_what_was_paid() -> None:
    relief = library("lanford", "Lanford relief fund pays out",
                     "The Lanford relief fund made payments of $3.2 billion to growers hit by the drought.",
                     "The fund's revenue from fees was $40 million.")
    assert "$3.2 billion" in first(ask("How much were growers paid by the Lanford relief fund?", relief))


def test_a_possessive_name_opening_a_sentence_owns_its_figure() -> None:
    rivals = library("velora", "Velora revenue rises; Brannock to cut jobs",
                     "Velora Chips said its revenue rose 5% to $2.0 billion.",
                     "Brannock Systems chief executive Ana Ruiz said the company would cut 400 jobs.",
                     "Velora's gross margin widened to 48.2% from 45.0%.")
    assert ask("What was Brannock's gross margin?", rivals).abstained
    assert "48.2%" in first(ask("What was Velora's gross margin?", rivals))


def test_an_english_name_is_searched_as_written() -> None:
    from summarizer.answer import parse_question
    queries = parse_question("What was Corvane's third-quarter revenue?").search_queries()
    assert any("corvane" in query.split() for query in queries)


def test_a_launch_prices_each_product_model_for_itself() -> None:
    from tests.ask_helpers import ask, first, library
    launch = library("yunhe", "云禾发布M5平板电脑：搭载自研芯片",
                     "云禾科技发布新款平板电脑云禾M5，售价3299元，续航12小时。",
                     "同场发布的云禾Pad Lite售价为1999元，续航时间为10小时。",
                     "云禾Pad Max售价为4599元，续航时间为15小时，屏幕尺寸为13英寸。")
    assert "4599元" in first(ask("云禾Pad Max的售价是多少？", launch))
    assert "1999元" in first(ask("云禾Pad Lite卖多少钱？", launch))
    # Another model's price or battery life is not the asked one's.
    assert "15小时" in first(ask("云禾Pad Max续航多久？", launch))
    assert ask("云禾Pad Mini的售价是多少？", launch).abstained
    assert ask("云禾Pad Lite的屏幕尺寸是多少？", launch).abstained
    # The title's model is not every model of the story.
    assert ask("云禾M5的屏幕尺寸是多少？", launch).abstained
