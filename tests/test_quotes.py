"""Quotes: speech verbs, pronouns, titles, indirect speech and sloppy punctuation,
in Chinese and English. Sample sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.model import Quote
from summarizer.quotes import extract_quotes


def quotes(*sentences: str, lang: str = "zh") -> list[Quote]:
    return list(extract_quotes(sentences, lang=lang))


def direct(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.kind == "direct"]


def indirect(found: list[Quote]) -> list[Quote]:
    return [q for q in found if q.kind == "indirect"]


# ---------------------------------------------------------------- Chinese speech verbs


@pytest.mark.parametrize(
    "sentences",
    [
        ("星河科技副总裁李明表示，“今年的海外市场会比预期更好，我们会加大投入。”",),
        ("李明说：“今年的海外市场会比预期更好，我们会加大投入。”",),
        ("“今年的海外市场会比预期更好，我们会加大投入。”李明称。",),
        ("“今年的海外市场会比预期更好，我们会加大投入。”李明如此表示。",),
        ("李明在发布会上指出，“今年的海外市场会比预期更好，我们会加大投入。”",),
        ("李明告诉记者，“今年的海外市场会比预期更好，我们会加大投入。”",),
        ("李明坦言：“今年的海外市场会比预期更好，我们会加大投入。”",),
        ("李明强调，“今年的海外市场会比预期更好，我们会加大投入。”",),
    ],
)
def test_chinese_direct_quote_speaker_from_the_speech_verb(sentences):
    found = direct(quotes(*sentences))
    assert len(found) == 1
    assert found[0].speaker == "李明"
    assert found[0].text == "今年的海外市场会比预期更好，我们会加大投入。"


@pytest.mark.parametrize(
    ("sentence", "verb_text"),
    [
        ("李明表示，公司今年将在东南亚新建两座工厂。", "公司今年将在东南亚新建两座工厂。"),
        ("李明透露，新工厂预计明年年底投产。", "新工厂预计明年年底投产。"),
        ("李明认为，行业价格战短期内不会结束。", "行业价格战短期内不会结束。"),
        ("李明解释，芯片供应仍然是最大的瓶颈。", "芯片供应仍然是最大的瓶颈。"),
        ("据李明介绍，公司研发人员已超过五千人。", "公司研发人员已超过五千人。"),
    ],
)
def test_chinese_indirect_quote_is_the_reported_clause(sentence, verb_text):
    found = indirect(quotes(sentence))
    assert [(q.speaker, q.text) for q in found] == [("李明", verb_text)]


def test_title_is_kept_apart_from_the_name():
    found = quotes("星河集团副总裁、政企业务总裁李明告诉记者，大模型在企业侧的落地比预想的慢。")
    assert [(q.speaker, q.speaker_title) for q in found] == [("李明", "星河集团副总裁、政企业务总裁")]


def test_chinese_pronouns_resolve_to_the_last_named_person():
    found = quotes(
        "星河科技首席执行官王海峰表示，公司不会盲目扩张。",
        "他认为，行业需要更多耐心。",
        "“我们每年都会算清楚成本，不靠补贴换份额。”她说。",
    )
    assert [q.speaker for q in found] == ["王海峰", "王海峰", "王海峰"]
    assert found[2].kind == "direct"


def test_names_jieba_may_miss_are_found_by_form():
    found = quotes("村民徐女士介绍，停车费的标准从来没有征询过大家意见。")
    assert [q.speaker for q in found] == ["徐女士"]
    found = quotes("“最近很多车都停在外面，里面要收费的。”有村民如是说。")
    assert [(q.kind, q.speaker) for q in found] == [("direct", "村民")]


# ---------------------------------------------------------------- English speech verbs


@pytest.mark.parametrize(
    "sentences",
    [
        ('"We will keep investing in the region for years to come," Jane Porter said.',),
        ('"We will keep investing in the region for years to come," said Jane Porter.',),
        ("Jane Porter said: “We will keep investing in the region for years to come.”",),
        ("Jane Porter, chief executive of Acme, said, “We will keep investing in the region for years to come.”",),
        ("According to Jane Porter, “We will keep investing in the region for years to come.”",),
    ],
)
def test_english_direct_quote_speaker(sentences):
    found = direct(quotes(*sentences, lang="en"))
    assert len(found) == 1
    assert found[0].speaker == "Jane Porter"
    assert found[0].text.startswith("We will keep investing in the region")


def test_english_title_from_an_appositive_or_in_front_of_the_name():
    found = quotes('"Demand is strong," said Jane Porter, chief executive of Acme Corp.', lang="en")
    assert (found[0].speaker, found[0].speaker_title) == ("Jane Porter", "chief executive of Acme Corp")
    found = quotes("High school teacher Angela Brooks said classrooms are overcrowded this year.", lang="en")
    assert [(q.kind, q.speaker, q.speaker_title) for q in found] == [
        ("indirect", "Angela Brooks", "High school teacher")]


def test_english_pronouns_and_roles_resolve_to_the_named_person():
    found = quotes(
        "Acme CEO Jane Porter said the company would hire 500 engineers.",
        '"We are not slowing down," she said.',
        "The CEO said that margins would recover next year.",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Jane Porter"] * 3
    assert [q.kind for q in found] == ["indirect", "direct", "indirect"]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Jane Porter said that the company would open two plants.", "the company would open two plants."),
        ("Prices will keep rising through the summer, said Jane Porter, an analyst at Acme.",
         "Prices will keep rising through the summer"),
        ("Sales rose by a third last year, according to Jane Porter.", "Sales rose by a third last year"),
    ],
)
def test_english_indirect_quotes(sentence, text):
    found = indirect(quotes(sentence, lang="en"))
    assert [(q.speaker, q.text) for q in found] == [("Jane Porter", text)]


# ---------------------------------------------------------------- sloppy punctuation


def test_closing_quote_typed_as_an_opening_one():
    found = quotes("“大家需要多一点耐心，技术要达到九十分需要时间去磨。“王海峰称。")
    assert [(q.kind, q.speaker, q.text) for q in found] == [
        ("direct", "王海峰", "大家需要多一点耐心，技术要达到九十分需要时间去磨。")]


def test_ascii_quotes_inside_chinese_text():
    found = quotes('李明表示："今年的海外市场会比预期更好，我们会加大投入。"')
    assert [(q.kind, q.speaker) for q in direct(found)] == [("direct", "李明")]


def test_nested_quotes_stay_inside_the_outer_quote():
    found = quotes("“其实‘短期高估进度，长期低估效果’都不可取，我们要有耐心。”王海峰称。")
    assert len(found) == 1
    assert found[0].text == "其实‘短期高估进度，长期低估效果’都不可取，我们要有耐心。"
    en = quotes("“People call it ‘the second curve,’ but it is our main business,” Jane Porter said.", lang="en")
    assert len(en) == 1 and "‘the second curve,’" in en[0].text


def test_a_quote_spanning_several_sentences_is_one_quote():
    found = quotes(
        "李明表示：“国内企业对数据保密要求很高。",
        "所以更愿意私有化部署。",
        "这在某种意义上形成了今天的瓶颈。”",
    )
    assert len(direct(found)) == 1
    assert direct(found)[0].text.endswith("形成了今天的瓶颈。")
    assert direct(found)[0].sentence_index == 0
    en = quotes(
        '"Demand is strong. We cannot build fast enough. That is a good problem,"',
        "Jane Porter said.",
        lang="en",
    )
    assert [(q.kind, q.speaker) for q in en] == [("direct", "Jane Porter")]


def test_a_quote_continued_in_a_new_paragraph_english_style():
    found = quotes(
        "“We had a strong year and we are hiring.",
        "“We expect to double the team,” Jane Porter said.",
        lang="en",
    )
    assert len(found) == 1
    assert found[0].speaker == "Jane Porter"
    assert "double the team" in found[0].text


# ---------------------------------------------------------------- scare quotes


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("一年后，“百模大战”告一段落，巨头格局初定。", "zh"),
        ("他将这个过程形容为市场从“狂热”走向“理性”。", "zh"),
        ("公司正在寻找“第二曲线”。", "zh"),
        ("一些政客抛出所谓的“中国新能源产能过剩论”。", "zh"),
        ("Critics say politicians have “vilified” teachers.", "en"),
        ("The company calls it its 'second curve' strategy.", "en"),
    ],
)
def test_scare_quotes_are_not_quotes(sentence, lang):
    assert direct(quotes(sentence, lang=lang)) == []


def test_apostrophes_are_not_quote_marks():
    found = quotes("Jane Porter said Acme's margins won't recover until the company's new plant opens.", lang="en")
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Jane Porter")]


def test_analysis_carries_quotes_to_json():
    analysis = analyze("星河科技副总裁李明表示，公司今年会加大投入。“我们对海外市场很有信心，明年还会再建两座工厂。”", lang="zh")
    kinds = [(q["kind"], q["speaker"]) for q in analysis.to_dict()["quotes"]]
    assert kinds == [("indirect", "李明"), ("direct", "李明")]
