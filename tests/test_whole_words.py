"""A Chinese keyword that is only ever the tail of a name jieba does not know is shown as the name.
Texts written for the test (fictional companies)."""

from __future__ import annotations

from summarizer import analyze
from summarizer.model import Keyword
from summarizer.whole_words import whole_words


def test_a_rare_tail_always_written_after_the_same_characters_is_the_name() -> None:
    text = "住建部发布数据。住建部表示，老旧小区改造进度加快。"
    assert [k.word for k in whole_words([Keyword("建部", 1.0)], text)] == ["住建部"]


def test_a_tail_written_once_or_after_a_verb_or_a_number_stays() -> None:
    # Once proves nothing: the characters before it are whatever the sentence put there.
    assert [k.word for k in whole_words([Keyword("建部", 1.0)], "昨日住建部发布数据。")] == ["建部"]
    # 实现 is the sentence's verb, 10年期 a term, 电子 a common word.
    text = "公司实现归母净利润5亿元。上半年实现归母净利润3亿元。10年期美债收益率上行。10年期美债承压。"
    words = [k.word for k in whole_words([Keyword("归母", 1.0), Keyword("美债", 0.5)], text)]
    assert words == ["归母", "美债"]
    assert [k.word for k in whole_words([Keyword("电子", 1.0)], "消费电子回暖。消费电子板块领涨。")] == ["电子"]


def test_the_name_is_shown_in_a_whole_analysis() -> None:
    text = ("赣锋锂电发布公告。赣锋锂电称，公司固态电池产线已经投产，年产能达到2GWh。"
            "赣锋锂电表示，固态电池订单充足，产线满负荷运行。固态电池成本仍然较高。")
    words = [k.word for k in analyze(text).keywords]
    assert "锋锂电" not in words
