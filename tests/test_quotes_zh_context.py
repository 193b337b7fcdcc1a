"""Chinese quotes whose speaker comes from the sentence around them, not from a speech verb:
a person presented by name and title, then what they say; a Latin name before 说; a first-person
quote that goes on from the speaker of the paragraph before; a company by its short name.

Next to each, the texts where the rule must not fire: a slogan, term or title in quotes after a
person is described, a Latin product name before 说明/说法, 称为/号称/俗称, and a second person
named before the quote. Written for these tests (fictional people and companies).
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from tests.summary_helpers import said


def test_a_person_presented_by_title_then_a_quote_is_theirs() -> None:
    text = ("王建华是星河证券首席经济学家，长期跟踪宏观政策，“今年下半年的降息空间依然存在，但节奏会放缓。”"
            "市场对此反应平淡。")
    assert said(text) == [("王建华", "direct", "今年下半年的降息空间依然存在，但节奏会放缓。")]


def test_a_latin_name_presented_then_quoted_and_then_named_by_first_name() -> None:
    text = ("JohnBerger是美国游泳队前营养师，对运动员的食谱颇为熟悉，“运动员更喜欢瘦肉和全谷物。他们也很重视蛋白质。”"
            "鸡蛋是常见的蛋白质来源。“如果你体重在70公斤左右，每天吃70克蛋白质就够了。”John说。")
    got = said(text)
    assert [speaker for speaker, _, _ in got] == ["JohnBerger", "JohnBerger"]
    assert got[1][2].startswith("如果你体重在70公斤")


@pytest.mark.parametrize(
    "text",
    [
        "王建华是星河证券首席经济学家，他提出了“三分政策，七分预期”的说法。市场对此反应平淡。",
        "李晓梅是一名营养师，擅长“轻断食”，在社交平台上很受欢迎。",
        "李晓梅是一名营养师，著有《吃对每一餐》，书中写到“少吃多餐”。",
        # two people presented: either could have said it
        "王建华是星河证券首席经济学家，李晓梅是天衡基金的研究员，“今年下半年的降息空间依然存在，但节奏会放缓。”市场反应平淡。",
        # a description, not a presentation by name: nobody is given the words
        "这位营养师对运动员的食谱颇为熟悉，“运动员更喜欢瘦肉和全谷物。他们也很重视蛋白质。”",
    ],
)
def test_a_slogan_term_or_title_after_a_description_is_no_quote(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "新款手机将于下月上市。“这一代产品的续航提升明显。”iPhone说明书上写着电池容量为4000毫安时。",
        "新款手机将于下月上市。“这一代产品的续航提升明显，价格也更低。”Windows说法并不准确。",
        "新款手机将于下月上市。“这一代产品的续航提升明显，价格也更低。”Mike说。",  # no Mike was presented
    ],
)
def test_a_latin_word_no_one_was_named_by_is_not_a_speaker(text: str) -> None:
    assert said(text) == []


def test_a_first_person_quote_goes_on_from_the_speaker_of_the_paragraph_before() -> None:
    text = ("星河银行首席分析师王建华在接受采访时表示，今天的中间价报价依然按照此前的逻辑制定，和预期基本一致。\n\n"
            "隔夜美元走强，中间价稍作调整是为了维持稳定，“作为做市商，我们可以证明目前的机制是公开透明的”。")
    assert said(text)[-1] == ("王建华", "direct", "作为做市商，我们可以证明目前的机制是公开透明的")


@pytest.mark.parametrize(
    "text",
    [
        # someone else is named before the quote
        ("星河银行首席分析师王建华在接受采访时表示，今天的中间价报价依然按照此前的逻辑制定。\n\n"
         "天衡基金经理李晓梅则持不同看法，“我们已经减持了美元资产，也不看好短期反弹”。"),
        # a narrative sentence came in between
        ("星河银行首席分析师王建华在接受采访时表示，今天的中间价报价依然按照此前的逻辑制定。\n\n"
         "彭博美元指数隔夜上涨0.29%。\n\n隔夜美元走强，中间价稍作调整，“作为做市商，我们可以证明机制是透明的”。"),
        # a company's statement: its words, not the analyst's
        ("星河银行首席分析师王建华在接受采访时表示，今天的中间价报价依然按照此前的逻辑制定。\n\n"
         "腾讯随后发布声明，“我们从未参与此次交易，将保留追究责任的权利”。"),
        ("星河银行首席分析师王建华在接受采访时表示，今天的中间价报价依然按照此前的逻辑制定。\n\n"
         "天衡证券随后跟进，“我们已经下调了评级，也不看好短期反弹”。"),
        # not in the first person: a term or a headline, not necessarily the speaker's
        ("星河银行首席分析师王建华在接受采访时表示，今天的中间价报价依然按照此前的逻辑制定。\n\n"
         "隔夜美元走强，市场再次提到“收盘价加一篮子货币汇率变动的定价模式”。"),
    ],
)
def test_a_quote_after_a_narrative_clause_is_not_guessed(text: str) -> None:
    assert [q for q in said(text) if q[1] == "direct"] == []


def test_a_pronoun_after_a_newly_presented_person_is_that_person_not_the_last_speaker() -> None:
    text = ("星河银行首席分析师王建华在接受采访时表示，今天的中间价报价依然按照此前的逻辑制定。\n\n"
            "天衡基金经理李晓梅则持不同看法，她认为美元会继续走强，“我们已经减持了美元资产”。")
    assert said(text)[-1] == ("李晓梅", "direct", "我们已经减持了美元资产")


def test_a_company_by_its_short_name() -> None:
    text = "小米集团今日发布第三季度财报。小米称，公司第三季度智能手机出货量同比增长15%，高端机型占比进一步提升。"
    assert said(text) == [("小米", "indirect", "公司第三季度智能手机出货量同比增长15%，高端机型占比进一步提升。")]


@pytest.mark.parametrize(
    "text",
    [
        "小米集团今日发布第三季度财报。业内人士将小米称为“性价比之王”，这款手机号称续航两天。",
        "这款芯片被业内称为“国产之光”，号称性能提升30%，堪称行业标杆。",
        "比特币俗称“数字黄金”，星河集团号称“行业第一”。",
        "星河集团今日发布财报。市场称，公司业绩超出预期的可能性不大。",  # 市场 is named as no company
    ],
)
def test_naming_words_are_not_speech(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "星河证券首席经济学家王建华长期跟踪宏观政策，“今年下半年的降息空间依然存在，但节奏会放缓。”",
        "王建华长期跟踪宏观政策，“今年下半年的降息空间依然存在，但节奏会放缓。”",
    ],
)
def test_a_person_presented_by_title_and_name_as_the_subject_then_a_quote_is_theirs(text: str) -> None:
    assert said(text) == [("王建华", "direct", "今年下半年的降息空间依然存在，但节奏会放缓。")]


@pytest.mark.parametrize(
    "text",
    [
        # they cite someone else's words
        "星河证券首席经济学家王建华在报告中引用了央行的表述，“今年下半年的降息空间依然存在，但节奏会放缓。”",
        # a slogan, no whole sentence
        "星河证券首席经济学家王建华长期跟踪宏观政策，提出“三分政策，七分预期”。",
        # the person is the object, not the subject: the reporter could be speaking
        "记者采访了星河证券首席经济学家王建华，“今年下半年的降息空间依然存在，但节奏会放缓。”",
    ],
)
def test_a_quote_after_a_person_who_is_not_presented_as_its_speaker_is_left_out(text: str) -> None:
    assert said(text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("星河科技董事长王建华对《证券日报》记者表示，公司今年将加大研发投入，研发费用预计增长30%。", "王建华"),
        ("星河科技对《证券日报》记者表示，公司今年将加大研发投入，研发费用预计增长30%。", "星河科技"),
        ("一位不愿具名的券商分析师对《证券日报》记者表示，二季度行业景气度有望回升。", "不愿具名的券商分析师"),
    ],
)
def test_who_spoke_stands_before_the_reporter_they_told(text: str, speaker: str) -> None:
    assert [s for s, _, _ in said(text)] == [speaker]


@pytest.mark.parametrize("word", ["对话", "专访", "独家对话", "访谈"])
def test_an_interview_headline_word_is_no_part_of_the_title(word: str) -> None:
    text = (f"{word}远岫资本合伙人林若川：硬科技投资进入新阶段\n记者：您怎么看当前的环境？\n"
            "林若川：募资难是事实，但估值回到了更合理的水平。")
    quotes = analyze(text).quotes
    assert quotes and quotes[0].speaker == "林若川"
    assert quotes[0].speaker_title == "远岫资本合伙人"


def test_a_heading_run_into_the_paragraph_is_no_title() -> None:
    """A page's subheading with no end mark ran into the next paragraph, and became the speaker's title:
    "2018年中国集成电路设计业销售收入全球占比再次提高中国半导体行业协会副理事长、…所长"."""
    from summarizer import analyze
    text = ("2023年全省集成电路设计业销售收入全国占比再次提高 全省半导体行业协会副理事长、星河大学微电子研究所所长李明表示，"
            "今年设计业销售收入将继续保持两位数增长。")
    found = [(q.speaker, q.speaker_title) for q in analyze(text).quotes]
    assert found and found[0][0] == "李明" and not (found[0][1] or "").startswith("2023年")
