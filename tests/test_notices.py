"""Listed-company announcements (公告) and Hong Kong announcements: their standard wording is no
key sentence, their 特别提示 states the news, and a long sentence is trimmed around its figures.
All texts are written for these tests (fictional companies)."""

from __future__ import annotations

from summarizer import analyze
from summarizer.notices import BACKGROUND_WEIGHT, SUMMARY_WEIGHT, is_announcement, is_notice_boilerplate, \
    notice_asides, notice_weights, summary_part
from summarizer.trim_figures import readable_with_figures

REDUCTION = """证券代码：300999 证券简称：青石电子 公告编号：2026-031
青石电子股份有限公司关于持股5%以上股东减持股份的预披露公告
本公司及董事会全体成员保证信息披露内容的真实性、准确性和完整性，不存在任何虚假记载、误导性陈述或重大遗漏。
特别提示：
持有本公司股份15,300,000股（占本公司总股本比例6.12%）的股东南山投资计划自本公告披露之日起15个交易日后的3个月内以集中竞价方式减持本公司股份不超过2,500,000股（占本公司总股本比例1.00%）。
青石电子股份有限公司（以下简称“公司”）于近日收到股东南山投资出具的《告知函》，现将有关情况公告如下：
一、股东的基本情况
截至本公告披露日，南山投资持有公司股份15,300,000股，占公司总股本的6.12%。
二、本次减持计划的主要内容
减持原因：股东自身经营需要。
三、相关风险提示
本次减持计划的实施存在不确定性，南山投资将根据市场情况决定是否实施。
敬请广大投资者注意投资风险。
特此公告。
青石电子股份有限公司董事会
2026年3月2日
"""

HK_NOTICE = """香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責，對其準確性或完整性亦不發表任何聲明。
遠航控股有限公司
（股份代號：3321）
盈利預告
本公告乃遠航控股有限公司根據香港聯合交易所有限公司證券上市規則第13.09(2)(a)條而作出。
董事會謹此知會股東，本集團預期截至2026年12月31日止年度錄得純利約港幣3.2億元，較2025年增長約40%。
業績增長主要由於航運業務收入增加約28%。
本公司股東及潛在投資者於買賣本公司股份時，務請審慎行事。
"""


def test_the_boards_guarantee_and_the_exchanges_disclaimer_are_boilerplate() -> None:
    assert is_notice_boilerplate("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏，"
                                 "并对其内容的真实性、准确性和完整性承担法律责任。")
    assert is_notice_boilerplate("本公司及董事会全体成员保证公告内容与信息披露义务人提供的信息一致。")
    assert is_notice_boilerplate("香港交易及結算所有限公司及香港聯合交易所有限公司對本公告的內容概不負責。")
    assert is_notice_boilerplate("本公告乃本公司根據香港聯合交易所有限公司證券上市規則第13.09(2)(a)條及內幕消息條文而作出。")
    assert is_notice_boilerplate("现将有关情况公告如下：")
    assert is_notice_boilerplate("敬请广大投资者谨慎决策，注意投资风险。")
    assert is_notice_boilerplate("本公司股東及潛在投資者於買賣本公司股份時，務請審慎行事。")
    assert is_notice_boilerplate("本次业绩预告相关的财务数据未经会计师事务所审计。")
    assert is_notice_boilerplate("2、本次回购方案的实施存在不确定性，公司将根据市场情况择机实施。")
    assert is_notice_boilerplate("公司尚需与采购方签订正式合同，合同条款尚存在不确定性。")
    assert is_notice_boilerplate("本公告所載資料僅基於董事會對未經審核管理賬目的初步評估。")
    assert is_notice_boilerplate("公司与华东电网有限公司不存在关联关系。")


def test_news_in_the_same_words_is_no_boilerplate() -> None:
    assert not is_notice_boilerplate("证监会认定该公司2024年年报存在虚假记载，拟罚款600万元。")
    assert not is_notice_boilerplate("公司拟以集中竞价方式回购股份，回购资金总额不低于1亿元。")
    assert not is_notice_boilerplate("公司与华东电网签订3.2亿元合同，双方不存在关联关系。")
    # a figure makes an uncertainty line a statement of its own
    assert not is_notice_boilerplate("本次交易形成商誉约3.1亿元，未来能否实现业绩承诺存在不确定性。")


def test_parts_after_the_news_run_to_the_next_heading() -> None:
    texts = ["公司中标金额为2.1亿元。", "四、备查文件", "《中标通知书》。", "五、其他", "公司将按期履约。"]
    assert notice_asides(texts, [0, 1, 2, 3, 4]) == [False, True, True, False, False]


def test_the_summary_part_weighs_more_only_where_it_states_a_figure() -> None:
    texts = ["重要内容提示：", "●股份来源：定向发行", "●本计划拟授予限制性股票300万股，占总股本1.5%。",
             "本次交易尚需提交股东大会审议。", "一、激励对象", "激励对象共计120人，均为核心技术人员。"]
    flags = summary_part(texts, list(range(len(texts))))
    assert flags == [False, False, True, False, False, False]
    weights = notice_weights(texts, list(range(len(texts))))
    assert weights[2] == SUMMARY_WEIGHT and weights[5] == 1.0


def test_background_weighs_less() -> None:
    texts = ["归属于上市公司股东的净利润：盈利8,000万元至9,000万元；", "上年同期盈利6,210.50万元。",
             "二、交易对手方介绍", "华东电力有限公司，注册资本50亿元。", "三、影响", "本次合同金额约占公司营收的21%。",
             "海石科技6月3日晚间披露2026年半年度报告。"]
    weights = notice_weights(texts, list(range(len(texts))))
    assert list(weights) == [1.0, BACKGROUND_WEIGHT, 1.0, BACKGROUND_WEIGHT, 1.0, 1.0, BACKGROUND_WEIGHT]


def test_an_announcements_key_sentences_state_its_plan_not_its_template() -> None:
    shown = [s.text for s in analyze(REDUCTION, title="青石电子：关于持股5%以上股东减持股份的预披露公告",
                                     max_sentences=3).sentences]
    assert any("不超过2,500,000股" in s for s in shown), shown
    assert not any("保证" in s or "注意投资风险" in s or "存在不确定性" in s or "公告如下" in s for s in shown), shown


def test_a_hong_kong_announcements_key_sentences_skip_the_disclaimer() -> None:
    shown = [s.text for s in analyze(HK_NOTICE, title="遠航控股有限公司 盈利預告", max_sentences=2).sentences]
    assert any("純利約港幣3.2億元" in s for s in shown), shown
    assert not any("概不負責" in s or "而作出" in s or "審慎行事" in s for s in shown), shown


def test_a_long_sentence_is_trimmed_around_its_figures() -> None:
    sentence = ("海石药业（300888）5月6日晚间公告，公司于近日收到江苏省南京市中级人民法院送达的《民事起诉状》等诉讼材料，"
                "原告华南医药贸易有限公司以买卖合同纠纷为由将公司诉至法院，请求判令公司返还货款1.2亿元并支付违约金3,100万元，"
                "涉案金额合计约1.51亿元。")
    shown = readable_with_figures(sentence, "zh")
    assert "涉案金额合计约1.51亿元" in shown and "返还货款1.2亿元" in shown, shown
    assert shown.startswith("海石药业（300888）5月6日晚间公告") and "…" in shown, shown
    assert len(shown) <= 125


def test_a_sentence_whose_head_keeps_its_figures_is_trimmed_as_before() -> None:
    sentence = "公司2026年实现营业收入52.3亿元，同比增长18%，" + "，".join(["经营情况稳健"] * 30) + "。"
    shown = readable_with_figures(sentence, "zh")
    assert shown.startswith("公司2026年实现营业收入52.3亿元，同比增长18%") and shown.endswith("…")
    short = "公司拟每10股派发现金红利5元（含税）。"
    assert readable_with_figures(short, "zh") == short


def _figures(text: str) -> list[tuple[str | None, str, str | None, str | None]]:
    return [(f.subject, f.text, f.change, f.period) for f in analyze(text).figures if f.kind == "figure"]


def test_an_announcements_number_and_a_stock_code_are_no_figures() -> None:
    texts = [f.text for f in analyze("证券代码：603777 证券简称：远山股份 公告编号：临2026-041\n"
                                     "公司拟回购股份，回购资金总额不超过3.5亿元。").figures if f.kind == "figure"]
    assert texts == ["3.5亿元"], texts
    texts = [f.text for f in analyze("遠航控股有限公司（股份代號：3321）預期純利約港幣3.2億元。").figures if f.kind == "figure"]
    assert "3321" not in texts and any("3.2億元" in t for t in texts), texts


def test_a_labelled_line_takes_its_label_as_subject() -> None:
    found = _figures("归属于上市公司股东的净利润：亏损3,200万元至4,100万元；上年同期亏损9,356.12万元。")
    assert found[0][0] == "归属于上市公司股东的净利润" and found[0][2] == "loss", found
    assert found[1][0] == "归属于上市公司股东的净利润" and found[1][3] == "上年同期", found
    found = _figures("中标金额：人民币18,530.20万元（含税）。")
    assert found[0][0] == "中标金额", found


def test_years_listed_before_分别_pair_with_the_figures_in_order() -> None:
    found = _figures("公司层面考核目标为：2027年、2028年、2029年净利润增长率分别不低于15%、32%、52%。")
    assert [(text, period) for _, text, _, period in found] == [
        ("15%", "2027年"), ("32%", "2028年"), ("52%", "2029年")], found


def test_a_price_revised_down_keeps_its_subject_and_direction() -> None:
    found = _figures("公司发行的“远山转债”转股价格由每股26.40元下修至每股21.15元。")
    assert [(s, t, c) for s, t, c, _ in found] == [("转股价格", "26.40元", None), ("转股价格", "21.15元", "down")], found


def test_the_close_is_when_the_stock_price_is_what() -> None:
    found = _figures("受此影响，公司股价早盘一度涨停，截至午间收盘报15.42元，涨幅为9.99%。")
    assert {s for s, *_ in found} == {"公司股价"}, found


def test_a_figure_restated_under_another_name_is_listed_once() -> None:
    text = ("重要内容提示：\n●每股分配比例：A股每股现金红利0.312元（含税）\n"
            "本次利润分配以总股本8,000,000,000股为基数，每股派发现金红利0.312元（含税），共计派发现金红利24.96亿元。\n"
            "持股期限超过1年的，每股实际派发现金红利0.312元。")
    assert [f.text for f in analyze(text).key_figures].count("0.312元") == 1
    # two results with the same value but nothing in common are two facts
    both = analyze("公司营业收入同比增长12.5%，归母净利润同比增长12.5%。").key_figures
    assert [f.text for f in both if f.kind == "figure"].count("12.5%") == 2


def test_cells_of_a_flattened_table_are_no_range() -> None:
    texts = [f.text for f in analyze("营业利润 -18,362.44 -41,270.85 不适用").figures if f.kind == "figure"]
    assert "-18,362.44 -41,270.85" not in texts, texts


def test_a_range_with_its_currency_written_twice_is_one_range() -> None:
    found = [f for f in analyze("本集團預期錄得虧損約港幣1.5億元至港幣1.9億元。").figures if f.kind == "figure"]
    assert len(found) == 1 and found[0].value == (150000000.0, 190000000.0), found


def test_defined_terms_in_brackets_are_left_out_of_a_key_sentence() -> None:
    sentence = "海石股份有限公司（以下简称“公司”）拟以现金收购南岭精工有限公司（以下简称“南岭精工”或“标的公司”）60%股权。"
    assert readable_with_figures(sentence, "zh") == "海石股份有限公司拟以现金收购南岭精工有限公司60%股权。"
    hk = "本公告乃遠航控股有限公司（「本公司」，連同其附屬公司統稱「本集團」）作出。"
    assert readable_with_figures(hk, "zh") == "本公告乃遠航控股有限公司作出。"
    assert readable_with_figures("公司（含子公司）营收增长5%。", "zh") == "公司（含子公司）营收增长5%。"


def test_an_announcements_keywords_leave_out_its_template() -> None:
    words = [k.word for k in analyze(REDUCTION, title="青石电子：关于持股5%以上股东减持股份的预披露公告").keywords]
    assert not {"公告", "披露", "简称", "证券", "内容", "有限公司", "保证"} & set(words), words
    assert "减持" in words, words
    # in a news story about an announcement, 公告 may stay a word of the story
    assert not is_announcement(["海石药业5月6日晚间公告，公司拟回购股份。"])
    assert is_announcement(["证券代码：300999 证券简称：青石电子 公告编号：2026-031"])
