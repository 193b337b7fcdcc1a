"""Key figures: comparison bases, verbs left in subjects, basis-point amounts and estimates.

Each test is a class of error seen on news the extractors were not written on; the
sentences are written here (fictional companies and numbers).
"""

from __future__ import annotations

import pytest

from bot.cli.summarize import format_figure
from bot.render.figures import shown_amount
from summarizer import analyze
from summarizer.figures import extract_figures
from tests.figure_helpers import by_text, figures

# ---------------------------------------------------------------- what a change is compared with


@pytest.mark.parametrize(
    ("sentence", "text", "basis"),
    [
        ("Harlow Chips said its revenue slipped 3% quarter-on-quarter to $1.9 billion.", "3%", "quarter on quarter"),
        ("Orders at Venn Tools rose 8% year-over-year in the third quarter.", "8%", "year on year"),
        ("Retail sales grew 0.4% month-on-month in October.", "0.4%", "month on month"),
    ],
)
def test_an_english_comparison_basis_is_a_basis_not_a_period(sentence: str, text: str, basis: str) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert found.basis == basis
    assert found.period is None or "on" not in found.period


def test_the_level_reached_after_a_basis_is_compared_with_nothing() -> None:
    found = by_text(figures("Harlow Chips said its revenue slipped 3% quarter-on-quarter to $1.9 billion.", lang="en"),
                    "$1.9 billion")
    assert (found.change, found.basis, found.period) == ("down", None, None)


def test_its_after_a_reporting_verb_is_the_company_that_reported() -> None:
    found = figures("Harlow Chips said its revenue slipped 3% quarter-on-quarter to $1.9 billion.", lang="en")
    assert {f.subject for f in found} == {"Harlow Chips' revenue"}


@pytest.mark.parametrize(
    ("sentence", "text", "subject", "change"),
    [
        ("The Bank of Westland lowered its policy rate by 25 basis points to 3.5%.", "3.5%",
         "The Bank of Westland's policy rate", "down"),
        ("Dunmore cut its annual profit forecast to $1.10 a share.", "$1.10",
         "Dunmore's annual profit forecast per share", "down"),
        ("Euro zone inflation slowed to 2.1% in October.", "2.1%", "Euro zone inflation", "down"),
        ("Wage growth accelerated to 4.4% in the quarter.", "4.4%", "Wage growth", "up"),
    ],
)
def test_its_after_a_change_verb_is_whoever_changed_it(sentence: str, text: str, subject: str, change: str) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert (found.subject, found.change) == (subject, change)


# ---------------------------------------------------------------- a verb left at the end of a Chinese subject


@pytest.mark.parametrize(
    ("sentence", "text", "subject"),
    [
        ("启明汽车11月交付3.2万辆，同比增长15%。", "3.2万辆", "启明汽车交付量"),
        ("启明汽车11月交付3.2万辆，同比增长15%。", "15%", "启明汽车交付量"),
        ("蓝湾汽车交付新车1.8万辆。", "1.8万辆", "蓝湾汽车新车交付量"),
        ("海港集团前10个月出口52亿元。", "52亿元", "海港集团出口额"),
        ("远帆科技累计回购1200万股。", "1200万股", "远帆科技累计回购数量"),
        ("星舟电子销售手机860万部。", "860万部", "星舟电子手机销量"),
        # 共 / 合计 / 一共 before the verb only add up: the metric is the verb's, and the owner's.
        ("第三季度，蓝湾汽车共交付新车1.8万辆，同比增长41%。", "1.8万辆", "蓝湾汽车新车交付量"),
        ("第三季度，蓝湾汽车共交付新车1.8万辆，同比增长41%。", "41%", "蓝湾汽车新车交付量"),
        ("蓝湾汽车合计销售新车1.8万辆。", "1.8万辆", "蓝湾汽车新车销量"),
        ("蓝湾汽车一共交付1.8万辆。", "1.8万辆", "蓝湾汽车交付量"),
    ],
)
def test_a_verb_at_the_end_of_a_subject_becomes_its_metric(sentence: str, text: str, subject: str) -> None:
    assert by_text(figures(sentence), text).subject == subject


def test_a_noun_that_contains_a_verb_is_left_alone() -> None:
    assert by_text(figures("该项目生产线投资额为12亿元。"), "12亿元").subject == "该项目生产线投资额"


# ---------------------------------------------------------------- basis points as an amount


@pytest.mark.parametrize(
    ("sentence", "text", "shown", "subject", "change"),
    [
        ("The central bank delivered a 25 basis point cut in February.", "25 basis point", "25 basis points", "cut",
         "down"),
        ("The bank made a 50-basis-point hike in March.", "50-basis-point", "50 basis points", "hike", "up"),
        ("Spreads widened by 12 basis points.", "12 basis points", "12 basis points", "Spreads", "up"),
    ],
)
def test_basis_points_written_as_a_modifier_are_shown_in_the_plural(sentence: str, text: str, shown: str,
                                                                      subject: str, change: str) -> None:
    found = by_text(figures(sentence, lang="en"), text)
    assert (found.unit, found.subject, found.change) == ("basis points", subject, change)
    assert shown_amount(found, "en") == shown
    assert shown in format_figure(found, "en")


def test_one_basis_point_stays_singular() -> None:
    found = by_text(figures("The yield edged up a 1 basis point notch.", lang="en"), "1 basis point")
    assert shown_amount(found, "en") == "1 basis point"


# ---------------------------------------------------------------- what analysts expected is not a result


@pytest.mark.parametrize(
    ("sentence", "lang", "text"),
    [
        ("分析师此前预期启明汽车营收为120亿元。", "zh", "120亿元"),
        ("公司营收12亿元，高于市场预期的10亿元。", "zh", "10亿元"),
        ("据万得一致预期，公司2027/2028年营收为350/420亿元。", "zh", "420亿元"),
        ("Analysts had expected revenue of $2.1 billion, according to LSEG data.", "en", "$2.1 billion"),
        ("Net income rose 12% to $310 million, beating the consensus estimate of $290 million.", "en",
         "$290 million"),
        ("Employers added 143,000 jobs, fewer than the 175,000 economists had expected.", "en", "175,000"),
        ("Analysts polled by Reuters expected earnings of 45 cents a share.", "en", "45 cents"),
    ],
)
def test_an_estimate_is_marked_and_never_ranked(sentence: str, lang: str, text: str) -> None:
    found = by_text(list(extract_figures([sentence], lang=lang, key_indices=frozenset())), text)
    assert found.estimate == "estimate"
    assert found.rank is None


@pytest.mark.parametrize(
    ("sentence", "lang", "text"),
    [
        ("公司营收12亿元，高于市场预期的10亿元。", "zh", "12亿元"),
        ("公司营收超市场预期增长20%。", "zh", "20%"),
        ("Net income rose 12% to $310 million, beating the consensus estimate of $290 million.", "en",
         "$310 million"),
        ("Revenue beat analysts' estimates, rising 5% to $2 billion.", "en", "5%"),
        ("Employers added 143,000 jobs, fewer than the 175,000 economists had expected.", "en", "143,000 jobs"),
    ],
)
def test_a_result_next_to_an_estimate_stays_a_result(sentence: str, lang: str, text: str) -> None:
    found = by_text(list(extract_figures([sentence], lang=lang, key_indices=frozenset())), text)
    assert found.estimate is None
    assert found.rank is not None


def test_an_estimate_keeps_the_subject_it_is_about() -> None:
    found = by_text(figures("分析师此前预期启明汽车营收为120亿元。"), "120亿元")
    assert found.subject == "启明汽车营收"
    assert by_text(figures("Revenue beat analysts' estimates, rising 5% to $2 billion.", lang="en"),
                   "5%").subject == "Revenue"


def test_an_expectation_value_in_a_name_is_kept() -> None:
    assert by_text(figures("GDP增速预期中值下调0.6个百分点。"), "0.6个百分点").subject == "GDP增速预期中值"


def test_the_key_figures_of_an_article_leave_estimates_out() -> None:
    analysis = analyze("Tessa Foods reported quarterly revenue of $4.2 billion. Analysts had expected revenue of "
                       "$4.0 billion, according to LSEG data.", lang="en")
    assert [f.text for f in analysis.key_figures] == ["$4.2 billion"]
    assert any(f.text == "$4.0 billion" and f.estimate for f in analysis.figures)


# ---------------------------------------------------------------- an outlook is shown as one


@pytest.mark.parametrize(
    ("sentence", "lang", "text"),
    [
        ("预计2027年行业市场规模将达1000亿元。", "zh", "1000亿元"),
        ("我们预计公司2026-2028年归母净利润分别为10.6/12.5/14.6亿元。", "zh", "14.6亿元"),
        ("预计2027年营收将达120亿元，同比增长20%。", "zh", "20%"),
        ("Corvane forecast fourth-quarter revenue of $2.15 billion.", "en", "$2.15 billion"),
        ("Aerovia now expects full-year operating profit of about €2.1 billion.", "en", "€2.1 billion"),
    ],
)
def test_an_outlook_is_ranked_and_marked_forecast(sentence: str, lang: str, text: str) -> None:
    found = by_text(list(extract_figures([sentence], lang=lang, key_indices=frozenset())), text)
    assert found.estimate == "forecast"
    assert found.rank is not None


@pytest.mark.parametrize(
    ("sentence", "lang", "text"),
    [
        ("公司营收增长20%，超出预期。", "zh", "20%"),
        ("公司全年实现营收100亿元，完成全年目标。", "zh", "100亿元"),
        ("维持买入评级，目标价68元。", "zh", "68元"),
        ("Revenue, which the company had forecast to grow, rose 5% to $2 billion.", "en", "5%"),
    ],
)
def test_a_result_or_a_target_price_is_no_outlook(sentence: str, lang: str, text: str) -> None:
    found = by_text(list(extract_figures([sentence], lang=lang, key_indices=frozenset())), text)
    assert found.estimate is None


def test_an_outlook_says_so_on_its_line_unless_its_words_do() -> None:
    zh = analyze("公司预计2027年营收将达120亿元。", lang="zh").key_figures[0]
    assert "预计" in format_figure(zh, "zh")
    en = by_text(figures("Corvane forecast fourth-quarter revenue of $2.15 billion.", lang="en"), "$2.15 billion")
    assert "(forecast, fourth-quarter)" in format_figure(en, "en")
    result = by_text(figures("Revenue rose 9% to $2.28 billion.", lang="en"), "$2.28 billion")
    assert "forecast" not in format_figure(result, "en")


def test_what_a_company_expects_between_two_amounts_is_named() -> None:
    found = figures("The company expects fourth-quarter revenue between $13 billion and $13.5 billion.", lang="en")
    assert [(f.subject, f.estimate) for f in found] == [("revenue", "forecast")]


def test_its_opening_a_subject_is_left_out() -> None:
    found = figures("Northwind reported revenue of $12 billion.", "Its cloud unit grew 21% to $4.2 billion.", lang="en")
    assert by_text(found, "21%").subject == "cloud unit"


def test_the_base_a_result_is_compared_with_is_named_and_ranked_below_it() -> None:
    from summarizer import analyze

    found = {f.text: f for f in analyze(
        "Total revenue was $214.5 million, an increase of 18% compared to $181.8 million in the third quarter of 2024."
    ).figures if f.kind == "figure"}
    assert {f.subject for f in found.values()} == {"Total revenue"}
    assert found["$181.8 million"].change is None
    assert found["$181.8 million"].rank > found["$214.5 million"].rank
    versus = {f.text: f for f in analyze("Net income was $5 million, versus $3 million a year earlier.").figures}
    assert versus["$3 million"].rank > versus["$5 million"].rank


def test_a_record_or_a_low_is_named_with_what_reached_it() -> None:
    assert by_text(figures("Gold hit a record of $2,790 an ounce.", lang="en"), "$2,790").subject == "Gold's record"
    assert by_text(figures("Bitcoin fell to a low of $58,000.", lang="en"), "$58,000").subject == "Bitcoin's low"


def test_a_share_of_a_whole_that_is_cut_names_the_whole_and_the_whole_did_not_move() -> None:
    found = figures("Lumen plans to cut 8% of its 900 employees as it shifts resources.", lang="en")
    assert (by_text(found, "8%").subject, by_text(found, "8%").change) == ("employees", "down")
    assert by_text(found, "900 employees").change is None  # how many there are, not how many were cut
    assert by_text(figures("Online sales rose to 29% of its total sales.", lang="en"), "29%").subject == "Online sales"


def test_what_follows_from_a_forecast_is_a_forecast() -> None:
    """"…归母净利润预测至10.8/13.5/16.6亿元，对应EPS为1.35/1.69/2.08元" showed the EPS as results."""
    sentence = ("我们上调公司2025-2027年归母净利润预测至10.8/13.5/16.6亿元，对应EPS为1.35/1.69/2.08元，"
                "当前股价对应PE为24/19/16倍，维持买入评级。")
    found = figures(sentence, lang="zh")
    assert {f.text: f.estimate for f in found if f.text in ("1.35", "2.08元", "16倍")} == {
        "1.35": "forecast", "2.08元": "forecast", "16倍": "forecast"}


@pytest.mark.parametrize(("sentence", "text", "change"), [
    ("上调2026/2027年盈利预测12%/15%至8.6亿元/10.9亿元。", "15%", "up"),
    ("上调2026/2027年盈利预测12%/15%至8.6亿元/10.9亿元。", "12%", "up"),
    ("我们下调公司2026-2028年EPS预测至0.45/0.51/0.59元（前值0.52/0.63/0.74元）。", "0.51", "down"),
])
def test_the_years_between_a_revision_and_its_figures_keep_its_direction(sentence: str, text: str, change: str) -> None:
    found = [f for f in extract_figures([sentence], lang="zh", key_indices=frozenset()) if f.text == text]
    assert found and found[0].change == change, found


def test_a_beat_of_the_expectation_is_the_results_not_a_forecast() -> None:
    """"而光伏发电量比交银预期高约10%" was shown under the sentence's earlier subject, as a forecast."""
    from summarizer import analyze
    text = "2023年星河新能源总发电量同比增长18.2%，其中风电发电量和机构预测基本一致，而光伏发电量比机构预期高约12%。"
    found = {f.text: f for f in analyze(text).figures if f.kind == "figure"}
    assert (found["12%"].subject, found["12%"].estimate) == ("光伏发电量", None)
    assert found["18.2%"].subject == "星河新能源总发电量"
