"""Edges of the newer figure rules, probed with sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("公司新增长点收入达5亿元。", "5亿元", "公司新增长点收入"),
    ("星河科技新增长引擎业务营收增长12%。", "12%", "星河科技新增长引擎业务营收"),
    ("本月新增加用户300万人。", "300万人", "新增加用户"),
])
def test_new_growth_is_a_noun_not_a_rise(sentence: str, text: str, subject: str) -> None:
    found = by_text(figures(sentence), text)
    assert found.subject == subject
    assert found.change == ("up" if "增长12%" in sentence else None)


def test_a_plain_rise_is_still_a_rise() -> None:
    found = by_text(figures("公司营收同比增长12%。"), "12%")
    assert (found.subject, found.change) == ("公司营收", "up")


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("星河股份股价一度跌破10元，日内跌幅达5%。", "10元", "星河股份股价"),
    ("恒生指数一度跌破18000点，收跌2.1%。", "18000点", "恒生指数"),
    ("公司股价一度涨至52元。", "52元", "公司股价"),
    ("午后两市低开低走，科创50指数单边下行跌超3%。", "3%", "科创50指数"),
    ("新能源板块全线下挫，星河锂业大幅下跌8%。", "8%", "星河锂业"),
    ("1H25期间公司收入同比增长12%至6.5亿元。", "12%", "公司收入"),
    ("1H25期间费用率同比下降0.6pct。", "0.6pct", "期间费用率"),
    ("但国产设备的市场份额目前不超过5%。", "5%", "国产设备的市场份额"),
])
def test_at_one_point_is_no_part_of_the_price(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_one_kilowatt_hour_keeps_its_words() -> None:
    assert by_text(figures("一度电价格上涨0.1元。"), "0.1元").subject == "一度电价格"


@pytest.mark.parametrize("compare", ["较上年的", "较上年同期的", "比上年的"])
def test_a_change_after_a_dated_base_keeps_the_metric(compare: str) -> None:
    found = figures(f"公司营收为8亿元，{compare}5亿元增长60%。")
    assert by_text(found, "60%").subject == "公司营收"
    base = by_text(found, "5亿元")
    assert base.change is None  # the base is last year's amount, not a rise of 5亿元
    assert base.rank > by_text(found, "8亿元").rank



@pytest.mark.parametrize(("sentence", "change"), [
    ("星河科技净亏损3亿元，同比收窄20%。", "down"),
    ("星河科技净亏损扩大至3亿元，同比增长20%。", "up"),
])
def test_a_rate_after_a_loss_measures_the_loss(sentence: str, change: str) -> None:
    found = by_text(figures(sentence), "20%")
    assert (found.subject, found.change) == ("星河科技亏损额", change)


def test_a_rate_of_another_metric_after_a_loss_keeps_its_metric() -> None:
    found = by_text(figures("星河科技净亏损3亿元，营收同比增长20%。"), "20%")
    assert (found.subject, found.change) == ("营收", "up")


def test_the_it_of_a_cleft_stands_for_nothing_before() -> None:
    found = figures("Orion Labs revenue rose 10% to $5 billion.",
                    "It was last year that the company first passed $1 billion.", lang="en")
    assert by_text(found, "$1 billion").subject != "Orion Labs revenue"


def test_it_still_stands_for_the_price_before() -> None:
    found = figures("Bitcoin climbed above $100,000 on Thursday.", "It was last up 4.2% at $101,350.", lang="en")
    assert by_text(found, "4.2%").subject == "Bitcoin"


@pytest.mark.parametrize(("sentence", "text", "subject", "period"), [
    ("该基金今年以来收益率达到15%，领跑同类。", "15%", "该基金收益率", "今年以来"),
    ("沪指今年以来累计上涨12%。", "12%", "沪指", "今年以来"),
    ("北向资金年初以来净流入1200亿元。", "1200亿元", "北向资金净流入", "年初以来"),
])
def test_the_span_to_now_after_a_name_is_the_period(sentence: str, text: str, subject: str, period: str) -> None:
    found = by_text(figures(sentence), text)
    assert (found.subject, found.period) == (subject, period)


@pytest.mark.parametrize("sentence", ["毛利率会因原材料涨价下滑至30%。", "毛利率将因原材料涨价下滑至30%。",
                                      "毛利率受原材料涨价影响下滑至30%。"])
def test_the_cause_of_a_change_is_no_part_of_the_metric(sentence: str) -> None:
    found = by_text(figures(sentence), "30%")
    assert (found.subject, found.change) == ("毛利率", "down")


@pytest.mark.parametrize(("sentences", "lang", "text", "subject"), [
    (("台积电2纳米制程良率达到60%。",), "zh", "60%", "台积电2纳米制程良率"),
    (("8英寸晶圆代工价格上涨5%。",), "zh", "5%", "8英寸晶圆代工价格"),
    (("7nm产能利用率回升至85%。",), "zh", "85%", "7nm产能利用率"),
    (("The 12-inch wafer price rose 5% to $10,000.",), "en", "5%", "The 12-inch wafer price"),
    (("The 2nm yield reached 60%.",), "en", "60%", "The 2nm yield"),
])
def test_a_product_size_stays_in_the_subject_and_is_no_figure(
        sentences: tuple[str, ...], lang: str, text: str, subject: str) -> None:
    found = figures(*sentences, lang=lang)
    assert by_text(found, text).subject == subject
    assert len(found) == len({f.text for f in found}) and all(f.unit not in ("nm", "纳米", "英寸", "inch") for f in found)


@pytest.mark.parametrize(("sentence", "subject"), [
    ("产能利用率回升至85%。", "产能利用率"), ("失业率跃升至5.2%。", "失业率"), ("金价攀升至每盎司2800美元。", "金价"),
])
def test_a_rise_to_a_level_is_cut_whole(sentence: str, subject: str) -> None:
    assert figures(sentence)[0].subject == subject


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("The fund holds 300 stocks and manages $5 billion.", "300", "$5 billion"),
    ("Orion sold 3 million phones and earned $2 billion.", "3 million", "$2 billion"),
    ("The phone has a 6.7-inch screen and sells for $999.", "6.7-inch", "$999"),
])
def test_what_a_number_counted_is_not_the_subject_of_the_next_verb(sentence: str, first: str, second: str) -> None:
    found = figures(sentence, lang="en")
    counted = by_text(found, first).subject
    assert counted and by_text(found, second).subject != counted
    assert not (by_text(found, second).subject or "").startswith(counted)


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("Shares rose 5% and closed at $30.", "$30", "Shares"),
    ("Orion sold 3 million phones and shipped 2 million tablets.", "2 million", "tablets"),
])
def test_a_figure_after_and_keeps_its_own_subject(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), text).subject == subject


@pytest.mark.parametrize(("sentences", "text", "subject"), [
    (("Shares rose 2% today.",), "2%", "Shares"),
    (("Shares of Orion Labs rose 2% Tuesday.",), "2%", "Shares of Orion Labs"),
    (("Revenue rose 5% yesterday and fell 3% today.",), "3%", "Revenue"),
    (("Orion closed 300 stores yesterday.",), "300", "stores"),
])
def test_a_time_word_is_no_subject(sentences: tuple[str, ...], text: str, subject: str) -> None:
    assert by_text(figures(*sentences, lang="en"), text).subject == subject
