"""What a reader saw in two stories written for this test (a carmaker's monthly deliveries, a
shipping line's guidance cut), each a class of line that ranked or read wrong."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.asides_en import states_consensus
from summarizer.roles import figure_count, states_no_fact

DELIVERIES = """\
新能源车企远山汽车发布10月交付数据：交付量创新高

11月1日晚间，远山汽车公布10月交付数据。数据显示，公司10月共交付新车3.85万辆，同比增长96.2%，环比增长9.4%，单月交付量创历史新高。

今年1至10月，远山汽车累计交付29.6万辆，已完成全年40万辆目标的74%。

海外市场方面，远山汽车10月出口新车5200辆，环比下降3.2%。
"""

GUIDANCE = """\
Harlow Freight cuts outlook as rates slide

OSLO, Oct 8 (Newswire) - Norwegian carrier Harlow Freight on Thursday cut its full-year profit forecast, blaming a fall in freight rates.

The company now expects earnings before interest and tax (EBIT) of $1.1 billion to $1.4 billion for 2026, down from a previous range of $1.6 billion to $2.0 billion.

Analysts polled by the company had on average expected $1.7 billion.

Harlow said it would cut 900 jobs, or about 4% of its workforce.
"""


@pytest.mark.parametrize("text", [
    "11月1日晚间，远山汽车公布10月交付数据。",
    "国家统计局今天发布了10月份居民消费价格数据。",
    "公司披露11月产销快报。",
])
def test_a_line_that_only_says_data_came_out_states_no_fact(text: str) -> None:
    assert states_no_fact(text, "zh")


def test_the_data_line_with_its_figures_is_a_fact() -> None:
    assert not states_no_fact("数据显示，公司10月共交付新车3.85万辆。", "zh")


def test_the_deliveries_come_first_not_the_announcement() -> None:
    summary = [s.text for s in analyze(DELIVERIES, max_sentences=3).sentences]
    assert "公布10月交付数据。" not in " ".join(summary)
    assert "3.85万辆" in summary[0]


@pytest.mark.parametrize("text, count", [
    ("EBIT of $1.1 billion to $1.4 billion for 2026.", 1),
    ("Margins of 3% to 5% are expected.", 1),
    ("Revenue fell 21% to $11.4 billion.", 2),  # a change and the level it reached: two figures
])
def test_an_english_band_is_one_figure(text: str, count: int) -> None:
    assert figure_count(text) == count


@pytest.mark.parametrize("text, expected", [
    ("Analysts polled by the company had on average expected $1.7 billion.", True),
    ("Economists had widely expected a cut of 25 basis points.", True),
    ("Revenue beat the $1.7 billion analysts had expected.", False),
])
def test_what_analysts_expected_on_average_is_the_yardstick(text: str, expected: bool) -> None:
    assert states_consensus(text, "en") is expected


def test_the_new_guidance_is_a_key_sentence_and_the_consensus_is_not() -> None:
    summary = [s.text for s in analyze(GUIDANCE, max_sentences=3).sentences]
    assert any("$1.1 billion to $1.4 billion" in s for s in summary)
    assert not any(s.startswith("Analysts polled") for s in summary)


def test_a_measure_named_by_its_abbreviation_is_the_subject() -> None:
    figures = {f.text: f for f in analyze(GUIDANCE).figures if f.kind == "figure"}
    assert figures["$1.1 billion to $1.4 billion"].subject == "EBIT"


@pytest.mark.parametrize("text, speaker", [
    ("新能源车企远山汽车发布10月交付数据。公司表示，将加快海外工厂建设。", "远山汽车"),
    ("芯片巨头华岭科技今日发布三季报。公司表示，将继续扩产。", "华岭科技"),
    ("星岚科技今日发布三季报。公司表示，将继续扩产。", "星岚科技"),
])
def test_the_company_speaks_without_the_description_before_its_name(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize("text, periods", [
    ("此前，央行已于4月和10月各下调存款准备金率0.25个百分点和0.5个百分点。", ["4月", "10月"]),
    ("公司一季度和三季度分别实现营收12亿元和15亿元。", ["一季度", "三季度"]),
    ("出口额连创新高（1月、2月、3月为1.3亿美元、1.6亿美元、2.1亿美元）。", ["1月", "2月", "3月"]),
    ("公司3月、6月和9月分别交付1.2万辆、1.5万辆。", [None, None]),  # three months, two values: whose is unsure
    ("公司于3月和9月完成交付，9月交付1.2万辆、出口0.3万辆。", ["9月", "9月"]),
])
def test_listed_months_date_their_values_in_order(text: str, periods: list[str | None]) -> None:
    assert [f.period for f in analyze(text).figures if f.kind == "figure"] == periods


RRR = [
    "央行宣布降准0.5个百分点",
    "中国人民银行11月25日宣布，决定于12月5日下调金融机构存款准备金率0.5个百分点。",
    "此前，央行已于4月和10月各下调存款准备金率0.25个百分点和0.5个百分点。",
    "公司2024年和2025年各实现营收12亿元和15亿元。",
]


@pytest.mark.parametrize("question, expected", [
    ("10月存款准备金率下调多少？", "0.5个百分点"),
    ("4月存款准备金率下调多少？", "0.25个百分点"),
    ("10月降准多少？", "0.5个百分点"),  # 降准 is the act asked, not who acted
    ("4月降准多少？", "0.25个百分点"),
    ("2025年营收多少？", "15亿元"),
])
def test_values_after_ge_answer_for_their_own_month(question: str, expected: str) -> None:
    from tests.ask_helpers import ask, library

    found = ask(question, library("rrr", RRR[0], *RRR[1:]))
    assert not found.abstained
    first = found.sentences[0]
    assert first.text[first.highlight[0]:first.highlight[1]] == expected


@pytest.mark.parametrize("text, period", [
    ("Corvex forecast first-quarter revenue above estimates on Tuesday, and its shares jumped 9% in extended trading.", None),
    ("Corvex posted record third-quarter sales; shares rose 4%.", None),
    ("In the first quarter, Corvex shares rose 5%.", "the first quarter"),  # the period heads the sentence: it dates it
    ("Shares of Corvex rose 5% in the third quarter.", "the third quarter"),
])
def test_a_share_move_is_not_dated_by_another_clauses_quarter(text: str, period: str | None) -> None:
    moves = [f for f in analyze(text).figures if f.kind == "figure" and f.text.endswith("%")]
    assert [f.period for f in moves] == [period]


@pytest.mark.parametrize("text, subject", [
    ("截至2026年9月底，全国已建成投运新型储能装机规模达1.05亿千瓦。", "全国新型储能装机规模"),
    ("全国累计建成5G基站达410万个。", "全国5G基站"),
    ("河南已建成沿黄生态廊道900多公里。", "沿黄生态廊道"),
    ("公司计划到2028年营收达到100亿元。", "营收"),
    ("星河汽车力争到2028年销量达到100万辆。", "星河汽车销量"),
    ("到2027年市属企业总资产要达到3.2万亿元。", "市属企业总资产"),
])
def test_what_was_built_or_planned_is_the_subject(text: str, subject: str) -> None:
    assert [f.subject for f in analyze(text).figures if f.kind == "figure"][:1] == [subject]


def test_after_it_is_built_is_when_not_what() -> None:
    figures = [f for f in analyze("一期项目建成后公司碳酸锂产能将达到8万吨/年。").figures if f.kind == "figure"]
    assert figures[0].subject is None or not figures[0].subject.startswith("后")


@pytest.mark.parametrize("text, estimate", [
    ("《规划》提出，到2028年，全国新型储能装机规模达到1.6亿千瓦以上，带动项目直接投资约2200亿元。", ["forecast", "forecast"]),
    ("到2027年市属企业总资产要达到3.2万亿元。", ["forecast"]),
    ("此后一路下滑，到2023年，现代有轨电车运营线路里程为512.3公里。", [None]),  # looks back: a result
    ("到2025年底，全国已累计建成5G基站425万个。", [None]),
])
def test_a_goal_set_for_a_year_is_no_result(text: str, estimate: list[str | None]) -> None:
    assert [f.estimate for f in analyze(text).figures if f.kind == "figure"] == estimate


@pytest.mark.parametrize("text, title", [
    ("本报讯（记者 王小明）5月20日，东湖新能源科技公司发布一季度经营数据。公司一季度营业收入达到18.6亿元。",
     "东湖新能源科技公司发布一季度经营数据。公司一季度营业收入达到…"),
    ("12月1日晚间，远山汽车公布11月交付数据。数据显示，公司11月共交付新车3.85万辆，同比增长96.2%，环比增长9.4%。",
     "远山汽车公布…"),  # cut before its first figure
])
def test_a_pasted_lead_is_not_titled_by_its_date(text: str, title: str) -> None:
    from summarizer.pasted import pasted_title

    assert pasted_title(text) == title


@pytest.mark.parametrize("text, kept, dropped", [
    ("北向资金净买入逾60亿元\n\n12月3日，北向资金全天净买入63.8亿元，其中沪股通净买入35.1亿元。", "63.8亿元", "60亿元"),
    ("星河电子净利润增长23%\n\n公司前三季度实现净利润4.1亿元，同比增长23.1%。", "23.1%", "23%"),
    ("远山汽车10月交付近4万辆\n\n远山汽车10月交付新车3.85万辆，同比增长96.2%。", "3.85万辆", "4万辆"),
])
def test_a_headline_figure_the_body_states_exactly_is_listed_once(text: str, kept: str, dropped: str) -> None:
    ranked = [f.text for f in sorted((f for f in analyze(text).figures if f.rank), key=lambda f: f.rank)]
    assert kept in ranked and dropped not in ranked


def test_a_headline_figure_of_another_value_stays() -> None:
    text = "北向资金净买入逾90亿元\n\n12月3日，北向资金全天净买入63.8亿元。"  # 63.8 is no rounding of "over 90"
    ranked = [f.text for f in analyze(text).figures if f.rank]
    assert "90亿元" in ranked


CHIPS = [
    "Corvex shares surge as chip demand lifts forecast",
    "SAN JOSE, Feb 21 (Newswire) - Corvex Inc forecast first-quarter revenue above Wall Street estimates on Thursday, "
    "and its shares jumped 9% in extended trading.",
    "Fourth-quarter revenue rose 31% to $5.2 billion, beating estimates of $5.0 billion.",
]


@pytest.mark.parametrize("question, expected", [
    ("How much did Corvex shares rise?", "9%"),  # not the revenue's 31%
    ("How much did Corvex stock jump?", "9%"),
    ("What was Corvex's fourth-quarter revenue?", "$5.2 billion"),
])
def test_a_question_on_shares_is_answered_by_the_shares(question: str, expected: str) -> None:
    from tests.ask_helpers import ask, library

    found = ask(question, library("chips", CHIPS[0], *CHIPS[1:]))
    assert not found.abstained
    first = found.sentences[0]
    assert first.text[first.highlight[0]:first.highlight[1]] == expected


def test_shares_asked_of_a_company_whose_shares_are_not_told_is_refused() -> None:
    from tests.ask_helpers import ask, library

    assert ask("How much did Corvex shares fall?", library("c", CHIPS[0], CHIPS[2])).abstained


RESULTS_HK = """\
岚山地产中期亏损收窄 合同销售额同比下降21%

岚山地产（01777.HK）8月27日晚间公布2026年中期业绩。期内，公司实现收入208.4亿元，同比下降12.3%；股东应占亏损为31.2亿元，较去年同期收窄38.5%。

销售方面，上半年公司合同销售额为352亿元，同比下降21%。

公司表示，下半年将继续“保交楼”，全年计划交付约6万套住房。
"""


def test_a_line_that_only_says_results_came_out_states_no_fact() -> None:
    assert states_no_fact("岚山地产（01777.HK）8月27日晚间公布2026年中期业绩。", "zh")


def test_the_company_under_a_headline_speaks_for_the_generic_company() -> None:
    assert [q.speaker for q in analyze(RESULTS_HK).quotes] == ["岚山地产"]  # not 公司: "上半年公司…" is no other company


COFFEE = [
    "咖啡连锁扩张放缓",
    "以行业头部品牌之一的松果咖啡为例，公司第三季度净新增门店980家，较上一季度的1500家大幅减少；",
    "同期自营门店层面经营利润率为19.6%，同比提升2.4个百分点。",
]


@pytest.mark.parametrize("question, expected", [
    ("松果咖啡第三季度新增多少门店？", "980家"),  # 新增 counts what was added: no change asked
    ("松果咖啡自营门店层面经营利润率提升多少？", "2.4个百分点"),
    ("松果咖啡门店增了多少？", None),  # points move a rate, never a count of stores
])
def test_points_answer_only_a_rate(question: str, expected: str | None) -> None:
    from tests.ask_helpers import ask, library

    found = ask(question, library("coffee", COFFEE[0], *COFFEE[1:]))
    if expected is None:
        assert found.abstained
    else:
        first = found.sentences[0]
        assert first.text[first.highlight[0]:first.highlight[1]] == expected


def test_a_forecast_cut_named_by_a_long_measure_is_the_companys_act() -> None:
    from summarizer.actions_zh import states_company_action

    line = ("Corvel cut its full-year adjusted operating profit forecast to between $5 billion and $6 billion, "
            "from $7 billion to $8 billion previously.")
    assert states_company_action(line, "en")


@pytest.mark.parametrize("text", [
    "聯華電子10日公布10月營收，達新台幣218.4億元，月增5.1%，年增12.3%。",
    "联华电子10日公布10月营收，达新台币218.4亿元，月增5.1%，年增12.3%。",
])
def test_a_currency_before_the_amount_leaves_the_subject_to_the_clause_before(text: str) -> None:
    subjects = [f.subject for f in analyze(text).figures if f.kind == "figure"]
    assert subjects and all(subject and subject.endswith(("營收", "营收")) for subject in subjects)


MARKET_CLOSE = """\
A股三大指数集体收涨 北向资金净买入逾80亿元

12月3日，A股三大指数全天震荡走高。截至收盘，上证指数涨1.12%，报3386.45点；深证成指涨1.57%，报10862.31点；创业板指涨2.03%，报2241.08点。沪深两市成交额合计1.36万亿元，较上一交易日放量1520亿元。

盘面上，半导体、证券板块领涨，其中华岭科技涨超6%，星河证券涨4.8%；煤炭、银行板块小幅回调，东岭能源跌1.3%。全市场超4200只个股上涨，67只个股涨停。

北向资金全天净买入81.6亿元，其中沪股通净买入47.2亿元，深股通净买入34.4亿元。

远帆证券首席策略分析师宋启明表示，近期政策面暖风频吹，叠加年末流动性宽松，市场风险偏好有望继续修复，“短期关注科技成长方向”。
"""


def test_a_count_word_does_not_close_a_keyword() -> None:
    assert "A股三大" not in [k.word for k in analyze(MARKET_CLOSE).keywords]  # "A股三大指数": 三大 opens the term


@pytest.mark.parametrize("text, subject, change", [
    ("9月份，社会消费品零售总额4.2万亿元，同比增长3.5%，增速比8月份加快1.3个百分点。", "社会消费品零售总额增速", "up"),
    ("出口同比增长6%，增速比上月放缓2.1个百分点。", "出口增速", "down"),  # slower growth is a fall of the rate
    ("营收增速由上半年的24%放缓至9%。", "营收增速", "down"),
])
def test_a_rates_pace_is_its_change(text: str, subject: str, change: str) -> None:
    last = [f for f in analyze(text).figures if f.kind == "figure"][-1]
    assert (last.subject, last.change) == (subject, change)


def test_to_speed_up_an_action_is_no_change() -> None:
    figures = [f for f in analyze("募集资金将用于加快建设8万吨多晶硅项目。").figures if f.kind == "figure"]
    assert all(f.change is None for f in figures)


@pytest.mark.parametrize("text, count", [
    ("Harlow said on Thursday it would close 38 stores and cut about 1,900 jobs over the next two years.", "1,900 jobs"),
    ("Acme will open 30 stores and hire 500 workers.", "500 workers"),
])
def test_a_second_count_after_its_own_verb_is_not_the_firsts(text: str, count: str) -> None:
    figure = next(f for f in analyze(text).figures if f.kind == "figure" and f.text == count)
    assert figure.subject != "stores"
