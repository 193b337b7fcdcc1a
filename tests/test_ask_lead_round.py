"""/ask classes found by the lead's reader round on stories written here (2026-12-08), on sample sentences of our
own: each test states the class it guards."""

from __future__ import annotations

from summarizer.answer.clause_owners import claimers
from tests.ask_helpers import ask, highlighted, library

_DEVELOPER = library("lead1", "星原地产中期转亏",
                     "星原地产昨日公布中期业绩，录得股东应占亏损12.5亿元。",
                     "消息公布后，星原地产股价收市急挫9%，报2.15港元。",
                     "截至6月底，集团净负债比率升至61.2%。")


def test_news_of_an_announcement_is_no_company() -> None:
    # "消息公布后，…" (after the news came out) opened a clause before a verb of announcing, so 消息 was read as a
    # company owning the next lines, and "星原地产的净负债比率" was refused as someone else's figure.
    for opener in ("消息公布后", "数据发布后", "财报公布后", "业绩公布后", "报告发布后"):
        text = f"{opener}，星原地产股价收市急挫9%。"
        assert not any(name == opener[:2] for _, _, name in claimers(text, text, True)), opener
    assert highlighted("星原地产的净负债比率是多少？", _DEVELOPER) == "61.2%"
    assert ask("云杉地产的净负债比率是多少？", _DEVELOPER).abstained


_RELEASE = library("lead2", "Tallis Software Reports Fiscal Third Quarter 2027 Results",
                   "Tallis Software, Inc. today announced results for its fiscal third quarter.",
                   '"Demand from large customers was strong," said chief executive Ann Roe.',
                   "Fiscal Third Quarter 2027 Highlights",
                   "Revenue was $212.4 million, an increase of 19% year over year.",
                   "Annual recurring revenue reached $905 million, up 22% year over year.")


def test_a_release_section_heading_names_no_company() -> None:
    # "Fiscal Second Quarter 2027 Highlights" was read as a name ("fiscal second quarter") owning the lines after it,
    # so "What was Cobalt's ARR?" was refused as another party's figure.
    assert highlighted("What was Tallis Software's annual recurring revenue?", _RELEASE) == "$905 million"
    assert highlighted("What was Tallis Software's revenue?", _RELEASE) == "$212.4 million"
    assert ask("What was Corbin Software's revenue?", _RELEASE).abstained


_NOTICE = library("lead3", "青岚股份：预计2026年净利润同比增长40%至55%",
                  "青岚股份发布2026年度业绩预告。",
                  "公司预计2026年度实现归属于上市公司股东的净利润2.8亿元至3.1亿元；",
                  "扣除非经常性损益后的净利润2.5亿元至2.8亿元，比上年同期增长56%至75%。",
                  "上年同期，公司归属于上市公司股东的净利润为2.0亿元，扣除非经常性损益后的净利润为1.6亿元。")


def test_the_base_year_line_of_a_profit_notice_is_no_forecast() -> None:
    # "远帆科技扣非净利润预计多少？" cited "上年同期，…扣除非经常性损益后的净利润为1.75亿元" first: the notice's title
    # forecasts, but a line headed by the base period states last year's actual figure.
    answer = ask("青岚股份扣非净利润预计多少？", _NOTICE)
    assert not answer.abstained
    assert all("上年同期，" not in s.text for s in answer.sentences)


_FEATURE = library("lead4", "The slow climb of a river barge operator",
                   "Brannock Barge expanded its fleet to 90 vessels this year.",
                   "Its chief executive said the company expected to turn a net profit in 2027, after a loss of "
                   "$14 million last year.")


def test_a_relative_period_right_after_the_number_dates_it() -> None:
    # "What was Lakeshore's net profit in 2027?" cited "… expected to turn a net profit in 2027, after a loss of
    # $85 million last year": the year before the number was read as its period.
    assert ask("What was Brannock Barge's net profit in 2027?", _FEATURE).abstained
    assert highlighted("What was Brannock Barge's loss last year?", _FEATURE) == "$14 million"


def test_how_much_cut_to_asks_the_level_reached() -> None:
    # "How much did Pellworth cut its interim dividend to?" was read as "by how much" and refused: "… to?" asks the
    # level the cut reached.
    lib = library("lead5", "Ashby Homes halves its dividend",
                  "Ashby Homes cut its interim dividend to 8.5 pence from 17 pence.")
    assert highlighted("How much did Ashby Homes cut its interim dividend to?", lib) == "8.5"
    assert ask("How much did Ashby Homes cut its interim dividend?", lib).abstained


def test_the_part_after_a_semicolon_goes_on_about_the_nation_named_before_it() -> None:
    # ask25's holdout: "宝川钢铁1-11月累计粗钢产量" cited "…11月全国粗钢产量为7,128万吨…；1-11月累计粗钢产量9.38亿吨": the
    # ；-part has no subject of its own and goes on about the nation, not the company of the title.
    lib = library("lead6", "临河钢铁11月粗钢产量同比下降3%",
                  "临河钢铁12月6日发布11月经营数据，11月公司粗钢产量为210.5万吨，同比下降3%。",
                  "国家统计局数据显示，11月全国粗钢产量为7,002万吨，同比下降5.1%；",
                  "1-11月累计粗钢产量9.21亿吨，同比下降2.6%。")
    assert ask("临河钢铁1-11月累计粗钢产量是多少？", lib).abstained
    assert highlighted("临河钢铁11月粗钢产量是多少？", lib) == "210.5万吨"
