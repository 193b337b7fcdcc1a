"""Key-sentence classes found in the sixteenth real-text round (fresh16); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.roles import figure_count, news_value


def test_a_two_digit_year_before_a_quarter_half_or_month_is_a_date() -> None:
    for line in ("考虑到23年一季度运营商集中提前采购，子公司高基数情况下本期仍保持增长。",
                 "受24年上半年行业去库存影响，公司订单节奏有所放缓。",
                 "公司23年Q2起逐步恢复正常交付。",
                 "产线于22年4月投产后运行平稳。",
                 "项目预计25年底建成。"):
        assert figure_count(line) == 0, line
        assert news_value(line, "zh") < 2.0, line  # no result with its figure
    # A two-digit number of years is a figure still: how long, not when.
    for line in ("公司深耕行业20年，客户覆盖全国。", "10年期国债收益率下行12个基点。", "23年中国经济恢复增长。"):
        assert figure_count(line) >= 1, line


def test_a_note_shows_its_market_share_over_a_base_effect_line_dated_by_quarter() -> None:
    text = ("2024年4月26日，公司发布2024年一季度报告，实现营业收入85.2亿元，同比增长6.1%，归母净利润3.2亿元，同比增长12.4%。"
            "子公司甲网络实现营收52.3亿元，同比增长2.1%，净利润3.5亿元，同比增长4.2%。"
            "考虑到23年一季度运营商集中提前采购，甲网络高基数情况下本期仍保持增长。"
            "市场份额方面，公司持续巩固在关键领域的领先地位，核心产品竞争力进一步增强。"
            "甲网络在国内数据中心交换机市场份额达28.5%，保持第二，企业级路由器市场份额排名第二。"
            "公司持续推进海外布局，已在多个国家设立分支机构。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert any("数据中心交换机市场份额达28.5%" in s for s in shown)
    assert not any("高基数情况下" in s for s in shown)
