"""Key-sentence classes found in the thirteenth real-text round (fresh13); sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.market_size_zh import sizes_market
from summarizer.roles import news_value


def test_a_line_sizing_the_whole_market_is_no_result_of_the_company() -> None:
    assert sizes_market("2022年，全球锯片市场规模已达800亿元以上，国内市场规模稳定在120-150亿元。", "zh")
    assert sizes_market("根据测算2026年我国特种陶瓷需求将达到9.6万吨，市场规模约为210.4亿元。", "zh")
    assert sizes_market("中国骨科植入耗材2022-2027年有望保持18%的复合增速。", "zh")
    assert news_value("根据测算2026年我国特种陶瓷需求将达到9.6万吨，市场规模约为210.4亿元。", "zh") <= 1.0
    # The company's own figures stay results, and so does a line that names the company beside the market.
    assert not sizes_market("2019年-2022年，公司营收、净利润CAGR分别达21.5%和27.8%。", "zh")
    assert not sizes_market("公司国内市场份额提升至12.5%，市场规模位居行业第二。", "zh")
    assert not sizes_market("2023H1公司营收和归母净利润分别为3.1亿元、8200万元，分别同比+52%、+96%。", "zh")
    assert not sizes_market("The market size reached $80 billion.", "en")


def test_a_notes_latest_results_outrank_the_size_of_its_market() -> None:
    text = ("公司以工业锯片起家，逐步成长为国内金刚石工具领先供应商，主要从事超硬锯片业务，规模位居国内前列。"
            "公司持续加码研发，技术水平和产品性能均处于国内领先地位。"
            "2019年-2022年，公司营收、净利润CAGR分别达21.5%和27.8%，毛利率持续稳定在45%左右，盈利能力突出。"
            "受基建复苏和国产替代影响，2023H1公司营收和归母净利润分别为3.1亿元、8200万元，分别同比+52%、+96%，业绩大幅增长。"
            "金刚石工具作为石材加工的易耗部件，具有明显的消费属性，市场需求受周期波动影响小。"
            "2022年，全球锯片市场规模已达800亿元以上，国内市场规模稳定在120-150亿元。"
            "随着基建投资回暖，国内超硬工具的消费需求有望进一步提升。"
            "我们预计公司2023年-2025年归母净利润分别1.92/2.61/3.35亿元，首次覆盖给予“增持”评级。")
    shown = [s.text for s in analyze(text, max_sentences=3).sentences]
    assert not any("全球锯片市场规模" in s for s in shown)
    assert any("2023H1公司营收和归母净利润" in s for s in shown)
