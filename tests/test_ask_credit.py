"""/ask on monthly money and credit data: a figure answers only its own measure. New loans (新增, 增量, 增加) are not
a balance (余额, 存量) nor the reverse; another aggregate's balance or growth (M2, 社融, 存款) answers no loan question;
and one month asked is not answered by a total over several months."""

from __future__ import annotations

from tests.ask_helpers import ask, library

# A balance stated before any flow.
BALANCES = library("bal", "央行公布10月金融数据",
                   "10月末，人民币贷款余额241.3万亿元，同比增长6.2%。",
                   "10月份人民币存款增加9,130亿元。")

# M2 and 社融 balances, and a loan flow: no loan balance at all.
MONEY = library("money", "央行公布10月金融数据",
                "10月末，广义货币(M2)余额301.8万亿元，同比增长8.1%。",
                "10月末社会融资规模存量为402.5万亿元，同比增长9.3%。",
                "10月份人民币贷款增加4,470亿元，同比多增610亿元。")

# A household-loan figure only over ten months.
TEN_MONTHS = library("ten", "前十个月信贷数据",
                     "前十个月人民币贷款增加14.05万亿元。",
                     "其中，住户贷款增加2.21万亿元。",
                     "10月末社会融资规模存量为402.5万亿元，同比增长9.3%。")
RUNNING = library("run", "10月信贷数据", "10月金融数据显示，住户贷款累计增加2.21万亿元。")

# Every measure stated.
ALL = library("all", "央行公布10月金融数据",
              "10月末，广义货币(M2)余额301.8万亿元，同比增长8.1%。",
              "10月末，人民币贷款余额241.3万亿元，同比增长6.2%。",
              "10月份人民币贷款增加4,470亿元，同比多增610亿元。")


def test_a_balance_is_no_new_lending() -> None:
    assert ask("10月新增人民币贷款多少？", BALANCES).abstained  # was the balance's 241.3万亿元


def test_new_lending_is_no_balance_nor_its_growth() -> None:
    assert ask("10月末人民币贷款同比增长多少？", MONEY).abstained  # was the month's 4,470亿元
    assert ask("10月人民币贷款增速是多少？", MONEY).abstained  # a rate asked: 4,470亿元 is an amount


def test_another_aggregates_balance_is_no_loan_balance() -> None:
    assert ask("10月末人民币贷款余额是多少？", MONEY).abstained  # was M2's 301.8万亿元
    assert ask("10月末贷款余额是多少？", MONEY).abstained


def test_another_aggregates_growth_is_no_loan_figure() -> None:
    assert ask("10月住户贷款增加多少？", TEN_MONTHS).abstained  # was 社融's 9.3%


def test_a_running_total_is_no_one_months() -> None:
    assert ask("10月住户贷款增加多少？", RUNNING).abstained  # was the 累计 2.21万亿元


def test_the_measures_asked_are_answered() -> None:
    assert ask("10月末人民币贷款余额是多少？", ALL).sentences[0].highlighted.startswith("241.3")  # 10月末 is when
    assert ask("10月末人民币贷款同比增长多少？", ALL).sentences[0].highlighted.startswith("6.2")
    assert ask("10月新增人民币贷款多少？", ALL).sentences[0].highlighted.startswith("4,470")  # 新增 asks the move
    assert ask("10月人民币贷款增加多少？", ALL).sentences[0].highlighted.startswith("4,470")
    assert ask("前十个月住户贷款增加多少？", TEN_MONTHS).sentences[0].highlighted.startswith("2.21")
    assert ask("10月末M2余额是多少？", ALL).sentences[0].highlighted.startswith("301.8")


def test_the_rules_on_their_own() -> None:
    from summarizer.answer.credit_measures import amount_for_rate, other_credit_measure, total_for_one_month

    line = "人民币贷款余额241.3万亿元，同比增长6.2%"
    assert other_credit_measure("新增人民币贷款多少", line, line.index("241.3"))
    assert other_credit_measure("新增人民币贷款多少", line, line.index("6.2"))  # the balance's growth
    assert not other_credit_measure("人民币贷款余额是多少", line, line.index("241.3"))
    flows = "人民币贷款增加4,470亿元，同比多增610亿元"
    assert other_credit_measure("人民币贷款余额是多少", flows, flows.index("4,470"))
    assert not other_credit_measure("人民币贷款增加多少", flows, flows.index("4,470"))
    m2 = "广义货币(m2)余额301.8万亿元"
    assert other_credit_measure("人民币贷款余额是多少", m2, m2.index("301.8"))
    deposits = "人民币存款余额288.0万亿元"
    assert other_credit_measure("贷款余额是多少", deposits, deposits.index("288"))
    parts = "人民币贷款增加14.05万亿元,住户贷款增加2.21万亿元"
    assert other_credit_measure("住户贷款增加多少", parts, parts.index("14.05"))
    assert not other_credit_measure("住户贷款增加多少", parts, parts.index("2.21"))
    assert not other_credit_measure("贷款增加多少", parts, parts.index("2.21"))  # a plain 贷款 is any loan
    assert total_for_one_month("10月住户贷款增加多少", "其中,住户贷款增加2.21万亿元", 9, "前十个月人民币贷款增加14.05万亿元")
    assert total_for_one_month("10月贷款增加多少", "1-10月贷款累计增加14.05万亿元", 10)
    assert not total_for_one_month("前十个月贷款增加多少", "前十个月贷款增加14.05万亿元", 8)
    assert not total_for_one_month("10月贷款增加多少", "10月份贷款增加4,470亿元", 8)
    flows = "人民币贷款增加4,470亿元,同比增长6.2%"
    assert amount_for_rate("人民币贷款增速是多少", flows, (flows.index("4,470"), flows.index("亿元") + 2))
    assert not amount_for_rate("人民币贷款增速是多少", flows, (flows.index("6.2"), len(flows)))
    births = "人口自然增长率为0.34‰,下降1.11个千分点"
    assert not amount_for_rate("人口自然增长率是多少", births, (births.index("0.34"), births.index("0.34") + 4))
