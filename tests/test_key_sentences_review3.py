"""Edges of the page-part rules for key sentences, probed with sentences written for these tests."""

from __future__ import annotations

import pytest

from summarizer.boilerplate import is_boilerplate_heading, is_boilerplate_sentence
from summarizer.roles import states_no_fact, without_list_marker


@pytest.mark.parametrize("line", ["一、二线城市房价环比上涨0.3%，三线城市持平。",
                                  "三、四线城市库存压力仍大，去化周期超过20个月。",
                                  "十一、十二月份出口增速放缓至3%左右。"])
def test_a_pair_of_numerals_is_no_list_marker(line: str) -> None:
    assert without_list_marker(line) == line


@pytest.mark.parametrize(("line", "shown"), [
    ("一、公司全年营收增长10%，净利润增长12%。", "公司全年营收增长10%，净利润增长12%。"),
    ("十二、董事会审议通过了年度利润分配方案。", "董事会审议通过了年度利润分配方案。"),
])
def test_a_list_marker_still_goes(line: str, shown: str) -> None:
    assert without_list_marker(line) == shown


@pytest.mark.parametrize("line", ["About 3,000 jobs at risk", "About half of workers plan to quit",
                                  "About $2 billion in deals stalled", "About A Third Of Stores Will Close"])
def test_a_heading_about_an_amount_is_news(line: str) -> None:
    assert not is_boilerplate_heading(line)


@pytest.mark.parametrize("line", ["About Acme", "About the Company", "About Time Inc", "About One Medical"])
def test_an_about_heading_still_opens_the_company_profile(line: str) -> None:
    assert is_boilerplate_heading(line)


def test_hosting_a_call_about_anything_else_is_news() -> None:
    assert not is_boilerplate_sentence("The president will host a call with European leaders on Friday.")


@pytest.mark.parametrize("line", ["Acme will host a call at 8:30 a.m. ET to discuss its third-quarter results.",
                                  "Acme will host an earnings call on Tuesday.",
                                  "The company will host a conference call with analysts tomorrow."])
def test_a_results_call_notice_is_boilerplate(line: str) -> None:
    assert is_boilerplate_sentence(line)


@pytest.mark.parametrize("line", ["傍晚时分，一场突如其来的大火烧毁了工厂的仓库。",
                                  "凌晨，地震造成至少数百人死亡。",
                                  "晚上，某公司创始人张三被警方带走调查。"])
def test_what_happened_at_an_hour_is_news(line: str) -> None:
    assert not states_no_fact(line, "zh")


def test_a_scene_at_an_hour_still_states_no_fact() -> None:
    assert states_no_fact("傍晚，老张坐在门口的小板凳上抽烟。", "zh")


def test_a_season_is_no_period_of_its_own() -> None:
    from summarizer.statement_parts import loose_parts
    parts = ["其中第三季度实现营收41.2亿元，同比增长12.1%；", "受旺季带动，归母净利润3.9亿元，同比增长52.3%。"]
    assert loose_parts(parts, [0, 0], "zh") == [False, True]
    assert loose_parts([parts[0], "四季度归母净利润3.9亿元。"], [0, 0], "zh") == [False, False]


def test_up_and_down_state_a_result_only_as_a_move_by_an_amount() -> None:
    from summarizer.roles import states_result

    assert not states_result("She stayed up until three in the morning, sketching the first design.", "en")
    assert not states_result("They set up the shop in a garage and ended up hiring twelve people.", "en")
    assert states_result("The index was up 2.4% by noon.", "en")
    assert states_result("Net profit was down by $3 million.", "en")


def test_a_part_is_read_with_the_nearest_part_naming_a_period() -> None:
    from summarizer.statement_parts import loose_parts, shown_from
    parts = ["公司发布半年度业绩快报：上半年实现营收50.2亿元，同比增长12%；",
             "其中二季度实现营收26.1亿元，同比增长9%；",
             "归母净利润2.4亿元，同比扭亏。"]
    # The profit is the second quarter's, not the half year's: shown alone it would read as the half year's.
    assert loose_parts(parts, [0, 0, 0], "zh") == [False, False, True]
    assert shown_from(parts, [0, 0, 0], 2, {2}, "zh", 120) == 0  # the whole statement fits
    assert shown_from(parts, [0, 0, 0], 2, {2}, "zh", 50) == 1  # else from its quarter on
    assert shown_from(parts, [0, 0, 0], 2, {1, 2}, "zh", 120) == 2  # its quarter is shown already
    # A part after the head's own period is read with it, as before.
    assert loose_parts(["上半年实现营收50.2亿元，同比增长12%；", "归母净利润4.3亿元，同比增长20%。"], [0, 0], "zh") == [False, False]
