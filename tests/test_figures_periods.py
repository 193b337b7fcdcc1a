"""The period shown beside a key figure: right, or none at all.

A wrong period shown is a wrong fact shown, so each rule here either names the period the
sentence states for that figure or gives none. The sentences are written here (fictional
companies and numbers).
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import figures


def period(sentence: str, text: str, lang: str = "zh") -> str | None:
    found = [f for f in figures(sentence, lang=lang) if f.text == text]
    assert found, [f.text for f in figures(sentence, lang=lang)]
    return found[0].period


# ---------------------------------------------------------------- how a period is written


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # spaces inside a period, as PDF extracts write them
        ("2023 年 1-6 月，嘉禾科技境内收入同比增长 35.2%。", "35.2%", "2023 年 1-6 月"),
        ("2023 全年， 嘉禾科技境内营业收入增长 48.6%。", "48.6%", "2023 全年"),
        ("根据公司 2023 年中报， 远山股份平均售价同比提升 12.4%。", "12.4%", "2023 年中报"),
        # a two-digit year heads the quarter
        ("远山股份净利润下滑主要由于23年1季度确认政府补助520万元。", "520万元", "23年1季度"),
        # a bare quarter in a brokerage note
        ("2023年销售费用率18.2%，同比+2.1ppt，其中Q4同比+5.6ppt。", "5.6ppt", "Q4"),
        ("2023年上半年嘉禾科技营收40.2亿元，其中Q2实现营收22.5亿元。", "22.5亿元", "Q2"),
    ],
)
def test_the_period_is_read_as_written(sentence: str, text: str, want: str) -> None:
    assert period(sentence, text) == want


def test_a_list_of_quarters_does_not_date_its_last_item() -> None:
    # "Q1/Q2/Q3/Q4 … 分别": each quarter is one item's; the year heads them all.
    found = figures("2023年嘉禾科技Q1/Q2/Q3/Q4收入增速分别为21.5%/18.2%/25.0%/30.1%。")
    assert [f.period for f in found] == ["2023年"] * 4


# ---------------------------------------------------------------- what is not the figure's period


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a year or 今年 that heads a day dates an event
        ("嘉禾债券收益率报1.25%，逼近2016年5月12日顶部1.31%。", "1.31%"),
        ("今年6月18日远山股份项目单日售出320套。", "320套"),
        # a date something will happen on, after the figure
        ("二期12万吨/年磷酸铁项目预计将于2024年9月建成投产。", "12万吨/年"),
    ],
)
def test_a_date_of_an_event_is_no_period(sentence: str, text: str) -> None:
    assert period(sentence, text) is None


def test_an_event_date_stops_an_earlier_period() -> None:
    # The day's year stands between the figure and the 2022年 named earlier.
    found = figures("2022年嘉禾债券收益率报1.25%，此前的纪录是2016年5月12日的1.31%。")
    assert [f.period for f in found if f.text == "1.31%"] == [None]
    assert [f.period for f in found if f.text == "1.25%"] == ["2022年"]


def test_the_base_in_brackets_after_a_figure_does_not_date_it() -> None:
    found = figures("2023年1-9月远山股份归母净利润亏损2.1亿元（去年同期盈利0.8亿元）。")
    assert [f.period for f in found if f.text == "2.1亿元"] == ["2023年1-9月"]
    assert [f.period for f in found if f.text == "0.8亿元"] == ["去年同期"]


def test_same_period_means_the_period_named_before_it() -> None:
    found = figures("Q3远山航空旅客量同比下降12.5%，同期客座率同比降1.2pcts至78.4%。")
    assert [f.period for f in found if f.text == "78.4%"] == ["Q3"]
    alone = figures("同期客座率同比降1.2pcts至78.4%。")
    assert [f.period for f in alone if f.text == "78.4%"] == [None]


# ---------------------------------------------------------------- spans and bounds


def test_since_the_start_of_the_year_is_the_period_up_to_now() -> None:
    assert period("今年以来嘉禾汽车累计销量185.2万辆，同比增长6.1%。", "185.2万辆") == "今年以来"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("数据显示，自1990年以来的48次回调中，嘉禾指数平均跌幅为12%。", "48次"),
        ("远山债券发行量跃升至从第一季度创下的2015年以来最低点86亿元。", "86亿元"),
        ("嘉禾证券预测人民币在年底前将达到6.85。", "6.85"),
        ("若以2021年为基数，达产后远山股份产量将增长180%。", "180%"),
    ],
)
def test_a_bound_of_a_span_is_no_period(sentence: str, text: str) -> None:
    assert period(sentence, text) is None


# ---------------------------------------------------------------- what an earlier clause does not date


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        # a figure named as the base of a comparison
        ("远山建工营收占2022年本地建筑业产值比重仅4%，低于嘉禾建工的21%。", "21%"),
        # now, or a valuation
        ("给予公司2024年25倍PE合理估值，对应合理价值18.40元/股。", "18.40元/股"),
        ("维持2024年盈利预测不变，较当前股价有32.5%的上行空间。", "32.5%"),
        ("Q2嘉禾航空旅客量同比下降18.2%，目前日均航班量仅为正常水平55%。", "55%"),
        # the period dates a statement, not what it says
        ("2019年审计组指出，“该项目预计投资42.3亿元”。", "42.3亿元"),
        # a condition of a rule dates only itself
        ("对2023年一季度产值达到2000万元以上的企业，每增加500万元奖励2万元。", "2万元"),
    ],
)
def test_an_earlier_clause_does_not_date_this_figure(sentence: str, text: str) -> None:
    assert period(sentence, text) is None


def test_an_earlier_clause_still_dates_the_same_statement() -> None:
    found = figures("2023年嘉禾科技实现营收52.4亿元，同比增长18.5%，归母净利润6.2亿元。")
    assert [f.period for f in found] == ["2023年"] * 3
    condition = figures("对2023年一季度产值达到2000万元以上的企业，每增加500万元奖励2万元。")
    assert [(f.text, f.period) for f in condition] == [
        ("2000万元以上", "2023年一季度"), ("500万元", None), ("2万元", None)]


def test_as_of_a_day_is_the_period_however_it_is_spelled() -> None:
    assert period("嘉禾剧集截止至3月15日累计播放量已达18.2亿。", "18.2亿") == "截止至3月15日"


def test_a_range_of_years_up_to_a_half_is_one_period() -> None:
    found = figures("2020~2023 上半年，远山股份境内营收占比由 18.5%逐年提升至 29.6%。")
    assert [f.period for f in found] == ["2020~2023 上半年"] * 2


def test_a_clause_dated_by_a_day_has_no_other_period() -> None:
    found = figures("2023年公司拟授予1200万份期权，其中首次授予（950万份）已于2023年6月8日完成。")
    assert [f.period for f in found if f.text == "950万份"] == [None]


# ---------------------------------------------------------------- a statement continued after a semicolon


def test_a_semicolon_continues_the_period_that_heads_the_statement() -> None:
    found = figures("报告期内，嘉禾科技实现营收31.5亿元，同比增长12.2%；", "实现归母净利润2.8亿元，同比增长8.4%；",
                    "对应EPS为0.52元。")
    assert [(f.text, f.period) for f in found] == [
        ("31.5亿元", "报告期内"), ("12.2%", "报告期内"), ("2.8亿元", "报告期内"), ("8.4%", "报告期内"),
        ("0.52元", "报告期内")]


@pytest.mark.parametrize(
    "parts",
    [
        # the period does not head the part before the semicolon
        ("此后一路下滑，到2022年，远山线路占比下滑至4.2%；", "48个开通线路的城市中有19座在运营。"),
        # the new part names its own time, or a forecast
        ("2023年嘉禾科技营收31.5亿元；", "1H24末贷款余额182亿元。"),
        ("2023年嘉禾科技营收31.5亿元；", "预计公司营收将达40亿元。"),
        # the period before is a base
        ("远山股份归母净利润3.1亿元，去年同期为2.2亿元；", "扣非净利润2.9亿元。"),
    ],
)
def test_a_semicolon_does_not_carry_a_period_that_is_not_the_statements(parts: tuple[str, str]) -> None:
    found = figures(*parts)
    before = {f.period for f in found if f.sentence_index == 0 and f.period}
    last = [f for f in found if f.sentence_index == 1]
    assert before and last and not any(f.period in before for f in last)


def test_a_connective_before_the_period_still_lets_it_head_the_statement() -> None:
    found = figures("其中，嘉禾科技第三季度实现营收12.5亿元，同比+11.2%；", "实现归母净利润1.1亿元，同比+6.3%，",
                    "维持2024-2026年EPS为0.52/0.61/0.70元的预测。")
    assert [(f.text, f.period) for f in found if f.sentence_index == 1][:2] == [
        ("1.1亿元", "第三季度"), ("6.3%", "第三季度")]


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        # a gap between two things has no period of its own
        ("2023 全年，嘉禾境内营收增长 52.1%，比公司全球营收增幅 20.5%高出 31.6 个百分点。", "31.6 个百分点", None),
        ("2023年远山股份射频产品毛利率相较于示波器高 12.2pct。", "12.2pct", None),
        # a ratio (比例) or a change on a year (同比, 比上年) keeps it
        ("2023年嘉禾研发投入占营收比例提高 0.8pct 至 9.1%。", "0.8pct", "2023年"),
        ("2023年嘉禾毛利率同比提高 1.2pct。", "1.2pct", "2023年"),
    ],
)
def test_a_gap_between_two_things_is_not_dated(sentence: str, text: str, want: str | None) -> None:
    assert period(sentence, text) == want


def test_fiscal_quarters_and_halves_are_periods() -> None:
    from tests.figure_helpers import by_text, figures

    assert by_text(figures("远星芯片2025财年第四财季营收为1025亿美元。"), "1025亿美元").period == "2025财年第四财季"
    found = by_text(figures("远星芯片第三财季营收为351亿美元。"), "351亿美元")
    assert (found.period, found.subject) == ("第三财季", "远星芯片营收")
    assert by_text(figures("公司上半财年营收增长12%。"), "12%").period == "上半财年"


def test_the_first_months_of_a_year_are_a_period_in_english() -> None:
    from tests.figure_helpers import by_text, figures

    found = figures("AI chip startups raised $7.4 billion in the first nine months of the year.", lang="en")
    assert by_text(found, "$7.4 billion").period == "the first nine months of the year"
    assert by_text(figures("Sales rose 4% in the first six months of 2025.", lang="en"), "4%").period == \
        "the first six months of 2025"


# ---------------------------------------------------------------- the past value an English result is compared with


@pytest.mark.parametrize(
    ("sentence", "text", "want"),
    [
        ("Tidewater Lines reported third-quarter net profit of $1.42 billion, more than double the $612 million "
         "it earned a year earlier.", "$612 million", "a year earlier"),
        ("Income was flat at 4.6 billion pounds, roughly the same as the 4.58 billion pounds it made a year before.",
         "4.58 billion pounds", "a year before"),
        ("Its third-quarter pretax profit fell 18% to 1.9 billion pounds, compared with 2.3 billion pounds in the "
         "same period last year.", "2.3 billion pounds", "the same period last year"),
        ("Second-quarter sales were $3.1 billion, against the $2.8 billion the company had reported in the "
         "year-ago quarter.", "$2.8 billion", "the year-ago quarter"),
    ],
)
def test_the_past_value_is_dated_by_the_words_after_it(sentence: str, text: str, want: str) -> None:
    """"the $612 million it earned a year earlier" was shown as the third quarter's net profit."""
    assert period(sentence, text, lang="en") == want


def test_the_result_itself_keeps_the_sentence_period() -> None:
    sentence = ("Tidewater Lines reported third-quarter net profit of $1.42 billion, more than double the "
                "$612 million it earned a year earlier.")
    assert period(sentence, "$1.42 billion", lang="en") == "third-quarter"


def test_an_approximate_base_is_still_the_base() -> None:
    """"up from about $60 million" was shown as "annual recurring revenue: about $60 million (up)"."""
    found = figures("Nimbus said annual recurring revenue had passed $180 million, up from about $60 million "
                    "at the start of the year.", lang="en")
    base = next(f for f in found if f.text == "$60 million")
    assert base.change is None and base.approx == "about"


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("She added that the labour market remained tight, with unemployment at 3.9%.", "3.9%", "unemployment"),
        ("The company ended the year with a market share of 21%.", "21%", "market share"),
        ("Prices kept rising, with inflation near 3%.", "3%", "inflation"),
    ],
)
def test_what_with_names_is_what_the_figure_measures(sentence: str, text: str, subject: str) -> None:
    """"with unemployment at 3.9%" was shown as "the labour market: 3.9%"."""
    found = [f for f in figures(sentence, lang="en") if f.text == text]
    assert found and found[0].subject == subject, [(f.text, f.subject) for f in figures(sentence, lang="en")]


def test_a_period_inside_a_relative_clause_dates_only_that_clause() -> None:
    """"shares, which have lost about a quarter of their value this year, rose 2.8%" was "up, this year"."""
    found = figures("Meridian shares, which have lost about a quarter of their value this year, rose 2.8% in "
                    "morning trading.", lang="en")
    assert [(f.text, f.change, f.period) for f in found] == [("2.8%", "up", None)]


def test_an_attribution_between_commas_is_not_the_subject() -> None:
    found = figures("Revenue, Lee said, rose 4%.", lang="en")
    assert [(f.text, f.subject) for f in found] == [("4%", "Revenue")]
    found = figures("Sales in the third quarter, the company said, rose 4%.", lang="en")
    assert all(f.subject != "the company" for f in found)


def test_an_amount_a_purpose_clause_aims_at_is_not_the_earlier_subject() -> None:
    """"…, or 8% of its workforce, and close two plants as it tries to save $300 million" was "workforce"."""
    found = figures("Meridian Foods said it would cut about 1,200 jobs, or 8% of its workforce, and close two plants "
                    "in Ohio and Georgia as it tries to save $300 million a year by 2027.", lang="en")
    saved = next(f for f in found if f.text == "$300 million")
    assert saved.subject != "workforce"


@pytest.mark.parametrize(("sentence", "text", "want", "subject"), [
    ("国庆假期，全国出游人次恢复至2019年同期的95%。", "95%", None, "全国出游人次"),
    ("今年前三季度，入境游客人数恢复到2019年同期的70%左右。", "70%左右", "今年前三季度", "入境游客人数"),
    ("一季度公司出口额为上年同期的1.5倍。", "1.5倍", "一季度", "公司出口额"),
    ("上半年客运量恢复至2019年水平的九成。", None, "上半年", "客运量"),
])
def test_a_share_of_a_base_period_is_not_dated_by_the_base(
        sentence: str, text: str | None, want: str | None, subject: str) -> None:
    shown = figures(sentence)
    figure = next(f for f in shown if text is None or f.text == text)
    assert (figure.period, figure.subject) == (want, subject)


def test_a_level_dated_by_its_own_year_keeps_it() -> None:
    shown = {f.text: f.period for f in figures("占比由2022年的25%提升至2023年的30%。")}
    assert shown == {"25%": "2022年", "30%": "2023年"}


@pytest.mark.parametrize(("sentence", "text", "want"), [
    ("2024Q3行业累计实现销量约31万辆（9月销量预估为10.6万辆），同环比分别+42%/-6%。", "42%", "2024Q3"),
    ("1Q24非息收入同比增速提升至18.2%（2023年：7.4%），非息收入占比同比提高5个百分点至36%。", "36%", "1Q24"),
    # Inside the aside, its own period dates its figure.
    ("2024Q3行业累计实现销量约31万辆（9月销量预估为10.6万辆），同比+42%。", "10.6万辆", "9月"),
])
def test_a_period_in_an_aside_dates_nothing_after_it(sentence: str, text: str, want: str) -> None:
    """"…约23万辆（6月重卡销量预估为7.2万辆），同环比分别+57%/-4%" dated the quarter's changes 6月."""
    assert period(sentence, text) == want


def test_a_figure_its_clause_dates_now_takes_no_period_from_another_clause() -> None:
    """"三季度末到12月11日沥青均价为4374元/吨，…且沥青最新价格3846元/吨": the latest price was shown as the quarter's."""
    from summarizer import analyze
    text = "三季度末到11月30日铜均价为68200元/吨，同比+12.4%，且铜最新价格65100元/吨，成本压力缓解。当前股价对应2024-2026年PE分别为21、17、14倍。"
    found = {f.text: f.period for f in analyze(text).figures if f.kind == "figure"}
    assert found["65100元/吨"] is None
    assert found["21"] == "2024年"
