"""Traditional Chinese (Hong Kong, Taiwan) is read with the simplified rules and shown as written.

The sample texts are written for these tests; their companies and figures are made up.
"""

from __future__ import annotations

import re

import pytest

from summarizer import analyze
from summarizer.answer import Passage, answer
from summarizer.normalize import normalize
from summarizer.split import split_sentences
from summarizer.traditional import Restorer, to_simplified
from tests.figure_helpers import figures_by_text

FLASH = (
    "星河科技今日公佈2025年第三季度業績。總收入為1,928億元，同比增長15%。"
    "淨利潤為631億元，同比下降3%。首席執行官陳家豪表示：「我們對雲端業務的投入正在帶來回報。」\n"
    "分析師認為，海外業務將成為下一個增長點。"
)
TAIWAN = (
    "晶華半導體公告，11月營收為新台幣85.3億元，月增4.2%，年減12.5%。"
    "累計前11月營收為902億元，較去年同期衰退8%。"
    "董事長林志明在法說會上指出：「先進製程的需求在明年上半年會明顯回溫。」"
)


def _cjk(text: str) -> set[str]:
    return set(re.findall(r"[\u4e00-\u9fff]", text))


def test_units_subjects_and_directions_of_a_traditional_flash():
    figures = figures_by_text(FLASH)
    assert figures["1,928億元"].subject == "總收入"
    assert figures["15%"].change == "up" and figures["15%"].basis == "同比"
    assert figures["631億元"].subject == "淨利潤"
    assert figures["3%"].change == "down" and figures["3%"].subject == "淨利潤"


def test_units_and_labels_stay_normalized_for_code_that_compares_them():
    """Charts and /ask compare units and bases; only what quotes the text is restored."""
    figure = figures_by_text(FLASH)["1,928億元"]
    simplified = {f.text: f for f in analyze(to_simplified(FLASH)).figures}["1,928亿元"]
    assert (figure.unit, figure.value) == (simplified.unit, simplified.value)


def test_quotes_keep_the_speaker_and_words_as_written():
    quotes = {q.text: q for q in analyze(FLASH).quotes}
    quote = quotes["我們對雲端業務的投入正在帶來回報。"]
    assert (quote.speaker, quote.speaker_title) == ("陳家豪", "首席執行官")
    assert analyze(TAIWAN).quotes[0].speaker == "林志明"


def test_reporting_verbs_written_in_traditional_characters_make_quotes():
    text = "星河科技發言人王小明說：「訂單已經排到明年三月。」財務長李美玲稱，毛利率將維持穩定。"
    speakers = {q.speaker: q.text for q in analyze(text).quotes}
    assert speakers.get("王小明") == "訂單已經排到明年三月。"
    assert "毛利率將維持穩定" in speakers.get("李美玲", "")


@pytest.mark.parametrize("text", [FLASH, TAIWAN])
def test_nothing_shown_is_in_characters_the_source_does_not_use(text):
    analysis = analyze(text)
    source = _cjk(text)
    shown = [s.text for s in analysis.sentences] + [k.word for k in analysis.keywords]
    shown += [v for f in analysis.figures for v in (f.text, f.context, f.subject or "", f.approx or "")]
    shown += [v for q in analysis.quotes for v in (q.text, q.speaker or "", q.speaker_title or "")]
    assert shown
    for value in shown:
        assert _cjk(value) <= source, value
    for sentence in analysis.sentences:
        assert sentence.text.rstrip("…") in text


def test_key_sentences_of_traditional_and_simplified_forms_match():
    traditional = analyze(FLASH, max_sentences=2)
    simplified = analyze(to_simplified(FLASH), max_sentences=2)
    assert [s.index for s in traditional.sentences] == [s.index for s in simplified.sentences]
    assert [to_simplified(s.text) for s in traditional.sentences] == [s.text for s in simplified.sentences]


def test_a_simplified_text_is_analysed_as_it_is():
    text = "星河科技前三季度营收为120亿元，同比增长8%。"
    assert to_simplified(text) == text
    assert {f.text for f in analyze(text).figures} >= {"120亿元", "8%"}


def test_the_restorer_maps_slices_trimmed_heads_and_composed_strings():
    source = "總收入為1,928億元。業務發展良好，總收入創新高。"
    restorer = Restorer(to_simplified(source), source)
    assert restorer.text("总收入为1,928亿元。") == "總收入為1,928億元。"
    assert restorer.text("业务发展良好…") == "業務發展良好…"
    assert restorer.text("业务总收入") == "業務總收入"  # not a slice: character by character
    assert restorer.text("Revenue") == "Revenue"


def test_a_character_written_both_ways_goes_back_to_the_form_the_text_uses_most():
    source = "发展发展发展發展"
    restorer = Restorer(to_simplified(source), source)
    assert restorer.text("发") == "发"
    with pytest.raises(ValueError):
        Restorer("短", "長的")


def test_ask_in_simplified_is_answered_from_a_traditional_article():
    analysis = analyze(FLASH)
    sentences = tuple(span.text for span in split_sentences(normalize(FLASH), "zh"))
    passages = [Passage(s, 1, i, "星河科技業績", "https://example.com/1", "2025-11-12",
                        figures=analysis.figures, quotes=analysis.quotes, article=sentences)
                for i, s in enumerate(sentences)]
    found = answer("星河科技的净利润是多少？", passages)
    assert not found.abstained, found
    assert found.sentences[0].text == "淨利潤為631億元，同比下降3%。"
    assert found.sentences[0].highlighted in {"631億元", "3%"}


# A Taiwan wire flash: its dateline in brackets, 新台幣 before the amount, 月增/年減/季增, 衰退.
CNA = (
    "（中央社記者王大同台北6日電）晶華半導體今天公布11月營收為新台幣85.3億元，月增4.2%，年減12.5%，"
    "累計前11月營收為902億元，較去年同期衰退8%。\n"
    "晶華半導體第3季營收季增5%，毛利率為45.2%。"
)


def test_a_taiwan_flash_reads_its_change_words_bases_and_quarters():
    figures = figures_by_text(CNA)
    assert (figures["85.3億元"].subject, figures["85.3億元"].period) == ("營收", "11月")
    assert (figures["4.2%"].change, figures["4.2%"].basis) == ("up", "环比")
    assert (figures["12.5%"].change, figures["12.5%"].basis) == ("down", "同比")
    assert (figures["8%"].change, figures["8%"].subject) == ("down", "營收")
    assert (figures["5%"].basis, figures["5%"].period, figures["5%"].subject) == ("环比", "第3季", "晶華半導體營收")


def test_a_dateline_in_brackets_is_neither_shown_nor_a_subject():
    analysis = analyze(CNA)
    assert all(not s.text.startswith("（") for s in analysis.sentences)
    assert all("中央社" not in (f.subject or "") + f.context for f in analysis.figures if f.kind == "figure")


@pytest.mark.parametrize("sentence", ["公司全年增長5%。", "公司本月增長5%。"])
def test_a_whole_year_or_this_month_is_no_basis(sentence):
    assert [f.basis for f in analyze(sentence).figures if f.kind == "figure"] == [None]


def test_a_subject_put_together_keeps_each_name_as_written():
    # A mainland text naming a Taiwan company in its own characters: the subject is made of
    # two places of the text, and each piece goes back as that piece is written.
    source = "远星电（遠星電子製造）第三季度营收同比增长36%。远星电的客户遍布全球。"
    restorer = Restorer(to_simplified(source), source)
    assert restorer.text("远星电（远星电子制造）营收") == "远星电（遠星電子製造）营收"
    shown = analyze(source).figures[0]
    assert shown.subject is not None and "遠星電子製造" in shown.subject


def test_a_figure_shows_the_characters_of_its_own_sentence():
    # The same amount is written in simplified characters in one place, in traditional ones
    # in another: each figure is shown as its own sentence writes it.
    source = "去年营收为85亿元，利润为3亿元。今年營收為新台幣85億元，淨利為4億元。"
    for figure in analyze(source).figures:
        assert figure.text in figure.context
        assert figure.context in normalize(source)


def test_restoring_a_long_text_with_many_figures_is_quick():
    import time

    lines = [f"晶華第{i % 4 + 1}季營收為新台幣{100 + i}億元，年增{i % 50 + 1}%，董事長林志明表示：「需求強勁{i}。」"
             for i in range(3000)]
    source = normalize("\n".join(lines))
    folded = to_simplified(source)
    shown = [f"营收为新台币{100 + i}亿元" for i in range(3000)] + ["晶华营收"] * 3000
    started = time.perf_counter()
    restorer = Restorer(folded, source)
    restored = [restorer.text(value) for value in shown]
    assert time.perf_counter() - started < 5.0
    assert restored[0] == "營收為新台幣100億元" and restored[-1] == "晶華營收"


def test_taiwan_outlook_words_and_institutional_estimates():
    text = ("晶華半導體資本支出預估達新台幣1,200億元，年增約15%。"
            "法人預估，晶華明年每股純益可望達35元。"
            "財務長陳美玲則說：「毛利率會維持在五成以上。」")
    figures = figures_by_text(text)
    assert (figures["1,200億元"].subject, figures["1,200億元"].estimate) == ("晶華半導體資本支出", "forecast")
    assert (figures["35元"].subject, figures["35元"].estimate) == ("晶華每股純益", "estimate")
    assert figures["五成以上"].subject == "毛利率"


def test_ask_reads_past_a_traditional_bracketed_dateline():
    from tests.ask_helpers import ask, first, library

    lib = library("cna", "晶華11月營收", "（中央社記者王大同台北6日電）晶華半導體今天公布11月營收為新台幣85.3億元，月增4.2%。",
                  "累計前11月營收為902億元，較去年同期衰退8%。")
    assert "902億元" in first(ask("晶华前11个月营收是多少？", lib))


def test_an_approximation_is_shown_as_the_source_writes_it():
    """"按年增長約2.2倍" was shown as "约2.2倍" in a reply about a traditional article."""
    figures = figures_by_text("港交所上半年新股集資總額達1,071億港元，按年增長約2.2倍，重新成為全球首位。")
    assert figures["2.2倍"].approx == "約"
