"""Key-sentence classes of the kpmiss2 round (docs/benchmarks.md, "Missed points across all sets, by class").
Every text is written for the test."""

from __future__ import annotations

import numpy as np

from summarizer import analyze
from summarizer.causes_zh import explains_figure
from summarizer.effects_zh import measure_effects, states_measure_effect

# A policy flash: the decision, the ratio after it, what it releases, the central bank's word, background, and an
# analyst's estimate of the cost saved. The release is the decision's effect, counted: one of its points.
EFFECT = "此次降准预计向市场释放长期资金约5000亿元。"
RRR_CUT = "\n\n".join((
    "中国人民银行决定于3月15日下调金融机构存款准备金率0.25个百分点（不含已执行5%存款准备金率的金融机构）。",
    "本次下调后，金融机构加权平均存款准备金率约为6.2%。",
    EFFECT,
    "央行有关负责人表示，稳健的货币政策将保持灵活适度，保持流动性合理充裕。",
    "今年以来，央行已通过中期借贷便利等工具投放中长期流动性超过1.2万亿元。",
    "业内分析人士指出，降准有助于降低银行负债成本，每年可减少金融机构资金成本约30亿元。",
))


def test_a_measure_s_counted_effect_is_shown() -> None:
    shown = [s.text for s in analyze(RRR_CUT, max_sentences=3).sentences]
    assert EFFECT in shown  # before: the ratio after the cut and the analyst's estimate, not the release
    assert shown[0].startswith("中国人民银行决定")


def test_lines_that_count_a_measure_s_effect() -> None:
    assert states_measure_effect("市医保局测算，新政实施后，预计每年可为参保职工减轻负担约3.6亿元。")
    assert states_measure_effect("每张券满200元减50元，预计带动零售消费超过15亿元。")
    assert states_measure_effect("这一做法可为企业节省报关时间约2天。")
    assert not states_measure_effect("此举有望降低企业融资成本。")  # no figure
    assert not states_measure_effect("预计2026-2028年，全球储能年均新增装机将达到80GW，带动行业空间扩大。")  # years ahead
    assert not states_measure_effect("公司营业成本同比减少12.3%。")  # a result, no estimate


def test_a_brokerage_note_s_estimates_are_left_alone() -> None:
    note = ["我们预计公司2026-2028年归母净利润分别为3.1/4.0/5.2亿元，维持“买入”评级。",
            "公司获得专项补贴1.2亿元，预计可减少当期财务费用约3000万元。"]
    assert not measure_effects(note, "zh").any()
    assert np.array_equal(measure_effects(["此次降准预计向市场释放长期资金约5000亿元。"], "zh"), [True])
    assert not measure_effects(["The cut is expected to release about $70 billion."], "en").any()


# A results preannouncement: revenue, profit, recurring profit, then the revenue figure again with why it fell.
CAUSE = ("公司预计2025年实现营业收入56.2亿元，同比减少8.4%，全年营收下滑主要系下游光伏行业需求放缓，"
         "公司主动收缩低毛利的贸易业务。")
PREANNOUNCEMENT = (
    "事件：公司发布2025年业绩预告，预计2025年实现营业收入56.2亿元，同比减少8.4%；",
    "预计实现归母净利润3.12亿元，同比减少41.6%；",
    "实现扣非归母净利润2.85亿元，同比减少45.2%。",
    CAUSE,
    "公司持续加大研发投入，新一代高效组件封装材料已完成客户验证。",
    "我们预计公司2026-2028年归母净利润分别为4.05/5.11/6.02亿元，维持“增持”评级。",
)


def test_a_figure_told_again_for_its_cause_is_shown() -> None:
    shown = [s.text for s in analyze("\n\n".join(PREANNOUNCEMENT), max_sentences=3).sentences]
    assert shown[0].endswith("营业收入56.2亿元，同比减少8.4%…")  # cut at its ；, shown as going on
    assert CAUSE in shown  # before: skipped as the revenue figure told twice


def test_a_figure_told_again_without_a_cause_is_still_skipped() -> None:
    again = "公司预计2025年实现营业收入56.2亿元，同比减少8.4%，公司将继续推进降本增效。"
    lines = [again if line == CAUSE else line for line in PREANNOUNCEMENT]
    shown = [s.text for s in analyze("\n\n".join(lines), max_sentences=3).sentences]
    assert again not in shown


def test_lines_that_explain_a_figure() -> None:
    assert explains_figure("归母净利润1.2亿元，同比下降30%，主要原因是原材料价格上涨。")
    assert explains_figure("毛利率同比提升2.1pct至35.6%，主要得益于产品结构优化。")
    assert not explains_figure("主要系原材料价格上涨，公司毛利率承压。")  # the cause before any figure
    assert not explains_figure("公司营业收入56.2亿元，同比减少8.4%。")


def test_a_line_cut_at_its_semicolon_ends_as_going_on() -> None:
    """A key sentence that is one part of a statement cut at its ；(a quarter of the shown lines on the corpus) was
    shown ending in "；"; it ends in "…", as a line trimmed for length does."""
    shown = [s for s in analyze("\n\n".join(PREANNOUNCEMENT), max_sentences=3).sentences]
    assert not any(s.text.endswith(("；", ";")) for s in shown)
    assert shown[0].trimmed
