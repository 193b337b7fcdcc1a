"""A results line cut at ；is never shown without the loss that completes it.

The splitter cuts "营收…，同比下降…；归母净利润亏损…。" at ；and the ranking holds the profit part back as
a twin of the revenue part, so the revenue alone was shown: a key sentence that hid the loss the
headline was about. Written texts, no corpus text.
"""

from __future__ import annotations

from summarizer import analyze

LOSS_NOTE = (
    "远帆新材前三季度由盈转亏 海外订单下滑\n\n"
    "10月29日晚间，远帆新材披露三季报。公司前三季度实现营业收入86.2亿元，同比下降12.4%；"
    "归母净利润亏损5.3亿元，上年同期为盈利2.1亿元。\n\n"
    "公司表示，亏损主要受产品价格下跌和海外订单下滑影响，前三季度计提存货跌价准备约3亿元。\n\n"
    "截至三季度末，公司货币资金为41亿元，资产负债率为63.5%。公司产品出货量为12.6万吨，同比增长4%。\n\n"
    "行业人士指出，行业价格已接近底部，但需求复苏仍需时间。"
)

PROFIT_NOTE = (
    "远帆新材前三季度业绩稳步增长\n\n"
    "10月29日晚间，远帆新材披露三季报。公司前三季度实现营业收入86.2亿元，同比增长12.4%；"
    "归母净利润5.3亿元，同比增长8.1%。\n\n"
    "公司表示，增长主要受海外订单带动，前三季度新签订单约30亿元。\n\n"
    "截至三季度末，公司货币资金为41亿元，资产负债率为43.5%。公司产品出货量为12.6万吨，同比增长14%。"
)


def _line_with(text: str, word: str) -> str:
    lines = [s.text for s in analyze(text, max_sentences=3).sentences if word in s.text]
    assert lines, f"no key sentence states {word}"
    return lines[0]


def test_the_revenue_line_is_shown_with_the_loss_of_its_statement() -> None:
    line = _line_with(LOSS_NOTE, "营业收入86.2亿元")
    assert "亏损5.3亿元" in line


def test_a_profit_that_is_no_loss_does_not_lengthen_the_line() -> None:
    line = _line_with(PROFIT_NOTE, "营业收入86.2亿元")
    assert "归母净利润" not in line


def test_the_loss_shown_with_its_revenue_line_is_a_key_figure() -> None:
    # Its figure ranks as the key sentences' figures do, not below the lines the summary left out.
    text = LOSS_NOTE + ("\n\n同日，另一家材料龙头东屿新材披露三季报，前三季度营收约160亿元，同比下降9%，"
                        "归母净利润亏损2.2亿元。")
    top = [f.text for f in analyze(text).figures if f.kind == "figure"][:3]
    assert "5.3亿元" in top


def test_the_part_shown_with_a_key_sentence_counts_as_shown_for_the_figures() -> None:
    from summarizer.pipeline import _shown_parts
    from summarizer.split import split_sentences

    spans = split_sentences("公司前三季度实现营业收入86.2亿元，同比下降12.4%；归母净利润亏损5.3亿元，上年同期为盈利2.1亿元。"
                            "公司表示，亏损主要受产品价格下跌影响。")
    assert [s.text[:4] for s in spans] == ["公司前三", "归母净利", "公司表示"]
    assert _shown_parts(spans, [0], "zh") == frozenset({0, 1})
    assert _shown_parts(spans, [2], "zh") == frozenset({2})
