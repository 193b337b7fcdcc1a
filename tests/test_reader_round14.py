"""What a reader asked of a container line's results story written for this test: each answer that
was refused although the text states it, or that gave a result for a forecast, is a class."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.answer import answer
from tests.ask_helpers import library, shown_part

STORY = library(
    "keel", "Keelwater Lines swings to a loss as rates slump",
    "Keelwater Lines, the sixth-largest container carrier, reported a third-quarter net loss of $214 million on "
    "Thursday, compared with a profit of $860 million a year earlier.",
    "Revenue fell 24% to $3.2 billion, below the $3.5 billion analysts had expected, according to LSEG data.",
    "The Bergen-based company cut its full-year outlook for underlying earnings before interest, taxes, depreciation "
    "and amortization (EBITDA) to between $0.9 billion and $1.2 billion, from $1.6 billion to $2.0 billion previously.",
    "Shares of Keelwater fell 6.1% to 233 Norwegian crowns, their lowest since May 2021.",
)


def test_shares_of_a_named_company_are_its_own_not_a_line_of_it() -> None:
    assert shown_part("How much did the shares fall?", STORY) == "6.1%"


def test_a_new_outlook_is_dated_by_new_not_narrowed() -> None:
    assert shown_part("What is the new EBITDA outlook?", STORY) == "between $0.9 billion and $1.2 billion"  # the range as written


def test_an_ebitda_outlook_answers_a_forecast_question() -> None:
    # "forecast" and "outlook" name the same thing; EBITDA is guided on as "underlying EBITDA".
    assert shown_part("What is the EBITDA forecast?", STORY) == "between $0.9 billion and $1.2 billion"


def test_a_result_never_answers_a_forecast_question() -> None:
    # "expected" belongs to the analysts' figure of a later clause, not to the $3.2 billion of revenue.
    assert shown_part("What is the revenue forecast?", STORY) in (None, "$3.5 billion")
    assert shown_part("What was revenue?", STORY) == "$3.2 billion"


def test_what_analysts_expected_is_not_the_companys_guidance() -> None:
    assert shown_part("What is Keelwater's revenue guidance?", STORY) is None


def test_an_english_refusal_writes_acronyms_as_a_reader_does() -> None:
    found = answer("What was Keelwater's EBITDA?", library(
        "k", "Keelwater results", "Keelwater Lines reported revenue of $3.2 billion and EBITDA margins that narrowed."))
    assert found.abstained
    assert found.asked == "Keelwater's EBITDA"


CUT = library(
    "rrr", "央行：下调金融机构存款准备金率0.5个百分点",
    "中国人民银行12月3日宣布，决定于12月15日下调金融机构存款准备金率0.5个百分点，本次下调后，金融机构加权平均存款准备金率约为6.4%。",
    "这是今年以来央行第二次全面降准。",
    "某券商首席经济学家认为，降准落地后，12月LPR存在下调5至10个基点的可能。",
)


def test_when_before_the_measure_is_not_who_is_asked() -> None:
    # "降准后" was read as a company no article names, and the answer refused to look.
    found = answer("降准后加权平均存款准备金率是多少", CUT)
    assert not found.abstained
    first = found.sentences[0]
    assert "6.4%" in first.text[first.highlight[0]:first.highlight[1]]


def test_a_company_named_with_qian_or_hou_stays_a_name() -> None:
    from summarizer.answer.asked import parse_constraints

    assert [e.text for e in parse_constraints("前海人寿保费收入多少").entities] == ["前海人寿"]
    assert [e.text for e in parse_constraints("收购后华为营收多少").entities] == ["华为"]
    assert parse_constraints("上市以来股价涨了多少").entities == ()
    assert [e.text for e in parse_constraints("临江市目前有多少5G基站？").entities] == ["临江市"]  # 目前 is now


@pytest.mark.parametrize("sentence, subject, estimate", [
    # (an analyst's view is the analyst's estimate, never ranked: summarizer.figure_forecasters, written14)
    ("某券商首席经济学家认为，降准落地后，12月LPR存在下调5至10个基点的可能。", "LPR", "estimate"),
    ("分析人士认为，四季度国内项目毛利率或将进一步下降2个百分点。", "国内项目毛利率", "estimate"),
    ("明年一季度LPR可能下调10个基点。", "LPR", "forecast"),
    ("下半年公司粗钢产量或同比回落13%。", "公司粗钢产量", "forecast"),
])
def test_a_possibility_is_shown_as_a_forecast_never_as_a_result(sentence: str, subject: str, estimate: str) -> None:
    figure = next(f for f in analyze(sentence).figures if f.kind == "figure")
    assert figure.estimate == estimate
    assert figure.subject == subject


def test_a_result_with_no_modal_stays_a_result() -> None:
    figure = next(f for f in analyze("受此影响，公司股价一度下跌5%。").figures if f.kind == "figure")
    assert figure.estimate is None


DESCRIBED = library(
    "heng", "储能龙头三季度净利润同比下降31% 海外订单占比升至六成",
    "（财经网记者 林小）10月28日晚间，储能设备制造商恒川能源（603XXX.SH）发布三季度报告。",
    "报告显示，公司第三季度实现营业收入86.4亿元，同比增长12.7%。",
    "二级市场上，恒川能源股价今年以来累计下跌22%，截至10月28日收盘报41.36元/股，总市值约520亿元。",
)


def test_a_headline_that_describes_its_company_lends_it_the_lead_s_name() -> None:
    # "储能龙头" names no one; the lead's announcer is the article's company, as in an untitled note.
    for question, value in (("总市值多少", "520亿元"), ("公司股价今年跌了多少", "22%"), ("恒川能源股价今年跌了多少", "22%")):
        found = answer(question, DESCRIBED)
        assert not found.abstained, question
        first = found.sentences[0]
        assert value in first.text[first.highlight[0]:first.highlight[1]], question


def test_a_described_headline_over_two_companies_lends_neither() -> None:
    peers = library(
        "two", "光伏巨头三季度集体亏损",
        "10月30日晚间，华阳光能发布三季度报告。",
        "10月30日晚间，青川硅业发布三季度报告。",
        "二级市场上，青川硅业股价今年以来累计下跌35%。",
    )
    assert answer("股价今年跌了多少", peers).abstained


def test_track_reads_a_described_headline_s_company_from_its_lead() -> None:
    from summarizer.track_owner import claim_bare

    text = "\n".join(s for s in (p.text for p in DESCRIBED))
    figures = analyze(text).figures
    owned = claim_bare("恒川能源", [(DESCRIBED[0].title, text, figures)])[0]
    assert {f.text for f in owned} >= {"86.4亿元", "12.7%"}
    assert all(f.subject.startswith("恒川能源") for f in owned)


def test_a_figure_the_group_holds_together_is_not_the_one_member_s() -> None:
    plants = library(
        "cell", "Battery plants lag",
        "Corrow Cells is one of more than 20 battery plants announced in the state since 2022.",
        "Together they were meant to give the state about 400 gigawatt hours of annual capacity by 2030.",
    )
    found = answer("What is the annual capacity of the Corrow Cells plant?", plants)
    assert found.abstained or not any("400" in s.text for s in found.sentences)


def test_a_deal_price_is_not_revenue_named_in_a_later_clause() -> None:
    deal = library(
        "deal", "Tarlow to buy Venna Bio for $3.1 billion",
        "Tarlow said on Monday it would acquire Venna Bio for about $3.1 billion in cash, betting on its drug as sales "
        "of its own best seller are set to face generic competition.",
        "Venna reported a net loss of $150 million last year.",
    )
    found = answer("What was Venna's revenue last year?", deal)
    assert found.abstained or not any("$3.1 billion" in s.text[s.highlight[0]:s.highlight[1]]
                                      for s in found.sentences if s.highlight)
    assert "$150 million" in answer("What was Venna's net loss last year?", deal).sentences[0].text


def test_a_thousands_separator_is_no_clause_break_before_the_measure() -> None:
    adds = library("v", "Veltra's third quarter",
                   "Veltra Mobile added 412,000 postpaid phone subscribers in the third quarter, more than expected.")
    assert "412,000" in answer("How many postpaid phone subscribers did Veltra add in Q3?", adds).sentences[0].text


def test_the_industry_s_figure_is_not_offered_as_the_company_s_outlook() -> None:
    deal = library(
        "deal2", "Tarlow to buy Venna Bio",
        "Tarlow said it would acquire Venna Bio for about $3.1 billion in cash.",
        "Analysts at Norr & Co estimate that the industry faces about $150 billion in annual sales at risk by 2030.",
    )
    found = answer("What was Venna's revenue last year?", deal)
    assert found.abstained
    assert found.missing != "outlook"
    assert found.nearest is None or "150" not in found.nearest.text
