"""Key sentences: the other parts of a ；-joined results statement against far weaker lines.

A results statement cut at ；("营收…；归母净利润…；扣非归母净利润…；经营性现金流…。") states one
result in parts; the summary shows one part and keeps the others back while other lines are
left. When what is left is far weaker (a listing of EPS forecasts, an outlook with no fact),
the held-back parts are the better key sentences: the reader's next most important facts.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from summarizer import analyze, roles
from summarizer.textrank import DEFAULT_CONFIG, SentenceRanking, select_sentences

# Written for the test: a short note whose results statement has four parts, followed by lines
# that state no result (outlook, a forecast listing).
NOTE = (
    "事件：公司发布2024年年报。\n\n"
    "2024年，公司实现营业收入26.48亿元，同比增长18.25%；"
    "实现归母净利润4.12亿元，同比增长35.61%；"
    "实现扣非归母净利润3.87亿元，同比增长41.07%；"
    "实现经营性现金流净额5.36亿元，同比增长27.94%。\n\n"
    "公司作为国内检测设备的领先企业，产品认可度逐步提高，有望持续受益于行业发展。\n\n"
    "此外，新产品也将陆续为公司带来新的增长点。\n\n"
    "我们预计2025-2027年公司EPS分别为1.21元、1.52元、1.88元，对应市盈率分别为35.2倍、28.0倍、22.6倍。"
)


def _ranking(scores: list[float], statements: list[int]) -> SentenceRanking:
    n = len(scores)
    return SentenceRanking(np.array(scores), np.full(n, roles.FULL, dtype=np.int8), None,
                           numbers=tuple(frozenset() for _ in range(n)), statements=np.array(statements),
                           headline_fact=np.zeros(n, dtype=bool))


def test_a_held_back_part_waits_for_lines_of_comparable_score() -> None:
    # Parts 0-2 of one statement; lines 3 and 4 score a third or more of the held-back part.
    ranking = _ranking([10.0, 6.0, 5.0, 4.0, 3.0], [0, 0, 0, 1, 2])
    assert select_sentences(ranking, 3) == [0, 3, 4]


def test_a_held_back_part_passes_a_far_weaker_line() -> None:
    # Line 3 scores under a quarter of the held-back part 1: the parts come first.
    ranking = _ranking([10.0, 6.0, 5.0, 1.0, 0.5], [0, 0, 0, 1, 2])
    assert select_sentences(ranking, 3) == [0, 1, 2]


def test_without_the_share_the_statement_is_shown_once() -> None:
    ranking = _ranking([10.0, 6.0, 5.0, 1.0, 0.5], [0, 0, 0, 1, 2])
    assert select_sentences(ranking, 3, config=replace(DEFAULT_CONFIG, statement_defer=0.0)) == [0, 3, 4]


def test_a_note_shows_its_results_before_a_forecast_listing() -> None:
    shown = [s.text for s in analyze(NOTE, max_sentences=3).sentences]
    assert any("营业收入26.48亿元" in s for s in shown)
    assert any("归母净利润4.12亿元" in s for s in shown)
    assert not any("EPS分别为" in s for s in shown)


# Written for the test: a note that states its quarter's results in its digest and again in its body (two
# statements with the same figures), then the company's own guidance for the half year.
RESTATED = (
    "事件：公司披露2025年一季报，报告期内实现营业收入6.27亿元，同比下降18.34%；"
    "实现归母净利润0.71亿元，同比下降32.56%；"
    "实现扣非后归母净利润0.64亿元，同比下降37.12%，基本每股收益0.09元/股。\n\n"
    "公司预计2025年1-6月归属净利润增加5%-25%，达到2.13-2.54亿元。\n\n"
    "一季度受春节及雨雪天气影响，下游施工项目推进缓慢，产品需求有所下降，公司业绩受到一定影响。\n\n"
    "一季度公司营业收入6.27亿元，同比下降18.34%；"
    "实现归母净利润0.71亿元，同比下降32.56%。\n\n"
    "受收入下滑影响，公司销售毛利率27.95%，同比下降2.14pct，销售净利率11.32%，同比下降2.87pct；"
    "期间费用率17.46%，同比上涨2.95pct。\n\n"
    "其中销售费用率7.12%，同比上涨0.42pct；"
    "管理费用率5.36%，同比上涨0.57pct。\n\n"
    "我们维持公司2025-2027年归母净利润预测为4.12/4.96/5.83亿元，维持“增持”评级。"
)


def _restated(numbers: list[set[str]], statements: list[int]) -> SentenceRanking:
    n = len(numbers)
    return SentenceRanking(np.array([5.0, 4.0, 3.0, 1.0][:n]), np.full(n, roles.FULL, dtype=np.int8), None,
                           numbers=tuple(frozenset(found) for found in numbers), statements=np.array(statements),
                           headline_fact=np.zeros(n, dtype=bool))


def test_a_part_of_a_statement_restating_a_shown_one_waits() -> None:
    # 0 is shown; 1 and 2 are one statement that restates 0's figures (1 shares one): 2 waits like a part of 0's.
    ranking = _restated([{"6.27", "18.34"}, {"6.27", "18.34"}, {"0.71", "32.56"}, {"2.13"}], [0, 1, 1, 2])
    assert select_sentences(ranking, 2) == [0, 3]


def test_statements_of_other_figures_do_not_wait() -> None:
    ranking = _restated([{"6.27", "18.34"}, {"0.71", "32.56"}, {"2.13"}], [0, 1, 2])
    assert select_sentences(ranking, 2) == [0, 1]


def test_a_note_shows_its_guidance_rather_than_its_results_again() -> None:
    shown = [s.text for s in analyze(RESTATED, max_sentences=3).sentences]
    assert any("2.13-2.54亿元" in s for s in shown)
    assert sum("0.71亿元" in s for s in shown) <= 1
