"""A Chinese headline's later clause, after a space, lifts the line that states it
(summarizer.headline_clauses.clause_factors_zh). Sentences written for the test."""

from __future__ import annotations

from summarizer import analyze
from summarizer.headline_clauses import clause_factors_zh

TITLE = "青禾银行董事长李明辞职 行长王强代为履职"
TEXT = ("青禾银行3月2日晚间公告称，董事会于当日收到董事长李明的书面辞职报告，李明因工作调动，辞去该行董事长、执行董事职务。"
        "根据相关规定，李明的辞职自辞职报告送达董事会时生效。"
        "在新任董事长正式履职前，由行长王强代为履行董事长职责。"
        "公开资料显示，李明今年58岁，2018年起担任青禾银行董事长，任内该行总资产由8600亿元增长至1.5万亿元。"
        "近年来，青禾银行持续推进零售转型，零售贷款占比提升至38%。"
        "截至2024年末，该行不良贷款率为1.21%，较上年末下降0.05个百分点。")
LINES = ["青禾银行3月2日晚间公告称，董事会于当日收到董事长李明的书面辞职报告。",
         "根据相关规定，李明的辞职自辞职报告送达董事会时生效。",
         "在新任董事长正式履职前，由行长王强代为履行董事长职责。"]


def test_the_line_of_the_later_clause_is_lifted() -> None:
    assert clause_factors_zh(LINES, TITLE, 1.0).tolist() == [1.0, 1.0, 2.0]


def test_the_later_clause_is_shown() -> None:
    shown = [s.text for s in analyze(TEXT, title=TITLE, max_sentences=3).sentences]
    assert any("李明的书面辞职报告" in s for s in shown)
    assert any("王强代为履行" in s for s in shown)


def test_a_one_clause_headline_or_a_comma_lifts_nothing() -> None:
    assert (clause_factors_zh(LINES, "青禾银行董事长李明辞职", 1.0) == 1.0).all()
    # after a comma an analyst's headline joins theses, not a second fact
    assert (clause_factors_zh(LINES, "青禾银行点评：董事长李明辞职，行长王强代为履职", 1.0) == 1.0).all()


def test_a_clause_without_enough_of_its_own_words_lifts_nothing() -> None:
    # only "行长" is the clause's own and in a line: one pair is not enough
    assert (clause_factors_zh(LINES, "青禾银行董事长李明辞职 副行长另有任用", 1.0) == 1.0).all()


def test_a_line_that_only_repeats_the_clause_is_passed_over() -> None:
    lines = ["央行12月5日公告，将开展8000亿元买断式逆回购操作。", "多家车企公布11月销量。",
             "其中，远航汽车11月销量为12.6万辆，同比增长58%。"]
    factors = clause_factors_zh(lines, "早间财经速递：央行开展8000亿元买断式逆回购 多家车企公布11月销量", 1.0)
    assert factors[1] == 1.0
