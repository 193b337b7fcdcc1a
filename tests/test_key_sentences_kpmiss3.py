"""Key-sentence classes of the kpmiss3 round (docs/benchmarks.md, "Missed points across all sets, third pass").
Every text is written for the test."""

from __future__ import annotations

import numpy as np

from summarizer import analyze
from summarizer.ratings_zh import states_verdict, verdict_lines

# A results note: its results, the quarter, a segment, the costs, the new line, and the analyst's verdict last.
VERDICT = "看好公司新产线逐步投产、高端产品占比持续提升，维持“买入”评级。"
NOTE = "\n\n".join((
    "事件：公司发布2025年三季报，前三季度实现营业收入41.6亿元，同比增长18.2%，归母净利润5.3亿元，同比增长22.5%。",
    "分季度看，第三季度公司实现营业收入15.2亿元，同比增长20.1%。",
    "前三季度公司高端板材业务收入约12.8亿元，同比增长35%。",
    "期间费用率为11.6%，同比下降0.8个百分点，其中销售费用率为4.1%。",
    "公司年产20万吨新产线已于8月投产，目前产能利用率逐月爬升。",
    VERDICT,
))


def test_a_note_s_verdict_in_words_is_shown() -> None:
    shown = [s.text for s in analyze(NOTE, max_sentences=3).sentences]
    assert VERDICT in shown  # before: the results, the segment and the quarter
    assert shown[0].startswith("公司发布2025年三季报")


def test_verdict_lines() -> None:
    assert states_verdict("公司维持积极展店扩张政策，到家业务成长迅速，维持“增持”评级。")
    assert states_verdict("取目标价均值21.40元，首次覆盖给予“买入”评级。")
    assert states_verdict("维持跑赢行业评级。")
    # a forecast table: a point as often, but it took the thesis lines' place (CFBenchmark ROUGE)
    assert not states_verdict("我们预计公司2026-2028年归母净利润分别为4.05/5.11/6.02亿元，维持“增持”评级。")
    assert not states_verdict("公司毛利率同比提升1.2个百分点。")  # no rating
    assert not states_verdict("公司所持股份维持不变，仍为第一大股东。")


def test_verdicts_only_in_a_brokerage_note() -> None:
    assert np.array_equal(verdict_lines(["我们认为公司业绩符合预期。", VERDICT], "zh"), [False, True])
    # a news page that reports raised targets in passing is no note
    assert not verdict_lines(["该公司今日发布三季报，净利润同比增长31%。", "多家机构随后上调该公司目标价。"], "zh").any()
    assert not verdict_lines(["We keep our Buy rating."], "en").any()
