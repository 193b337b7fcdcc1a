"""Sentence splitting for zh, en and mixed text."""

import pytest

from summarizer.normalize import normalize
from summarizer.split import SentenceSpan, split_sentences


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_chinese_sentences_split_at_end_marks():
    assert texts("今年储能装机增长。价格却下跌了！原因何在？") == ["今年储能装机增长。", "价格却下跌了！", "原因何在？"]


def test_closing_quote_stays_with_its_sentence():
    assert texts("他说：“订单不差，单价掉得太快了。”随后离开了会场。") == [
        "他说：“订单不差，单价掉得太快了。”",
        "随后离开了会场。",
    ]


def test_short_attribution_after_a_quote_joins_it():
    assert texts("“大家需要多一点耐心。”汤道生称。下一句。") == ["“大家需要多一点耐心。”汤道生称。", "下一句。"]


def test_closing_bracket_stays_with_its_sentence():
    assert texts("营收增长（未经审计。）利润下降。") == ["营收增长（未经审计。）", "利润下降。"]


def test_numbers_do_not_split():
    assert texts("Revenue rose 3.5% to $1,200.50 million. Costs fell.") == [
        "Revenue rose 3.5% to $1,200.50 million.",
        "Costs fell.",
    ]
    assert texts("毛利率为3.5%，营收1,200亿元。") == ["毛利率为3.5%，营收1,200亿元。"]


def test_abbreviations_do_not_split():
    assert texts("Dr. Lee said U.S. sales rose. Apple Inc. makes phones. Smith Corp. The end.") == [
        "Dr. Lee said U.S. sales rose.",
        "Apple Inc. makes phones.",
        "Smith Corp.",
        "The end.",
    ]


def test_ellipses_do_not_split():
    assert texts("Wait... it grew. 市场……还在观望。") == ["Wait... it grew.", "市场……还在观望。"]


def test_last_fragment_without_end_punctuation_is_kept():
    assert texts("第一句。没有句号的最后一句") == ["第一句。", "没有句号的最后一句"]
    assert texts("First sentence. Trailing words without a stop") == [
        "First sentence.",
        "Trailing words without a stop",
    ]


def test_paragraph_boundaries_are_kept_and_numbered():
    spans = split_sentences("标题没有句号\n第一段一句。第一段两句。\n第二段。")
    assert [(s.text, s.paragraph) for s in spans] == [
        ("标题没有句号", 0),
        ("第一段一句。", 1),
        ("第一段两句。", 1),
        ("第二段。", 2),
    ]


def test_offsets_point_into_the_normalized_text():
    text = normalize("一年前,腾讯发布了模型。  Then it grew. \n第二段。")
    for span in split_sentences(text):
        assert text[span.start:span.end] == span.text
        assert isinstance(span, SentenceSpan)


def test_mixed_chinese_and_english():
    assert texts("腾讯说AI收入增长了。The U.S. market is slower! 第三句。") == [
        "腾讯说AI收入增长了。",
        "The U.S. market is slower!",
        "第三句。",
    ]


def test_punctuation_only_gives_no_sentence():
    assert split_sentences("。。。！？…… --- !!!") == []


def test_chinese_semicolon_ends_a_clause_sentence():
    assert texts("营收增长30%；净利润下降5%。Revenue rose; costs fell.") == [
        "营收增长30%；",
        "净利润下降5%。",
        "Revenue rose; costs fell.",
    ]


@pytest.mark.parametrize("text", ["Ok. " * 50_000, "好。" * 100_000, "Dr. Li went home. " * 10_000])
def test_splitting_is_linear_in_the_length_of_a_paragraph(text):
    # One paragraph of tens of thousands of short sentences: each full stop used to
    # rescan the paragraph from its start (minutes for 200,000 characters).
    import time

    started = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - started < 10
    assert len(spans) >= 10_000


def test_an_exclamation_inside_a_quoted_phrase_does_not_end_the_sentence():
    spans = split_sentences("A new study shows when the 'a-ha!' moment happens. It is fast.")
    assert [s.text for s in spans] == ["A new study shows when the 'a-ha!' moment happens.", "It is fast."]


@pytest.mark.parametrize(("text", "expected"), [
    # An abbreviation that often ends a sentence ends it before a sentence's first word…
    ("The plant moved to the U.S. The company said so.", ["The plant moved to the U.S.", "The company said so."]),
    ("Posts, videos, etc. The exception is email.", ["Posts, videos, etc.", "The exception is email."]),
    # …and goes on before a name or a noun.
    ("Crowds gathered at the U.S. Embassy on Friday.", ["Crowds gathered at the U.S. Embassy on Friday."]),
    ("The call starts at 5:00 p.m. Eastern Time.", ["The call starts at 5:00 p.m. Eastern Time."]),
    # "No." abbreviates a number only before the number.
    ("The song reached No. 1 in May.", ["The song reached No. 1 in May."]),
    ("She kept telling me no. When she let me go, I left.", ["She kept telling me no.", "When she let me go, I left."]),
    # So do a page, an article and a section: a reference is no sentence of its own.
    ("The ruling is cited in the annual report, p. 41. Fines doubled.", ["The ruling is cited in the annual report, p. 41.", "Fines doubled."]),
    ("Under Art. 5 of the code, the fine was cut.", ["Under Art. 5 of the code, the fine was cut."]),
    ("He wrote the letter p. Then he left.", ["He wrote the letter p.", "Then he left."]),
    # A capital P. or N. is a middle initial before a name, whatever it abbreviates before a number.
    ("Officers arrested Jonathan P. Blair, 29, and Anna N. Cole at the scene.",
     ["Officers arrested Jonathan P. Blair, 29, and Anna N. Cole at the scene."]),
    # A domain is no dotted abbreviation; Ph.D. and D.A. are.
    ("Write to lee@example.com. Calls go to the desk.", ["Write to lee@example.com.", "Calls go to the desk."]),
    ("She has a Ph.D. from Leeds and works at D.A. Davidson.", ["She has a Ph.D. from Leeds and works at D.A. Davidson."]),
])
def test_english_abbreviations_at_a_sentence_end(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("“Why sell it at a loss?” Forte said. Prices fell.", ["“Why sell it at a loss?” Forte said.", "Prices fell."]),
    ('"Is it over?" said Tom Hale, who chairs the group.', ['"Is it over?" said Tom Hale, who chairs the group.']),
    ("“We won!” Mary Lee told Reuters.", ["“We won!” Mary Lee told Reuters."]),
    # Not an attribution: a sentence of its own.
    ("“We won!” The crowd cheered for an hour.", ["“We won!”", "The crowd cheered for an hour."]),
])
def test_english_attribution_after_a_quoted_question_joins_it(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Paragraphs joined without a space by the page: each sentence stands alone.
    ("The mayor resigned, the paper said on Monday.The vote was set for June.Officers closed the road.",
     ["The mayor resigned, the paper said on Monday.", "The vote was set for June.", "Officers closed the road."]),
    # Not glued sentences: a domain, an abbreviation, an initial, a number.
    ("Write to www.CityDesk.com or call us.", ["Write to www.CityDesk.com or call us."]),
    ("He moved to St.Louis in May.", ["He moved to St.Louis in May."]),
    ("Sales grew 3.5% in Q1.Costs rose too.", ["Sales grew 3.5% in Q1.Costs rose too."]),
])
def test_english_sentences_glued_without_a_space_are_cut(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A slogan or title with stops inside, named in the sentence: one sentence.
    ("Ohio’s new “Drive safe. Arrive alive.” road campaign drew complaints. Officials defended it.",
     ["Ohio’s new “Drive safe. Arrive alive.” road campaign drew complaints.", "Officials defended it."]),
    ("The band’s “Stop. Go!” tour opens in May.", ["The band’s “Stop. Go!” tour opens in May."]),
    # A quotation's own pieces before its speaker stay cut at the stop.
    ("“It works. Really.” said Hale.", ["“It works.", "Really.” said Hale."]),
    ("She called it “A mess. Total chaos.” he recalled.", ["She called it “A mess.", "Total chaos.” he recalled."]),
    # Chinese quotations are not touched.
    ("他说：“我们会继续努力。”随后离开。", ["他说：“我们会继续努力。”", "随后离开。"]),
])
def test_a_short_quoted_name_with_stops_inside_is_not_cut(text, expected):
    assert texts(text) == expected


def test_a_long_paragraph_of_quoted_names_is_split_in_linear_time():
    """Every end was filtered again for each quoted name: 8,000 names in one paragraph of
    200,000 characters took 11 s."""
    import time

    text = "“Go. Now.” campaign ran. " * 8_000
    started = time.perf_counter()
    spans = split_sentences(text)
    assert time.perf_counter() - started < 2.0
    assert len(spans) == 8_000  # each name stays inside its sentence
