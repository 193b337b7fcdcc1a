"""Key figures: the classes found by a sixth spot check, on trade and telecom data, traffic
and deliveries, earnings calls and guidance.

A code like "5G" that opens a name stays in its subject; 累计 before a noun (累计流量, 累计旅客
运输量) is part of the subject, not its predicate; a bound that opens a clause and names a class
("1000Mbps及以上…的用户") is no figure; 今年以来 heading a sentence dates its clauses; English
counts of vehicles, passengers and TEU carry their noun as the unit, and the clause's subject
(or the company that "said that it…") is what they count. Sentences are written here.
"""

from __future__ import annotations

import pytest

from tests.figure_helpers import by_text, figures


# ---------------------------------------------------------------- Chinese subjects


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("其中，5G套餐用户达3.42亿户，占移动用户的58.1%。", "3.42亿户", "5G套餐用户"),
    ("其中，4K超高清视频用户为1.2亿户。", "1.2亿户", "4K超高清视频用户"),
])
def test_a_generation_code_opening_a_clause_stays_in_the_subject(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence), written).subject == subject


@pytest.mark.parametrize(("sentence", "written", "word"), [
    ("前三季度，该省移动互联网累计流量达512亿GB，同比增长11.2%。", "512亿GB", "累计流量"),
    ("1-9月，机场累计旅客吞吐量为3,260万人次，同比增长9.4%。", "3,260万人次", "旅客吞吐量"),
    ("今年以来，铁路累计旅客运输量为32.5亿人次。", "32.5亿人次", "旅客运输量"),
])
def test_leiji_before_a_noun_is_part_of_the_subject(sentence: str, written: str, word: str) -> None:
    assert word in (by_text(figures(sentence), written).subject or "")


def test_a_class_bound_opening_a_clause_is_no_figure() -> None:
    found = figures("宽带用户总数达3.1亿户，其中500Mbps及以上接入速率的用户为1.4亿户。")
    assert [f.text for f in found] == ["3.1亿户", "1.4亿户"]
    assert "500Mbps" in by_text(found, "1.4亿户").subject
    # A bound stated after a change is the change's ("营收增长30%以上的企业").
    assert "30%以上" in [f.text for f in figures("营收增长30%以上的企业有120家。")]


def test_jinnian_yilai_heading_a_sentence_dates_its_clauses() -> None:
    found = figures("今年以来，公司累计实现营业收入58.2亿元，同比增长9.6%，净利润4.1亿元。")
    assert {f.text: f.period for f in found} == {"58.2亿元": "今年以来", "9.6%": "今年以来", "4.1亿元": "今年以来"}
    # A bound of an event is still none: "自2019年以来".
    assert by_text(figures("自2019年以来，公司营收增长了3倍。"), "3倍").period is None


# ---------------------------------------------------------------- English counts


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("Orlan Motors delivered 12,480 vehicles in October, up 15% from a year earlier.", "12,480 vehicles", "Orlan Motors"),
    ("The Port of Tessa handled 2.4 million TEU in October.", "2.4 million TEU", "The Port of Tessa"),
    ("Brava Air said on Monday that it carried 1.9 million passengers in October.", "1.9 million passengers",
     "Brava Air"),
])
def test_an_english_count_keeps_its_noun_and_the_clause_subject(sentence: str, written: str, subject: str) -> None:
    found = figures(sentence, lang="en")
    assert by_text(found, written).subject == subject
    # ("…, up 15% from a year earlier": the change is of what was counted, named with its owner.)
    assert all(f.subject == subject or f.subject.startswith(subject) and f.subject.endswith(f" {by_text(found, written).unit}")
               for f in found)


def test_a_noun_after_the_count_that_is_no_unit_is_still_the_subject() -> None:
    assert by_text(figures("The airline ordered 12 wide-body jets.", lang="en"), "12").subject == "wide-body jets"


# ---------------------------------------------------------------- English guidance and rates


def test_an_old_range_after_up_from_is_one_range() -> None:
    found = figures("Core sales growth is now seen at 3% to 4%, up from 1% to 3%.", lang="en")
    assert [f.text for f in found] == ["3% to 4%", "1% to 3%"]
    found = figures("We now expect revenue of $2.40 billion to $2.45 billion, up from $2.30 billion to $2.38 billion "
                    "previously.", lang="en")
    assert [f.text for f in found] == ["$2.40 billion to $2.45 billion", "$2.30 billion to $2.38 billion"]
    assert {f.subject for f in found} == {"revenue"}
    # A change from one amount stays a change: "rose 5% to $2 billion, up from $1.8 billion".
    assert "$1.8 billion" in [f.text for f in figures("Sales rose 5% to $2 billion, up from $1.8 billion.", lang="en")]


@pytest.mark.parametrize(("sentence", "written", "subject"), [
    ("For the year, we are raising our sales outlook to a range of $9.1 billion to $9.3 billion.",
     "$9.1 billion to $9.3 billion", "sales outlook"),
    ("For the first quarter we expect revenue between $310 million and $320 million.",
     "$310 million and $320 million", "revenue"),
    ("The key rate was cut to 3.75% and the deposit rate to 3.25%.", "3.25%", "deposit rate"),
])
def test_what_an_outlook_or_an_elided_verb_measures(sentence: str, written: str, subject: str) -> None:
    assert by_text(figures(sentence, lang="en"), written).subject == subject


def test_an_improvement_of_points_is_up_and_a_deterioration_down() -> None:
    up = by_text(figures("Operating margin was 18.2%, an improvement of 150 basis points.", lang="en"),
                 "150 basis points")
    down = by_text(figures("Gross margin was 31.0%, a deterioration of 90 basis points.", lang="en"), "90 basis points")
    assert (up.change, down.change) == ("up", "down")
    assert down.subject == "Gross margin"


def test_a_year_after_for_dates_the_figure_next_to_it() -> None:
    found = figures("Output grew 0.6% in the second quarter, and growth is projected at 1.4% for 2027.", lang="en")
    assert by_text(found, "1.4%").period == "for 2027"
    assert by_text(found, "0.6%").period == "the second quarter"


# ---------------------------------------------------------------- targets, uses and shares


def test_a_share_of_a_target_reached_is_the_completion_of_what_was_counted() -> None:
    found = figures("甲公司1-10月累计签约金额820亿元，完成全年目标的81.5%；乙公司累计签约金额460亿元，"
                    "完成年度目标的66%；丙公司目标完成率仅为52.3%。")
    assert by_text(found, "81.5%").subject == "甲公司累计签约金额全年目标完成率"
    assert by_text(found, "66%").subject == "乙公司累计签约金额年度目标完成率"
    assert by_text(found, "52.3%").subject.endswith("目标完成率")
    # 全年 qualifies the target: it dates none of these figures.
    assert by_text(found, "460亿元").period is None
    assert by_text(found, "81.5%").period is None


def test_a_part_named_by_its_use() -> None:
    found = figures("公司拟募集资金12亿元，其中7.5亿元用于新能源电池研发项目，2亿元将用于补充流动资金。")
    assert by_text(found, "12亿元").subject.endswith("拟募集资金")
    assert by_text(found, "7.5亿元").subject.endswith("用于新能源电池研发项目")
    assert by_text(found, "2亿元").subject.endswith("用于补充流动资金")


def test_a_share_of_fund_units_issued_is_their_share() -> None:
    found = figures("混合型基金发行份额为320亿份，占比近三成。")
    assert by_text(found, "三成").subject == "混合型基金发行份额占比"


def test_a_sentence_opened_by_qizhong_keeps_the_period_of_the_one_before() -> None:
    found = figures("统计局12月9日发布数据，今年前10个月，全省社会消费品零售总额2.1万亿元，同比增长4.2%。",
                    "其中，餐饮收入2,380亿元，增长8.1%。", "10月当月，社零总额2,260亿元。")
    assert by_text(found, "2,380亿元").period == "今年前10个月"
    assert by_text(found, "8.1%").period == "今年前10个月"
    assert by_text(found, "2,260亿元").period == "10月"
    # Without 其中 a new sentence is not dated by the one before.
    found = figures("今年前10个月，全省社零总额2.1万亿元。", "餐饮收入2,380亿元。")
    assert by_text(found, "2,380亿元").period is None


def test_units_are_the_unit_of_a_count_and_a_share_of_a_target_is_no_target() -> None:
    found = figures("Deliveries in the first ten months reached 84,300 units.", lang="en")
    assert by_text(found, "84,300 units").subject == "Deliveries"
    found = figures("The carmaker said it had reached 74% of its annual target of 150,000 vehicles.", lang="en")
    assert by_text(found, "74%").subject == "share of annual target reached"
    assert by_text(found, "150,000 vehicles").subject.endswith("target")


def test_a_named_company_saying_deliveries_rose_says_its_own_did() -> None:
    found = figures("Orvane Motors said deliveries rose 14% to 9,870 units.", lang="en")
    assert {f.subject for f in found} == {"Orvane Motors' deliveries"}
    # A statistics office reports an industry's: "Destatis said orders fell 2%" stays "orders".
    assert by_text(figures("Destatis said orders fell 2%.", lang="en"), "2%").subject == "orders"


def test_a_quarter_named_in_the_subject_dates_the_figure() -> None:
    found = figures("Second-quarter net sales increased 4% to $3.12 billion.", lang="en")
    assert {f.period for f in found} == {"the second quarter"}


@pytest.mark.parametrize(("sentence", "written", "change"), [
    ("Monthly churn improved to 0.92%.", "0.92%", "down"),
    ("The combined ratio improved 2.1 points to 95.3%.", "2.1 points", "down"),
    ("The cost-to-income ratio deteriorated to 54%.", "54%", "up"),
    ("Operating margin improved to 12.5%.", "12.5%", "up"),
])
def test_improving_a_measure_where_lower_is_better_is_going_down(sentence: str, written: str, change: str) -> None:
    assert by_text(figures(sentence, lang="en"), written).change == change


def test_an_old_range_after_a_range_and_its_year() -> None:
    found = figures("The bank sees growth of 1.5% to 2.0% next year, up from 1.0% to 1.5% previously.", lang="en")
    assert [f.text for f in found] == ["1.5% to 2.0%", "1.0% to 1.5%"]


def test_notes_of_a_tenor_and_their_yield() -> None:
    found = figures("The bank sold $600 million of 7-year notes yielding 4.9%.", lang="en")
    assert by_text(found, "$600 million").subject == "7-year notes"
    assert by_text(found, "4.9%").subject == "7-year notes yield"
