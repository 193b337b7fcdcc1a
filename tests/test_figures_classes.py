"""Key figures on unseen news: one test per class of error, each with sentences written here.

Each class is a way a figure went wrong on real articles: a number cut at a separator,
an approximation cut short, a loss shown as an amount, a marker or code taken for a
figure, a date glued to a name, a change read as a range, a subject that names the
wrong thing, a figure listed twice.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.figures import extract_figures
from summarizer.normalize import normalize
from tests.figure_helpers import by_text, figures


def texts(*sentences: str, lang: str = "zh") -> list[str]:
    return [f.text for f in figures(*sentences, lang=lang)]


# ---------------------------------------------------------------- thousands separators


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("云海集团全年营收2，826亿元，创历史新高。", "2，826亿元", 2.826e11),
        ("云海集团全年营收2,826亿元，创历史新高。", "2,826亿元", 2.826e11),
        ("门店客流累计3，087万人次。", "3，087万人次", 3.087e7),
        ("公司拟募集资金不超过1，280，500万元。", "1，280，500万元", 1.2805e10),
    ],
)
def test_a_number_with_thousands_separators_is_one_figure(sentence: str, text: str, value: float) -> None:
    found = figures(sentence)
    assert [f.text for f in found] == [text]
    assert found[0].value == pytest.approx(value)


def test_a_full_width_comma_between_figures_still_ends_a_clause() -> None:
    found = figures("营收增长12%，净利润增长8%。")
    assert [f.text for f in found] == ["12%", "8%"]
    assert found[1].context == "净利润增长8%"


# ---------------------------------------------------------------- approximations


@pytest.mark.parametrize(
    ("sentence", "text", "value", "approx"),
    [
        ("街边一碗面要几十块。", "几十块", (10.0, 100.0), "几"),
        ("这一市场规模达数十万亿元。", "数十万亿元", (1e13, 1e14), "数"),
        ("已有数十家企业入驻园区。", "数十家", (10.0, 100.0), "数"),
        ("活动吸引了上百家供应商。", "上百家", 100.0, "上"),
        ("展会吸引了上万人参观。", "上万人", 1e4, "上"),
    ],
)
def test_a_vague_count_keeps_its_approximation_in_value_and_text(sentence: str, text: str, value: object,
                                                                 approx: str) -> None:
    found = figures(sentence)
    assert [f.text for f in found] == [text]
    assert found[0].value == value and found[0].approx == approx


def test_approximation_words_before_and_after_are_kept() -> None:
    found = figures("项目投资近30亿元，产能超500万吨，良率约95%，工期3年左右的二期投资逾20亿元。")
    assert by_text(found, "30亿元").approx == "近"
    assert by_text(found, "500万吨").approx == "超"
    assert by_text(found, "95%").approx == "约"
    assert by_text(found, "20亿元").approx == "逾"


def test_up_to_is_not_a_vague_hundred_before_a_percentage_point() -> None:
    assert texts("利率比上百分点调整后仍处高位。") == []


# ---------------------------------------------------------------- losses and declines


def test_a_loss_is_a_loss_not_an_amount() -> None:
    found = figures("星河科技归母净利润亏损4662.3万元，净亏损扩大至35亿元，营收同比下降12%。")
    assert by_text(found, "4662.3万元").change == "loss"
    assert by_text(found, "4662.3万元").subject == "星河科技归母净利润"
    assert by_text(found, "35亿元").change == "loss"
    assert by_text(found, "12%").change == "down"


def test_turning_a_loss_into_a_profit_is_no_loss() -> None:
    found = figures("公司扭亏为盈，实现净利润5亿元。")
    assert by_text(found, "5亿元").change != "loss"


def test_english_losses_and_declines() -> None:
    found = figures("Acme posted a net loss of $35 million, and shares fell 3%.", lang="en")
    loss = by_text(found, "$35 million")
    assert loss.change == "loss" and loss.subject == "net loss"
    assert by_text(found, "3%").change == "down"
    margin = figures("Gross margin was down 3 percentage points.", lang="en")[0]
    assert margin.change == "down" and margin.unit == "percentage points"


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("净利率同比-16.90%，符合预期。", "-16.90%", -16.9),
        ("毛利率环比-5.59%。", "-5.59%", -5.59),
        ("经营现金流-58.2亿，主要因备货增加。", "-58.2亿", -5.82e9),
        ("销售费用率为21.4%/-7.37pcts。", "-7.37pcts", -7.37),
        # A change marker glued before the sign ("yoy-", "QoQ-") is no model id like "CAT1-4".
        ("一季度实现营收8530万元，yoy-72.16%。", "-72.16%", -72.16),
        ("毛利率为25.1%，QoQ-3.2pct。", "-3.2pct", -3.2),
    ],
)
def test_a_signed_value_after_chinese_text_is_negative_and_down(sentence: str, text: str, value: float) -> None:
    fig = by_text(figures(sentence), text)
    assert fig.value == pytest.approx(value) and fig.change == "down"


def test_a_signed_rate_after_a_loss_is_the_profits_change_not_the_losss() -> None:
    # "净亏损…，yoy-129%": the report's rate of the profit, which fell into a loss; shown as the
    # loss's own change it would say the loss shrank by 129%.
    found = figures("一季度归母净亏损3858万元，yoy-129.15%。")
    rate = by_text(found, "-129.15%")
    assert rate.change == "down" and "亏损额" not in (rate.subject or "")
    narrowed = by_text(figures("一季度归母净亏损3858万元，同比收窄20%。"), "20%")
    assert narrowed.change == "down" and narrowed.subject.endswith("亏损额")


def test_a_minus_sign_is_its_own_items_not_the_slash_lists() -> None:
    found = figures("两项业务营收分别为2.3/2.5亿元（同比-41.7%/22.6%）。")
    assert by_text(found, "-41.7%").change == "down" and by_text(found, "22.6%").change is None
    shared = figures("两项业务营收同比增长50%/24%。")
    assert [f.change for f in shared] == ["up", "up"]


def test_a_count_word_before_pct_is_points_not_a_count() -> None:
    fig = by_text(figures("期间费用率为12.1%，YoY-0.26 个 pct。"), "-0.26 个 pct")
    assert (fig.unit, fig.change) == ("pct", "down")


def test_a_century_and_a_numbered_institute_are_no_figures() -> None:
    found = figures("量子通信将成为21世纪的关键技术，公司与九院十所合作设立光电公司，航天二院23所参与研制，全市新建学校十所。")
    assert [f.text for f in found if f.kind == "figure"] == ["十所"]  # ten schools are counted


def test_a_reference_number_is_no_figure() -> None:
    found = figures("The rule is set out in the code (no. 178, pp. 12-15, vol. 3); fines rose 12% to $4.1 million.", lang="en")
    assert [f.text for f in found if f.kind == "figure"] == ["12%", "$4.1 million"]


def test_a_negative_quoted_level_is_no_decline() -> None:
    fig = by_text(figures("两年期国债收益率报-0.323%。"), "-0.323%")
    assert fig.value == pytest.approx(-0.323) and fig.change is None


# ---------------------------------------------------------------- not figures


@pytest.mark.parametrize(
    "sentence",
    [
        "主要原因：1）原材料涨价；2）汇率波动。",
        "（2）海外市场拓展顺利。",
        "星辰科技（688256.SH）发布公告。",
        "星辰科技(300782)发布公告。",
        "新一代CAT1-4模组已量产。",
        "2018Q4公司业绩承压。",
        "5·19促销活动正式开启。",
        "数据来源于行业协会[3]，详见附表[10]。",
        "如有疑问请拨打13912345678咨询。",
        "热线电话：020-85501234-8819。",
        "阅读量：12345",
        "发布时间：{AddTime}",
        "主队最终以77比73击败客队。",
        "主队以130-109战胜客队，总比分4-3晋级。",
        "据公司公告（2022-100），项目已签约。",
        "请拨打12345市民热线反映。",
        "产品结构调整为50%-30%-20%。",
    ],
)
def test_markers_codes_scores_and_templates_are_not_figures(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_list_marker_opens_a_sentence_but_is_not_a_figure() -> None:
    assert texts("1. 公司营收增长5%。") == ["5%"]
    assert texts("2、净利润增长8%。") == ["8%"]


def test_a_bare_single_digit_is_not_a_figure() -> None:
    assert texts("节目《追光者2》定档，策略是2+5。") == []


def test_english_ages_addresses_and_emergency_numbers_are_not_figures() -> None:
    found = texts("Police arrested Jane Doe, 32, of 1119 Eighth St. after 911 calls.", lang="en")
    assert found == []
    assert texts("The ratio counts people between the ages of 25 and 54.", lang="en") == []


def test_an_age_bracket_is_not_a_figure() -> None:
    assert texts("补贴面向3岁以下婴幼儿家庭。") == []


# ---------------------------------------------------------------- dates glued to the next word


def test_a_year_glued_to_a_name_keeps_the_name_whole() -> None:
    found = figures("2018年中车集团营收达2100亿元，2023年中法贸易额增长8%。")
    first, second = by_text(found, "2100亿元"), by_text(found, "8%")
    assert first.subject.startswith("中车集团") and first.period == "2018年"
    assert second.subject.startswith("中法贸易额") and second.period == "2023年"


def test_mid_year_before_punctuation_is_still_mid_year() -> None:
    assert [f.text for f in extract_figures(["2023年中，公司营收增长5%。"], lang="zh", key_indices=frozenset())
            if f.kind == "date"] == ["2023年中"]


# ---------------------------------------------------------------- changes and ranges


def test_a_change_then_the_amount_it_reached_is_not_a_range() -> None:
    found = figures("公司营收同比增长4.5%至851亿元。")
    assert [f.text for f in found] == ["4.5%", "851亿元"]
    assert found[0].value == 4.5 and found[1].value == pytest.approx(8.51e10)
    assert found[0].change == "up"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("毛利率预计在15%-20%之间。", "15%-20%", (15.0, 20.0), "%"),
        ("超大型油轮运价升至3万-4万美金/天。", "3万-4万美金/天", (3e4, 4e4), "美金/天"),
        ("组件价格回到1.8-1.9元/瓦。", "1.8-1.9元/瓦", (1.8, 1.9), "元/瓦"),
        ("归母净利润同比下降23%-18%。", "23%-18%", (18.0, 23.0), "%"),
        ("归母净利润同比变动-8.89%~2.26%。", "-8.89%~2.26%", (-8.89, 2.26), "%"),
    ],
)
def test_real_ranges_keep_both_ends_and_the_unit(sentence: str, text: str, value: tuple, unit: str) -> None:
    fig = by_text(figures(sentence), text)
    assert fig.value == pytest.approx(value) and fig.unit == unit


# ---------------------------------------------------------------- units and signs


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("十年期国债收益率下行3bp。", "3bp", "basis points"),
        ("信用利差收窄15bps。", "15bps", "basis points"),
        ("央行将政策利率下调20BP。", "20BP", "basis points"),
        ("毛利率同比提升1.36pct。", "1.36pct", "pct"),
        ("毛利率同比提升1.04pct至34.1%。", "1.04pct", "pct"),
        ("销售费用率同比下降2.6pcts。", "2.6pcts", "pct"),
        ("当前股价对应12.6x市盈率。", "12.6x", "times"),
    ],
)
def test_basis_points_and_percentage_point_spellings_keep_their_unit(sentence: str, text: str, unit: str) -> None:
    assert by_text(figures(sentence), text).unit == unit


def test_basis_point_moves_have_a_direction() -> None:
    found = figures("十年期国债收益率下行3bp，信用利差收窄15bps。")
    assert [f.change for f in found] == ["down", "down"]


def test_yoy_is_a_marker_not_a_subject() -> None:
    found = figures("云业务收入12亿元，YOY+6.0%。")
    assert by_text(found, "6.0%").subject == "云业务收入"
    assert by_text(found, "6.0%").change == "up"


def test_a_valuation_multiple_is_named_by_the_word_after_it() -> None:
    found = figures("当前股价对应2022/23年15.4/12.6x市盈率，对应2019年23xPE。")
    assert [(f.text, f.subject) for f in found] == [("15.4", "市盈率"), ("12.6x", "市盈率"), ("23x", "PE")]


# ---------------------------------------------------------------- invisible characters


def test_zero_width_and_bidi_marks_are_removed_before_anything_else() -> None:
    assert normalize("毛利率提升至8\u200b0%，\u202e净利率5%\u200f。") == "毛利率提升至80%，净利率5%。"
    result = analyze("毛利率提升至8\u200b0%，\u202e净利率为5%。", lang="zh")
    assert [f.text for f in result.figures if f.kind == "figure"] == ["80%", "5%"]
    assert "\u202e" not in str(result.to_dict())


# ---------------------------------------------------------------- English subjects and comparisons


def test_english_subjects_name_what_is_measured() -> None:
    found = figures("Google Cloud revenue rose 28% from a year earlier to $9.19 billion.", lang="en")
    assert [f.subject for f in found] == ["Google Cloud revenue", "Google Cloud revenue"]
    assert found[0].period == "year on year"
    assert found[1].period is None


def test_english_revenue_of_names_the_company_and_metric() -> None:
    fig = figures("Microsoft Cloud revenue was $33.7 billion, up 23%.", lang="en")
    assert {f.subject for f in fig} == {"Microsoft Cloud revenue"}


# ---------------------------------------------------------------- clean subjects


def test_no_empty_brackets_are_left_where_a_code_was_removed() -> None:
    fig = figures("卓星微(300782)营收增长30%。")[0]
    assert fig.subject == "卓星微营收"


def test_list_items_get_their_own_subjects() -> None:
    found = figures("2020年调料/复调/鸡精分别同比+50%/24%/9%，折合四季度分别同比+49%/-9%/+18%。")
    assert [f.subject for f in found] == ["调料", "复调", "鸡精"] * 2
    assert [f.change for f in found] == ["up", "up", "up", "up", "down", "up"]
    rates = figures("销售/管理/研发费用率同比-2.6/+0.7/+0.1pct。")
    assert [f.subject for f in rates] == ["销售费用率", "管理费用率", "研发费用率"]
    assert {f.unit for f in rates} == {"pct"}


def test_periods_in_a_list_name_no_subjects() -> None:
    found = figures("2018年公司Q1/Q2/Q3收入增速分别达到30.3%/44.9%/45.7%。")
    assert {f.subject for f in found} == {"公司收入增速"}


def test_a_figure_alone_in_brackets_counts_the_noun_before() -> None:
    found = figures("激励对象为核心技术人才（777人）和管理骨干（63人）。")
    assert [f.subject for f in found] == ["核心技术人才", "管理骨干"]


# ---------------------------------------------------------------- duplicates


def test_a_restated_fact_is_ranked_once() -> None:
    result = extract_figures(["电芯价格为0.43元/Wh。", "电芯价格为0.43元/Wh。"], lang="zh",
                             key_indices=frozenset())
    ranked = [f for f in result if f.kind == "figure" and f.rank is not None]
    assert [f.text for f in ranked] == ["0.43元/Wh"]


def test_zheng_and_fu_written_as_signs() -> None:
    found = figures("景气判断指数维持于正9，比前月高1点；另一指数降至负3%。")
    assert by_text(found, "正9").value == 9.0 and by_text(found, "正9").subject == "景气判断指数"
    assert by_text(found, "1点").change == "up"
    assert by_text(found, "负3%").value == -3.0 and by_text(found, "负3%").change == "down"


def test_a_right_to_left_override_never_reaches_the_output() -> None:
    from bot.render.htmltext import escape

    result = analyze("营收增长\u202e12%。", title="星河\u202e科技", lang="zh")
    assert "\u202e" not in str(result.to_dict())
    assert escape("站点\u202e名") == "站点名"


def test_an_approximation_word_is_not_a_subject() -> None:
    assert [f.subject for f in figures("今年入驻的企业，多达30家。")] != ["多达"]
    assert figures("入驻企业多达30家。")[0].subject == "入驻企业"


def test_a_list_of_another_length_hands_out_no_subjects() -> None:
    found = figures("传统业务、高级辅助驾驶及自动驾驶业务、车联网业务分别增长7%、96%、36%。")
    assert len({f.subject for f in found}) == 1


def test_a_widening_decline_is_down() -> None:
    assert figures("创业板指跌幅一度扩大至3%。")[0].change == "down"


# ---------------------------------------------------------------- found on news written for a spot check


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("星河公司今日发布Nova 70系列手机，起售价4999元。", "70"),
        ("Workers at Local 751 voted to accept the contract.", "751"),
        ("The Atlas 300 truck costs $52,000.", "300"),
    ],
)
def test_a_number_in_a_product_or_place_name_is_no_figure(sentence: str, name: str) -> None:
    lang = "en" if sentence.isascii() else "zh"
    assert name not in texts(sentence, lang=lang)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Copper futures fell 40 cents, or 1.2%, to $4.10 a pound.", "1.2%"),
        ("The index lost 1.1% to 5,870 points.", "1.1%"),
        ("Shares slipped 3% in early trading.", "3%"),
        ("Silver tumbled 4.5% on Friday.", "4.5%"),
    ],
)
def test_english_declines_written_with_other_verbs_are_down(sentence: str, text: str) -> None:
    assert by_text(figures(sentence, lang="en"), text).change == "down"


def test_a_market_turnover_that_shrank_is_down() -> None:
    found = figures("两市成交额1.2万亿元，较上一交易日缩量956亿元。")
    assert by_text(found, "956亿元").change == "down"


@pytest.mark.parametrize(
    ("sentence", "text", "wrong"),
    [
        ("Copper futures fell 2%, to $4.10 a pound.", "$4.10", "pound"),
        ("The strike cost the plant about $20 million a day.", "$20 million", "day"),
        ("The bank pays a dividend of $1.25 per share.", "$1.25", "share"),
        ("Harbor Foods agreed to buy Lark Snacks for $12 billion in cash.", "$12 billion", "cash"),
    ],
)
def test_a_rate_or_means_of_payment_is_not_the_subject(sentence: str, text: str, wrong: str) -> None:
    assert by_text(figures(sentence, lang="en"), text).subject != wrong


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("深证成指跌2.01%，报10,465.47点。", "2.01%", "深证成指"),
        ("以太坊报3,350美元。", "3,350美元", "以太坊"),
        ("三星以5770万部位居第一。", "5770万部", "三星"),
        ("星河科技宣布完成7亿元新一轮融资。", "7亿元", "星河科技"),
        ("维持公司增持评级，上调目标价至2,100元。", "2,100元", "目标价"),
        ("央行决定自12月15日起下调金融机构存款准备金率0.5个百分点。", "0.5个百分点", "金融机构存款准备金率"),
    ],
)
def test_a_verb_before_the_figure_is_not_part_of_the_subject(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_net_loss_leaves_no_dangling_net_in_the_subject() -> None:
    found = by_text(figures("远山地产前三季度净亏损扩大至179.5亿元。"), "179.5亿元")
    assert found.change == "loss"
    assert not (found.subject or "").endswith("净")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("新机搭载麒麟9020芯片，电池容量5500mAh。", "9020"),
        ("星河Nova 70系列起售价4999元。", "70"),
    ],
)
def test_a_number_before_series_or_chip_names_a_model(sentence: str, name: str) -> None:
    assert name not in texts(sentence)


@pytest.mark.parametrize(
    ("sentence", "text", "wrong"),
    [
        ("Analysts at Lark Securities estimated the outage cost the airline about $50 million.", "$50 million",
         "Analysts at Lark Securities"),
        ("Shares fell 2.5% in extended trading.", "2.5%", "extended trading"),
    ],
)
def test_who_estimates_and_when_shares_trade_are_not_what_is_measured(sentence: str, text: str, wrong: str) -> None:
    assert by_text(figures(sentence, lang="en"), text).subject != wrong


def test_a_weekday_is_not_part_of_the_subject() -> None:
    assert by_text(figures("比特币价格周三突破9.3万美元。"), "9.3万美元").subject == "比特币价格"


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "period"),
    [
        ("截至9月末，公司货币资金较年初减少约12%。", "zh", "12%", "截至9月末"),
        ("2024年公司营收较2023年增长10%。", "zh", "10%", "2024年"),
        ("全国乘用车零售较上月同期增长4%。", "zh", "4%", None),
        # The base names the comparison, as "from a year earlier" is year on year.
        ("Revenue rose 17% from the previous quarter.", "en", "17%", "quarter on quarter"),
    ],
)
def test_what_a_change_is_measured_against_is_not_its_period(sentence: str, lang: str, text: str,
                                                             period: str | None) -> None:
    assert by_text(figures(sentence, lang=lang), text).period == period


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change"),
    [
        ("The central bank lowered its deposit rate by a quarter point to 3.25% on Thursday.", "3.25%",
         "The central bank's deposit rate", "down"),
        ("Sales rose 12%, while gross margin narrowed to 11.3% from 17% a year ago.", "11.3%", "gross margin", "down"),
        ("Euro zone inflation fell to 1.7% in September.", "1.7%", "Euro zone inflation", "down"),
    ],
)
def test_english_subjects_after_transitive_and_margin_verbs(sentence: str, text: str, subject: str,
                                                            change: str) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert (found.subject, found.change) == (subject, change)


def test_a_period_after_another_figure_dates_that_figure_only() -> None:
    found = figures("Gross margin narrowed to 11.3% from 17% a year ago.", lang="en")
    assert by_text(found, "11.3%").period is None
    assert by_text(found, "17%").period == "a year ago"


def test_a_closing_move_is_not_part_of_the_index_name() -> None:
    assert by_text(figures("恒生指数收涨2.14%，报19,864.56点。"), "2.14%").subject == "恒生指数"


# ---------------------------------------------------------------- bounds written with a negation


@pytest.mark.parametrize(
    ("sentence", "text", "approx"),
    [
        ("青禾证券拟回购股份，回购金额不低于3亿元且不超过6亿元。", "3亿元", "不低于"),
        ("青禾证券拟回购股份，回购金额不低于3亿元且不超过6亿元。", "6亿元", "不超过"),
        ("本次定增募资总额不超过45亿元。", "45亿元", "不超过"),
        ("新增员工不少于800人。", "800人", "不少于"),
        ("回购价格不超过每股9.80元。", "9.80元", "不超过"),
    ],
)
def test_a_bound_with_a_negation_keeps_the_negation_and_states_no_change(sentence: str, text: str, approx: str) -> None:
    found = by_text(figures(sentence), text)
    assert found.approx == approx
    assert found.change is None
    assert not (found.subject or "").endswith(("不低于", "不超过", "不少于"))


@pytest.mark.parametrize(
    ("sentence", "text", "approx"),
    [
        ("The lender plans a buyback of up to $3 billion.", "$3 billion", "up to"),
        ("Capital spending will be no more than $800 million this year.", "$800 million", "no more than"),
    ],
)
def test_an_english_bound_is_no_rise(sentence: str, text: str, approx: str) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert found.approx == approx
    assert found.change is None


def test_the_subject_of_an_english_bound_is_the_noun_before_of() -> None:
    assert by_text(figures("The lender announced a buyback of up to $3 billion.", lang="en"), "$3 billion").subject == "buyback"


def test_a_previous_forecast_range_is_the_baseline_not_a_rise() -> None:
    found = figures("Velora now expects sales of $2.1 billion to $2.2 billion, up from a prior forecast of "
                    "$1.9 billion to $2 billion.", lang="en")
    # "$1.9 billion to $2 billion" is one range (the currency written again), and no rise.
    assert by_text(found, "$1.9 billion to $2 billion").change is None


def test_a_change_word_that_moved_a_rank_does_not_move_the_share() -> None:
    found = figures("Pinecrest kept 22% of the market, while Halden climbed to second with 15%.", lang="en")
    assert by_text(found, "15%").change is None


# ---------------------------------------------------------------- periods of lists, reports and bases


def test_each_item_of_a_list_under_a_year_range_takes_its_own_year() -> None:
    found = figures("我们预计松川股份2025-2027年EPS分别为1.20/1.45/1.80元，对应PE分别为30/25/20倍。")
    assert [(f.text, f.period) for f in found] == [
        ("1.20", "2025年"), ("1.45", "2026年"), ("1.80元", "2027年"),
        ("30", "2025年"), ("25", "2026年"), ("20倍", "2027年")]
    found = figures("预计公司2025/2026年净利润分别为5.1亿元、6.3亿元。")
    assert [f.period for f in found] == ["2025年", "2026年"]


def test_a_list_whose_length_differs_from_the_range_keeps_the_range() -> None:
    found = figures("预计公司2025-2027年营收复合增速为18%。")
    assert by_text(found, "18%").period == "2025-2027年"


def test_a_quarterly_report_is_the_period_not_its_year() -> None:
    found = by_text(figures("松川股份发布2026年一季报：实现营业收入8.4亿元，同比下降12%。"), "8.4亿元")
    assert found.period == "2026年一季报"


def test_the_period_of_a_starting_figure_does_not_date_where_it_went() -> None:
    found = figures("毛利率由上年同期的21.5%降至16.2%。")
    assert by_text(found, "21.5%").period == "上年同期"
    assert by_text(found, "16.2%").period is None
    assert by_text(found, "16.2%").subject == "毛利率"


def test_each_english_base_says_how_its_own_figure_is_compared() -> None:
    found = figures("Retail sales rose 0.4% from the previous month and 2.8% from a year earlier.", lang="en")
    assert by_text(found, "0.4%").period == "month on month"
    assert by_text(found, "2.8%").period == "year on year"


# ---------------------------------------------------------------- subjects: shares, bases, qualifiers


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("公司海外收入占比提升至42%。", "42%", "公司海外收入占比"),
        ("报告指出，公司酱油业务收入占比超五成。", "五成", "公司酱油业务收入占比"),
        ("云帆移动5G用户数达到1.2亿户，当月净增90万户。", "90万户", "云帆移动5G用户数"),
        ("全国接待游客5.1亿人次，按可比口径同比增长4.2%。", "4.2%", "全国接待游客"),
        ("鉴于原料成本上升，我们将2026年盈利预测下调6%。", "6%", "盈利预测"),
        ("铜价报每吨6.1万元，较历史高点下跌近三成。", "三成", "铜价"),
        ("新机售价3999元，较上一代上涨200元。", "200元", "新机售价"),
        ("新增贷款9800亿元，比上年同期少600亿元。", "600亿元", "新增贷款"),
        ("归母净利润亏损0.8亿元，上年同期为盈利1.1亿元。", "1.1亿元", "盈利"),
        ("境内营收增长50%，比全球营收增幅20%高出30个百分点。", "20%", "全球营收增幅"),
    ],
)
def test_the_subject_is_what_is_measured_not_a_base_or_a_qualifier(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_smaller_amount_than_a_base_is_down() -> None:
    assert by_text(figures("新增贷款9800亿元，比上年同期少600亿元。"), "600亿元").change == "down"


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("如有疑问请拨打客服热线95577。", "95577"),
        ("服务电话：12306，全天开放。", "12306"),
        ("2026中国民营企业500强榜单发布。", "500"),
    ],
)
def test_service_numbers_and_ranking_sizes_are_not_figures(sentence: str, text: str) -> None:
    assert text not in texts(sentence)


def test_a_ranking_size_stays_in_the_subject() -> None:
    assert by_text(figures("500强企业营业收入总额达41.2万亿元。"), "41.2万亿元").subject == "500强企业营业收入总额"


@pytest.mark.parametrize(
    ("sentences", "text", "subject", "change"),
    [
        (("Cloud revenue grew 30% and now accounts for 45% of the total.",), "45%", "Cloud revenue", None),
        (("Employers added 120,000 jobs, fewer than the 160,000 economists had expected.",), "160,000", "jobs", None),
    ],
)
def test_english_figures_of_a_second_statement(sentences: tuple[str, ...], text: str, subject: str,
                                               change: str | None) -> None:
    found = by_text(figures(*sentences, lang="en"), text)
    assert (found.subject, found.change) == (subject, change)


def test_a_period_after_an_earlier_figure_dates_only_that_figure() -> None:
    found = figures("Orwell shares, which have lost 30% this year, were up 4% at $8.10.", lang="en")
    assert by_text(found, "30%").period == "this year"
    assert by_text(found, "4%").period is None


def test_an_english_quarter_on_quarter_change_says_so() -> None:
    found = by_text(figures("Its revenue slipped 3% quarter-on-quarter to $1.9 billion.", lang="en"), "3%")
    assert (found.change, found.basis, found.period) == ("down", "quarter on quarter", None)


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "period", "approx"),
    [
        ("2026财年（截至2026年3月31日）总收入为88.6亿元。", "88.6亿元", "总收入", "截至2026年3月31日", None),
        ("前十个月人民币贷款增加15.2万亿元。", "15.2万亿元", "人民币贷款", "前十个月", None),
        ("国际业务收入首次突破50亿元。", "50亿元", "国际业务收入", None, "突破"),
        ("纽约金价收涨1.2%，报每盎司2650美元。", "2650美元", "纽约金价", None, None),
    ],
)
def test_fiscal_years_counted_months_and_price_quotes(sentence: str, text: str, subject: str,
                                                       period: str | None, approx: str | None) -> None:
    found = by_text(figures(sentence), text)
    assert (found.subject, found.period, found.approx) == (subject, period, approx)


def test_a_second_run_after_fen_bie_goes_through_the_same_list() -> None:
    found = figures("前三季度公司营业收入和归母净利润分别为88.1亿元、6.2亿元，同比分别增长9.5%、-3.1%。")
    assert [(f.text, f.subject) for f in found] == [
        ("88.1亿元", "公司营业收入"), ("6.2亿元", "归母净利润"), ("9.5%", "公司营业收入"), ("-3.1%", "归母净利润")]


def test_only_the_metric_at_the_end_of_a_list_is_shared() -> None:
    found = figures("家电、手机数码品类销售额分别增长12%和9%。")
    assert [f.subject for f in found] == ["家电品类销售额", "手机数码品类销售额"]


# ---------------------------------------------------------------- English bases, ranges and nouns


def test_a_profit_that_swung_from_a_loss_is_neither_down_nor_a_year_earlier() -> None:
    found = figures("Corvin Air swung to a second-quarter net profit of $88 million from a loss of $21 million "
                    "a year earlier.", lang="en")
    assert (by_text(found, "$88 million").change, by_text(found, "$88 million").period) == (None, "second-quarter")
    assert by_text(found, "$21 million").change == "loss"


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change", "period"),
    [
        ("Capacity grew 4.1% from the same period last year.", "4.1%", "Capacity", "up", "year on year"),
        ("Unit costs excluding fuel fell 2.3%.", "2.3%", "Unit costs excluding fuel", "down", None),
        ("Online sales jumped 12% and now make up 31% of the total.", "31%", "Online sales", None, None),
        ("Economists polled by Reuters expect another cut of 50 basis points.", "50 basis points", "cut", "down", None),
    ],
)
def test_english_bases_phrasal_verbs_and_nouns(sentence: str, text: str, subject: str, change: str | None,
                                               period: str | None) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert (found.subject, found.change, found.period) == (subject, change, period)


def test_an_old_range_after_down_from_is_the_baseline() -> None:
    found = figures("Holt cut its forecast to $2.10 to $2.20 a share, down from $2.40 to $2.50.", lang="en")
    assert by_text(found, "$2.40").change is None and by_text(found, "$2.50").change is None


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("公司拥有人应占溢利为41.2亿港元。", "41.2亿港元", "公司拥有人应占溢利"),
        ("1—10月，TOP50房企累计销售额2.1万亿元。", "2.1万亿元", "TOP50房企累计销售额"),
        ("单三季度营收20.7亿元。", "20.7亿元", "营收"),
    ],
)
def test_owners_rankings_and_single_quarters_in_chinese_subjects(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_period_in_a_later_clause_does_not_date_an_earlier_figure() -> None:
    found = figures("Shares of Pell Systems rose 6% on Friday after the company said third-quarter revenue "
                    "jumped 30%.", lang="en")
    assert by_text(found, "6%").period is None
    assert by_text(found, "30%").period == "third-quarter"


# ---------------------------------------------------------------- codes that are part of a name


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "subject"),
    [
        ("中国移动5G套餐用户数为4.12亿户，较上月净增260万户。", "zh", "4.12亿户", "中国移动5G套餐用户数"),
        ("目前中证500市盈率约为18倍，低于五年均值。", "zh", "18倍", "中证500市盈率"),
        ("星河M9交付量为2.4万辆。", "zh", "2.4万辆", "星河M9交付量"),
        ("The lender's CET1 ratio was 13.6% at the end of June.", "en", "13.6%", "The lender's CET1 ratio"),
        ("Its common equity tier 1 ratio fell to 12.9%.", "en", "12.9%", "common equity tier 1 ratio"),
        ("Shipments of 5G handsets rose 18% in the quarter.", "en", "18%", "Shipments of 5G handsets"),
    ],
)
def test_a_code_inside_a_name_stays_in_the_subject(sentence: str, lang: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence, lang=lang), text).subject == subject


def test_a_small_count_is_not_part_of_a_name() -> None:
    found = figures("当地现有3处水源地探明可采资源量1500立方米/日。")
    assert "3" not in (by_text(found, "1500立方米/日").subject or "")


def test_an_ordinal_or_a_stock_code_stays_out_of_the_subject() -> None:
    found = figures("海岳股份（600123）营收为52亿元，行业排名第3，净利润为6亿元。")
    assert by_text(found, "52亿元").subject == "海岳股份营收"
    # (The profit is 海岳股份's too: the owner named with the first metric goes on, figure_owners_zh.)
    assert by_text(found, "6亿元").subject == "海岳股份净利润"


# ---------------------------------------------------------------- words of the predicate left in the subject


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "subject"),
    [
        ("华泰重工以营收2.1万亿元位列第一，远洋集团排名第二，营收为9800亿元。", "zh", "2.1万亿元", "华泰重工营收"),
        ("华泰重工以营收2.1万亿元位列第一，远洋集团排名第二，营收为9800亿元。", "zh", "9800亿元", "营收"),
        ("海川科技以净利润18亿元居行业首位。", "zh", "18亿元", "海川科技净利润"),
        ("经审计调整后，归母净利润应为2.6亿元。", "zh", "2.6亿元", "归母净利润"),
        ("截至去年底，华为研发投入为1600亿元。", "zh", "1600亿元", "华为研发投入"),
        ("Corvel Holdings forecast revenue growth of 6% to 8% for fiscal 2028.", "en", "6% to 8%", "revenue growth"),
        ("Analysts predicted earnings growth of 4% next year.", "en", "4%", "earnings growth"),
    ],
)
def test_no_predicate_word_is_left_in_the_subject(sentence: str, lang: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence, lang=lang), text).subject == subject


def test_a_forecast_named_at_the_end_is_the_subject() -> None:
    found = figures("The company's revenue forecast of $4.1 billion was above estimates.", lang="en")
    assert by_text(found, "$4.1 billion").subject == "company's revenue forecast"


# ---------------------------------------------------------------- currency units written in two words


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The Kestrel dollar fell 0.4% to 71.2 US cents.", "71.2 US cents"),
        ("The board declared a final dividend of 8.5 U.S. cents a share.", "8.5 U.S. cents"),
        ("The ticket price rose to 90 euro cents.", "90 euro cents"),
    ],
)
def test_a_currency_unit_in_two_words_stays_with_the_amount(sentence: str, text: str) -> None:
    fig = by_text(figures(sentence, lang="en"), text)
    assert fig.unit == "cents"


# ---------------------------------------------------------------- what a change is compared with


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "basis"),
    [
        ("公司第二季度营收同比增长9.4%，环比增长3.2%。", "zh", "9.4%", "同比"),
        ("公司第二季度营收同比增长9.4%，环比增长3.2%。", "zh", "3.2%", "环比"),
        ("10月份电解铝产量同比-2.1%，环比+0.8%。", "zh", "-2.1%", "同比"),
        ("10月份电解铝产量同比-2.1%，环比+0.8%。", "zh", "0.8%", "环比"),
        ("单季毛利率较上季度提升1.2个百分点。", "zh", "1.2个百分点", "环比"),
        ("单季营收12.4亿元，QoQ+18.3%。", "zh", "18.3%", "环比"),
        ("Cloud revenue rose 4% q/q and 21% y/y.", "en", "4%", "quarter on quarter"),
        ("Cloud revenue rose 4% q/q and 21% y/y.", "en", "21%", "year on year"),
        ("Orders fell 6% sequentially.", "en", "6%", "sequential"),
    ],
)
def test_a_change_keeps_what_it_is_compared_with(sentence: str, lang: str, text: str, basis: str) -> None:
    assert by_text(figures(sentence, lang=lang), text).basis == basis


@pytest.mark.parametrize(
    ("sentence", "lang", "text"),
    [
        ("公司营收同比增长8.1%至52.3亿元。", "zh", "52.3亿元"),
        ("公司第三季度营收52.3亿元。", "zh", "52.3亿元"),
        ("Revenue slipped 3% q/q to $1.9 billion.", "en", "$1.9 billion"),
        ("Revenue rose 7% in the quarter.", "en", "7%"),
    ],
)
def test_a_level_or_an_unqualified_change_has_no_basis(sentence: str, lang: str, text: str) -> None:
    assert by_text(figures(sentence, lang=lang), text).basis is None


# ---------------------------------------------------------------- amounts per share


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("Quarterly profit fell to $212 million, or 64 cents a share.", "64 cents", "Quarterly profit per share"),
        ("Quarterly profit fell to $212 million, or 64 cents a share.", "$212 million", "Quarterly profit"),
        ("Halden raised its annual earnings forecast to $2.40 to $2.55 a share.", "$2.40 to $2.55",
         "Halden's annual earnings forecast per share"),
        ("The bank reported earnings per share of $3.15.", "$3.15", "earnings per share"),
    ],
)
def test_an_amount_per_share_says_so_in_its_subject(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), text).subject == subject


def test_a_list_of_changes_shares_its_basis() -> None:
    found = figures("公司营业收入和归母净利润分别为88.1亿元、5.2亿元，同比分别增长9.6%、-3.1%。")
    assert by_text(found, "9.6%").basis == "同比"
    assert by_text(found, "-3.1%").basis == "同比"
    assert by_text(found, "5.2亿元").basis is None


# ---------------------------------------------------------------- numbers that are no figure (round 10)


@pytest.mark.parametrize(("sentence", "shown", "not_shown"), [
    # A unit's definition in brackets.
    ("假期期间全网数据流量达到512.3万TB（1TB=1024GB），同比增长18.4%。", ["512.3万TB", "18.4%"], ["1TB", "1024GB"]),
    # A classifier that is the first character of the word after the number: a product, a phase.
    ("目前经典30批价在520元左右，较年初上涨约5%。", ["520元左右", "5%"], ["30批"]),
    ("公司120万吨/年二期和80万吨/年-3项目预计明年投产。", ["120万吨/年", "80万吨/年"], ["-3项"]),
    # Three years listed before the values: the first is a year too.
    ("当前股价对应24/25/26年PE18.5/14.2/11.8倍。", ["18.5", "14.2", "11.8倍"], ["24"]),
    # Digits lost before the decimal point (a corrupted page): no value, nor the change in brackets after it.
    ("公司境内业务收入达6.2亿（同比+18%）、境外达.8亿（同比+35%），确认投资收益 .0 亿元。",
     ["6.2亿", "18%"], ["8亿", "35%", "0 亿元"]),
])
def test_numbers_that_name_or_define_something_are_no_figures(sentence: str, shown: list[str], not_shown: list[str]) -> None:
    found = texts(sentence)
    assert all(text in found for text in shown), found
    assert not any(text in found for text in not_shown), found


def test_the_name_a_classifier_word_was_taken_from_stays_in_the_subject() -> None:
    """"经典30批价": with 30 no count, the price is still the 经典30's wholesale price."""
    assert by_text(figures("目前经典30批价在520元左右。"), "520元左右").subject == "经典30批价"


def test_a_note_restating_its_results_under_the_report_period_and_its_date_lists_them_once() -> None:
    """A brokerage note states the results in its 事项 ("报告期内…") and again in its 评论 ("2023年…"), or
    as "上半年" and "2023上半年": the same distinctive figure was listed twice, the second time as a
    line of its own far down (and, sharing its clause, the change lost its subject)."""
    text = ("事项：公司发布2023年报，报告期内公司实现营业收入186.37亿元，同比增长38.45%。"
            "评论：2023年公司实现营业收入186.37亿元，同比增长38.45%，主要受益于海外订单放量。"
            "公司上半年经营现金流净额为12.84亿元，公司2023上半年经营现金流净额12.84亿元，现金流健康。")
    shown = [f.text for f in analyze(text).key_figures]
    assert shown.count("186.37亿元") == 1 and shown.count("38.45%") == 1 and shown.count("12.84亿元") == 1, shown


@pytest.mark.parametrize(("sentence", "not_shown", "shown"), [
    ("到2030年，全省培育3家营业收入超过500亿元的龙头企业。", ["500亿元"], ["3家"]),
    ("财政将向员工少于100人的小微商户发放经营补贴。", ["100人"], []),
    # What is given is the amount: a figure.
    ("两家银行向公司提供不超过8.5亿元的并购贷款。", [], ["8.5亿元"]),
])
def test_a_bound_that_sorts_what_is_counted_is_no_figure(sentence: str, not_shown: list[str], shown: list[str]) -> None:
    """"5家销售收入超过100亿元的芯片企业" was shown as "销售收入：超过100亿元", a result it is not."""
    found = texts(sentence)
    assert not any(text in found for text in not_shown), found
    assert all(text in found for text in shown), found
