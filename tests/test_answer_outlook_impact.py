"""/ask on results notices: a forecast is no actual figure, and an effect on a metric is not the metric.

"预计2021年度净利润1.57亿元-2.12亿元" does not answer "2021年净利润是多少": the refusal says the articles
only give a forecast, and shows it as the nearest fact. "影响归母净利润8119.49万元" is what one deal adds to
the profit, never the profit. The sample texts are ours (fictional companies and numbers)."""

from __future__ import annotations

from bot.render import text as render
from bot.render.htmltext import to_plain
from tests.ask_helpers import ask, first, library

NOTICE = library("hx", "恒迅物流发布2025年度业绩预告",
                 "恒迅物流公告，预计2025年度归属于上市公司股东的净利润2.3亿元-2.8亿元，上年同期亏损915.4万元。",
                 "公司控股子公司转让其合营企业40%股权，取得投资收益1.62亿元，影响归母净利润9120.5万元；"
                 "预计非经常性损益对净利润的影响金额约1.35亿元。")


def test_a_forecast_is_offered_as_the_nearest_fact_not_as_the_answer() -> None:
    found = ask("2025年净利润是多少？", NOTICE)
    assert found.abstained and found.missing == "outlook"
    said = to_plain(render.answer(found, "zh"))
    assert "预计数字" in said and "2.3亿元-2.8亿元" in said  # the forecast, labelled as not the answer
    assert "找不到" not in said
    assert "2.3亿元-2.8亿元" in first(ask("2025年净利润预计多少？", NOTICE))
    outlook = library("kf", "Kestrel Foods issues outlook",
                      "Kestrel Foods said it expects full-year 2025 net profit of $120 million to $140 million.")
    english = to_plain(render.answer(ask("What was Kestrel Foods' 2025 net profit?", outlook), "en"))
    assert "only give a forecast of Kestrel Foods' net profit" in english and "$120 million" in english


def test_an_effect_on_the_profit_is_not_the_profit() -> None:
    answered = ask("2025年净利润是多少？", NOTICE)
    assert "9120.5万元" not in to_plain(render.answer(answered, "zh"))
    assert "9120.5万元" in first(ask("股权转让影响净利润多少？", NOTICE))
