"""Classes of wrong key figure and quote found by the thirteenth audit of news written for the purpose
(benchmarks/data/figures_written13.json): stories about several companies, rulings, calls, press conferences,
interviews, brokerage morning notes, sports business and central banks.

Every text here is written for the test, none is taken from that set.
"""

from __future__ import annotations

from summarizer import analyze
from summarizer.model import Figure
from tests.figure_helpers import by_text, figures


def key_figures(text: str) -> list[Figure]:
    return list(analyze(text).key_figures)


# ---------------------------------------------------------------- whose figure, in a story about several companies


def test_a_bare_metric_after_a_semicolon_is_the_company_named_before_it() -> None:
    found = figures("青枫地产10月实现签约面积40.2万平方米，同比下降11.5%；签约金额66.3亿元，同比下降9.1%。",
                    "白石置业10月实现合同销售金额30.8亿元，同比增长4.4%。")
    assert "青枫地产" in by_text(found, "66.3亿元").subject
    assert "青枫地产" in by_text(found, "9.1%").subject
    assert "白石置业" in by_text(found, "30.8亿元").subject


def test_gong_si_in_a_roundup_is_the_company_of_its_passage() -> None:
    found = figures("青枫地产10月签约金额66.3亿元。", "1-10月，公司累计签约金额512.7亿元，同比下降8.8%。",
                    "白石置业10月合同销售金额30.8亿元。", "公司销售面积19.6万平方米。")
    assert "青枫地产" in by_text(found, "512.7亿元").subject
    assert "白石置业" in by_text(found, "19.6万平方米").subject


def test_a_morning_note_heading_names_whose_figures_follow() -> None:
    found = figures("一、远川医药（688901.SH）：业绩符合预期",
                    "公司前三季度实现营收9.6亿元，同比增长12.4%；归母净利润1.1亿元。",
                    "二、南港电力（600901.SH）：成本回落",
                    "前三季度公司营收31.5亿元，同比-2.2%；归母净利润2.7亿元。")
    assert "远川医药" in by_text(found, "9.6亿元").subject
    assert "远川医药" in by_text(found, "1.1亿元").subject
    assert "南港电力" in by_text(found, "31.5亿元").subject
    assert "南港电力" in by_text(found, "2.7亿元").subject


def test_a_subject_with_an_owner_of_its_own_keeps_it() -> None:
    found = figures("青枫地产10月签约金额66.3亿元。", "白石置业10月合同销售金额30.8亿元。",
                    "前50强房企10月销售总额为1,920亿元，同比下降7.5%。")
    assert by_text(found, "1,920亿元").subject.startswith("前50强房企")


def test_one_company_story_is_left_as_it_was() -> None:
    found = figures("青枫地产10月实现签约面积40.2万平方米；签约金额66.3亿元。", "公司销售面积19.6万平方米。")
    assert "青枫地产" not in by_text(found, "19.6万平方米").subject


def test_its_and_the_company_in_an_english_roundup_are_the_company_named_before() -> None:
    found = key_figures("Morrow Motors said it sold 41,200 vehicles in October, down 3%. "
                        "The company cut its full-year sales forecast to 505,000 vehicles.\n"
                        "Tallis Automotive sold 28,900 vehicles, up 6%. Its hybrid sales rose 19% to 5,400 units.\n"
                        "Kestrel Group, which lost a recall case last week, reported an operating loss of $12 million.")
    assert by_text(found, "505,000 vehicles").subject.startswith("Morrow Motors")
    assert by_text(found, "19%").subject.startswith("Tallis Automotive")
    assert by_text(found, "$12 million").subject.startswith("Kestrel Group")


def test_an_english_sentence_opening_on_a_bare_metric_goes_on_about_the_company_before() -> None:
    found = key_figures("Two chains reported on Tuesday.\nPellham Stores said comparable sales rose 2.9%. Net sales "
                        "increased 4.4% to $5.12 billion.\nRival Orwin Home posted a net loss of $21 million.")
    assert by_text(found, "$5.12 billion").subject.startswith("Pellham Stores")


def test_clubs_and_the_generic_kind_noun_in_a_story_about_two_clubs() -> None:
    found = figures("据南湾俱乐部发布的年度报告，上赛季俱乐部实现营业收入3.12亿元，同比增长21.4%。",
                    "东岭俱乐部董事长周某在接受采访时称，俱乐部今年赞助收入预计下降约15%。")
    assert by_text(found, "3.12亿元").subject.startswith("南湾俱乐部")
    assert by_text(found, "15%").subject.startswith("东岭俱乐部")


# ---------------------------------------------------------------- not figures


def test_a_score_written_with_the_losers_goals_first_is_no_figure() -> None:
    found = figures("Dunbar Rovers, which lost 1-3 to Kellan City in the cup, reported revenue of $41 million.",
                    lang="en")
    assert [f.text for f in found] == ["$41 million"]


# ---------------------------------------------------------------- forecasts told in the past tense


def test_a_company_that_had_expected_growth_gave_a_forecast() -> None:
    found = figures("Tallis Automotive sold 28,900 vehicles, up 6%. The carmaker had expected growth of about 4% "
                    "for the month.", lang="en")
    assert by_text(found, "4%").estimate == "forecast"


def test_what_spending_would_reach_is_a_forecast() -> None:
    found = figures("She said capital expenditure would reach about $1.9 billion this fiscal year.", lang="en")
    assert by_text(found, "$1.9 billion").estimate == "forecast"


def test_analysts_who_had_expected_still_give_an_estimate() -> None:
    found = figures("Analysts had expected Tallis to sell about 27,000 vehicles.", lang="en")
    assert by_text(found, "27,000 vehicles").estimate == "estimate"


def test_a_forecast_of_a_years_revenue_is_dated_by_that_year_not_the_month_it_was_made() -> None:
    found = figures("The drugmaker had forecast 2025 revenue of $3.1 billion in March.", lang="en")
    figure = by_text(found, "$3.1 billion")
    assert figure.estimate == "forecast" and "2025" in (figure.period or "")


# ---------------------------------------------------------------- English subjects of outlooks and roles


def test_what_was_expected_to_fall_is_the_subject_and_the_new_forecast_shares_it() -> None:
    found = figures("In its May projections the bank had expected unemployment to rise to 5.1% by December; "
                    "it now forecasts 4.8%.", lang="en")
    assert by_text(found, "5.1%").subject == "unemployment"
    assert by_text(found, "4.8%").subject == "unemployment"


def test_a_role_named_in_an_appositive_is_that_name() -> None:
    found = figures("A co-defendant, Varn Chemicals, agreed in June to pay $22 million.", lang="en")
    assert by_text(found, "$22 million").subject == "Varn Chemicals"


# ---------------------------------------------------------------- Chinese fines of people


def test_each_persons_fine_is_that_persons() -> None:
    found = figures("法院判处远景股份罚金8000万元；对公司董事长钱志明以违规披露重要信息罪判处有期徒刑四年，并处罚金200万元；"
                    "原财务总监吴敏被判处有期徒刑两年，并处罚金30万元。")
    assert by_text(found, "200万元").subject == "钱志明罚金"
    assert by_text(found, "30万元").subject == "吴敏罚金"


# ---------------------------------------------------------------- quotes


def test_according_to_a_title_with_a_lower_case_word_before_it_names_the_speaker() -> None:
    quotes = analyze("The league held its annual meeting on Monday. According to league commissioner Dana Pruitt, "
                     "total attendance grew 6% to 4.1 million.").quotes
    assert [(q.speaker, q.text[:16]) for q in quotes] == [("Dana Pruitt", "total attendance")]


def test_a_presiding_judge_unnamed_is_the_speaker() -> None:
    quotes = analyze("江州市中级人民法院昨日作出一审判决。审判长在宣判后表示：“造假必须付出代价。”").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("审判长", "造假必须付出代价。")]


def test_the_company_that_spoke_just_before_is_the_one_the_company_means() -> None:
    quotes = analyze("A judge on Monday ordered Varn Pharma to pay $22 million. A co-defendant, Orrin Labs, settled "
                     "in June.\nVarn said it would appeal. “We disagree with the ruling,” the company said in a "
                     "statement.").quotes
    assert ("Varn", "We disagree with the ruling") in [(q.speaker, q.text) for q in quotes]


def test_a_person_who_spoke_just_before_is_not_the_company() -> None:
    quotes = analyze("A judge on Monday ordered Varn Pharma to pay $22 million. A co-defendant, Orrin Labs, settled "
                     "in June.\nPruitt said the case was closed. “We disagree with the ruling,” the company said in a "
                     "statement.").quotes
    assert "Pruitt" not in [q.speaker for q in quotes if q.text.startswith("We disagree")]


# ---------------------------------------------------------------- directions


def test_a_change_after_a_long_object_moves_with_its_verb() -> None:
    found = figures("The regulator said the firm had raised the price of its long-acting insulin pen by as much as 240% "
                    "over five years.", lang="en")
    assert by_text(found, "240%").change == "up"
    found = figures("The airline said it had cut the number of its weekly transatlantic flights by about 15%.", lang="en")
    assert by_text(found, "15%").change == "down"
