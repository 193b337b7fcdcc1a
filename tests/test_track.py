"""The per-company figure timeline behind /track: metric grouping, period order, deduplication."""

from summarizer import analyze
from summarizer.model import Figure
from summarizer.track import (
    Period,
    Source,
    SourcedFigure,
    build_track,
    classify_metric,
    parse_period,
)


def fig(subject, text, value, unit, *, change=None, period=None, kind="figure"):
    return Figure(text=text, value=value, unit=unit, approx=None, change=change, period=period,
                  subject=subject, context=subject + text, sentence_index=0, rank=1, kind=kind)


def src(article_id, date="2024-11-20"):
    return Source(article_id, f"文章{article_id}", f"https://example.com/{article_id}", date)


def test_periods_parse_to_months_and_years():
    assert parse_period("2024年第二季度") == Period(2024, 4, 6)
    assert parse_period("Q3 2024") == Period(2024, 7, 9)
    assert parse_period("2024 H1") == Period(2024, 1, 6)
    assert parse_period("上半年", "2024-08-30") == Period(2024, 1, 6)
    assert parse_period("前三季度", "2024-10-30") == Period(2024, 1, 9)
    assert parse_period("2023年全年") == Period(2023, 1, 12)
    assert parse_period("FY2023") == Period(2023, 1, 12)
    assert parse_period("去年", "2024-03-01") == Period(2023, 1, 12)
    assert parse_period("the third quarter of 2024") == Period(2024, 7, 9)


def test_a_quarter_without_a_year_is_the_last_one_reported_before_the_article():
    assert parse_period("第三季度", "2024-11-14") == Period(2024, 7, 9)
    assert parse_period("第四季度", "2025-01-20") == Period(2024, 10, 12)


def test_comparison_periods_and_missing_periods_fall_back_to_the_article_date():
    assert parse_period("去年同期", "2024-11-14") == Period(2024, 11, 11, dated="2024-11-14")
    assert parse_period(None, "2024-11-14T08:00:00") == Period(2024, 11, 11, dated="2024-11-14")
    assert parse_period(None, None) is None


def test_period_labels_in_both_languages():
    assert Period(2024, 4, 6).label("zh") == "2024年第二季度"
    assert Period(2024, 4, 6).label("en") == "Q2 2024"
    assert Period(2024, 1, 9).label("zh") == "2024年前三季度"
    assert Period(2023, 1, 12).label("en") == "FY2023"


def test_metric_classifier_separates_amounts_rates_and_entities():
    assert classify_metric(fig("腾讯云营收", "15%", 15.0, "%", change="up")) == ("revenue_growth", "腾讯云")
    assert classify_metric(fig("腾讯云营收", "150亿元", 1.5e10, "元")) == ("revenue", "腾讯云")
    assert classify_metric(fig("宁德时代净利润", "120亿元", 1.2e10, "元"))[0] == "net_profit"
    assert classify_metric(fig("比亚迪市场份额", "37%", 37.0, "%"))[0] == "share"
    assert classify_metric(fig("比亚迪亏损", "3亿元", 3e8, "元"))[0] == "loss"
    assert classify_metric(fig("Tencent Cloud revenue", "15%", 15.0, "%", change="up")) == \
        ("revenue_growth", "tencent cloud")
    assert classify_metric(fig("阿里云收入", "三位数", (100.0, 1000.0), "位数", change="up"))[0] == "revenue_growth"
    # A loss stated under a profit's name ("归母净利润…上年同期亏损824万元") is a loss.
    assert classify_metric(fig("星云物流归母净利润", "824万元", 8.24e6, "元", change="loss")) == ("loss", "星云物流")
    # A share of revenue is neither revenue nor its growth.
    assert classify_metric(fig("AI对星云智能云收入的贡献比例", "9%", 9.0, "%"))[0] == "other_rate"
    assert classify_metric(fig("海外收入占比", "35%", 35.0, "%", change="up"))[0] == "other_rate"
    assert classify_metric(fig("Cloud's share of revenue", "12%", 12.0, "%"))[0] == "other_rate"


def test_track_orders_three_quarters_and_merges_a_repeated_figure():
    figures = [
        SourcedFigure(fig("腾讯云营收", "18%", 18.0, "%", change="up", period="2024年第三季度"), src(3)),
        SourcedFigure(fig("腾讯云营收", "12%", 12.0, "%", change="up", period="2024年第一季度"), src(1, "2024-05-10")),
        SourcedFigure(fig("腾讯云营收", "15%", 15.0, "%", change="up", period="2024年第二季度"), src(2)),
        SourcedFigure(fig("腾讯云营收", "15%", 15.0, "%", change="up", period="第二季度"), src(4, "2024-08-15")),
        SourcedFigure(fig("腾讯云营收", "15%", 15.0, "%", change="up", period="Q2 2024"), src(5, "2024-08-16")),
        SourcedFigure(fig("腾讯音乐营收", "5%", 5.0, "%", change="up", period="2024年第二季度"), src(6)),
    ]
    track = build_track("腾讯云", figures)
    assert len(track.series) == 1
    series = track.series[0]
    assert series.metric == "revenue_growth"
    assert [p.figure.text for p in series.points] == ["12%", "15%", "18%"]
    assert [s.article_id for s in series.points[1].sources] == [2, 4, 5]
    assert len(series.chart_points()) == 3


def test_same_value_in_different_periods_or_directions_stays_apart():
    figures = [
        SourcedFigure(fig("比亚迪销量", "5%", 5.0, "%", change="up", period="2024年第一季度"), src(1)),
        SourcedFigure(fig("比亚迪销量", "5%", 5.0, "%", change="up", period="2024年第二季度"), src(2)),
        SourcedFigure(fig("比亚迪销量", "5%", 5.0, "%", change="down", period="2024年第二季度"), src(3)),
    ]
    points = build_track("BYD", figures).series[0].points
    assert len(points) == 3


def test_series_never_mix_units_or_entities():
    figures = [
        SourcedFigure(fig("腾讯营收", "1500亿元", 1.5e11, "元", period="2024年第二季度"), src(1)),
        SourcedFigure(fig("腾讯云营收", "150亿元", 1.5e10, "元", period="2024年第二季度"), src(1)),
        SourcedFigure(fig("腾讯营收", "$20 billion", 2e10, "$", period="Q2 2024"), src(2)),
    ]
    track = build_track("腾讯", figures)
    assert sorted((s.entity, s.points[0].figure.unit) for s in track.series) == \
        [("腾讯", "$"), ("腾讯", "元"), ("腾讯云", "元")]


def test_dates_and_ids_and_other_companies_are_left_out():
    figures = [
        SourcedFigure(fig("腾讯", "2024年", None, None, kind="date"), src(1)),
        SourcedFigure(fig("阿里云营收", "7%", 7.0, "%", change="up"), src(1)),
    ]
    assert build_track("腾讯", figures).series == ()


def test_undated_period_points_sort_by_article_date_and_stay_off_the_chart():
    figures = [
        SourcedFigure(fig("宁德时代出货量", "100GWh", 100.0, "GWh"), src(2, "2024-09-01")),
        SourcedFigure(fig("宁德时代出货量", "90GWh", 90.0, "GWh"), src(1, "2024-06-01")),
        SourcedFigure(fig("宁德时代出货量", "120GWh", 120.0, "GWh"), src(3, "2024-12-01")),
    ]
    series = build_track("CATL", figures).series[0]
    assert [p.figure.text for p in series.points] == ["90GWh", "100GWh", "120GWh"]
    assert series.chart_points() == ()


def test_track_over_analysed_articles_end_to_end():
    texts = {
        1: ("2024-05-15", "腾讯云2024年第一季度营收同比增长12%。"),
        2: ("2024-08-15", "腾讯云2024年第二季度营收同比增长15%。"),
        3: ("2024-11-14", "腾讯云2024年第三季度营收同比增长18%。"),
        4: ("2024-08-16", "据报道，腾讯云2024年第二季度营收同比增长15%。"),
    }
    figures = []
    for article_id, (date, text) in texts.items():
        for figure in analyze(text).figures:
            figures.append(SourcedFigure(figure, src(article_id, date)))
    track = build_track("腾讯云", figures)
    growth = [s for s in track.series if s.metric == "revenue_growth"]
    assert len(growth) == 1
    points = growth[0].points
    assert [p.period.label("zh") for p in points] == ["2024年第一季度", "2024年第二季度", "2024年第三季度"]
    assert [s.article_id for s in points[1].sources] == [2, 4]


def test_a_sequential_change_is_a_series_of_its_own():
    from dataclasses import replace

    year = [replace(fig("腾讯云营收", f"{v}%", float(v), "%", change="up", period=p), basis="同比")
            for v, p in ((12, "2024年第一季度"), (15, "2024年第二季度"))]
    plain = fig("腾讯云营收", "18%", 18.0, "%", change="up", period="2024年第三季度")
    quarter = [replace(fig("腾讯云营收", f"{v}%", float(v), "%", change="up", period=p), basis="环比")
               for v, p in ((3, "2024年第二季度"), (4, "2024年第三季度"))]
    track = build_track("腾讯云", [SourcedFigure(f, src(i)) for i, f in enumerate(year + [plain] + quarter, 1)])
    by_basis = {s.basis: [p.figure.text for p in s.points] for s in track.series}
    assert by_basis == {None: ["12%", "15%", "18%"], "环比": ["3%", "4%"]}



def test_a_pasted_texts_figures_are_not_dated_by_the_day_it_was_read():
    """A pasted text has no date of its own: the day it was read is no period of its figures,
    and does not complete a yearless quarter either."""
    read = Source(7, "粘贴的文本", None, "2026-12-07", None, dated=False)
    figures = [SourcedFigure(fig("启明电子拟募集资金", "30亿元", 3e9, "元"), read),
               SourcedFigure(fig("启明电子营收", "12亿元", 1.2e9, "元", period="第三季度"), read)]
    points = {s.metric: s.points[0] for s in build_track("启明电子", figures).series}
    assert points["other"].period is None
    assert points["revenue"].period.year is None and points["revenue"].period.label("zh") == "第三季度"


def test_an_amount_written_without_its_currency_is_in_the_same_series():
    figures = [SourcedFigure(fig("启明电子归母净利润", "9.57亿", 9.57e8, None, period="2024年前三季度"), src(1)),
               SourcedFigure(fig("启明电子归母净利润", "3.75亿元", 3.75e8, "元", period="2024年第三季度"), src(1))]
    series = [s for s in build_track("启明电子", figures).series if s.metric == "net_profit"]
    assert len(series) == 1 and len(series[0].points) == 2
