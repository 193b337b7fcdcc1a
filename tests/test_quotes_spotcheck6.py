"""Forms of attribution of the sixth quote round: a title as the subject ("The executive is
unfazed.", 这位厂长) pointing back past another speaker, "its chief executive, Name", "X did …
and said …", "A and B both said" (A和B均表示), "said only that", a national ministry, unnamed
engineers, an attribution that is no title ("…by Solace Bank, a spokesperson said"), a lower-case
title before a full name after an opening phrase, manner words before 说 (笑着说), 说： then the
quote as its own paragraph, reported words that run straight into a closing quote, 出席…时表示,
批评：, and a company known by the title that followed its name. Next to each, what must stay as
it was. Written for these tests (fictional people and firms).
"""

from __future__ import annotations

import pytest

from tests.summary_helpers import said_titled


# ---------------------------------------------------------------- English: who a later "she" is


def test_a_title_as_subject_brings_its_holder_back_for_she() -> None:
    text = ("The lab is run by its managing director, Helen Marsh.\n"
            "“We test every batch twice,” she said.\n"
            "“Nobody else in the industry does that,” said Peter Quinn, a consultant who has audited the lab.\n"
            "The director is unmoved by the praise. She said the lab would add a third shift in June.")
    quotes = said_titled(text)
    assert quotes[-1] == ("Helen Marsh", "managing director", "indirect", "the lab would add a third shift in June.")
    assert quotes[0][:2] == ("Helen Marsh", "managing director")


def test_without_the_title_sentence_she_stays_unresolved_or_is_not_helen() -> None:
    """The title sentence is what moves "she" back; a bare narrative sentence does not."""
    text = ("The lab is run by its managing director, Helen Marsh.\n"
            "“We test every batch twice,” she said.\n"
            "“Nobody else in the industry does that,” said Peter Quinn, a consultant who has audited the lab.\n"
            "The praise was welcome. She said the lab would add a third shift in June.")
    assert ("Helen Marsh", "managing director", "indirect", "the lab would add a third shift in June.") \
        not in said_titled(text)


def test_its_title_comma_name_gives_the_title() -> None:
    assert said_titled("The company’s lead designer is its chief technology officer, Omar Haddad.\n"
                       "“We rebuilt the engine from scratch,” Haddad said.")[0][:2] == (
        "Omar Haddad", "chief technology officer")


# ---------------------------------------------------------------- English: the subject of "said"


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Larkfield chairman Simon Pell called the bid “an insult” and said the board would reject it.",
     "Simon Pell", "the board would reject it."),
    ("Corvane Foods cut its sales forecast and said demand for frozen meals would stay weak.",
     "Corvane Foods", "demand for frozen meals would stay weak."),
])
def test_the_subject_of_the_first_verb_says_what_follows_and_said(text: str, speaker: str, words: str) -> None:
    assert [(q[0], q[3]) for q in said_titled(text) if q[2] == "indirect"] == [(speaker, words)]


def test_a_clause_with_its_own_subject_before_and_said_is_not_coordinated() -> None:
    """"Prices jumped and traders said …": the traders, unnamed, not the prices."""
    assert all(q[0] != "Prices" for q in said_titled("Prices jumped and traders said the rally would not last the week."))


def test_two_people_who_both_said() -> None:
    quotes = said_titled("Union leader Maria Costa and plant manager Ian Boyd both said the night shift would continue.")
    assert [(q[0], q[3]) for q in quotes] == [("Ian Boyd", "the night shift would continue.")]


def test_said_only_that_is_not_part_of_what_was_said() -> None:
    quotes = said_titled("A spokesman for the bank said only that it “keeps its options under review.”")
    assert quotes == [("A spokesman for the bank", None, "indirect", "it “keeps its options under review.”")]


def test_a_national_ministry_speaks_as_itself() -> None:
    quotes = said_titled("The Danish energy ministry said it would publish the auction rules in March.")
    assert quotes == [("The Danish energy ministry", None, "indirect", "it would publish the auction rules in March.")]


def test_an_unnamed_engineer_after_a_post() -> None:
    quotes = said_titled("The launch was delayed again. “Three scrubs in a row is not bad luck,” one propulsion engineer "
                         "posted on a forum.")
    assert quotes == [("one propulsion engineer", None, "direct", "Three scrubs in a row is not bad luck")]


def test_an_attribution_after_a_company_is_not_its_title() -> None:
    """"…by Harbor Bank, a spokesperson for the agency said" does not make Harbor Bank a spokesperson."""
    text = ("The agency is reviewing fees charged by Harbor Bank, a spokesperson for the agency said on Monday.\n"
            "The spokesperson, who asked not to be named, said 300 complaints had been received.")
    quotes = said_titled(text)
    assert [q[0] for q in quotes] == ["a spokesperson for the agency"] * 2
    assert quotes[1][3] == "300 complaints had been received."


def test_a_title_then_a_full_name_after_an_opening_phrase() -> None:
    quotes = said_titled("In a post on LinkedIn, former Harbor Bank executive Dana Cole wrote that the fees were "
                         "“an open secret” for years.")
    assert quotes == [("Dana Cole", "former Harbor Bank executive", "indirect",
                       "the fees were “an open secret” for years.")]


# ---------------------------------------------------------------- Chinese


@pytest.mark.parametrize("manner", ["笑着说", "感慨地说", "苦笑着说"])
def test_how_they_said_it_is_not_who_said_it(manner: str) -> None:
    quotes = said_titled(f"店主林秀英在这条街上开了二十年面馆。\n“那时候一碗面只要两块钱，现在的年轻人都不信。”林秀英{manner}。")
    assert [(q[0], q[2], q[3]) for q in quotes] == [("林秀英", "direct", "那时候一碗面只要两块钱，现在的年轻人都不信。")]


def test_two_people_who_both_said_zh() -> None:
    quotes = said_titled("星海电池总经理唐振宇和蓝湾能源董事长许晴均表示，双方的合资工厂将在明年三月投产。")
    assert quotes == [("许晴", "蓝湾能源董事长", "indirect", "双方的合资工厂将在明年三月投产。")]


def test_a_demonstrative_title_goes_to_its_holder_not_the_last_named() -> None:
    text = ("五十二岁的校长韩立梅在这所乡村小学工作了三十年。\n"
            "她的学生罗浩如今在城里当工程师，每年都会回来看她。\n"
            "谈到学校的未来，这位校长坦言，最担心的是生源越来越少。")
    quotes = said_titled(text)
    assert quotes == [("韩立梅", "校长", "indirect", "最担心的是生源越来越少。")]


def test_a_colon_paragraph_then_the_quote_as_its_own_paragraph() -> None:
    text = ("晨光机器人创始人孔令飞在年会上说：\n"
            "“五年前，我们的第一台样机连门都推不开。\n"
            "“今天，我们的机器人已经走进了三百家工厂。”\n"
            "孔令飞表示，公司明年将在欧洲设立研发中心。")
    quotes = said_titled(text)
    assert quotes[0] == ("孔令飞", "晨光机器人创始人", "direct",
                         "五年前，我们的第一台样机连门都推不开。今天，我们的机器人已经走进了三百家工厂。")
    assert quotes[1][2:] == ("indirect", "公司明年将在欧洲设立研发中心。")


def test_a_quote_after_a_colon_in_narration_still_has_no_speaker() -> None:
    """A colon ends a sentence that names no speaker: the quote after it is still nobody's."""
    assert said_titled("门口挂着一块牌子：\n“营业时间：早八点至晚十点。”") == []


def test_reported_words_that_run_into_a_closing_quote_are_one_clause() -> None:
    quotes = said_titled("采访最后，陈嘉言直言，新能源车企“不能只比价格，更要比服务”。")
    assert quotes == [("陈嘉言", None, "indirect", "新能源车企“不能只比价格，更要比服务”。")]


def test_a_quote_after_a_comma_stays_apart_from_the_reported_words() -> None:
    quotes = said_titled("陈嘉言表示，公司将继续扩大产能，“我们对明年的需求很有信心”。")
    assert [(q[2], q[3]) for q in quotes] == [("indirect", "公司将继续扩大产能"),
                                              ("direct", "我们对明年的需求很有信心")]


def test_attending_a_meeting_then_said() -> None:
    quotes = said_titled("城市燃气公司总经理吴国平昨日出席市人大常委会会议时表示，居民气价明年不会上调。")
    assert quotes == [("吴国平", "城市燃气公司总经理", "indirect", "居民气价明年不会上调。")]


def test_criticised_with_a_colon() -> None:
    quotes = said_titled("市人大代表邱雅文批评：“停车费年年涨，服务却没有变好。”")
    assert quotes == [("邱雅文", "市人大代表", "direct", "停车费年年涨，服务却没有变好。")]


def test_a_company_known_by_the_title_that_followed_its_name() -> None:
    text = ("远航文旅创始人贺明远在微博发文致歉。\n"
            "远航文旅随后发布声明称，景区将从下月起限流。")
    assert said_titled(text)[-1] == ("远航文旅", None, "indirect", "景区将从下月起限流。")


# ---------------------------------------------------------------- found by the holdout


def test_a_name_inside_what_she_said_is_no_new_subject() -> None:
    text = ("Vellum is run by its managing editor, Nina Vale.\n"
            "The editor is not slowing down. She said Vellum would open a second office in May.")
    assert said_titled(text) == [("Nina Vale", "managing editor", "indirect", "Vellum would open a second office in May.")]


def test_a_name_after_he_and_is_still_the_subject() -> None:
    """"He and Herbert infected mice": Herbert acts, so a later bare "Herbert believes" is him."""
    text = ("The immunologist Dana Herbert studies the lungs.\n"
            "Her colleague Tom Reyes joined the lab last year. He and Herbert infected mice with the virus.\n"
            "The results are early, but Herbert believes that the cells respond to threats within hours.")
    assert ("Dana Herbert", "indirect", "the cells respond to threats within hours.") in [
        (q[0], q[2], q[3]) for q in said_titled(text)]


def test_both_after_a_relative_clause() -> None:
    quotes = said_titled("Founders Lena Ortiz and Sam Ortiz, who are siblings, both said on Monday that the bakery would "
                         "stay in the family.")
    assert [(q[2], q[3]) for q in quotes] == [("indirect", "the bakery would stay in the family.")]
    assert quotes[0][0] in ("Lena Ortiz and Sam Ortiz", "Sam Ortiz")


def test_a_name_with_its_title_between_commas_then_did_and_said() -> None:
    quotes = said_titled("Mara Quist, the chief executive, turned down an offer from Delmar Foods and said the price "
                         "“was never close”.")
    assert quotes[0][:3] == ("Mara Quist", "chief executive", "indirect")
    assert quotes[0][3].startswith("the price")


def test_a_company_before_a_compound_title() -> None:
    text = ("東方渡輪董事總經理梁振邦表示，公司將增加班次。\n"
            "東方渡輪隨後發表聲明稱，新班次將於下月起實施。")
    assert said_titled(text)[-1][:3] == ("東方渡輪", None, "indirect")


def test_a_dash_leads_into_a_quote_as_a_colon_does() -> None:
    quotes = said_titled("周婉清表示，演员们常常互相提醒的一句话是——“先把剧本读透。”")
    assert ("direct", "先把剧本读透。") in [(q[2], q[3]) for q in quotes]
