"""Key figures: the classes found by a fifth spot check, on industry news (GW, GWh, wafers),
Hong Kong and Taiwan market news, gold, oil and crypto prices and English press releases.

An amount in 兆 is one number; 出超 is a noun, not "over"; a size that names a product line is
no figure; 新增 counts a flow, not a rise; 较上年末 is no year-on-year basis; the session words of
a price move name no subject; 累计合同 and 介于 end a subject; "It" carries the sentence before's
subject; "a record high of" is the price's; "the fourth quarter of fiscal 2025" is one period;
a traditional subject completed by a rule keeps the text's script. Sentences are written here.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures, figures_by_text


# ---------------------------------------------------------------- values


@pytest.mark.parametrize(("text", "written", "value"), [
    ("今年前十月累計營收約新台幣1兆8,420億元，年增21.5%。", "1兆8,420億元", 1.842e12),
    ("該行總資產達新台幣3.5兆元，創歷史新高。", "3.5兆元", 3.5e12),
    ("日本政府追加預算規模約13兆日圓。", "13兆日圓", 1.3e13),
])
def test_an_amount_in_zhao_is_one_number(text: str, written: str, value: float) -> None:
    found = figures_by_text(text)
    assert found[written].value == pytest.approx(value)
    assert not [t for t in found if t in ("8,420億元", "1兆")]


def test_zhao_as_a_mega_prefix_is_not_a_trillion() -> None:
    found = figures("该风电场装机容量为300兆瓦，年发电量约9亿千瓦时。")
    assert by_text(found, "300兆瓦").value == 300.0


def test_an_approximation_before_a_taiwan_dollar_amount_is_kept() -> None:
    assert figures_by_text("上月營收約新台幣2,410.3億元，月減4.1%。")["2,410.3億元"].approx == "約"  # as the source writes it


def test_a_trade_surplus_is_no_approximation() -> None:
    found = figures_by_text("8月出口值為388.1億美元，年增9.2%；出超75.6億美元，年減3.1%。")
    assert found["75.6億美元"].approx is None
    assert "出超" in (found["75.6億美元"].subject or "")


@pytest.mark.parametrize(("sentence", "size", "kept"), [
    ("公司在无锡的12英寸晶圆厂已于上月投产，总投资约210亿元。", "12英寸", "210亿元"),
    ("其14纳米芯片良率提升至90%，高于行业平均。", "14纳米", "90%"),
    ("该厂300毫米晶圆月产能达到6万片。", "300毫米", "6万片"),
    ("公司8英寸产线产能利用率为88%。", "8英寸", "88%"),
    ("公司12英寸先进工艺产线良率已提升至91%。", "12英寸", "91%"),
])
def test_a_size_that_names_a_product_line_is_no_figure(sentence: str, size: str, kept: str) -> None:
    found = figures(sentence)
    assert size not in [f.text for f in found]
    by_text(found, kept)


@pytest.mark.parametrize(("sentence", "size"), [
    ("受暴雨影响，当地日降雨量达120毫米。", "120毫米"),
    ("新款平板的屏幕为11英寸，售价3999元。", "11英寸"),
    ("该车配备12.3英寸中控屏，续航里程为620公里。", "12.3英寸"),
])
def test_a_size_that_is_the_result_stays(sentence: str, size: str) -> None:
    by_text(figures(sentence), size)


def test_english_sizes_before_a_product_are_no_figures() -> None:
    found = figures("The plant will make 3nm chips and its older line runs 200mm wafers, with revenue of "
                    "$1.2 billion.", lang="en")
    assert not [f for f in found if f.text in ("3nm", "200mm")]
    by_text(found, "$1.2 billion")


# ---------------------------------------------------------------- directions and bases


def test_newly_added_capacity_is_no_rise() -> None:
    found = figures("9月当月，风电新增装机7.4GW，环比下降3.0%。")
    assert by_text(found, "7.4GW").change is None
    assert by_text(found, "3.0%").change == "down"


def test_a_net_increase_is_still_a_rise() -> None:
    assert by_text(figures("本月净增用户120万户。"), "120万户").change == "up"


@pytest.mark.parametrize("base", ["较上年末", "比上年末", "较去年底"])
def test_a_change_since_last_year_end_is_not_year_on_year(base: str) -> None:
    fig = by_text(figures(f"截至6月末，该行贷款总额2.1万亿元，{base}增长4.6%。"), "4.6%")
    assert fig.change == "up"
    assert fig.basis is None


def test_a_change_on_last_year_is_still_year_on_year() -> None:
    assert by_text(figures("公司营收较上年增长8.2%。"), "8.2%").basis == "同比"


# ---------------------------------------------------------------- subjects


def test_session_words_of_a_price_move_carry_the_price() -> None:
    found = figures("周二晚间，以太坊快速走低，一度跌破3,000美元，最低下探至2,915美元，日内跌幅达6.4%。")
    for text in ("3,000美元", "2,915美元", "6.4%"):
        assert by_text(found, text).subject == "以太坊", text


def test_a_session_high_keeps_its_word_and_the_later_price_drops_it() -> None:
    found = figures("现货白银盘中最高触及每盎司33.80美元，截至发稿报33.42美元/盎司，日内上涨0.9%。")
    assert by_text(found, "33.80美元").subject == "现货白银盘中最高"
    assert by_text(found, "33.42美元/盎司").subject == "现货白银"
    assert by_text(found, "0.9%").subject == "现货白银"


def test_a_cumulative_contract_amount_keeps_its_name() -> None:
    found = figures("1-10月，公司累计合同销售金额约人民币845.3亿元，同比减少12.6%。")
    assert by_text(found, "845.3亿元").subject == "公司累计合同销售金额"


@pytest.mark.parametrize(("sentence", "text", "subject"), [
    ("公司预计毛利率介于21%至23%之间。", "21%至23%", "毛利率"),
    ("法人预估全年营收将介于新台币380亿元至400亿元之间。", "380亿元至400亿元", "营收"),
])
def test_a_range_stated_with_jieyu_names_the_measure(sentence: str, text: str, subject: str) -> None:
    assert (by_text(figures(sentence), text).subject or "").endswith(subject)
    assert "介于" not in (by_text(figures(sentence), text).subject or "")


def test_it_carries_the_subject_of_the_sentence_before() -> None:
    found = figures("Ether climbed above $4,000 on Monday for the first time since March.",
                    "It was last up 3.4% at $4,050.", lang="en")
    assert by_text(found, "3.4%").subject == "Ether"
    assert by_text(found, "$4,050").subject == "Ether"


def test_it_does_not_lend_a_bare_lowercase_noun() -> None:
    found = figures("revenue rose 5% to $2 billion.", "It was last up 3.4% at $4,050.", lang="en")
    assert by_text(found, "3.4%").subject is None


def test_a_record_high_is_the_price_s() -> None:
    found = figures("Spot silver was little changed at $31.20 per ounce, after hitting a record high of $34.10 "
                    "last month.", lang="en")
    assert by_text(found, "$34.10").subject == "Spot silver's record high"


def test_a_quarter_of_a_fiscal_year_is_one_period() -> None:
    found = figures("For the second quarter of fiscal 2026, the company expects revenue of $410 million to "
                    "$430 million.", lang="en")
    assert by_text(found, "$410 million to $430 million").period == "the second quarter of fiscal 2026"


# ---------------------------------------------------------------- traditional script


def test_a_subject_completed_by_a_rule_keeps_the_text_s_script() -> None:
    found = figures_by_text("財政部公布，今年前9月累計出口3,512.8億美元，年增11.7%。")
    subject = found["3,512.8億美元"].subject or ""
    assert "出口" in subject and "额" not in subject and "齣" not in subject and "纍" not in subject


def test_taiwan_inches_and_nanometres_are_units_and_name_a_line() -> None:
    found = figures_by_text("晶圓廠今日表示，公司12吋晶圓月產能約35萬片，5奈米製程良率提升至86%；新款筆電螢幕為14吋。")
    assert "12吋" not in found and "5奈米" not in found and "12" not in found
    assert found["35萬片"].subject == "公司12吋晶圓月產能"  # which line's capacity: the size stays in the name
    assert found["14吋"].unit == "吋"
