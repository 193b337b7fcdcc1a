"""Quotes at the edge of their rules: a surname two people share, a field of knowledge as
"speaker", a label before a colon, a pronoun that cannot be the speaker, an inch mark.

Each rule was written for one kind of text; these are the texts right next to it where it
must not fire (and the ones where it still must). Written for these tests (fictional people).
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.model import Quote


def quotes(text: str) -> list[Quote]:
    return list(analyze(text).quotes)


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(text)]


# ---------------------------------------------------------------- a surname two people share


@pytest.mark.parametrize(
    "text",
    [
        ("Anna Wright, an analyst at Crest Bank, said demand was weak. Her colleague, Paul Wright, disagreed. "
         '"Demand is fine," Wright said.'),
        ("Tom Marsh, chief executive of Dune Energy, said the company would expand. His brother, Eli Marsh, "
         'runs a rival firm. "We will not sell," Marsh said.'),
    ],
)
def test_a_surname_two_people_share_is_not_given_to_either(text: str) -> None:
    last = quotes(text)[-1]
    assert last.kind == "direct"
    assert last.speaker in ("Wright", "Marsh")


def test_a_surname_one_person_had_still_gets_the_full_name() -> None:
    text = ('Anna Wright, an analyst at Crest Bank, said demand was weak. Hosting Wright at the forum, the bank '
            'praised her work. "Demand will recover," Wright said.')
    assert quotes(text)[-1].speaker == "Anna Wright"


def test_a_sentence_adverb_is_no_first_name() -> None:
    text = ('John Park, the chief financial officer, presented the results. Then David Lee, the chief executive, '
            'took questions. "We had a strong quarter," he said.')
    assert quotes(text)[-1].speaker == "David Lee"


# ---------------------------------------------------------------- fields and evidence do not speak


@pytest.mark.parametrize(
    "text",
    [
        'Neuroscience tells us that "sleep is when memories are consolidated," and the new study agrees.',
        'Research shows "people who exercise live longer."',
        "History shows that markets recover from every crash over time.",
        "Behavioral economics suggests that people weigh losses more than gains.",
    ],
)
def test_a_field_of_knowledge_is_no_speaker(text: str) -> None:
    assert quotes(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The ministry said in a statement: "We will take all necessary measures."', "The ministry"),
        ('Coresight Research said "store closures will slow next year."', "Coresight Research"),
        ('The data suggest that "inflation has peaked," said Mark Chen, chief economist at Delta Securities.',
         "Mark Chen"),
    ],
)
def test_organisations_and_people_next_to_them_still_speak(text: str, speaker: str) -> None:
    assert quotes(text)[0].speaker == speaker


# ---------------------------------------------------------------- a label before a colon is no interviewee


def test_a_label_after_a_question_is_no_answer() -> None:
    assert quotes("Q: What is next for the company?\n\nBackground: The company was founded in 1998.") == []
    assert quotes("记者：今年的销售情况怎么样？\n\n数据显示：前三季度销量同比增长10%。") == []


def test_an_interviewee_named_in_full_before_answers() -> None:
    text = ("Maria Lopez, the founder of Lumen Labs, spoke to us in Lisbon.\n\nQ: What is your outlook?\n\n"
            "Lopez: We expect steady growth next year.")
    assert speakers(text) == [("Maria Lopez", "We expect steady growth next year.")]
    text = ("Chen Li, the founder of Lumen Labs, spoke to us in Shanghai.\n\nQ: What is your outlook?\n\n"
            "Chen: We expect steady growth next year.")
    assert [text for _, text in speakers(text)] == ["We expect steady growth next year."]


# ---------------------------------------------------------------- "and he noted" must be the same speaker


def test_he_after_a_company_is_someone_else() -> None:
    found = speakers("The company said sales rose in October, and he noted that exports were strong.")
    assert found == [("The company", "sales rose in October")]


def test_he_after_a_man_is_still_his_second_statement() -> None:
    found = speakers("Reed said the deal was close, and he added that talks would resume on Monday.")
    assert [text for _, text in found] == ["the deal was close", "talks would resume on Monday."]


# ---------------------------------------------------------------- straight marks that are not quotes


def test_an_inch_mark_opens_no_quote() -> None:
    text = ('Harbor Chips makes 12" wafers at its plant in Oregon, and plans to expand.\n\n'
            '"Demand is strong," said Lee Park, the chief executive.')
    assert speakers(text) == [("Lee Park", "Demand is strong")]


def test_a_stray_mark_inside_a_phrase_does_not_swallow_the_next_paragraph() -> None:
    text = 'The company, known as "Harbor, was founded in 1990.\n\n"We are proud," said Tom Reed, the founder.'
    assert speakers(text) == [("Tom Reed", "We are proud")]


def test_a_quote_that_goes_on_into_a_new_paragraph_still_does() -> None:
    text = ('Ann Lee, the chief executive, spoke at the meeting. "We had a strong year.\n\n'
            '"We expect more growth next year," she said.')
    found = quotes(text)
    assert len(found) == 1
    assert found[0].speaker == "Ann Lee"
    assert found[0].text.startswith("We had a strong year.") and "more growth" in found[0].text


# ---------------------------------------------------------------- a Chinese name after a title


def test_a_name_after_a_statisticians_title_is_whole() -> None:
    found = quotes("国家统计局城市司首席统计师董莉娟表示，“CPI同比涨幅有所回落”。")
    assert (found[0].speaker, found[0].speaker_title) == ("董莉娟", "国家统计局城市司首席统计师")


# ---------------------------------------------------------------- 这位负责人 and 她的同事


def test_this_manager_is_the_one_presented_with_that_title_not_the_last_name() -> None:
    found = quotes("华东一家电池企业的销售负责人对记者说，今年订单明显增加。公司董事长王建国也出席了会议。"
                   "“价格还在下降，”这位负责人说。")
    assert found[-1].text == "价格还在下降"
    assert found[-1].speaker is not None and "负责人" in found[-1].speaker


def test_this_manager_with_no_one_so_titled_is_nobody() -> None:
    found = quotes("公司董事长王建国出席了会议。“价格还在下降，”这位负责人说。")
    assert all(q.speaker != "王建国" for q in found)


def test_her_colleague_is_the_one_named_after_the_possessive() -> None:
    found = quotes("某券商分析师王芳认为，市场仍有上行空间。她的同事李强则表示，风险正在积累。")
    assert [(q.speaker, q.text) for q in found] == [("王芳", "市场仍有上行空间。"), ("李强", "风险正在积累。")]


def test_a_company_named_like_a_person_is_the_whole_company() -> None:
    assert quotes("宁德时代表示，公司产能利用率保持高位。")[0].speaker == "宁德时代"
    assert quotes("宁德时代董事长曾毓群表示，公司将扩产。")[0].speaker == "曾毓群"
