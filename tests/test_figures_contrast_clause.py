"""The base of a comparison states the same measure as the figure it is compared with, and it moved nowhere:
- "去年同期则赚8.1亿元": "则赚" (then earned) is the predicate of the contrast clause, never its subject;
- "compared with a loss of $35.6 million", "from a profit of $380 million": the base named by its head noun alone
  takes the measure of the figure before it; a base that was a loss stays a loss, a profit base gets no rise."""
from __future__ import annotations

from summarizer.figures import extract_figures


def _figures(sentence: str, lang: str):
    return extract_figures([sentence], lang=lang, key_indices=frozenset({0}))


def _valued(figures, value: float):
    return next(f for f in figures if f.value is not None and abs(f.value - value) < 1)


def test_then_earned_carries_the_metric_of_the_clause_before() -> None:
    figures = _figures("星原地产录得股东应占亏损12.5亿元，去年同期则赚8.1亿元。", "zh")
    base = _valued(figures, 8.1e8)
    assert base.subject and "赚" not in base.subject
    assert base.subject == next(f for f in figures if f.change == "loss").subject


def test_a_loss_base_named_by_its_head_noun_takes_the_full_measure_and_stays_a_loss() -> None:
    figures = _figures("Operating loss was $18.2 million, compared with a loss of $35.6 million a year earlier.", "en")
    base = _valued(figures, 35.6e6)
    assert base.subject == "Operating loss"
    assert base.change == "loss"


def test_a_profit_base_after_from_has_no_direction() -> None:
    figures = _figures("Adjusted operating profit rose to $410 million from a profit of $380 million.", "en")
    assert _valued(figures, 410e6).change == "up"
    base = _valued(figures, 380e6)
    assert base.change is None
    assert base.subject == "Adjusted operating profit"


def test_a_base_period_heading_its_clause_dates_what_follows() -> None:
    # "上年同期，…为2.0亿元" listed the base year's profit with no period, as if it were this year's.
    figures = _figures("上年同期，公司归属于上市公司股东的净利润为2.0亿元，扣除非经常性损益后的净利润为1.75亿元。", "zh")
    assert [f.period for f in figures if f.unit] == ["上年同期", "上年同期"]
    later = _figures("公司上半年营收增长12%，上年同期，营收下降3%。", "zh")
    assert _valued(later, 3).period == "上年同期"
    # A comparison period inside its own clause still dates only that clause.
    own = _figures("上年同期亏损9.85亿元，亏损同比收窄56.6%。", "zh")
    assert _valued(own, 56.6).period is None


def test_a_profit_notices_next_item_after_a_semicolon_is_still_forecast() -> None:
    # "…预计2026年度实现归母净利润3.3亿元至3.6亿元，比上年同期增长65%至80%；扣除非经常性损益后的净利润3.0亿元至3.3亿元，
    # 比上年同期增长72%至89%": the 扣非 range and its growth were shown undated, as results.
    from summarizer import analyze

    text = ("青岚股份：预计2026年净利润同比增长40%至55%\n"
            "公司预计2026年度实现归属于上市公司股东的净利润2.8亿元至3.1亿元，比上年同期增长40%至55%；"
            "扣除非经常性损益后的净利润2.5亿元至2.8亿元，比上年同期增长56%至75%。")
    figures = analyze(text).figures
    item = next(f for f in figures if f.value == (2.5e8, 2.8e8))
    growth = next(f for f in figures if f.value == (56.0, 75.0))
    assert item.estimate == growth.estimate == "forecast"
    assert item.period == growth.period == "2026年度"
    # A result part with a range after a result part stays a result.
    plain = _figures("星河公司上半年实现营收12亿元，同比增长8%；净利润2亿元至3亿元。", "zh")
    assert all(f.estimate is None for f in plain)
