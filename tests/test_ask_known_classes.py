"""/ask: classes once refused though the article answers them, each with its trap.

"领投方是谁" (the noun asks the lead; no company is called 领投方), "the new quarterly dividend" (the level it
was raised to), "Which company ranked first?" (only a sentence stating that place), and "How old…" (only an
age, never a bond or a count beside the name).
"""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

ROUND = library("round", "澜途智驾融资", "澜途智驾完成5亿元C轮融资，由红杉中国领投，高瓴跟投。")
NO_LEAD = library("nolead", "星岚科技融资", "星岚科技完成2亿元B轮融资，多家机构参与，未披露领投方。")


def test_the_lead_asked_as_a_noun() -> None:
    assert "红杉中国领投" in first(ask("领投方是谁？", ROUND))
    assert "红杉中国领投" in first(ask("澜途智驾C轮融资的领投方是谁？", ROUND))


def test_no_lead_named_is_refused() -> None:
    assert ask("星岚科技B轮融资的领投方是谁？", NO_LEAD).abstained


DIVIDEND = library("dividend", "Halvern raises dividend",
                   "Halvern Corp. said on Tuesday it raised its quarterly dividend to 45 cents a share from 40 cents.",
                   "The new dividend is payable on Jan. 15.")


def test_the_new_dividend_is_the_level_it_was_raised_to() -> None:
    for question in ("What is Halvern's new quarterly dividend?", "What is the new quarterly dividend?"):
        found = ask(question, DIVIDEND)
        assert found.sentences[0].highlighted == "45", question


RANKS = library("ranks", "EV market share",
                "In the third quarter, BYD ranked first in China's EV market with a 32% share.",
                "Tesla ranked second with 8%, followed by Geely.")
MARKET_ONLY = library("market", "Smartphone market",
                      "China's smartphone market shipped 71 million units in the third quarter, up 3.1%.")


def test_which_company_ranked_first() -> None:
    assert "BYD ranked first" in first(ask("Which company ranked first?", RANKS))


def test_a_sentence_stating_no_place_or_another_does_not_answer() -> None:
    assert ask("Which company ranked first in China's smartphone market in the third quarter?", MARKET_ONLY).abstained
    assert ask("Which company ranked third?", RANKS).abstained


BAIL = library("bail", "Arrests in Millbrook",
               "Ryan Hollman: Dealing in methamphetamine, held in jail in lieu of $326,000 bond.")


def test_how_old_is_not_answered_by_a_bond() -> None:
    assert ask("How old is Ryan Hollman?", BAIL).abstained


def _northgate(line: str) -> list:
    return library("northgate", "Northgate posts record quarter", "Northgate reported record revenue on Tuesday.", line)


def test_an_officer_saying_we_speaks_for_the_company() -> None:
    found = ask("Where is Northgate adding capacity?",
                _northgate('"We are adding capacity in Malaysia," Chief Executive Officer Laura Brenner said.'))
    assert "Malaysia" in first(found)


def test_a_rival_officer_saying_we_does_not() -> None:
    for line in ('"We are adding capacity in Vietnam," Kestrel chief executive Anna Lee said.',
                 '"We are adding capacity in Vietnam," said Anna Lee, Kestrel\'s chief executive.'):
        assert ask("Where is Northgate adding capacity?", _northgate(line)).abstained, line


PLAN = library("plan", "临江市发布新型基础设施三年行动方案",
               "临江市政府近日印发《临江市新型基础设施建设三年行动方案》。",
               "方案提出，三年内实施重点项目326个，总投资规模约1560亿元，其中2026年计划完成投资480亿元。")


def test_a_place_plan_asked_by_a_short_name_and_its_total() -> None:
    found = ask("临江市新基建行动方案总投资多少？", PLAN)
    assert found.sentences[0].highlighted == "1560亿元"


def test_another_place_plan_is_still_unknown() -> None:
    assert ask("江城市新基建行动方案总投资多少？", PLAN).abstained


VOYAGE = library("voyage", "科考船启航", "科考船“海鹭二号”启航，开展为期150天的综合考察，搭载4500米级潜水器。")


def test_a_duration_is_not_a_depth() -> None:
    found = ask("海鹭二号这次科考要多长时间？", VOYAGE)
    assert found.abstained or found.sentences[0].highlighted in ("150天", "150")


def test_a_project_total_investment() -> None:
    project = library("project", "宁德时代海外扩产", "宁德时代12月5日宣布，匈牙利二期项目总投资约73亿欧元，预计2028年投产。")
    assert ask("宁德时代匈牙利二期项目总投资是多少？", project).sentences[0].highlighted == "73亿欧元"


def test_a_brand_in_quotes() -> None:
    brand = library("brand", "星河汽车三季报", "星河汽车旗下“星跃”品牌前三季度销量达12万辆，同比增长40%。")
    for question in ("“星跃”品牌前三季度销量是多少？", "星跃品牌前三季度销量是多少？"):
        assert ask(question, brand).sentences[0].highlighted == "12万辆", question


def test_earnings_per_share_in_a_sentence_without_the_company() -> None:
    results = library("eps", "Halvern third-quarter results", "Halvern Corp. reported third-quarter results on Tuesday.",
                      "It earned $1.23 a share, above analysts' estimates of $1.10.")
    assert ask("How much did Halvern earn per share?", results).sentences[0].highlighted == "$1.23"
