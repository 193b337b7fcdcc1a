"""Key figures of texts a reader pastes as they come: a Chinese flash with an English sentence
in it, and a guidance range written 上下浮动 (plus or minus). Sample texts written for these tests."""

from __future__ import annotations

import pytest

from summarizer import analyze
from tests.figure_helpers import subjects_and_changes

MIXED = ("星河芯片周三公布财报，第三财季营收为351亿元，同比增长94%。"
         "Data center revenue rose 112% to $30.8 billion. Gaming revenue fell 3% to $2.9 billion. "
         "公司预计第四财季营收为375亿元，上下浮动2%。")


def test_an_english_sentence_in_a_chinese_text_is_read_by_the_english_rules():
    """The Chinese rules made "Datacenterrevenuerose" the subject and saw no rise."""
    figures = subjects_and_changes(MIXED)
    assert figures["112%"] == ("Data center revenue", "up")
    assert figures["$30.8 billion"] == ("Data center revenue", "up")
    assert figures["3%"] == ("Gaming revenue", "down")
    assert figures["94%"] == ("营收", "up")  # the Chinese sentences as before


def test_a_sentence_with_a_chinese_word_stays_with_the_chinese_rules():
    figures = subjects_and_changes("英伟达CEO表示，Blackwell芯片的出货量同比增长50%，需求强劲。公司营收为351亿元。")
    assert figures["50%"][1] == "up" and "出货量" in (figures["50%"][0] or "")


@pytest.mark.parametrize(("text", "band"), [("公司预计第四财季营收为375亿元，上下浮动2%。", "2%"),
                                           ("毛利率预计为73.5%，上下浮动50个基点。", "50个基点")])
def test_plus_or_minus_is_no_fall(text, band):
    """"上下浮动2%" was shown as "2% (down)": a range around the figure, not a decline."""
    figures = subjects_and_changes(text)
    assert band in figures and all(change is None for _, change in figures.values()), figures


def test_a_plain_fall_still_falls():
    assert subjects_and_changes("公司营收下浮3%。")["3%"][1] == "down"


def test_a_one_line_flash_of_sentences_is_titled_by_its_start_not_kept_whole():
    """A three-sentence flash ending in a closing quote (…產能。」) was its own 111-character title,
    repeated over the summary, in /history and in every /ask citation."""
    from summarizer.pasted import pasted_title

    flash = ("鴻遠電子週四公布第三季財報，營收達新臺幣452億元，年增17%，稅後純益為38億元。"
             "公司指出，伺服器業務是成長主要動能。董事長林志明表示：「明年資本支出將增加兩成。」")
    title = pasted_title(flash)
    assert title.endswith("…") and len(title) <= 31 and flash.startswith(title[:-1])
    # Cut before its figures: told a title stating 452億元, the analysis dropped the lead that states it.
    assert not any(ch.isdigit() for ch in title)
    assert analyze(flash, title=title).sentences[0].text.startswith("鴻遠電子週四公布第三季財報")
    # A long headline stays whole, a period inside a name ("Inc.") notwithstanding.
    headline = "Acme Inc. Raises $85 Million in Series C Funding Led by Big Ventures to Expand Across Asia"
    assert pasted_title(headline + "\nBody text.") == headline
    quoted = "“我们很好”：李明谈公司前景与未来三年的扩张计划以及海外市场的布局和研发投入的安排"
    assert pasted_title(quoted + "\n正文。") == quoted
