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
