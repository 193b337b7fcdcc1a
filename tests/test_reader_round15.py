"""A Chinese reader round on stories written for it (issue #13): customs data, a merger with 业绩承诺, a penalty
decision, a court's award, fund dividends, a shipping weekly, brokers' monthly results. Each case failed before
its fix; each is a class of error a finance reader would catch, on text written here."""

from __future__ import annotations

from dataclasses import replace

from summarizer import analyze
from tests.ask_helpers import analysed, library, shown_part

TRADE = library(
    "trade", "海关总署：前11个月我国货物贸易进出口同比增长4.1%",
    "海关总署发布数据显示，今年前11个月，我国货物贸易进出口总值38.6万亿元，同比增长4.1%。",
    "其中，出口21.9万亿元，增长6.2%；进口16.7万亿元，增长1.3%。",
    "11月当月，我国进出口3.52万亿元，同比增长1.9%，环比下降1.1%。",
    "其中，出口2.04万亿元，同比增长5.3%；进口1.48万亿元，同比下降2.4%。",
    "从商品看，前11个月，我国出口机电产品12.8万亿元，增长8.1%，占出口总值的58.4%。",
    "船舶出口1980亿元，增长31.2%。",
)


def test_exports_are_not_imports_and_exports_together() -> None:
    # "进出口" holds "出口": its 1.9% was the answer to "11月出口同比增长多少".
    assert shown_part("11月出口同比增长多少？", TRADE) == "5.3%"
    assert shown_part("11月进出口同比增长多少？", TRADE) == "1.9%"


def test_goods_traded_are_a_part_of_the_trade() -> None:
    # "出口机电产品…增长8.1%" and "船舶出口…增长31.2%" are trade in those goods, not all exports.
    assert shown_part("前11个月出口增长多少？", TRADE) == "6.2%"
    assert shown_part("前11个月出口机电产品增长多少？", TRADE) == "8.1%"
    assert shown_part("前11个月船舶出口增长多少？", TRADE) == "31.2%"


PENALTY = library(
    "pen", "证监会对海岚股份财务造假案作出处罚",
    "海岚股份公告称，公司收到中国证监会下发的《行政处罚决定书》。",
    "经查明，2020年至2022年，海岚股份通过虚构贸易业务，累计虚增营业收入9.36亿元，虚增利润总额2.41亿元。",
    "其中，2021年虚增营业收入3.82亿元，占当期披露营业收入的27.5%。",
    "证监会决定，对海岚股份给予警告，并处以5000万元罚款；",
    "对时任董事长给予警告，并处以1500万元罚款。",
)


def test_a_total_over_years_is_no_one_years_figure() -> None:
    # "2020年至2022年，…累计虚增营业收入9.36亿元" answered "2022年海岚股份虚增营业收入多少".
    assert shown_part("2022年海岚股份虚增营业收入多少？", PENALTY) is None
    assert shown_part("海岚股份累计虚增营业收入多少？", PENALTY) == "9.36亿元"


def test_an_overstatement_is_not_the_reported_figure() -> None:
    # "2021年虚增营业收入3.82亿元" is the fraud's size, not 2021's revenue.
    assert shown_part("2021年海岚股份营业收入是多少？", PENALTY) is None
    assert shown_part("2021年海岚股份虚增营业收入多少？", PENALTY) == "3.82亿元"


def test_a_fine_named_after_its_amount_is_no_profit() -> None:
    # "并处以5000万元罚款" answered "海岚股份利润总额是多少" once the overstatement was refused.
    assert shown_part("海岚股份利润总额是多少？", PENALTY) is None
    assert shown_part("海岚股份被罚款多少？", PENALTY) == "5000万元"


IPO = library(
    "ipo", "恒拓电子IPO过会",
    "恒拓电子首发申请获上市委审议通过，拟募集资金18亿元。",
    "2023年至2025年，恒拓电子分别实现营业收入12.6亿元、15.9亿元和19.4亿元；",
    "归母净利润分别为1.32亿元、1.75亿元和2.08亿元。",
)


def test_a_span_of_years_lists_each_year() -> None:
    # "2023年至2025年" was read as two years, so 2025 got the first value and 2024 none.
    assert shown_part("恒拓电子2025年营业收入是多少？", IPO) == "19.4亿元"
    assert shown_part("恒拓电子2024年营业收入是多少？", IPO) == "15.9亿元"


def test_a_list_split_at_a_semicolon_keeps_its_years() -> None:
    # "归母净利润分别为…" after "；" takes its years from the statement before: 2024 is the second value.
    assert shown_part("恒拓电子2024年净利润是多少？", IPO) == "1.75亿元"


FUNDS = library(
    "fund", "基金分红",
    "同日，安泰基金公告，旗下安泰纯债债券A每10份基金份额派发红利0.26元，C类份额每10份派发0.22元。",
)


def test_a_share_class_is_answered_by_its_own_value() -> None:
    assert shown_part("安泰纯债债券A每10份派发多少？", FUNDS) == "0.26元"
    assert shown_part("安泰纯债C类每10份派多少？", FUNDS) == "0.22元"


COURT = analysed(
    "court", "宏远药业虚假陈述案一审宣判",
    "法院对宏远药业证券虚假陈述责任纠纷案作出一审判决，判令宏远药业赔偿损失共计2.96亿元，8,245名投资者获赔。",
    "人均获赔约3.6万元，其中获赔最多的一名投资者获赔268万元。",
)


def test_a_first_instance_award_is_not_the_appeals() -> None:
    # "宏远药业二审判赔多少" was cut as the name 宏远药业二审判 and answered with the first instance's award.
    assert shown_part("宏远药业二审判赔多少？", COURT) is None


def test_a_head_count_is_not_a_sum_nor_a_sum_a_head_count() -> None:
    assert shown_part("多少名投资者获赔？", COURT) == "8,245"
    assert shown_part("宏远药业一审判赔多少？", COURT) == "2.96亿元"


WEALTH = library(
    "wealth", "理财破净率回落",
    "截至11月末，净值低于1的理财产品共计760只，破净率为1.9%，较10月末下降0.7个百分点，较年初的4.2%明显回落。",
)


def test_the_value_of_a_base_answers_only_for_that_base() -> None:
    # "较年初的4.2%" was the answer to "10月末破净率是多少"; "年初破净率" got the 1.9% of now.
    assert shown_part("10月末破净率是多少？", WEALTH) is None
    assert shown_part("年初破净率是多少？", WEALTH) == "4.2%"
    assert shown_part("11月末破净率是多少？", WEALTH) == "1.9%"


BONDS = library(
    "bonds", "临川省前11个月发行地方政府债券2410亿元",
    "临川省财政厅发布消息，今年1-11月，全省累计发行地方政府债券2410亿元。",
    "其中，新增专项债券1620亿元，再融资债券790亿元。",
    "据了解，临川省明年拟提前下达新增专项债券额度约980亿元。",
)


def test_a_result_comes_before_a_plan() -> None:
    # The plan names the province and ranked first; "新增专项债券多少" asks what was issued.
    assert shown_part("临川省新增专项债券多少？", BONDS) == "1620亿元"


WEALTH_CLASSES = library(
    "wc", "理财收益率下行",
    "11月，理财公司固收类产品平均业绩比较基准为2.41%，环比下降5个基点。",
    "现金管理类理财产品近7日年化收益率均值为1.42%，较上月下降3个基点，首次跌破1.5%。",
)


def test_a_product_class_is_not_another_class() -> None:
    # "现金管理类…1.42%…首次跌破1.5%" answered "固收类理财收益率" (with 1.5% in bold).
    assert shown_part("明年固收类理财收益率是多少？", WEALTH_CLASSES) is None
    assert shown_part("现金管理类理财产品收益率是多少？", WEALTH_CLASSES) == "1.42%"


DELIVERIES = library(
    "ev", "启明汽车11月交付3.86万辆",
    "启明汽车11月交付新车38,612辆，同比增长41.2%。",
    "公司此前将全年交付目标定为34万辆，这意味着12月需交付约3.1万辆。",
)


def test_what_a_target_still_requires_is_no_delivery() -> None:
    assert shown_part("启明汽车12月交付多少辆？", DELIVERIES) is None
    assert shown_part("启明汽车12月需交付多少辆？", DELIVERIES) == "3.1万辆"


def test_a_penalty_of_warning_is_no_speech() -> None:
    # "对…董事长周建平给予警告，并处以3000万元罚款" was shown as a quote of 周建平.
    found = analyze("证监会决定，对公司实际控制人、时任董事长周立新给予警告，并处以2000万元罚款，同时对其采取终身市场禁入措施。")
    assert found.quotes == ()
    assert [q.speaker for q in analyze("董事长周立新警告，行业将迎来洗牌。").quotes] == ["周立新"]


def _figures(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.text, f.subject, f.change) for f in analyze(text).figures if f.kind == "figure"]


def test_what_a_value_is_per_is_no_figure() -> None:
    # "每40英尺箱" and "每10份" were key figures of their own ("上海至美西基本港运价：40英尺").
    shown = [text for text, _, _ in _figures(
        "上海至美西基本港运价为每40英尺箱2,010美元，周跌3.1%；某纯债债券A每10份基金份额派发红利0.21元。")]
    assert shown == ["2,010美元", "3.1%", "0.21元"]


def test_a_second_respective_run_keeps_the_first_runs_subjects() -> None:
    # "同比分别增长26.8%和31.5%" gave 26.8% to 净利润 (it is the revenue's).
    figures = _figures("华岳证券11月实现营业收入18.62亿元，净利润7.35亿元，分别环比增长12.4%和9.1%，"
                       "同比分别增长26.8%和31.5%。")
    assert [(t, s) for t, s, _ in figures if t in ("12.4%", "26.8%")] == [("12.4%", "华岳证券营业收入"),
                                                                          ("26.8%", "华岳证券营业收入")]


def test_a_bound_that_defines_what_is_counted_is_no_fall() -> None:
    # "净值低于1的产品共计812只" was shown as a fall of 812只.
    assert ("812只", "净值低于1的产品", None) in _figures("截至11月末，净值低于1的产品共计812只，破净率为2.1%。")


TRADE_USD = library(
    "usd", "海关总署：前11个月进出口增长4.1%",
    "海关总署12月7日发布数据显示，今年前11个月，我国货物贸易进出口总值38.6万亿元人民币，同比增长4.1%，增速比前10个月加快0.2个百分点。",
    "按美元计价，前11个月进出口总值5.41万亿美元，增长2.9%。",
)


def test_the_articles_currency_comes_before_its_restatement() -> None:
    # The search ranked the dollar restatement first ("前11个月进出口总值是多少" got 5.62万亿美元 in bold).
    ranked = [replace(TRADE_USD[0], bm25=4.0), replace(TRADE_USD[1], bm25=9.0)]
    assert shown_part("前11个月进出口总值是多少？", ranked) == "38.6万亿元"
    assert shown_part("前11个月进出口总值是多少美元？", ranked) == "5.41万亿美元"
