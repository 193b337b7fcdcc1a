"""/ask on the kinds of text of the eighth spot check: banks' and insurers' results, a developer's
monthly sales, a price-index flash naming several months, a tender, an English release with
prior-quarter figures. Our own sentences through the real answer code; where the analysis matters
(dates it keeps as figures), the sentences carry the analysis of their own text."""

from __future__ import annotations

from summarizer import analyze
from summarizer.answer import Answer, Passage
from tests.ask_helpers import ask, first, library


def analysed(key: str, title: str, *sentences: str) -> list[Passage]:
    """One stored article with its analysis's figures, as the service passes them."""
    figures = analyze("".join(sentences), title=title).figures
    return [Passage(s, key, i, title, f"https://example.com/{key}", "2026-11-20", figures=figures,
                    article=sentences) for i, s in enumerate(sentences)]


def shown(found: Answer) -> str:
    """The highlighted span of the first answer sentence."""
    sentence = found.sentences[0]
    assert sentence.highlight is not None, found
    return sentence.text[sentence.highlight[0]:sentence.highlight[1]]


INSURER = analysed("hc", "华川保险前三季度归母净利润增长12.1%",
                   "华川保险集团10月29日公告，2026年前三季度实现归属于母公司股东的净利润88.6亿元，同比增长12.1%；",
                   "营业收入达到1,046.2亿元，同比增长3.9%。")
CONTRACT = analysed("hz", "海辰重工签订设备供货合同",
                    "海辰重工12月2日公告，公司与北欧某船东签订设备供货合同，合同金额约8.3亿元。",
                    "截至11月末，公司在手订单约64亿元。")
CITY = analysed("jy", "江屿市前三季度GDP同比增长5.2%",
                "12月5日，江屿市统计局发布数据，前三季度全市实现地区生产总值4120.5亿元，同比增长5.2%，"
                "增速比上半年加快0.2个百分点。",
                "前三季度，全市规模以上工业增加值同比增长6.1%。")
PRICES = library("px", "11月CPI同比上涨0.5%",
                 "11月份居民消费价格指数（CPI）同比上涨0.5%，涨幅比10月扩大0.2个百分点；",
                 "11月工业生产者出厂价格指数（PPI）同比下降1.6%，降幅比10月收窄0.3个百分点。")
RELEASE = analysed("tv", "Tavrin Software first-quarter revenue rises 12%",
                   "Tavrin Software reported revenue of $612 million for its first quarter ended Aug. 31, up 12% "
                   "from a year earlier.",
                   "The company's next board meeting is on January 27.")


def test_a_date_kept_as_a_figure_is_not_the_number_shown() -> None:
    # "10月29日公告" is when the company spoke, not its profit.
    assert shown(ask("华川保险前三季度归母净利润是多少？", INSURER)) == "88.6亿元"
    assert shown(ask("华川保险前三季度纯利多少？", INSURER)) == "88.6亿元"
    assert shown(ask("What was Tavrin's first-quarter revenue?", RELEASE)) == "$612 million"


def test_a_sentence_with_only_a_date_does_not_answer_a_number_question() -> None:
    assert ask("What is Tavrin's board size?", RELEASE).abstained


def test_the_other_party_of_a_contract_does_not_own_its_amount() -> None:
    assert shown(ask("海辰重工这次签的合同金额是多少？", CONTRACT)) == "8.3亿元"


def test_a_citys_statistics_office_publishes_the_citys_figures() -> None:
    assert shown(ask("江屿市前三季度GDP是多少？", CITY)) == "4120.5亿元"


def test_the_period_after_bi_is_the_base_of_a_move_not_the_numbers_period() -> None:
    # "增速比上半年加快0.2个百分点" is about the first three quarters; "涨幅比10月扩大…" about November.
    assert ask("江屿市上半年GDP增速是多少？", CITY).abstained
    assert ask("10月CPI同比涨幅是多少？", PRICES).abstained
    assert ask("10月PPI同比下降多少？", PRICES).abstained
    assert "0.5%" in first(ask("11月CPI同比上涨多少？", PRICES))
    assert "1.6%" in first(ask("11月PPI同比下降多少？", PRICES))
