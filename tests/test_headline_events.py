"""A headline that states its fact in words lifts the body line that states that fact with its figure
(summarizer.headline_events, issue #13 part 4). The texts are written for these tests: fictional
companies and numbers, leads that set a scene and state no fact.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.headline_events import change_classes, states_headline_event
from summarizer.headline_figures import headline_bounds, states_headline_figure

LOSS_TITLE = "华岭科技三季度亏损收窄"
LOSS_TEXT = ("10月28日晚间，华岭科技发布了2025年第三季度报告。"
             "作为国内较早布局车规级芯片的企业，华岭科技近年来一直处于投入期。"
             "公司表示，将继续加大在智能驾驶芯片领域的研发投入。"
             "报告显示，三季度公司实现营业收入12.6亿元，同比增长8.2%。"
             "当季归属于上市公司股东的净亏损为1.35亿元，较上年同期的3.02亿元明显收窄。"
             "前三季度，公司研发费用合计9.8亿元，占营业收入的比重为27.5%。"
             "截至9月末，公司账面货币资金为46.3亿元。"
             "业内人士认为，华岭科技亏损收窄释放了积极信号，但盈利仍需时间。")

SLIDE_TITLE = "Corvel's profit slides as shoppers trade down"
SLIDE_TEXT = ("For years, Corvel was the store that could do no wrong. "
              "Its bright aisles and loyalty cards drew families from across the region, and its founder became "
              "a local celebrity. "
              "That picture has changed. "
              "Revenue rose 2% to $5.1 billion in the three months to September, helped by new stores. "
              "Net profit fell 23% to $412 million, the company said on Tuesday, as shoppers switched to cheaper "
              "own-label goods. "
              "The company operates 1,200 stores in 14 countries and employs 61,000 people. "
              "Chief Executive Maria Lund said the company would keep prices low through the holidays. "
              "Analysts said Corvel's profit slide was a warning for the whole sector.")

SHOPS_TITLE = "县城咖啡店一年新增上万家"
SHOPS_TEXT = ("早上七点半，江西一座县城的连锁咖啡店门口已经排起了队。"
              "店员说，来买咖啡的多是附近上班的年轻人。"
              "像这样的县城咖啡店正在快速增加。"
              "据一家餐饮数据机构统计，截至今年6月，全国三线及以下城市咖啡门店达到5.6万家，一年内新增约1.2万家。"
              "多个品牌推出9.9元一杯的促销价，县城门店的平均客单价已降至13元左右。"
              "一位加盟商算了一笔账，单杯利润不足2元，回本周期拉长到20个月以上。"
              "业内人士认为，未来比拼的将是选址和供应链效率。")


def _best(text: str, title: str) -> str:
    """The key sentence ranked first (the one a one-line summary shows)."""
    return analyze(text, title=title, max_sentences=1).sentences[0].text


@pytest.mark.parametrize(
    ("title", "text", "fact"),
    [(LOSS_TITLE, LOSS_TEXT, "净亏损为1.35亿元"),
     (SLIDE_TITLE, SLIDE_TEXT, "Net profit fell 23%"),
     (SHOPS_TITLE, SHOPS_TEXT, "一年内新增约1.2万家")],
)
def test_the_line_of_the_headlines_fact_ranks_first(title: str, text: str, fact: str) -> None:
    assert fact in _best(text, title)


def test_the_headline_is_never_shown() -> None:
    # a page that opens with its headline line: the headline stays evidence, never a key sentence
    for title, text in ((LOSS_TITLE, LOSS_TEXT), (SLIDE_TITLE, SLIDE_TEXT), (SHOPS_TITLE, SHOPS_TEXT)):
        shown = [s.text for s in analyze(f"{title}\n{text}", max_sentences=3).sentences]
        assert all(s.strip() != title for s in shown)


def test_a_line_that_only_repeats_the_headline_is_passed_over() -> None:
    lines = ["业内人士认为，华岭科技亏损收窄释放了积极信号。",  # the headline's words, no figure
             "当季净亏损为1.35亿元，较上年同期的3.02亿元明显收窄。"]
    assert states_headline_event(lines, LOSS_TITLE, "zh") == [False, True]
    lines = ["Analysts said Corvel's profit slide was a warning.", "Net profit fell 23% as shoppers switched to cheaper goods."]
    assert states_headline_event(lines, SLIDE_TITLE, "en") == [False, True]


def test_a_change_the_other_way_is_not_the_headlines_fact() -> None:
    lines = ["Net profit rose 23% to $412 million as shoppers returned."]
    assert states_headline_event(lines, SLIDE_TITLE, "en") == [False]
    assert states_headline_event(["三季度营业收入12.6亿元，同比增长8.2%。"], LOSS_TITLE, "zh") == [False]


def test_only_one_line_is_lifted_and_only_an_eligible_one() -> None:
    lines = [SHOPS_TITLE + "5.6万家", "门店达到5.6万家，一年内新增约1.2万家。", "县城咖啡门店一年新增了3000家。"]
    assert states_headline_event(lines, SHOPS_TITLE, "zh") == [True, False, False]
    assert states_headline_event(lines, SHOPS_TITLE, "zh", [False, True, True]) == [False, False, True]


def test_a_headline_without_a_change_lifts_nothing() -> None:
    assert change_classes("专访驰远机器人董事长周航：人形机器人明年量产", "zh") == frozenset()
    assert not any(states_headline_event(["公司计划明年量产1000台。"], "专访驰远机器人董事长周航：人形机器人明年量产", "zh"))
    assert change_classes("The quiet return of the night train", "en") == frozenset()


def test_the_kinds_of_change() -> None:
    assert change_classes("华岭科技三季度亏损收窄", "zh") == {"loss", "down"}
    assert change_classes("shares slide", "en") == {"down"}
    assert change_classes("Shares in Brightholm fell 6.2%.", "en") == {"down"}
    assert change_classes("Skylark swings to quarterly loss, cuts capacity growth", "en") == {"loss", "down"}


# A headline's approximate figure (逾80亿元, 近六成, more than 2%) is a bound the body's value lies in
# (summarizer.headline_figures.headline_bounds).
BOUND_TITLE = "澄川电池上半年营收逾80亿元"
BOUND_TEXT = ("8月26日晚间，澄川电池披露了半年度报告。"
              "这家成立于2012年的电池企业，过去几年一直在储能赛道上加速布局。"
              "公司在年报中多次强调，储能将成为第二增长曲线。"
              "上半年，公司储能电池出货量同比增长65%，海外收入同比增长42%。"
              "公司上半年实现营业收入81.6亿元。"
              "截至6月末，公司在手订单约120亿元。"
              "公司表示，下半年将继续扩大海外市场。")


def test_the_line_of_an_approximate_headline_figure_ranks_first() -> None:
    assert "81.6亿元" in _best(BOUND_TEXT, BOUND_TITLE)


@pytest.mark.parametrize(
    ("headline", "bound"),
    [("澄川电池上半年营收逾80亿元", ("n", 8.0e9, 9.0e9)),
     ("金禾食品分红占净利润近六成", ("%", 50.0, 60.0)),
     ("前10个月新能源汽车出口同比增长逾三成", ("%", 30.0, 40.0)),
     ("Oil rises more than 2% as OPEC+ extends cuts", ("%", 2.0, 3.0))],
)
def test_a_headline_bound(headline: str, bound: tuple[str, float, float]) -> None:
    assert headline_bounds(headline) == [pytest.approx(bound)]


def test_small_counts_and_words_without_a_number_are_no_bound() -> None:
    assert headline_bounds("多地推行带押过户 全国已超80城") == []
    assert headline_bounds("锦程电子三季度业绩超预期") == []


def test_a_value_within_the_bound_states_the_headline_figure() -> None:
    lines = ["营业收入81.6亿元。", "营业收入79.5亿元。", "营业收入91.2亿元。", "营业收入增长81.6%。"]
    assert states_headline_figure(lines, BOUND_TITLE) == [True, False, False, False]
    assert states_headline_figure(["分红总额占净利润的58.7%。", "占比61%。"], "分红占净利润近六成") == [True, False]
