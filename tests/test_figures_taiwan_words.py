"""Taiwan's change words and bases at their edges: only where they say what they seem to.

年增/月增/季增 measure against the year, month or quarter before only right after what
changed ("营收年增20%"); after a time or a word ending in 年/月/季 (新年, 十年, 3月, 旺季)
they state no basis. 成长 and 衰退 are a change only with the amount right after them: as
nouns (成长型基金, 经济衰退概率) they change nothing. Sentences are written here.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures


@pytest.mark.parametrize(
    ("sentence", "text", "basis"),
    [
        ("营收年增20%，季增11%。", "20%", "同比"),
        ("营收年增20%，季增11%。", "11%", "环比"),
        ("11月营收为85亿元，月增4%。", "4%", "环比"),
        ("10月CPI年增3.2%。", "3.2%", "同比"),
        ("出口年减5%。", "5%", "同比"),
        ("新年增加了100名员工。", "100名", None),
        ("十年增长了3倍。", "3倍", None),
        ("三年增长了20%。", "20%", None),
        ("汽车销量3月增长5%。", "5%", None),
        ("1-3月增长12%。", "12%", None),
        ("旺季增长7%。", "7%", None),
        ("淡季减少30%。", "30%", None),
        ("本季增长8%。", "8%", None),
    ],
)
def test_basis_of_taiwan_change_words(sentence: str, text: str, basis: str | None) -> None:
    assert by_text(figures(sentence), text).basis == basis


@pytest.mark.parametrize(
    ("sentence", "text", "change", "subject"),
    [
        ("营收成长15%。", "15%", "up", "营收"),
        ("营收年衰退8%。", "8%", "down", "营收"),
        ("营收成长至100亿元。", "100亿元", "up", "营收"),
        ("经济衰退概率为30%。", "30%", None, "经济衰退概率"),
        ("成长型基金规模为300亿元。", "300亿元", None, "成长型基金规模"),
        ("科技成长基金净值上涨2%。", "2%", "up", "科技成长基金净值"),
        ("衰退期间营收为10亿元。", "10亿元", None, None),
    ],
)
def test_growth_and_recession_as_nouns_change_nothing(sentence: str, text: str, change: str | None,
                                                     subject: str | None) -> None:
    figure = by_text(figures(sentence), text)
    assert figure.change == change
    if subject is not None:
        assert figure.subject == subject


def test_a_quarter_ending_is_its_period_and_a_tv_season_is_none() -> None:
    ending = by_text(figures("第3季末存货为20亿元。"), "20亿元")
    assert (ending.period, ending.subject) == ("第3季末", "存货")
    assert by_text(figures("他在第3季节目中获得50万元奖金。"), "50万元").period is None


@pytest.mark.parametrize("name", ["华润微", "紫光国微"])
def test_a_name_ending_in_a_degree_character_is_kept_whole(name: str) -> None:
    # ("华润微跌3%" stays ambiguous: jieba reads 微跌 as in "沪指微跌0.1%", the commoner case.)
    assert by_text(figures(f"{name}营收同比下降3%，毛利率承压。"), "3%").subject == f"{name}营收"


def test_a_degree_after_a_profit_is_still_cut() -> None:
    assert by_text(figures("净利润微降2%。"), "2%").subject == "净利润"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("前11月营收为2.6兆元，年增32%。", "2.6兆元", 2.6e12, "元"),
        ("营收达1.2兆新台币。", "1.2兆新台币", 1.2e12, "新台币"),
        ("营收为7596亿新台币。", "7596亿新台币", 7.596e11, "新台币"),
        ("日本政府预算为110兆日元。", "110兆日元", 1.1e14, "日元"),
        ("新增装机容量为100兆瓦。", "100兆瓦", 100.0, "兆瓦"),
    ],
)
def test_a_trillion_written_zhao_keeps_its_scale_and_currency(sentence: str, text: str, value: float,
                                                             unit: str) -> None:
    # "营收为2.6兆元" was shown as "营收 2.6": the scale and the currency were lost.
    figure = by_text(figures(sentence), text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [("营收达1.2亿元。", "营收"), ("净利润已达5亿元。", "净利润"), ("公司营收达1.2亿元。", "公司营收"),
     ("万达营收为100亿元。", "万达营收")],
)
def test_reach_after_a_metric_is_no_part_of_the_subject(sentence: str, subject: str) -> None:
    assert figures(sentence)[0].subject == subject


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("（2024年12月6日）公司营收为100亿元。", "公司营收"),
        ("（截至6日）公司持仓为100万股。", "公司持仓"),
        ("（记者6日电话采访）公司营收为100亿元。", "公司营收"),
        ("（注：本文6日电讯稿）营收为100亿元。", "营收"),
        ("（一）营收为100亿元。", "营收"),
        ("（完）营收为100亿元。", "营收"),
    ],
)
def test_a_bracket_that_looks_like_a_dateline_but_is_none(sentence: str, subject: str) -> None:
    # Not datelines, so the clause keeps them; the subject is what stands outside the bracket
    # ("（记者电话采访）公司营收" was shown: put together, with the date taken out).
    assert by_text(figures(sentence), "100亿元" if "亿元" in sentence else "100万股").subject == subject


def test_a_bracketed_dateline_is_cut_and_its_date_is_no_period() -> None:
    found = figures("（中央社记者吴家豪台北6日电）台积电今日公布11月营收为2600亿元，月增5%，年增30%。")
    assert [(f.text, f.subject, f.basis) for f in found] == [
        ("2600亿元", "营收", None), ("5%", "营收", "环比"), ("30%", "营收", "同比")]


@pytest.mark.parametrize(("sentence", "subject"), [("台湾第3季经济成长率为3.3%。", "台湾经济成长率"),
                                                   ("营收成长率为20%。", "营收成长率")])
def test_a_growth_rate_is_the_subject_as_with_zengzhanglv(sentence: str, subject: str) -> None:
    # As "经济增长率为4.6%" keeps 增长率: the rate is what the figure measures.
    assert figures(sentence)[0].subject == subject


@pytest.mark.parametrize("sentence", ["同年增长5%。", "本季增长8%。", "每年增长10%。", "三个月增长了5%。"])
def test_a_time_alone_is_no_subject(sentence: str) -> None:
    # Before a change word with no basis of its own, the time is when it changed, not what.
    assert figures(sentence)[0].subject is None


def test_a_time_before_a_metric_still_leaves_the_metric() -> None:
    assert figures("年度营收为10亿元。")[0].subject == "年度营收"
