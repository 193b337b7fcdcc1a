"""Key figures: every pattern in Chinese and English, plus the traps.

The sample sentences are written for these tests; none comes from the seed article.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.figures import extract_figures
from summarizer.model import Figure
from tests.figure_helpers import by_text, figures


def only(*sentences: str, lang: str = "zh") -> Figure:
    found = figures(*sentences, lang=lang)
    assert len(found) == 1, found
    return found[0]


# ---------------------------------------------------------------- values and scale words


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "value", "unit"),
    [
        ("今年第二季度，星河云营收同比增长14%。", "zh", "14%", 14.0, "%"),
        ("星河科技市值达3.61万亿港元。", "zh", "3.61万亿港元", 3.61e12, "港元"),
        ("星河科技市值达3.61亿港元。", "zh", "3.61亿港元", 3.61e8, "港元"),
        ("公司去年卖出53万辆新能源车。", "zh", "53万辆", 530000.0, "辆"),
        ("全国共有1.5万家门店。", "zh", "1.5万家", 15000.0, "家"),
        ("该市常住人口为2300万人。", "zh", "2300万人", 2.3e7, "人"),
        ("净利润为8500万美元。", "zh", "8500万美元", 8.5e7, "美元"),
        ("Acme Cloud revenue rose 29% to $9.19 billion.", "en", "$9.19 billion", 9.19e9, "$"),
        ("The plant employs 53,000 people.", "en", "53,000", 53000.0, None),
        ("Sales reached 2.5 million units in the quarter.", "en", "2.5 million units", 2.5e6, "units"),
        ("The fund raised $750 thousand from angels.", "en", "$750 thousand", 750000.0, "$"),
        ("Shares rose 12 percent on Monday.", "en", "12 percent", 12.0, "%"),
    ],
)
def test_numbers_are_normalized_with_their_scale_and_unit(sentence, lang, text, value, unit):
    found = by_text(figures(sentence, lang=lang), text)
    assert found.value == pytest.approx(value)
    assert found.unit == unit


def test_yi_and_wanyi_are_different_scales():
    big = by_text(figures("甲公司市值3.61万亿元，乙公司市值3.61亿元。"), "3.61万亿元")
    small = by_text(figures("甲公司市值3.61万亿元，乙公司市值3.61亿元。"), "3.61亿元")
    assert big.value == pytest.approx(3.61e12)
    assert small.value == pytest.approx(3.61e8)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit", "approx"),
    [
        ("照片需要放大一百多倍才能看清。", "一百多倍", (100.0, 200.0), "倍", "多"),
        ("企业服务业务同比增长十几个点。", "十几个点", (10.0, 20.0), "个点", "几"),
        ("海外业务收入实现三位数增长。", "三位数", (100.0, 1000.0), "位数", None),
        ("新业务收入占比达到百分之二十。", "百分之二十", 20.0, "%", None),
        ("毛利率提升了两个百分点以上，利润翻了两倍。", "两倍", 2.0, "倍", None),
        ("现场来了二十多家媒体。", "二十多家", (20.0, 30.0), "家", "多"),
    ],
)
def test_chinese_numerals_become_numbers_or_ranges(sentence, text, value, unit, approx):
    found = by_text(figures(sentence), text)
    assert found.value == (pytest.approx(value) if isinstance(value, float) else value)
    assert found.unit == unit
    assert found.approx == approx


def test_full_width_digits_are_read_and_quoted_as_written():
    found = only("今年上半年，星河云营收同比增长１４．５％。")
    assert found.text == "１４．５％"
    assert found.value == pytest.approx(14.5)
    assert found.unit == "%"
    assert found.change == "up"


def test_small_chinese_numerals_in_prose_are_not_figures():
    assert figures("一年前，两家公司各派了三个人参加这一会议，十分热闹。") == []


# ---------------------------------------------------------------- approx, change, period


@pytest.mark.parametrize(
    ("sentence", "lang", "approx"),
    [
        ("腾讯云的客户包括国内超80%头部大模型厂商。", "zh", "超"),
        ("门店数量近3000家。", "zh", "近"),
        ("项目总投资约120亿元。", "zh", "约"),
        ("用户规模逾5亿人。", "zh", "逾"),
        ("The company has more than 6,000 employees.", "en", "more than"),
        ("Revenue was about $63 billion.", "en", "about"),
        ("Nearly 300 schools closed.", "en", "nearly"),
        ("The deal is worth over $4 billion.", "en", "over"),
    ],
)
def test_approximation_words_are_kept(sentence, lang, approx):
    assert only(sentence, lang=lang).approx == approx


@pytest.mark.parametrize(
    ("sentence", "lang", "change"),
    [
        ("星河云营收同比增长14%。", "zh", "up"),
        ("企业服务收入增加4%。", "zh", "up"),
        ("毛利率提升2个百分点。", "zh", "up"),
        ("净利润同比下滑12%。", "zh", "down"),
        ("出货量下降8%。", "zh", "down"),
        ("库存减少15%。", "zh", "down"),
        ("价格回落3%。", "zh", "down"),
        ("Revenue rose 8% in the quarter.", "en", "up"),
        ("Shipments fell 3.5% last year.", "en", "down"),
        ("Margins were down 2 percentage points.", "en", "down"),
        ("Profit was up 11% year on year.", "en", "up"),
        ("The company cut 1,200 jobs.", "en", "down"),
    ],
)
def test_change_direction_comes_from_the_verb(sentence, lang, change):
    assert only(sentence, lang=lang).change == change


def test_negative_growth_is_down():
    found = by_text(figures("归母净利润4.33亿元（-33.44%）。"), "-33.44%")
    assert found.value == pytest.approx(-33.44)
    assert found.change == "down"


@pytest.mark.parametrize(
    ("sentence", "lang", "period"),
    [
        ("今年第二季度，星河云营收同比增长14%。", "zh", "今年第二季度"),
        ("上半年公司营收增长20%。", "zh", "上半年"),
        ("在截至6月底的季度中，云业务收入增长30%。", "zh", "截至6月底的季度"),
        ("2023年全年净利润为12亿元。", "zh", "2023年全年"),
        ("Cloud revenue grew 29% in Q2 2024.", "en", "Q2 2024"),
        ("Revenue rose 5% in the second quarter.", "en", "the second quarter"),
        ("Sales fell to $9.1 billion in 2018.", "en", "in 2018"),
    ],
)
def test_period_is_taken_from_the_sentence(sentence, lang, period):
    assert only(sentence, lang=lang).period == period


# ---------------------------------------------------------------- subjects


@pytest.mark.parametrize(
    ("sentence", "lang", "text", "subject"),
    [
        ("今年第二季度，星河智能云营收则同比增长14%。", "zh", "14%", "星河智能云营收"),
        ("其中AI对星河云收入的贡献比例为9%。", "zh", "9%", "AI对星河云收入的贡献比例"),
        ("公司实现营业收入78.16亿元。", "zh", "78.16亿元", "营业收入"),
        ("兖州20万吨特种纸项目已投产。", "zh", "20万吨", "特种纸项目"),
        ("Acme Cloud revenue rose 29% to $9.19 billion.", "en", "29%", "Acme Cloud revenue"),
        ("About 36% of imports from Asia are electronics.", "en", "36%", "imports from Asia"),
        ("Nearly 300 school districts closed.", "en", "300", "school districts"),
        ("The tariffs will reduce GDP by 0.3 percent.", "en", "0.3 percent", "GDP"),
    ],
)
def test_subject_is_resolved_from_the_clause(sentence, lang, text, subject):
    assert by_text(figures(sentence, lang=lang), text).subject == subject


def test_subject_carries_over_from_an_earlier_clause():
    found = figures("公司全年实现营业收入120亿元，同比增长20%，毛利率为35%。")
    assert [f.subject for f in found] == ["营业收入", "营业收入", "毛利率"]
    en = figures("Acme's revenue reached $5 billion, up 12% from a year earlier.", lang="en")
    assert by_text(en, "12%").subject == by_text(en, "$5 billion").subject


def test_subjects_shared_by_a_list_of_figures():
    found = figures("其他用品及服务、教育文化娱乐价格分别上涨3.8%和1.8%。")
    assert [f.change for f in found] == ["up", "up"]
    assert found[0].subject == found[1].subject
    assert "教育文化娱乐价格" in found[0].subject


def test_a_unit_written_once_counts_for_the_whole_list():
    found = figures("预计2019-2021年公司营收分别为96.40/123.42/157.53亿元。")
    assert [f.value for f in found] == pytest.approx([9.64e9, 1.2342e10, 1.5753e10])
    assert {f.unit for f in found} == {"元"}
    assert {f.subject for f in found} == {"公司营收"}


# ---------------------------------------------------------------- traps


def test_percentages_in_parentheses_belong_to_the_figure_before_them():
    zh = figures("报告期内公司实现营业总收入216.51亿元（YoY+14.59%）。")
    pct = by_text(zh, "14.59%")
    assert (pct.subject, pct.change) == ("营业总收入", "up")
    en = figures("Revenue climbed to $5.2 billion (up 12%) in the quarter.", lang="en")
    pct = by_text(en, "12%")
    assert pct.change == "up"
    assert pct.subject == by_text(en, "$5.2 billion").subject == "Revenue"


@pytest.mark.parametrize(
    ("sentence", "lang", "text"),
    [
        ("毛利率预计在20%-30%之间。", "zh", "20%-30%"),
        ("利率目标区间维持在5%至5.25%的水平。", "zh", "5%至5.25%"),
        ("Growth is seen at 20-30% this year.", "en", "20-30%"),
    ],
)
def test_ranges_become_one_figure_with_low_and_high(sentence, lang, text):
    found = only(sentence, lang=lang)
    assert found.text == text
    low, high = found.value
    assert low < high
    assert found.unit == "%"


def test_numbers_inside_quotes_are_figures_with_a_subject():
    found = only("“今年我们的海外收入增长了40%。”李明说。")
    assert (found.text, found.change, found.period) == ("40%", "up", "今年")
    assert found.subject.endswith("海外收入")
    en = only('"Our overseas revenue grew 40% this year," Smith said.', lang="en")
    assert (en.text, en.change, en.subject) == ("40%", "up", "Our overseas revenue")


def test_from_x_to_y_starts_at_x_and_changes_to_y():
    found = figures("Tariffs were increased from 10% to 25% in May.", lang="en")
    assert [(f.text, f.change) for f in found] == [("10%", None), ("25%", "up")]


# ---------------------------------------------------------------- dates and ids


@pytest.mark.parametrize(
    ("sentence", "lang", "kind"),
    [
        ("2024年6月30日，公司发布公告。", "zh", "date"),
        ("公司成立于2015年。", "zh", "date"),
        ("The company was founded in 1998.", "en", "date"),
        ("The results were published on Nov. 6, 2019.", "en", "date"),
        ("The market opened at 9:30 a.m.", "en", "date"),
        ("咨询电话：010-62345678。", "zh", "id"),
        ("请拨打13812345678联系。", "zh", "id"),
        ("贵州茅台（600519）股价上涨。", "zh", "id"),
        ("腾讯控股（0700.HK）发布财报。", "zh", "id"),
        ("详情见https://example.com/report/2024/06。", "zh", "id"),
        ("他获得了第3名。", "zh", "id"),
        ("Nvidia's H100 and GPT-4 dominate.", "en", "id"),
    ],
)
def test_dates_years_phone_numbers_codes_and_urls_are_not_key_figures(sentence, lang, kind):
    found = extract_figures([sentence], lang=lang, key_indices=frozenset())
    assert found, sentence
    assert all(f.kind != "figure" for f in found), found
    assert any(f.kind == kind for f in found)
    assert all(f.rank is None for f in found)


def test_list_ordinals_at_line_start_are_not_figures():
    found = extract_figures(["1. 公司营收增长20%。"], lang="zh", key_indices=frozenset())
    assert [f.kind for f in found] == ["id", "figure"]


# ---------------------------------------------------------------- ranking


def test_key_figures_are_ranked_key_sentences_subjects_and_changes_first():
    sentences = (
        "公司共有员工3000人。",
        "今年第二季度，星河云营收同比增长14%。",
        "2024年6月30日，公司发布公告。",
    )
    found = extract_figures(sentences, lang="zh", key_indices=frozenset({1}))
    ranked = sorted((f for f in found if f.rank is not None), key=lambda f: f.rank)
    assert [f.text for f in ranked] == ["14%", "3000人"]
    assert [f.rank for f in ranked] == [1, 2]
    assert all(f.rank is None for f in found if f.kind != "figure")


def test_analysis_carries_figures_to_json():
    analysis = analyze("今年第二季度，星河云营收同比增长14%，达到120亿元。公司表示将继续投入研发。", lang="zh")
    data = analysis.to_dict()
    texts = [f["text"] for f in data["figures"]]
    assert "14%" in texts and "120亿元" in texts
    assert analysis.key_figures[0].rank == 1
    assert type(analysis).from_dict(data) == analysis


def test_bare_unit_numerals_are_one_of_that_unit():
    # cn2an rejects a bare 百/千; written Chinese drops the 一 (百亿元 = 一百亿元).
    found = figures("公司今年投入了百亿元用于研发，比例提高到百分之百。", "市场规模有望达到千亿元。")
    assert by_text(found, "百亿元").value == 1e10
    assert by_text(found, "百分之百").value == 100.0
    assert by_text(found, "千亿元").value == 1e11


def test_price_per_latin_unit_keeps_its_unit_and_the_subject_skips_a_model_spec():
    found = figures("统计显示，280Ah磷酸铁锂储能电芯的平均报价已从去年同期的0.62元/Wh降至0.43元/Wh左右。")
    assert [f.text for f in found] == ["0.62元/Wh", "0.43元/Wh左右"]
    assert {f.subject for f in found} == {"磷酸铁锂储能电芯的平均报价"}
    assert by_text(found, "0.62元/Wh").unit == "元/Wh"


def test_a_number_glued_to_letters_is_a_spec_unless_the_letters_are_a_unit():
    found = figures("单个项目的规模普遍在1GWh以上，100MW光伏电站投运，14nm工艺良率提升至90%。")
    assert [f.text for f in found] == ["1GWh以上", "100MW", "90%"]
    # Right after a Han character, and at the end of a sentence, too.
    assert figures("宁德时代280Ah电芯报价下降，采用14nm工艺。", "电池型号为314Ah。") == []


def test_bare_hundreds_and_thousands_in_words_are_not_figures():
    assert figures("居民用电价格每千瓦时上调。", "专家提醒，千万不要轻信谣言。", "走进千家万户。",
                   "百家号作者增多，百万富翁变多，百亿补贴继续。") == []
    found = figures("公司投入了百亿元，千万元级订单增加。")
    assert [(f.text, f.value) for f in found] == [("百亿元", 1e10), ("千万元", 1e7)]


def test_english_ranges_with_to_and_between_but_not_from_to_changes():
    assert only("Older jets use 15% to 20% more fuel per seat.", lang="en").value == (15.0, 20.0)
    assert only("Margins are between 15% and 20% this year.", lang="en").value == (15.0, 20.0)
    changed = figures("Revenue growth rose from 15% to 20% last year.", lang="en")
    assert [f.value for f in changed] == [15.0, 20.0]
    assert [f.value for f in figures("Sales grew 5% and profit 7% in the quarter.", lang="en")] == [5.0, 7.0]
    rose = figures("The unemployment rate rose 0.2% to 4.1% in May.", lang="en")
    assert [f.value for f in rose] == [0.2, 4.1]


def test_the_leads_figures_rank_first_and_the_headlines_fact_is_listed_once():
    headline = "星河科技三季度营收增长23%"
    body = ["星河科技周二发布第三季度财报，营收达到128亿元，同比增长23%，净利润为15.6亿元。",
            "公司表示，云计算业务收入同比增长41%，占总营收的比重升至35%。"]
    found = [f for f in extract_figures([headline, *body], lang="zh", key_indices=frozenset({2}))
             if f.kind == "figure"]
    top = sorted((f for f in found if f.rank is not None), key=lambda f: f.rank)
    assert [f.text for f in top[:3]] == ["23%", "128亿元", "15.6亿元"]
    # The headline's fact, stated again in the lead: listed once, by the lead's line with its subject.
    assert top[0].sentence_index == 1 and top[0].subject == "营收"
    assert [f.rank for f in found if f.sentence_index == 0] == [None]
