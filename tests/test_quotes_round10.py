"""Quotes of the tenth round, found reading real news: "公司表示" in a text about one company,
a firm's analysts with no one named as their leader ("Harwick Partners analysts said"), what
someone expects in their own words after a colon, and the writer's answer after a reported
clause ("…, but that may be hard"). Sample sentences are written for these tests.
"""

from __future__ import annotations

from summarizer import analyze
from summarizer.model import Quote


def _quotes(text: str, title: str = "测试") -> list[Quote]:
    return list(analyze(text, title=title).quotes)


def _pairs(text: str, title: str = "测试") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in _quotes(text, title)]


def test_the_company_is_the_one_company_the_text_is_about() -> None:
    text = "星岚科技今日发布三季度财报，营收同比增长12%。\n公司表示，四季度将继续加大研发投入。\n"
    assert _pairs(text) == [("星岚科技", "四季度将继续加大研发投入。")]


def test_the_company_by_its_short_name_after_a_date() -> None:
    text = ("3月5日，河源电子股份有限公司（以下简称“河源电子”）发布公告。\n"
            "该公司预计，全年净利润将增长两成以上。\n")
    assert _pairs(text) == [("河源电子", "全年净利润将增长两成以上。")]


def test_two_companies_leave_the_company_as_written() -> None:
    text = "星岚科技与河源电子今日签署合作协议。\n公司表示，双方将共建联合实验室。\n"
    assert _pairs(text) == [("公司", "双方将共建联合实验室。")]


def test_a_text_that_names_no_company_keeps_the_company() -> None:
    text = "一季度行业需求回暖。\n公司表示，新产线将于年内投产。\n"
    assert _pairs(text) == [("公司", "新产线将于年内投产。")]


def test_a_firms_analysts_speak_for_the_firm() -> None:
    text = ("Orland Metals shares fell 4% on Tuesday. Harwick Partners analysts said the drop was overdone "
            "and that demand would recover next year.")
    found = _quotes(text, "Test")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Harwick Partners", "analysts")]


def test_analysts_of_a_place_or_a_field_are_no_firm() -> None:
    for who in ("Industry analysts", "Chinese analysts", "Wall Street analysts"):
        text = f"Orland Metals shares fell 4% on Tuesday. {who} said the drop was overdone."
        assert all(q.speaker not in ("Industry", "Chinese", "Wall Street") for q in _quotes(text, "Test")), who


def test_what_someone_expects_in_their_words_after_a_colon() -> None:
    text = ("Mira Solen, chief executive of Orland Metals, spoke on Tuesday. "
            "She expects prices to recover: “The worst of the slump is behind us.”")
    assert _pairs(text, "Test") == [("Mira Solen", "The worst of the slump is behind us.")]


def test_what_is_expected_names_no_one() -> None:
    text = ("Mira Solen runs Orland Metals. Output is expected to recover: “The worst of the slump is behind us.”")
    assert _pairs(text, "Test") == []


def test_the_writers_answer_is_not_part_of_the_reported_clause() -> None:
    text = ("Tom Reed has said that he expects to cut $30 million in costs from the deal, but that may be hard "
            "to do without layoffs. Tarvo claims that its pricing model is fairer to riders, but that’s an "
            "unproven assumption.")
    found = _pairs(text, "Test")
    assert ("Tom Reed", "he expects to cut $30 million in costs from the deal") in found
    assert ("Tarvo", "its pricing model is fairer to riders") in found


def test_what_someone_is_after_says_name_is_not_what_they_said() -> None:
    text = ("Cells signal in many ways.\n\nThe findings were major, surprising advances, says Jane Porter, "
            "a physiologist at Kestrel University. But in her view, calling them taste receptors was a mistake.")
    assert ("Jane Porter", "The findings were major, surprising advances") in _pairs(text, "Test")


def test_a_title_after_said_name_is_not_what_they_said() -> None:
    """"…, said Lt. Matt Carver, Marlow Police Department spokesman.": the capitalised words and the
    title word end the sentence as who he is, not as the end of what he said."""
    text = ("Officers from the Marlow Police Department arrested Jane Doe, 32, after finding stolen goods in her car, "
            "said Lt. Matt Carver, Marlow Police Department spokesman. Officers also arrested John Roe after a "
            "traffic stop, Carver said.")
    quotes = _quotes(text, "Test")
    assert quotes[0].text.endswith("in her car")
    assert (quotes[0].speaker, quotes[0].speaker_title) == ("Matt Carver", "Marlow Police Department spokesman")


def test_a_company_that_acted_and_then_posted() -> None:
    text = ("Fares rose in the city. In the midst of the panic, Tarvo stepped in and tweeted this announcement: "
            "“Fares have risen to bring more drivers to the area.”")
    assert _pairs(text, "Test") == [("Tarvo", "Fares have risen to bring more drivers to the area.")]


def test_a_question_split_by_asks_is_all_theirs() -> None:
    text = ("Ken Holm is an analyst at Nordbank. “After a year of this,” Holm asks, "
            "“what will be left for readers to pay for?”")
    assert [q.text for q in _quotes(text, "Test") if q.speaker == "Ken Holm"] == [
        "After a year of this", "what will be left for readers to pay for?"]
