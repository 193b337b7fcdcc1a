"""A Chinese market wrap's close is its result (summarizer.market_close_zh). Texts written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.market_close_zh import market_closes, states_market_close

WRAP = ("3月14日消息，三大指数早间小幅低开，沪指围绕平盘震荡，创业板指一度跌超1%。"
        "板块方面，半导体、消费电子板块走强，多只个股涨停，汽车零部件板块午前拉升。"
        "午后指数震荡走弱，创业板指跌幅扩大，沪指翻绿。"
        "煤炭、银行等板块小幅回调，旅游、酒店板块走低。"
        "总体而言，个股涨少跌多，两市超3100股下跌，两市成交额达8100亿元。"
        "截至收盘，沪指跌0.42%，深证成指跌1.08%，创业板指跌1.66%。")


def test_the_close_of_a_wrap() -> None:
    assert states_market_close("截至收盘，沪指跌0.42%，深证成指跌1.08%，创业板指跌1.66%。")
    assert states_market_close("收盘时，恒生指数涨1.2%，恒生科技指数涨2.1%。")
    # A share's close names no index; an index's move at noon is no close.
    assert not states_market_close("截至11月18日收盘，华川药业股价报27.82元，下跌1.35%。")
    assert not states_market_close("午后沪指跌0.3%，创业板指跌1.1%。")


def test_only_in_a_text_that_tells_the_trading_day() -> None:
    sentences = ["美联储宣布将联邦基金利率目标区间维持不变。", "点阵图显示年内或再加息两次。",
                 "截至当天收盘，道琼斯工业平均指数下跌232.79点，或0.68%。"]
    assert not market_closes(sentences, "zh").any()
    sentences[1] = "美股早盘低开，三大股指午后跌幅扩大。"
    assert market_closes(sentences, "zh").tolist() == [False, False, True]


def test_the_close_is_among_the_key_sentences() -> None:
    shown = [s.text for s in analyze(WRAP, max_sentences=3).sentences]
    assert any(s.startswith("截至收盘") for s in shown)
