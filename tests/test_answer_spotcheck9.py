"""/ask on question forms met in a ninth unseen round: why-questions answered by a figure with no
cause, a view asked of one person answered with another's words, an interviewer's question shown
as an answer, comparisons of two companies answered from one figure, polite wrappers read as names,
and a segment's sales in a with-clause taken for the company's. Our own sentences."""

from __future__ import annotations

from summarizer.answer.forms import (
    asked_speaker,
    asks_cause,
    compares,
    is_question_line,
    strip_noise,
)
from tests.ask_helpers import ask, first, library

MILL = library("ml", "岚峰纸业前三季度净利润下降12.5%",
               "岚峰纸业10月28日晚间披露三季报。",
               "前三季度公司营收210.4亿元，同比增长6.1%；净利润9.8亿元，同比下降12.5%。",
               "公司称，净利润下降主要由于木浆价格上涨以及新产线折旧增加。",
               "董事长陈启航在业绩说明会上表示：“包装纸需求明年有望回暖。”")
STEEL = library("st", "Corvin Steel earnings slide; shares drop 7%",
                "Corvin Steel said quarterly net income fell 31% to $96 million as scrap prices climbed.",
                "Revenue increased 2% to $1.9 billion.",
                "The rail products division grew fastest, with sales up 11% to $240 million.",
                "Corvin shares dropped 7% after the company cut its dividend.")
TALK = library("tk", "专访澄湖资本创始人宋嘉禾：消费赛道仍有机会",
               "记者：您怎么看今年的消费投资？",
               "宋嘉禾：消费的机会在县城市场，我们今年投了9家连锁品牌。",
               "记者：您对出海怎么看？",
               "宋嘉禾：出海是未来三年最确定的方向。")
RIVAL = library("rv", "云杉纸业前三季度营收增长3.2%",
                "云杉纸业前三季度营收158.7亿元，同比增长3.2%。")


def test_a_why_question_needs_a_stated_cause() -> None:
    assert "木浆价格上涨" in first(ask("为什么岚峰纸业净利润下降？", MILL))
    assert "scrap prices" in first(ask("Why did Corvin Steel's net income fall?", STEEL))
    assert "cut its dividend" in first(ask("Why did Corvin shares drop?", STEEL))
    # The figure is stated, its cause is not.
    assert ask("为什么岚峰纸业营收增长？", MILL).abstained
    assert ask("Why did Corvin's revenue increase?", STEEL).abstained
    # A cause of another change does not explain the one asked about.
    assert ask("岚峰纸业营收增长的原因是什么？", MILL).abstained


def test_a_view_asked_of_a_person_needs_their_words() -> None:
    assert "包装纸需求" in first(ask("陈启航对包装纸需求怎么看？", MILL, TALK))
    assert "出海是未来三年" in first(ask("宋嘉禾对出海怎么看？", MILL, TALK))
    # 宋嘉禾 spoke about 出海; 陈启航 did not.
    assert ask("陈启航对出海怎么看？", MILL, TALK).abstained
    assert asked_speaker("陈启航对包装纸需求怎么看？") == "陈启航"
    assert asked_speaker("What did Ruth Amari say about prices?") == "ruth amari"
    assert asked_speaker("岚峰纸业净利润是多少？") is None


def test_an_interviewers_question_is_no_answer() -> None:
    assert is_question_line("记者：您怎么看今年的消费投资？")
    assert not is_question_line("宋嘉禾：消费的机会在县城市场，我们今年投了9家连锁品牌。")
    assert "县城市场" in first(ask("宋嘉禾怎么看今年的消费投资？", TALK))


def test_comparisons_are_told_from_superlatives_and_unnamed_ones_refused() -> None:
    assert compares("岚峰纸业和云杉纸业哪家公司营收更高？")
    assert compares("Which had higher revenue, Corvin Steel or Dunmore Metals?")
    assert not compares("岚峰纸业增长最快的业务是哪个？")
    assert not compares("Which Corvin division grew fastest?")
    assert not compares("岚峰纸业营收同比增长多少？")
    assert ask("哪家公司营收更高？", MILL, RIVAL).abstained


def test_polite_wrappers_and_emoji_are_not_part_of_the_question() -> None:
    assert strip_noise("Could you tell me Corvin's revenue?") == "What is Corvin's revenue?"
    assert strip_noise("Can you tell me why Corvin shares dropped?") == "Why Corvin shares dropped?"
    assert strip_noise("能告诉我岚峰纸业的营收吗😊") == "岚峰纸业的营收"
    assert "$1.9 billion" in first(ask("Could you tell me Corvin's revenue?", STEEL))
    assert "210.4亿元" in first(ask("能告诉我岚峰纸业的营收吗😊", MILL))


def test_a_segments_sales_in_a_with_clause_are_not_the_companys() -> None:
    found = ask("What was Corvin's revenue?", STEEL)
    assert "$1.9 billion" in first(found)
    assert "$240 million" in first(ask("Which Corvin division grew fastest?", STEEL))


def test_cause_words() -> None:
    assert asks_cause("为什么净利润下降？") and asks_cause("Why did shares fall?")
    assert not asks_cause("岚峰纸业净利润是多少？")


def test_a_role_written_before_the_name_names_its_holder() -> None:
    cfo = library("cf", "Corvin Steel earnings slide",
                  "Corvin Steel said quarterly net income fell 31% to $96 million.",
                  "\"Scrap costs will stay high,\" Chief Financial Officer Mara Velde said.")
    assert "Mara Velde" in first(ask("Who is Corvin Steel's chief financial officer?", cfo))
    assert ask("Who is Corvin Steel's chief executive?", cfo).abstained


def test_two_stored_companies_are_compared_on_their_own_figures() -> None:
    found = ask("岚峰纸业和云杉纸业哪家公司营收更高？", MILL, RIVAL)
    assert "210.4亿元" in first(found) and "158.7亿元" in found.sentences[1].text
    assert "158.7亿元" in first(ask("岚峰纸业和云杉纸业哪家公司营收更低？", MILL, RIVAL))
    # Growth: 6.1% against 3.2%.
    assert "6.1%" in first(ask("岚峰纸业和云杉纸业谁的营收增长更快？", MILL, RIVAL))
    # A company never stored, or a figure stated for one side only: no comparison.
    assert ask("岚峰纸业和白桦纸业哪家公司营收更高？", MILL, RIVAL).abstained
    assert ask("岚峰纸业和云杉纸业哪家公司净利润更高？", MILL, RIVAL).abstained


def test_a_comparison_across_periods_is_refused() -> None:
    half = library("hf", "云杉纸业上半年营收增长3.2%", "云杉纸业上半年营收98.7亿元，同比增长3.2%。")
    assert ask("岚峰纸业和云杉纸业哪家公司营收更高？", MILL, half).abstained


def test_a_finance_minister_is_a_role_whose_holder_may_be_asked() -> None:
    flash = library("fl", "Valdoria economy grows 0.5% in third quarter",
                    "Valdoria's gross domestic product grew 0.5% in the third quarter.",
                    "Finance Minister Ilse Brandt said the recovery was \"on track\".")
    assert "Ilse Brandt" in first(ask("Who is Valdoria's finance minister?", flash))
    assert ask("Who is Valdoria's central bank governor?", flash).abstained


def test_a_cause_explains_the_metric_before_it_not_the_one_inside_it() -> None:
    retail = library("rt", "Marlow Stores swings to profit",
                     "Marlow Stores reported a net profit of $51 million, compared with a loss a year earlier, "
                     "as online sales jumped 19%.",
                     "Revenue rose 4% to $2.2 billion.",
                     "\"Shoppers are back,\" Chief Executive Ines Carrow said.")
    assert "online sales jumped" in first(ask("Why did Marlow swing to a profit?", retail))
    assert ask("Why did Marlow's revenue rise?", retail).abstained
    # A word opening a quote is nobody's name: the chief executive is named after it.
    assert "Ines Carrow" in first(ask("Who is Marlow's chief executive?", retail))
    lead = library("ld", "岚峰纸业三季度营收下降", "由于订单减少，岚峰纸业第三季度营收下降4.2%。")
    assert "订单减少" in first(ask("为什么岚峰纸业第三季度营收下降？", lead))


def test_the_answer_repeats_the_question_as_the_reader_wrote_it() -> None:
    from tests.ask_helpers import ask, library

    lib = library("h", "Harbor Foods quarter", "Harbor Foods said revenue rose 6% to $2.1 billion in the quarter.")
    found = ask("Could you tell me Harbor Foods' revenue? 😊", lib)
    assert not found.abstained, found
    assert found.question == "Could you tell me Harbor Foods' revenue? 😊"
