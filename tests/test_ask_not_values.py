"""/ask: numbers that are no value of what is asked.

An age after a name ("Maria Lopez, 41,"), an English ordinal ("the 9th … Festival"), a rate's move in points
for its level, a measure named only in the next clause or inside brackets, a length for "how long", another
heading's figure, and a slogan in quotation marks for what a person said.
"""

from __future__ import annotations

from summarizer import analyze
from summarizer.answer import Passage
from tests.ask_helpers import analyzed, ask, first, library


ARRESTS = analyzed("arrests", "Police make arrests in Millbrook",
                   "Officers arrested Maria Lopez, 41, of 220 Elm St., after a traffic stop, said Sgt. Dan Ortiz.\n\n"
                   "Officers also arrested Tom Reed, 36, of Dayton, Ortiz said.\n\n"
                   "Maria Lopez: Theft, possession of a controlled substance, held in jail in lieu of $5,000 bond.")


def test_an_age_is_no_count() -> None:
    found = ask("How many people did police arrest?", ARRESTS)
    assert found.abstained or "41" not in (found.sentences[0].highlighted or "")


def test_an_age_is_no_bond() -> None:
    found = ask("What is Tom Reed's bond?", ARRESTS)
    assert found.abstained or all(s.highlighted not in ("36", "41") for s in found.sentences)


FESTIVAL = analyzed("lights", "Harbor Lights Festival",
                    "The 9th Harbor Lights Festival opens on Friday with 500 lamps and 300 meters of cable.\n\n"
                    "Organizers said the lamps were made by local students.")


def test_an_ordinal_or_a_length_is_no_duration() -> None:
    assert ask("How long is the Harbor Lights Festival?", FESTIVAL).abstained


BILLINGS = library("billings", "星游网络三季报点评",
                   "三季度星游网络新游戏月流水超5亿元，助力三季度营收增长。")
REVENUE = library("revenue", "星游网络三季报点评", "三季度星游网络营收为12亿元，同比增长20%。")


def test_a_measure_in_the_next_clause_does_not_name_the_number() -> None:
    assert ask("星游网络三季度营收是多少？", BILLINGS).abstained
    assert "12亿元" in first(ask("星游网络三季度营收是多少？", REVENUE))


EXPENSES = library("expenses", "星湾地产成本高企",
                   "星湾地产的营业支出增速远高于营收增速，2018年营业支出为20亿元（营收增幅为30%），"
                   "今年上半年同比增长10%至12亿元。")


def test_an_expense_is_no_revenue_and_brackets_name_only_their_own() -> None:
    assert ask("星湾地产上半年营收是多少？", EXPENSES).abstained


MARGIN = library("margin", "星湾地产中期业绩", "上半年，星湾地产销售毛利率较去年同期下滑3.2个百分点。")


def test_points_are_a_move_not_the_level() -> None:
    assert ask("星湾地产上半年毛利率是多少？", MARGIN).abstained
    assert "3.2个百分点" in first(ask("星湾地产上半年毛利率下滑了多少？", MARGIN))


HEADINGS = library("headings", "金川钴业半年报点评",
                   "公司上半年生产钴产品1.2万吨，与上年持平。",
                   "3）镍产品产销大幅增长：上半年毛利为2.1亿元，毛利率为15%。")


def test_a_heading_owns_its_figures() -> None:
    assert ask("钴产品毛利率是多少？", HEADINGS).abstained
    assert "15%" in first(ask("镍产品毛利率是多少？", HEADINGS))


SLOGAN = library("slogan", "星湾地产业绩会", "“品质成就未来”作为张明“一战成名”的广告语，曾经家喻户晓。")
SAID = library("said", "星湾地产业绩会", "张明在业绩会上表示，“公司今年将继续稳健扩张。”")


def test_a_slogan_is_not_what_someone_said() -> None:
    assert ask("张明说了什么？", SLOGAN).abstained
    assert "稳健扩张" in first(ask("张明说了什么？", SAID))


def test_a_profit_margin_is_no_revenue() -> None:
    rate = library("rate", "工业企业利润", "1-10月，规模以上工业企业营业收入利润率为5.41%，同比提高0.12个百分点。")
    found = ask("1-10月营业收入利润率是多少？", rate)
    assert found.sentences[0].highlighted == "5.41%"


COUNTS = analyzed("counts", "Harbor Lights Festival",
                  "From hundreds of entries, the jury selected thirty artworks for the Harbor Lights Festival.\n\n"
                  "One exhibition runs along the canal, with two bridges lit every night.")


def test_a_count_in_words_answers_how_many_of_its_noun() -> None:
    found = ask("How many artworks are in the Harbor Lights Festival?", COUNTS)
    assert found.sentences[0].highlighted == "thirty"


def test_a_count_in_words_of_another_noun_does_not() -> None:
    assert ask("How many visitors did the Harbor Lights Festival have?", COUNTS).abstained


DEBATE = analyzed("debate", "Debate preview",
                  "The party's top 10 face off in Atlanta just 75 days before primary voting begins.\n\n"
                  "It is noteworthy that five of the 10 Democrats on stage will serve as jurors.")


def test_the_number_its_counted_noun_follows() -> None:
    found = ask("How many days before primary voting begins is the debate?", DEBATE)
    assert found.sentences[0].highlighted in ("75 days", "75")


def test_a_partitive_counts_its_part() -> None:
    found = ask("How many Democrats on stage will serve as jurors?", DEBATE)
    assert found.sentences[0].highlighted == "five"


RD = library("rd", "星游网络三季报点评", "三季度星游网络研发费用达3.2亿元，研发费用率同比略增0.6pct至7.1%。")


def test_a_research_ratio_is_not_the_research_spending() -> None:
    assert ask("星游网络三季度研发费用率是多少？", RD).sentences[0].highlighted == "7.1%"
    assert ask("星游网络三季度研发费用是多少？", RD).sentences[0].highlighted == "3.2亿元"


def test_points_after_a_mild_verb_are_still_a_move() -> None:
    moved = library("moved", "星游网络三季报点评", "三季度星游网络销售费用率同比略增0.8pct。")
    assert ask("星游网络三季度销售费用率是多少？", moved).abstained


CORE = library("core", "星湾地产中期业绩", "上半年，星湾地产归属于股东的净利润为63.1亿元，核心溢利为47.0亿元，同比增长26%。")


def test_a_core_profit_change_is_not_the_net_profit_change() -> None:
    assert ask("星湾地产上半年净利润同比增长多少？", CORE).abstained
    assert ask("星湾地产上半年净利润是多少？", CORE).sentences[0].highlighted == "63.1亿元"


def test_when_the_date_right_before_the_asked_word() -> None:
    drug = library("drug", "星禾药业新药", "星禾药业的新药今年4月报产获受理，预计2027年获批。")
    assert ask("星禾药业的新药预计什么时候获批？", drug).sentences[0].highlighted == "2027年"


def test_a_range_with_full_width_thousands_is_one_number() -> None:
    text = "公司公布半年度业绩预告：预计归母净利润12，472.84万元~13，512.24万元，同比增长20%~30%。"
    note = [Passage(text, "range", 0, "星禾药业业绩预告", "https://example.com/range", "2026-11-20", article=(text,),
                    figures=tuple(analyze(text).figures))]
    assert ask("星禾药业上半年归母净利润预计多少？", note).sentences[0].highlighted == "12，472.84万元~13，512.24万元"


def test_a_qualifier_right_before_the_number_under_a_heading() -> None:
    copper = library("copper", "金川钴业半年报点评", "1）电解铜产量大幅增长：公司上半年共生产电铜4.3万吨，同比增长49%；")
    assert ask("金川钴业上半年电铜产量是多少？", copper).sentences[0].highlighted == "4.3万吨"


def test_a_range_written_with_zhi_is_one_number() -> None:
    text = "美联储应将政策利率下调至1%至1.25%。"
    rate = [Passage(text, "zhi", 0, "星桥资管观点", "https://example.com/zhi", "2026-11-20", article=(text,),
                    figures=tuple(analyze(text).figures))]
    assert ask("美联储应将政策利率下调至多少？", rate).sentences[0].highlighted == "1%至1.25%"
