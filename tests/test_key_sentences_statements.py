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
