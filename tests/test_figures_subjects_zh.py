"""Chinese subjects that name nothing, and nouns a figure modifies.

Classes seen on unseen brokerage notes and news: a copula, an adverb or a comparison verb
left as the whole subject ("原为", "逐年", "高出"); a figure that modifies the noun after
it ("150克的蛋白质", "0.6倍2022年市净率"); a company named before a figure whose metric
follows it ("公司19年10.4亿净利润"). Sentences are written here.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import figures


def subject_of(sentence: str, text: str) -> str | None:
    matches = [f for f in figures(sentence) if f.text == text]
    assert matches, [f.text for f in figures(sentence)]
    return matches[0].subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("上调2027/28年EPS预测至2.10/2.65元（原为1.80/2.20元），维持买入评级。", "1.80", "原EPS预测"),
        ("上调2027/28年EPS预测至2.10/2.65元（原为1.80/2.20元），维持买入评级。", "2.20元", "原EPS预测"),
        ("公司海外收入占比由18.2%逐年提升至27.5%。", "27.5%", "公司海外收入占比"),
        ("今年公司国内收入增长45.2%，比公司整体收入增幅20.1%高出25.1个百分点。", "25.1个百分点", "公司国内收入"),
    ],
)
def test_a_copula_adverb_or_comparison_verb_is_no_subject(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


def test_a_company_whose_name_starts_with_bi_is_no_comparison_base() -> None:
    found = figures("比音科技今年单季度收入的增长助力公司毛利率在Q1/Q2分别达到43.1%/46.5%。")
    assert all(f.subject and "公司毛利率" in f.subject for f in found)


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("成年人每天摄入大约60克的膳食纤维就足够了。", "60克", "膳食纤维"),
        ("对新开业的社区食堂，给予每家每年5万元的运营补贴。", "5万元", "运营补贴"),
        ("对符合条件的技改贷款，给予2个百分点的贴息补助。", "2个百分点", "贴息补助"),
        ("当前股价对应0.7倍2027年市净率，估值处于低位。", "0.7倍", "市净率"),
        ("我们维持预计公司27年12.6亿净利润，维持目标价18.5元。", "12.6亿", "净利润"),
        ("我们维持预计公司27年12.6亿净利润，维持目标价18.5元。", "18.5元", "目标价"),
        ("全国现有超8万家餐饮相关企业。", "8万家", "餐饮相关企业"),
    ],
)
def test_the_noun_a_figure_modifies_is_what_it_measures(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("维持公司27-29年EPS为1.25/1.52/1.80元的预测。", "1.80元", "公司EPS"),
        # (a target is named as one: shown as "公司营收：200亿元" it would read as the result)
        ("公司营收200亿元的目标已提前完成。", "200亿元", "公司营收目标"),
        ("净利润增长25%的背景下，公司加大了分红。", "25%", "净利润"),
    ],
)
def test_a_plan_word_or_a_subject_before_the_figure_is_kept(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("主要因新会计准则导致利息支出增长3200万元。", "3200万元", "利息支出"),
        ("电池工厂搬迁完成，公司产能扩张2倍。", "2倍", "公司产能"),
    ],
)
def test_a_noun_that_jieba_tags_as_a_verb_is_still_a_subject(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change"),
    [
        ("11月非制造业商务活动指数微升至50.2。", "50.2", "非制造业商务活动指数", "up"),
        ("本月新能源车销量小幅上涨3.2%。", "3.2%", "本月新能源车销量", "up"),
        ("该公司出口额大幅下降30%。", "30%", "该公司出口额", "down"),
        ("行业平均毛利率微降0.4个百分点。", "0.4个百分点", "行业平均毛利率", "down"),
        ("港口吞吐量稍有回落，降至1.2亿吨。", "1.2亿吨", "港口吞吐量", "down"),
        ("星河科技库存量骤降40%。", "40%", "星河科技库存量", "down"),
    ],
)
def test_a_degree_said_before_the_change_is_not_part_of_the_subject(sentence, text, subject, change) -> None:
    found = [f for f in figures(sentence) if f.text == text]
    assert found, [f.text for f in figures(sentence)]
    assert (found[0].subject.removeprefix("本月"), found[0].change) == (subject.removeprefix("本月"), change)


def test_a_name_ending_in_a_degree_character_keeps_it() -> None:
    assert subject_of("紫光国微营收同比增长12%。", "12%") == "紫光国微营收"


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change"),
    [
        ("11月规模以上工业增加值为3.5万亿元。", "3.5万亿元", "规模以上工业增加值", None),
        ("前11个月，全国规模以上工业增加值同比增长5.8%。", "5.8%", "全国规模以上工业增加值", "up"),
        ("其中，制造业增加值增长6.1%，高于整体水平。", "6.1%", "制造业增加值", "up"),
    ],
)
def test_value_added_is_a_metric_not_an_increase(sentence, text, subject, change) -> None:
    found = [f for f in figures(sentence) if f.text == text]
    assert found, [f.text for f in figures(sentence)]
    assert (found[0].subject, found[0].change) == (subject, change)


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("星河科技营收为人民币85.3亿元。", "85.3亿元", "星河科技营收"),
        ("星河港口集团收入达港币12亿元。", "12亿元", "星河港口集团收入"),
        ("离岸人民币报7.12。", "7.12", "离岸人民币"),
        ("星河科技今天公布11月销量为3.2万辆。", "3.2万辆", "销量"),
        ("公司披露，前三季度净利润为12亿元。", "12亿元", "净利润"),
    ],
)
def test_a_currency_or_an_announcement_verb_before_the_figure_is_not_the_subject(sentence, text, subject) -> None:
    assert subject_of(sentence, text) == subject


def test_a_bracketed_dateline_is_no_part_of_the_subject() -> None:
    sentence = "（中央社记者王大同台北6日电）晶华半导体今天公布11月营收为85.3亿元。"
    assert subject_of(sentence, "85.3亿元") == "营收"


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change"),
    [
        ("公司前三季度归母净利润为-3.2亿元，同比减亏52.9%。", "52.9%", "公司归母净利润亏损额", "down"),
        ("公司净利润亏损同比收窄20%。", "20%", "公司净利润亏损额", "down"),
        ("公司亏损额同比扩大15%至4亿元。", "15%", "公司亏损额", "up"),
        ("营收同比增长20%，亏损同比收窄18%。", "18%", "亏损额", "down"),
        ("扭亏后净利润增长20%。", "20%", "扭亏后净利润", "up"),
    ],
)
def test_a_rate_of_change_after_a_loss_word_measures_the_loss(sentence, text, subject, change) -> None:
    found = [f for f in figures(sentence) if f.text == text]
    assert found, [f.text for f in figures(sentence)]
    assert (found[0].subject, found[0].change) == (subject, change)


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("公司营收同比增长12%，增速较上半年提升1.2pct。", "1.2pct", "公司营收增速"),
        ("全社会用电量同比增长3.1%，增速比上月回落2.6个百分点。", "2.6个百分点", "全社会用电量增速"),
        ("军工领域销售额3.32亿元，增幅达37%。", "37%", "军工领域销售额"),
    ],
)
def test_a_change_of_the_growth_rate_names_the_rate(sentence, text, subject) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("星河X9的CLTC续航最高可达720公里。", "720公里", "星河X9的CLTC续航"),
        ("电池容量最大可达100千瓦时。", "100千瓦时", "电池容量"),
        ("现货黄金盘中最高触及2817.4美元。", "2817.4美元", "现货黄金盘中最高"),
    ],
)
def test_an_upper_bound_that_can_be_reached_is_no_part_of_the_subject(sentence, text, subject) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "unit"), [("电池容量为100千瓦时。", "100千瓦时", "千瓦时"),
                                                      ("体重为70千克。", "70千克", "千克"),
                                                      ("营收3千万元。", "3千万元", "元")])
def test_qian_before_a_unit_is_the_unit_s_kilo_not_a_thousand(sentence, text, unit) -> None:
    found = [f for f in figures(sentence) if f.text == text]
    assert found and found[0].unit == unit, [(f.text, f.unit) for f in figures(sentence)]


@pytest.mark.parametrize(("sentence", "text"), [("芯片主频达3000兆赫。", "3000兆赫"), ("该芯片算力达到508TOPS。", "508TOPS"),
                                               ("中期股息每股31.2港仙。", "31.2港仙"), ("目的地距离青岛超过1200海里。", "1200海里")])
def test_frequencies_computing_power_cents_and_nautical_miles_keep_their_unit(sentence, text) -> None:
    assert text in [f.text for f in figures(sentence)], [f.text for f in figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("公司股东大会审议通过每10股派5元（含税）的分红方案。", "5元", "每10股派"),
        ("公司拟向全体股东每10股派发现金红利3元。", "3元", "每10股派发现金红利"),
        ("董事会建议派发中期股息每股0.8港元。", "0.8港元", "中期股息每股"),
    ],
)
def test_a_dividend_is_named_without_who_decided_it(sentence, text, subject) -> None:
    assert subject_of(sentence, text) == subject


def test_fixed_words_with_yi_and_a_leading_jiang_keep_the_subject_as_written() -> None:
    assert subject_of("会议要求，将家电以旧换新补贴范围扩大至12个品类。", "12个") == "家电以旧换新补贴范围"
    assert subject_of("京华集团以营收1.35万亿元蝉联榜首。", "1.35万亿元") == "京华集团营收"


# ---------------------------------------------------------------- policy rates and their lists


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        # jieba cuts 再 off 再贷款 as an adverb ("again"): the subject lost its first half.
        ("全国支农支小再贷款余额为2.1万亿元，比年初增加3200亿元。", "2.1万亿元", "全国支农支小再贷款余额"),
        ("全国支农支小再贷款余额为2.1万亿元，比年初增加3200亿元。", "3200亿元", "全国支农支小再贷款余额"),
        ("公司再融资规模为30亿元。", "30亿元", "公司再融资规模"),
        # "各" (each) is no part of what is named.
        ("两项利率各下调0.25个百分点。", "0.25个百分点", "两项利率"),
        # "由约", "从近": the start of a move with its approximation.
        ("营收由约60亿元增至80亿元。", "60亿元", "营收"),
        ("营收从近60亿元增至80亿元。", "60亿元", "营收"),
    ],
)
def test_prefixes_and_particles_around_the_subject(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        ("人民银行宣布，下调支农再贷款、支小再贷款和再贴现利率各0.25个百分点。", "down"),
        ("上调一年期和五年期以上贷款市场报价利率各10个基点。", "up"),
        ("下调支农再贷款和再贴现利率0.25个百分点。", "down"),
    ],
)
def test_a_rate_decision_over_a_list_of_rates_has_its_direction(sentence: str, want: str) -> None:
    changed = [f for f in figures(sentence) if f.unit in ("个百分点", "个基点", "基点")]
    assert [f.change for f in changed] == [want], [(f.text, f.subject, f.change) for f in figures(sentence)]
    assert "利率" in (changed[0].subject or "")


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        # How much of the plan is done, not the plan itself ("计划：96.2%").
        ("今年1至10月，已完成全年计划的96.2%。", "96.2%", "全年计划完成率"),
        ("累计交付约24.6万辆，完成全年30万辆目标的82%。", "82%", "交付量目标完成率"),
        ("完成年度目标任务的105%。", "105%", "年度目标完成率"),
        # A headline's two statements are separated by a space: the second figure is the second's.
        ("A股三大指数收涨 创业板指涨逾2%", "2%", "创业板指"),
    ],
)
def test_what_a_share_or_a_headline_figure_measures(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("毛利率同比提升2.1pct，主要得益于高端医用耗材占比提升至46%。", "46%", "高端医用耗材占比"),
        ("净利润下降，主要系计提商誉减值1.7亿元。", "1.7亿元", "计提商誉减值"),
        # 系统, 系列 are words, not 系 (is due to).
        ("系统收入增长20%。", "20%", "系统收入"),
        ("系列产品销量增长20%。", "20%", "系列产品销量"),
    ],
)
def test_a_cause_word_is_no_part_of_the_subject(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        # The figure after 低于/高于…的 is the thing compared with; 平均 keeps its 均.
        ("公司毛利率为35%，低于行业平均的40%。", "40%", "行业平均"),
        ("过去五年收入平均增长14%。", "14%", "过去五年收入平均"),
    ],
)
def test_a_comparison_word_is_no_part_of_the_subject(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("分地区看，华南地区完成软件业务收入8,620亿元，同比增长9.1%；华北地区完成软件业务收入4,315亿元。",
     "4,315亿元", "华北地区软件业务收入"),
    ("分地区看，华南地区完成软件业务收入8,620亿元，同比增长9.1%。", "9.1%", "华南地区软件业务收入"),
    ("1-10月，全市完成工业投资850亿元。", "850亿元", "全市工业投资额"),
    ("江北省实现地区生产总值4.2万亿元。", "4.2万亿元", "江北省地区生产总值"),
])
def test_a_region_before_its_verb_is_whose_amount_it_is(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("股东远山投资计划自本公告披露之日起15个交易日后的3个月内以集中竞价或大宗交易方式减持本公司股份不超过600万股。",
     "600万股", "股东减持本公司股份"),
    ("远山投资计划在未来6个月内减持公司股份不超过300万股。", "300万股", "远山投资计划减持公司股份"),
    ("公司拟以集中竞价交易方式回购公司股份不超过500万股。", "500万股", "回购公司股份"),
])
def test_when_and_how_a_plan_is_carried_out_is_no_part_of_its_subject(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("1. 白鹭汽车公告，11月新能源汽车销量为6.4万辆，同比增长38%。", "6.4万辆", "白鹭汽车新能源汽车销量"),
    ("1. 白鹭汽车公告，11月新能源汽车销量为6.4万辆，同比增长38%。", "38%", "白鹭汽车新能源汽车销量"),
    ("白鹭汽车12月4日晚间公告称，公司11月销量为6.4万辆。", "6.4万辆", "白鹭汽车销量"),
    ("白鹭汽车公告，控股股东远山集团拟减持不超过2%股份。", "2%", "控股股东远山集团拟减持"),
    ("公司公告，11月销量为6.4万辆。", "6.4万辆", "销量"),
    ("根据公司年报披露，研发投入13.1亿元。", "13.1亿元", "研发投入"),
    ("商务部宣布，11月进口额为1200亿美元。", "1200亿美元", "进口额"),
    ("周明宣布，公司研发投入超过10亿元。", "10亿元", "公司研发投入"),
])
def test_a_company_announcing_a_flash_owns_its_figures(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("10月末，广义货币(M2)余额305.2万亿元，同比增长6.8%，增速分别比上月末和上年同期低0.3个和0.6个百分点。",
     "0.3个", "广义货币余额增速"),
    ("10月末，广义货币(M2)余额305.2万亿元，同比增长6.8%，增速分别比上月末和上年同期低0.3个和0.6个百分点。",
     "0.6个百分点", "广义货币余额增速"),
    ("增速分别比上月末和上年同期低0.3个和0.6个百分点。", "0.6个百分点", "增速"),
])
def test_the_gaps_of_a_growth_rate_name_the_rate(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject", "change"), [
    ("实现扣非归母净利润-0.36亿元，亏损同比减少0.18亿元。", "0.18亿元", "扣非归母净利润亏损额", "down"),
    ("实现扣非后归母净利润-27.48亿元，亏损同比扩大18.74亿元。", "18.74亿元", "扣非后归母净利润亏损额", "up"),
])
def test_an_amount_a_loss_moved_by_is_the_loss_s_change_not_a_loss(sentence: str, text: str, subject: str,
                                                                     change: str) -> None:
    found = [f for f in figures(sentence) if f.text == text]
    assert found and (found[0].subject, found[0].change) == (subject, change)


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("其中，白鹭能源预计全年归母净利润亏损45亿元至52亿元，上年同期盈利12.3亿元。", "45亿元至52亿元", "白鹭能源归母净利润"),
    ("青杉硅业预计2026年归母净利润为3.5亿元至4.2亿元，同比扭亏为盈。", "3.5亿元至4.2亿元", "青杉硅业归母净利润"),
    ("公司预计全年归母净利润为3.5亿元至4.2亿元。", "3.5亿元至4.2亿元", "归母净利润"),
    ("2021年远岫新材实现净利润10.9亿元。", "10.9亿元", "远岫新材净利润"),
])
def test_a_company_forecasting_or_reporting_its_result_owns_it(sentence: str, text: str, subject: str) -> None:
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text"), [
    ("美债收益率报1.7581%，盘中交投于1.7972%-1.7315%区间，本周累计下跌5.09个基点。", "1.7972%-1.7315%"),
    ("收益率利差跌1.847个基点，报75.047个基点，本周累跌6.275个基点。", "6.275个基点"),
])
def test_how_a_price_moved_is_no_subject(sentence: str, text: str) -> None:
    """"交投于", "累跌": a verb of moving left where the subject goes names nothing; no subject is shown."""
    assert subject_of(sentence, text) is None


def test_two_tenors_joined_by_a_slash_name_one_spread() -> None:
    """"02/10年期美债收益率利差" is the 2-year/10-year spread: 02 is no date, and the spread is not the 10-year's."""
    assert subject_of("02/10年期美债收益率利差跌1.847个基点，报75.047个基点。", "75.047个基点") == "02/10年期美债收益率利差"
    assert subject_of("营收/净利润分别为5亿元/1亿元。", "5亿元") == "营收"


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("据行业机构预测23-30年CAGR高达近60%。", "60%", "CAGR"),
    ("主要系储能业务毛利率高达36.6%。", "36.6%", "储能业务毛利率"),
    ("到2025年光伏装机量将达800GW。", "800GW", "光伏装机量"),
    ("10年期国债到期收益率为2.35%。", "2.35%", "10年期国债到期收益率"),
    ("有望带来千万平米以上的新增市场需求。", "千万平米以上", None),
])
def test_the_words_around_a_name_are_not_the_name(sentence: str, text: str, subject: str | None) -> None:
    """The 高 of 高达 (jieba: 高/达近), the 到 of "到2025年" with the year taken out, and a bare verb (带来)."""
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "change"), [
    ("疫情对公司全年营收的影响预计低于3%。", "3%", None),
    ("提前实现的销售在第一季的销售占比低于5%。", "5%", None),
    ("公司毛利率低于行业平均2个百分点。", "2个百分点", "down"),
])
def test_lower_than_right_before_a_number_is_a_bound_not_a_fall(sentence: str, text: str, change: str | None) -> None:
    """"影响预计低于3%" is less than 3%, nothing fell; "低于行业平均2个百分点" is a gap below."""
    found = [f for f in figures(sentence) if f.text == text]
    assert found and found[0].change == change


def test_a_subject_left_garbled_by_its_periods_taken_out_is_dropped() -> None:
    """"对公司第一季及第二季的晶圆产出" without its periods reads "对公司及的…": no such words are in the text."""
    sentence = "停工11天，对公司第一季及第二季的晶圆产出略有影响，但对公司全年营收的影响预计低于3%。"
    subject = subject_of(sentence, "3%")
    assert subject is None or "及的" not in subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    # A word that needs its span stays behind: it goes, the rest is the subject.
    ("据卫生部门通报，该省过去48小时新增住院病例超过3200例。", "3200例", "该省新增住院病例"),
    ("公司连续5年分红率超过40%。", "40%", "公司分红率"),
    # Only the year's digits went: the 年 left is the year's, not the name's.
    ("公司2023年期间费用率为18.6%，同比下降0.8个百分点。", "18.6%", "公司期间费用率"),
    # What is left reads as nothing: the words as written, span and all, or none when they are long.
    ("临时车辆停放3小时内收费8元。", "8元", "临时车辆停放3小时内收费"),
    ("门店员工相比去年年中增加约320人。", "320人", "门店员工相比去年年中"),
    ("全市各区内的临时车辆停放3小时内收费8元。", "8元", None),
    # Nothing taken out of the middle: left as it is.
    ("公司2023年营收128亿元。", "128亿元", "公司营收"),
])
def test_a_subject_with_a_piece_of_its_taken_out_span_left_is_mended(sentence: str, text: str, subject: str | None) -> None:
    """"该国过去24小时新增病例" shown as "该国过去新增病例", "连续3年增速" as "连续增速", "公司2022年期间费用率" as
    "公司年期间费用率": the span's words left behind make a label that names nothing."""
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("全省城乡居民基础养老金人均提高15元。", "15元", "全省城乡居民基础养老金"),
    ("全市适龄劳动人口年均减少12万。", "12万", "全市适龄劳动人口"),
])
def test_a_subject_cut_inside_a_per_word_ends_before_it(sentence: str, text: str, subject: str) -> None:
    """"养老金人均提高10元" gave the subject "养老金人": 人均 is how it rose, not part of what rose."""
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("2023年公司储能设备境外销售7.26亿，毛利率38.5%。", "7.26亿", "公司储能设备境外销售"),
    ("2023年公司储能设备境外销售1.2万台。", "1.2万台", "公司储能设备境外销量"),
])
def test_a_sales_verb_becomes_a_volume_only_when_the_unit_counts_goods(sentence: str, text: str, subject: str) -> None:
    """"境外销售5.19亿" (money, no unit written) was shown as "境外销量"."""
    assert subject_of(sentence, text) == subject


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("我们预计利润端受益于原料价格回落，有望取得约25%的增长。", "25%", "利润端"),
    ("明年行业装机量保底看180GW。", "180GW", "行业装机量"),
    ("我们预计三季度公司整体出货量保守预估为12万台。", "12万台", "公司整体出货量"),
    ("首席策略师David Lee认为是15%。", "15%", None),
])
def test_a_reason_a_hedge_or_a_speaker_is_no_part_of_the_subject(sentence: str, text: str, subject: str | None) -> None:
    """"利润端受益于费用投放效率", "组件扩产量保底看", "整体批发销量保守", "投资长GregJensen认为",
    "集原油生产…于一体" were shown as what a figure measures."""
    assert subject_of(sentence, text) == subject


def test_what_a_thing_combines_is_no_subject() -> None:
    """"集原油生产、存储、外输等功能于一体" was carried as the subject of "由近60万个零部件组成"."""
    from summarizer.figure_subject_clean import clean_subject
    assert clean_subject("集生产、仓储、配送等功能于一体") is None


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("一季度经营性现金流量净额/净利润为-1.35，同比下降0.42。", "-1.35", "经营性现金流量净额/净利润"),
    ("美元/人民币一个月隐含波动率跌0.6个基点。", "0.6个基点", "美元/人民币一个月隐含波动率"),
    # A slash between periods taken out joins nothing.
    ("公司2022年/2023Q1-3市占率分别为21%/23%。", "21%", "公司市占率"),
])
def test_a_slash_the_text_writes_between_two_words_stays(sentence: str, text: str, subject: str) -> None:
    """"经营性现金流量净额/净利润" (a ratio) was shown as "经营性现金流量净额净利润", "美元/人民币" as "美元人民币"."""
    assert subject_of(sentence, text) == subject


def test_first_time_is_how_it_moved_not_what_moved() -> None:
    """"封测业销售额第一次超过2000亿元" gave the subject "封测业销售额第一次"."""
    assert subject_of("去年封装测试业销售额第一次超过3000亿元。", "3000亿元") == "封装测试业销售额"


@pytest.mark.parametrize(("sentence", "text"), [
    ("对应三季度归母净利润1.85~2.25亿元，取中值2.05亿元，同比+36%。", "2.05亿元"),
    ("公司经营性现金流净额为9.6亿元，超出同期归母净利润2.35亿元。", "2.35亿元"),
])
def test_how_a_figure_was_got_or_what_it_exceeds_is_no_subject(sentence: str, text: str) -> None:
    """"取中值2.72亿元" was shown as "取中值：…", "超出同期归母净利润4.85亿元" as "超出归母净利润：…"."""
    assert subject_of(sentence, text) is None
