"""A Chinese reader round on stories written for it (zhread, issue #13): a results flash, a bank note, a price
weekly, a merger plan, a penalty decision. Each case failed before its fix; each is a class of error a finance
reader would catch (a wrong period, a wrong subject, a negative price, a quote lost, a change against another
base), on text written here."""

from __future__ import annotations

from summarizer import analyze
from tests.ask_helpers import analysed, library, shown_part


def _figures(text: str) -> dict[str, tuple[object, str | None, str | None]]:
    return {f.text: (f.value, f.period, f.subject) for f in analyze(text).figures if f.kind == "figure"}


def test_years_listed_before_a_part_of_a_year_date_a_list_one_each() -> None:
    # "2023年、2024年及2025年1-6月分别…": every value was dated 2025年1-6月.
    text = ("标的公司2023年、2024年及2025年1-6月分别实现营业收入5.12亿元、6.38亿元和3.47亿元，"
            "净利润分别为0.41亿元、0.57亿元和0.33亿元。")
    figures = _figures(text)
    assert figures["5.12亿元"][1] == "2023年"
    assert figures["6.38亿元"][1] == "2024年"
    assert figures["3.47亿元"][1] == "2025年1-6月"
    assert figures["0.41亿元"][1] == "2023年"
    assert figures["0.33亿元"][1] == "2025年1-6月"


def test_a_price_range_with_its_unit_on_both_ends_is_no_negative_price() -> None:
    # "3.8万元/吨-4.3万元/吨" was 3.8万元/吨 and a price of -43000元/吨.
    text = "分析师预计，短期内工业硅价格将在3.8万元/吨-4.3万元/吨区间波动。"
    figures = _figures(text)
    assert not any(isinstance(v, float) and v < 0 for v, _, _ in figures.values())
    assert figures["3.8万元/吨-4.3万元/吨"][0] == (38000.0, 43000.0)


def test_a_threshold_crossed_names_no_subject() -> None:
    # "跌破…关口，同比下跌超过30%": the fall was the 关口's; "首次突破10亿元" was 首次's.
    text = "本周电池级氢氧化锂均价为6.21万元/吨，环比下跌3.6%，跌破6.5万元/吨关口，同比下跌超过30%。"
    figures = _figures(text)
    assert figures["30%"][2] == "电池级氢氧化锂均价"
    assert figures["6.5万元/吨"][2] == "电池级氢氧化锂均价"
    text = "公司扣除非经常性损益的净利润8.35亿元，同比增长27.4%，首次突破8亿元。"
    assert _figures(text)["8亿元"][2] == "公司扣除非经常性损益的净利润"


def test_what_stayed_level_with_a_date_is_not_dated_by_it() -> None:
    # "与6月末持平，较年初下降2个基点": the fall was dated 6月末.
    text = "截至9月末，该行不良贷款率为1.08%，与6月末持平，较年初下降3个基点。"
    assert _figures(text)["3个基点"][1] == "截至9月末"


def test_the_base_of_a_loss_is_dated_by_its_own_period() -> None:
    # "较上年的亏损2.14亿元大幅减亏": the base loss was dated 全年.
    text = "子公司全年亏损0.62亿元，但较上年的亏损1.75亿元大幅减亏。"
    figures = _figures(text)
    assert figures["0.62亿元"][1] == "全年"
    assert figures["1.75亿元"][1] == "上年"


def test_a_span_of_months_is_the_whole_span() -> None:
    # "在2025年4月至7月期间，…上涨约47%" was dated 7月.
    text = "某私募在2024年5月至9月期间，利用8个账户操纵股价，期间股价累计上涨约52%。"
    assert _figures(text)["52%"][1] == "2024年5月至9月"


def test_a_forecast_with_its_own_horizon_takes_no_earlier_period() -> None:
    # "下游进入年末去库存阶段，…预计短期内…区间震荡": the range was dated 年末.
    text = "下游企业进入年末去库存阶段，采购意愿偏弱，预计短期内工业硅价格将在3.8万元/吨-4.3万元/吨区间震荡。"
    assert _figures(text)["3.8万元/吨-4.3万元/吨"][1] is None


def test_a_person_in_charge_says_with_cheng() -> None:
    # jieba reads "负责人称" as 负责/人称: the quote was lost.
    text = "一位硅料企业负责人称，行业减产是价格反弹的主要原因，但库存仍处于高位。"
    assert [q.speaker for q in analyze(text).quotes] == ["硅料企业负责人"]
    assert not analyze("她人称“铁娘子”，在业内颇有名气。").quotes


BANK = library(
    "bank", "华东证券：维持青川银行买入评级",
    "截至9月末，青川银行不良贷款率为1.08%，与6月末持平，较年初下降3个基点。",
    "拨备覆盖率为298.4%，较6月末下降5.2个百分点。",
    "截至9月末该行总资产为1.92万亿元，较年初增长6.1%。",
)


def test_a_change_against_another_base_does_not_answer() -> None:
    # "拨备覆盖率较年初下降多少" was answered by "较6月末下降5.2个百分点".
    assert shown_part("青川银行拨备覆盖率较年初下降多少？", BANK) is None
    assert shown_part("青川银行拨备覆盖率较6月末下降多少？", BANK) == "5.2个百分点"
    assert shown_part("青川银行不良贷款率较年初下降多少？", BANK) == "3个基点"


DEAL = library(
    "deal", "岭南精密拟收购海川材料100%股权",
    "岭南精密公告，拟以发行股份及支付现金方式收购海川材料100%股权，交易对价为12.4亿元。",
    "财务数据显示，海川材料2023年、2024年及2025年1-6月分别实现营业收入5.12亿元、6.38亿元和3.47亿元，"
    "净利润分别为0.41亿元、0.57亿元和0.33亿元。",
)


def test_a_list_over_years_and_a_part_of_a_year_answers_each_year() -> None:
    # Refused with "文章里只有2023年、2024年、2025年上半年的数据，没有2024年的".
    assert shown_part("海川材料2024年营业收入是多少？", DEAL) == "6.38亿元"
    assert shown_part("海川材料2023年净利润是多少？", DEAL) == "0.41亿元"
    assert shown_part("海川材料2025年1-6月营业收入是多少？", DEAL) == "3.47亿元"
    assert shown_part("海川材料2025年营业收入是多少？", DEAL) is None
    assert shown_part("海川材料2022年营业收入是多少？", DEAL) is None


STATS = analysed(
    "stats", "云溪市前三季度GDP同比增长5.2%",
    "2026年前三季度云溪市实现地区生产总值6，418.5亿元，同比增长5.2%。",
    "其中，制造业投资增长10.6%，房地产开发投资下降12.8%。",
    "城镇居民人均可支配收入5.84万元，增长4.3%，农村居民人均可支配收入2.96万元，增长6.0%。",
)


def test_a_number_with_a_full_width_thousands_comma_is_bold_whole() -> None:
    # "6，418.5亿元" was answered with only "6" in bold.
    assert shown_part("云溪市前三季度地区生产总值是多少？", STATS) == "6，418.5亿元"


FINE = analysed(
    "fine", "内幕交易、操纵股价 恒远科技原副总经理被罚没逾2700万元",
    "监管局决定对恒远投资没收违法所得520万元，并处以1，040万元罚款；",
    "对其实际控制人给予警告，并处以30万元罚款。",
    "经查，前副总经理慕容俊辉利用3个账户买入公司股票，获利约860万元。",
    "监管局决定没收慕容俊辉违法所得860万元，并处以860万元罚款，罚没款合计1，720万元。",
)


def test_a_sum_asked_by_its_name_is_the_one_so_named() -> None:
    # "恒远投资被罚款多少" highlighted 违法所得's 520万元.
    assert shown_part("恒远投资被罚款多少？", FINE) == "1，040万元"
    assert shown_part("恒远投资被没收违法所得多少？", FINE) == "520万元"

