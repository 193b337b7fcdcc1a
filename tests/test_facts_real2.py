"""Classes of figure and quote errors found on the second unseen real-text round (facts_gold_real2).

Every sample sentence is written for these tests; none comes from the corpus.
"""

from __future__ import annotations

from summarizer import analyze
from tests.figure_helpers import by_text, figures


def test_a_count_of_quarters_is_a_length_of_time_not_a_figure() -> None:
    # "连续3个季度下行" was shown as "3个" of 季度.
    found = figures("某银行的存款成本连续3个季度下行，公司净利润为5.2亿元。")
    assert [f.text for f in found] == ["5.2亿元"]


def test_a_subject_led_by_a_preposition_is_no_subject() -> None:
    # "随国产替代推进" frames the figure: it is not what reaches 80亿元.
    found = figures("预计高端市场将随国产替代推进2026年达总规模达80亿元。")
    assert by_text(found, "80亿元").subject is None


def test_an_agent_phrase_gives_way_to_the_noun_after_the_figure() -> None:
    found = figures("同时星河集团作为担保方，由甲银行、乙银行向公司提供不超过20亿元的贷款。")
    assert by_text(found, "20亿元").subject == "贷款"


def test_a_base_frame_is_no_subject() -> None:
    found = figures("二季度手续费收入增速回升，在上年同期高基数的基础上继续同比增9.4%。")
    assert by_text(found, "9.4%").subject is None


def test_what_a_cause_drags_down_is_what_the_figure_measures() -> None:
    found = figures("费用率下行拖累营业利润环比-2.5%。")
    assert by_text(found, "-2.5%").subject == "营业利润"
    assert by_text(figures("新品放量带动营收同比增长20%。"), "20%").subject == "营收"


def test_a_light_participle_is_no_english_subject() -> None:
    found = figures("The company has the strongest balance sheet, having paid off its loans with the proceeds "
                    "of the sale of its radio unit for $400 million.", lang="en")
    assert by_text(found, "$400 million").subject is None


def test_units_of_volume_and_parcels_stay_with_their_number() -> None:
    assert by_text(figures("2023年公司啤酒销量达到186万千升，同比增长5%。"), "186万千升").unit == "千升"
    assert by_text(figures("上半年公司完成业务量41.2亿票，同比增长18.5%。"), "41.2亿票").subject == "业务量"


def test_a_modal_is_not_part_of_a_subject() -> None:
    found = figures("注入完成后，2023年备考收入和销量将分别达到88亿和160万千升。")
    assert by_text(found, "160万千升").subject == "销量"


def test_two_speech_verbs_in_a_row_before_a_quote_name_a_latin_speaker() -> None:
    text = ("高盛首席经济学家John Smith周一表示，通胀将回落。"
            "Smith解释说：“市场处于底部区域，投资者情绪悲观。”")
    direct = [q for q in analyze(text, lang="zh").quotes if q.kind == "direct"]
    assert [(q.speaker, q.text[:8]) for q in direct] == [("John Smith", "市场处于底部区域")]


def _indirect(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:20]) for q in analyze(text, lang="en").quotes if q.kind == "indirect"]


def test_a_fronted_place_is_not_the_speaker_of_a_coordinated_said() -> None:
    # "In London, …" was taken for the speaker.
    text = ("In London, government spokesman Tom Reeves condemned the shooting and said the British "
            "government was ready to help local police in the inquiry.")
    assert _indirect(text) == [("Tom Reeves", "the British governme")]


def test_told_whom_and_when_before_that() -> None:
    text = ("Reeves, who will chair the new board, told shareholders of Northwind, the group's parent, "
            "on Nov. 2 that the deal would let the firm cut its debt quickly.")
    assert _indirect(text) == [("Reeves", "the deal would let t")]


def test_a_title_word_ending_in_s_is_not_the_first_verb() -> None:
    # "White House press secretary …": "press" was read as the verb, so "White House" spoke.
    text = ("White House press secretary Josh Earnest condemned the attack and said the U.S. government "
            "was willing to help.")
    assert _indirect(text) == [("Josh Earnest", "the U.S. government ")]
