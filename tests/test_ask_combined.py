"""/ask: the company a merger makes is neither of the companies that merge. Our own sentences through
the real answer code."""

from __future__ import annotations

from tests.ask_helpers import ask, first, library

DEAL = library("deal", "Alder Foods to buy Crestview Snacks for $2.8 billion",
               "Alder Foods Inc said on Monday it would buy snack maker Crestview Snacks for $2.8 billion in cash.",
               "Alder will pay $42 per share, a 31% premium to Crestview's closing price on Friday.",
               "The combined company will have annual sales of about $9.5 billion.")
DEAL_ZH = library("dzh", "青禾食品拟收购远山零食",
                  "青禾食品公告，拟以28亿元现金收购远山零食100%股权。",
                  "合并后公司年营收将达到95亿元，成为国内第三大休闲食品企业。")


def test_the_combined_companys_figure_answers_only_a_question_about_it() -> None:
    found = ask("What are Alder's annual sales?", DEAL)
    assert found.abstained or "$9.5 billion" not in first(found)
    assert "$9.5 billion" in first(ask("What will the combined company's annual sales be?", DEAL))
    found = ask("青禾食品营收是多少？", DEAL_ZH)
    assert found.abstained or "95亿元" not in first(found)
    assert "95亿元" in first(ask("合并后公司营收是多少？", DEAL_ZH))


def test_together_in_a_story_is_no_merged_company() -> None:
    from summarizer.answer.combined import of_combined

    sentence = "“Home,” she and Rose sing together, and the extras who packed into the hall for the 12-hour shoot join in."
    assert not of_combined(sentence, sentence.index("12-hour"))
    assert of_combined("The combined company will have sales of $9.5 billion.", 50)


BATTERY = library("bat", "远川电池三季报点评",
                  "公司三季度综合毛利率 26.14%，环比持平，主要系储能业务毛利率高达 35.2%，平滑动力电池毛利率下滑。")
TRAFFIC = library("tr", "春节流量",
                  "工信部数据显示，春节假期7天移动互联网接入流量达到412.6万TB，与2024年春节7天相比增长19.6%，"
                  "连续3年增速超过15%；")


def test_a_rate_under_another_qualifier_and_a_run_of_years_answer_nothing() -> None:
    # 26.14% is the blended margin; the battery margin is only said to have fallen.
    found = ask("公司动力电池毛利率是多少？", BATTERY)
    assert found.abstained or "26.14%" not in first(found) or found.sentences[0].highlight is None
    assert "35.2%" in first(ask("储能业务毛利率是多少？", BATTERY))
    # "连续3年": how many years in a row, not the traffic of 2024 asked about.
    found = ask("2024年春节7天移动互联网接入流量是多少？", TRAFFIC)
    assert found.abstained or found.sentences[0].highlight is None or found.sentences[0].text[
        slice(*found.sentences[0].highlight)] != "3"
