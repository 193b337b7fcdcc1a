"""Quotes: the classes of wrong or missed speaker found by the twelfth audit of news written for the purpose
(benchmarks/data/figures_written12.json). Every text here is written for the test, none is taken from that set.
"""

from __future__ import annotations

from tests.summary_helpers import said


def test_an_answer_that_names_its_speaker_is_theirs() -> None:
    quotes = said("海川股份召开业绩说明会，以下为纪要要点。\n"
                  "管理层表示，公司前三季度营收增长12%，订单饱满。\n"
                  "问：明年的资本开支计划如何？\n"
                  "答：陈蕾表示，明年资本开支预计在8亿元左右，主要投向新产线。她还表示，公司暂无融资计划。")
    assert ("陈蕾", "indirect", "明年资本开支预计在8亿元左右，主要投向新产线。") in quotes
    assert ("陈蕾", "indirect", "公司暂无融资计划。") in quotes
    assert not any(speaker == "管理层" and "资本开支" in text for speaker, _, text in quotes)


def test_a_surname_ending_in_s_named_in_full_before_is_a_person() -> None:
    quotes = said("The listing drew strong demand, according to a person familiar with the matter. "
                  "Chief Executive Laura Jennings will keep about 40% of the votes. "
                  "\"We are only getting started,\" Jennings said. She said the money would fund new clinics.")
    assert ("Jennings", "direct", "We are only getting started") in quotes or \
        ("Laura Jennings", "direct", "We are only getting started") in quotes
    assert [s for s, _, t in quotes if t == "the money would fund new clinics."] in (["Jennings"], ["Laura Jennings"])


def test_a_full_name_before_a_who_clause_is_presented() -> None:
    quotes = said("Rita Moll, chief executive of Tessaro, said demand was strong. \"We are sold out,\" she said.\n"
                  "Victor Amadi, who runs rival Kestrel Energy, disagreed. \"Prices will fall,\" he said. "
                  "He said his plant would open next year.")
    assert ("Victor Amadi", "direct", "Prices will fall") in quotes
    assert ("Victor Amadi", "indirect", "his plant would open next year.") in quotes
