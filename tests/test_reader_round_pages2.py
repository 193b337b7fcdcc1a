"""What a reader saw of a solar-materials company's quarterly story written for these tests (a
GBK portal page served here, read through the fetcher): each wrong or unreadable line is a class."""

from __future__ import annotations

from summarizer import analyze

TITLE = "澜岳新材三季度净利润同比下降31% 多晶硅价格仍在底部"
STORY = (
    "东岭网10月28日讯（记者 季晨）澜岳新材（603981.SH）28日晚间披露三季报。今年第三季度，公司实现营业收入42.6亿元，"
    "同比下降18.4%；归属于上市公司股东的净利润3.12亿元，同比下降31.2%，环比增长9.5%。\n\n"
    "前三季度，公司累计实现营收128.3亿元，同比下降12.7%；归母净利润8.05亿元，同比下降40.6%；"
    "经营活动产生的现金流量净额为-2.3亿元，上年同期为11.4亿元。\n\n"
    "对于业绩下滑，澜岳新材在公告中解释称，主要系多晶硅及硅片产品价格同比大幅下跌所致。"
)


def test_a_part_after_a_part_naming_the_period_is_shown_with_it() -> None:
    # Alone, "归属于…净利润3.12亿元…" under a story with a quarter and nine months reads as either.
    shown = [s.text for s in analyze(STORY, title=TITLE, max_sentences=2).sentences]
    profit = next(text for text in shown if "3.12亿元" in text)
    assert profit.startswith("今年第三季度，公司实现营业收入42.6亿元")


def test_the_part_is_shown_alone_when_its_period_part_is_shown_already() -> None:
    from summarizer.statement_parts import shown_from
    parts = ["今年第三季度，公司实现营业收入42.6亿元，同比下降18.4%；", "归母净利润3.12亿元，同比下降31.2%。"]
    assert shown_from(parts, [0, 0], 1, {1}, "zh", 120) == 0
    assert shown_from(parts, [0, 0], 1, {0, 1}, "zh", 120) == 1
    assert shown_from(parts, [0, 0], 1, {1}, "zh", 40) == 1  # too long together
    # A part naming a period of its own is read with it.
    assert shown_from([parts[0], "前三季度归母净利润8.05亿元。"], [0, 0], 1, {1}, "zh", 120) == 1
