"""Quotes: speech verbs, pronouns, titles, indirect speech and sloppy punctuation,
in Chinese and English. Sample sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.model import Quote
from summarizer.quotes import extract_quotes
from tests.summary_helpers import quotes


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


# ---------------------------------------------------------------- the right speaker, or no quote (English)


def test_said_in_a_statement_is_no_quote():
    found = quotes("The space agency Orbita said in a statement.", "The launch moved to Friday.", lang="en")
    assert found == []


@pytest.mark.parametrize(
    "sentences",
    [
        ("“We bought them because they built something people loved, not to shut them down,” Harlan said at the trial.",),
        ("Mark Harlan testified for a second day.",
         "“We bought them because they built something people loved.” Harlan said at the trial.",
         "The judge took notes."),
    ],
)
def test_attribution_with_a_place_keeps_the_quoted_words(sentences):
    found = direct(quotes(*sentences, lang="en"))
    assert [q.speaker for q in found] == ["Harlan"] or [q.speaker for q in found] == ["Mark Harlan"]
    assert found[0].text.startswith("We bought them because")
    assert all("at the trial" not in q.text for q in quotes(*sentences, lang="en"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Nimbus reported cloud revenue of $9.19 billion for the quarter.",
        "Vertex posted revenue of $86 billion in the third quarter.",
        "The scientists asked five volunteers to press a button.",
        "Cook said while visiting the company's conference in Chicago.",
    ],
)
def test_reporting_verbs_with_an_object_are_not_quotes(sentence):
    assert quotes(sentence, lang="en") == []


def test_reporting_verb_with_a_that_clause_is_reported_speech():
    found = quotes("Nimbus reported on Tuesday that cloud revenue rose faster than expected.", lang="en")
    assert [(q.kind, q.speaker, q.text) for q in found] == [
        ("indirect", "Nimbus", "cloud revenue rose faster than expected.")]


def test_pronoun_after_an_appositive_in_the_previous_paragraph():
    found = quotes(
        "Lee Carter, a principal analyst at Brightline Research, notes that buyers are wary of long contracts.",
        "Many firms now split their workloads between two providers.",
        "“Nobody wants to be locked into one provider for a decade,” he said.",
        lang="en",
    )
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Lee Carter"), ("direct", "Lee Carter")]


def test_role_goes_to_the_nearest_person_with_that_title_never_the_company():
    found = quotes(
        "Jane Porter, chief executive of Acme, spoke at the meeting.",
        "“We have to be leaner to survive the downturn,” the CEO said.",
        lang="en",
    )
    assert [(q.speaker, q.kind) for q in found] == [("Jane Porter", "direct")]
    found = quotes(
        "Acme Corp said on Tuesday that it would cut 300 jobs.",
        "“We have to be leaner to survive the downturn,” the CEO said.",
        lang="en",
    )
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Acme Corp")]


def test_he_said_after_someone_new_is_presented_is_theirs_and_she_said_is_not():
    found = quotes(
        "“We cut prices twice this year,” Jane Porter said.",
        "Her son, filmmaker Tom Reilly, also remembers the move.",
        "“It was a hard year for everybody in the family,” he said.",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Jane Porter", "Tom Reilly"]
    found = quotes(
        "“We cut prices twice this year,” Jane Porter said. “We had no choice,” she added.",
        "Her son, filmmaker Tom Reilly, also remembers the move.",
        "“It was a hard year for everybody in the family,” she said.",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Jane Porter", "Jane Porter", "Jane Porter"]


def test_he_said_after_someone_new_not_known_by_a_title_is_left_out():
    found = quotes(
        "“We cut prices twice this year,” Jane Porter said.",
        "Her son Tom Reilly also remembers the move.",
        "“It was a hard year for everybody in the family,” he said.",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Jane Porter"]


def test_mid_sentence_attribution_keeps_both_halves():
    found = quotes("Within months of the deal, Tom Reilly said, the chain was selling cheaper eggs.", lang="en")
    assert [(q.speaker, q.text) for q in found] == [
        ("Tom Reilly", "Within months of the deal, the chain was selling cheaper eggs.")]


def test_an_attribution_right_after_the_quote_beats_one_further_on():
    found = quotes(
        "Acme chief executive Jane Porter said in a memo that the “price gap between the two brands no longer "
        "matters” as the chain cuts prices, Market Weekly reported.",
        lang="en",
    )
    assert [(q.kind, q.speaker) for q in direct(found)] == [("direct", "Jane Porter")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Teachers chanted “Fund our schools, fund our future” as they marched.",
        "Protesters carried signs reading “Less testing, more teaching, better pay for everyone.”",
        "Her book “A Garden Built in the Ruins: How Small Towns Come Back” came out in May.",
        'Read more at <a href="javascript:void(0)">“click here to read the whole story, it is long”</a>',
        "An unnamed fragment “that nobody will ever be able to attribute to anyone in particular at all.”",
    ],
)
def test_slogans_titles_markup_and_unattributed_text_are_not_quotes(sentence):
    assert direct(quotes(sentence, lang="en")) == []


def test_according_to_a_state_run_agency_is_no_speaker_called_the_state():
    found = quotes("The patient ate a wild rabbit on Nov. 5, according to the state-run news agency.", lang="en")
    assert all(q.speaker != "the state" for q in found)


# ---------------------------------------------------------------- the right speaker, or no quote (Chinese)


def test_chinese_name_does_not_take_the_last_character_of_the_title():
    found = quotes("香港特区政府发言官谭咏诗表示，政府将继续支持创新科技发展。")
    assert [q.speaker for q in found] == ["谭咏诗"]


def test_unnamed_speaker_keeps_the_role_for_every_quote():
    found = quotes(
        "华东一家电池企业的销售负责人对记者说，今年订单比去年少了三成。",
        "“价格战打得太凶，我们只能先保现金流。”他说。",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("indirect", "华东一家电池企业的销售负责人"), ("direct", "华东一家电池企业的销售负责人")]
    found = quotes("据北京青少年中心相关负责人介绍，该项目明年将扩大到所有街道。")
    assert [q.speaker for q in found] == ["北京青少年中心相关负责人"]


def test_chinese_pronoun_never_goes_to_an_organisation():
    found = quotes("星河科技发布公告称，公司上半年营收同比增长20%。", "“我们对下半年仍然谨慎乐观。”他表示。")
    assert direct(found) == []


def test_chinese_pronoun_goes_to_the_person_just_presented():
    found = quotes(
        "“我高中毕业后就出国留学了，关注点也变了很多。”卢宇说。",
        "英国剑桥大学的陈建国也有着类似的经历。",
        "他表示，在国内读本科时并不关注这些问题。",
    )
    assert [q.speaker for q in found] == ["卢宇", "陈建国"]


@pytest.mark.parametrize(
    "sentence",
    [
        "会议提出要落实“十四五”规划，办好“一带一路”国际合作高峰论坛。",
        "他深入贯彻落实“共同抓好大保护，协同推进大治理”重要要求。",
        "对刘佳芸来说，找实习和找工作都比较顺利。",
        "众人轮番傻眼，批评“没感情就算了，都念不顺畅，真不知道怎样选主持人的”。",
        '点击<a href="javascript:void(0)">“查看全文，了解更多的内容，请关注我们的公众号”</a>',
    ],
)
def test_chinese_names_slogans_and_non_speech_are_not_quotes(sentence):
    assert quotes(sentence) == []


def test_byline_author_is_not_the_speaker_of_the_next_quote():
    found = quotes("文丨特约评论员韩涵", "“事机一失应难再，时乎时乎不我待！”", "国务院1日召开常务会议。")
    assert found == []


def test_verb_right_before_the_quote_wins_over_a_verb_after_it():
    found = quotes(
        "在接受采访时，贾玲说：“我的减重是非常健康的，就是一个月减8到10斤。”",
        "营养科主治医师朱旭峥此前表示，一个月减8到10斤并非不可能。",
    )
    assert [(q.kind, q.speaker) for q in found] == [("direct", "贾玲"), ("indirect", "朱旭峥")]


def test_a_verb_after_a_quote_that_opens_the_next_quote():
    found = quotes(
        "“芯片每一代都是一次大考。”艾伟说，“我们能走过来真有九死一生的感觉。”",
    )
    assert [q.speaker for q in direct(found)] == ["艾伟", "艾伟"]
    found = quotes(
        "对此提案，卢宇有着自己的看法，“行业不能一哄而上，应该提高准入门槛。”马素湘表示，“我对法律问题更感兴趣。”",
    )
    assert [(q.text[:4], q.speaker) for q in direct(found)] == [("我对法律", "马素湘")]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("岛国前国会议员塔尼瓦勋爵表示，该国可能会在今年11月正式采用新的支付法案。", "塔尼瓦勋爵"),
        ("北辰资本首席投资策略师Sam Porter在给客户的报告中写道，这些跌势开始得越晚，年底前收复的可能就越低。", "Sam Porter"),
        ("包揽两项冠军的基金经理崔宸龙发声称，新能源的投资机遇将至少持续十年。", "崔宸龙"),
        ("国资委新闻发言人彭立明明确，混改不是国企改革的全部。", "彭立明"),
    ],
)
def test_chinese_speakers_after_titles(sentence, speaker):
    assert [q.speaker for q in quotes(sentence)] == [speaker]


def test_this_official_is_the_person_just_presented():
    found = quotes(
        "岛国前国会议员塔尼瓦勋爵在推特宣布，该国将尝试把数字货币纳为法定货币。",
        "这位前国会议员表示，该国可能会在今年11月正式采用这种货币。",
    )
    assert [q.speaker for q in found] == ["塔尼瓦勋爵", "塔尼瓦勋爵"]


def test_english_unnamed_speakers_keep_their_role():
    found = quotes(
        "The talks are aimed at a smooth transition, a senior political source told Reuters.",
        "“Don't hide things like this,” one local commenter said.",
        "“Let’s face whatever it is together.”",
        lang="en",
    )
    assert [(q.kind, q.speaker) for q in found] == [
        ("indirect", "a senior political source"), ("direct", "one local commenter"), ("direct", "one local commenter")]
    found = quotes("Porter's rep told Channel Four that this, too, was not the whole truth.", lang="en")
    assert [q.speaker for q in found] == ["Porter's rep"]


def test_reported_clause_before_a_quote_in_the_same_sentence():
    found = quotes(
        "Jane Porter said she thought the government had made a “deal with the devil.”", lang="en")
    assert [(q.kind, q.speaker) for q in indirect(found)] == [("indirect", "Jane Porter")]
    assert indirect(found)[0].text.startswith("she thought the government had made")


def test_titles_with_a_full_stop_and_in_someones_words():
    found = quotes(
        "“The moment the participants indicated was entirely subjective,” Dr. Shadlen says.",
        "In Dr. Shadlen's words, “Could that moment be tied to the awareness of having decided?”",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Shadlen", "Shadlen"]


def test_a_surname_ending_in_s_after_mr_is_a_person():
    found = quotes(
        "“There is no reason to believe they have changed,” said Mr. Reeves, a senior fellow at Harvard University.",
        "“These guys are the worst of the worst.”",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Reeves", "Reeves"]


def test_chinese_reported_speech_after_a_colon_in_the_next_sentence():
    found = quotes(
        "规划设计所所长马强等人在一篇文章中分析：",
        "决策层面存在把有轨电车当作城市轨道交通突破口的盲目倾向。",
    )
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "马强")]


def test_chinese_titled_but_unnamed_speaker_and_cheng_without_a_comma():
    found = quotes("国际货币基金组织第一副总裁称中国需要朝着更加灵活的汇率迈进。")
    assert [q.speaker for q in found] == ["国际货币基金组织第一副总裁"]
    assert quotes("这座大桥堪称当地最重要的交通工程之一。") == []


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("小明妈妈告诉我，孩子平日玩耍时经常摔跤。", "小明妈妈"),
        ("随着也门胡塞武装分子声称对港口发动袭击，地缘政治紧张情绪再次出现。", "也门胡塞武装分子"),
        ("北京冬奥组委新闻发言人赵卫东介绍说，目前各项准备工作均已就绪。", "赵卫东"),
        ("但巴塞尔委员会监督机构在一份声明中说，框架的所有方面都应全面实施。", "巴塞尔委员会监督机构"),
    ],
)
def test_chinese_speaker_is_the_whole_subject(sentence, speaker):
    assert [q.speaker for q in quotes(sentence)] == [speaker]


def test_mid_sentence_attribution_with_an_appositive():
    found = quotes(
        "This system, says Richard Lockwood, an immunologist at the University of Nowhere, helps direct the "
        "body's response to danger.",
        lang="en",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Richard Lockwood", "This system helps direct the body's response to danger.")]


def test_a_whole_sentence_before_a_brand_word_is_still_a_quote():
    found = quotes("“搭载了新芯片的手机可不会出现这个问题。”星河科技品牌总监林江艳说。")
    assert [(q.kind, q.speaker) for q in found] == [("direct", "林江艳")]


def test_more_english_attributions():
    found = quotes(
        "“If the times were valid, we could predict the decision,” explains Dr. Shadlen.",
        "“We used a mathematical trick from earlier studies.”",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Shadlen", "Shadlen"]
    found = quotes("“We all miss him so much,” Benioff weighed in.", lang="en")
    assert [q.speaker for q in found] == ["Benioff"]
    found = quotes(
        "After the first phones shipped, people began using them for work, Cook said while visiting the conference.",
        lang="en",
    )
    assert [(q.speaker, q.text) for q in found] == [
        ("Cook", "After the first phones shipped, people began using them for work")]
    found = quotes("Officers arrested two men after a traffic stop, said Lt. Matt Harris, a police spokesman.", lang="en")
    assert [q.speaker for q in found] == ["Matt Harris"]


def test_a_line_about_the_speaker_keeps_the_next_quote_theirs():
    found = quotes(
        "“I am not a fan of discrimination of any kind,” Jane Porter said.",
        "However, she defended her decision to visit the region.",
        "“Well, they are not ideal institutions, but talking helps.”",
        lang="en",
    )
    assert [q.speaker for q in found] == ["Jane Porter", "Jane Porter"]


def test_a_relative_clause_with_a_reporting_verb_is_no_attribution():
    found = quotes(
        "She was shocked to find a smell receptor in kidney cells, a finding that she reported in 2009.", lang="en")
    assert found == []


@pytest.mark.parametrize("name", ["Sheila Kahn", "Henry Ward", "Theyab Saeed", "Helena Ortiz"])
def test_a_name_that_starts_like_a_pronoun_is_the_speaker(name: str) -> None:
    found = quotes(f"“Demand will recover by spring,” said {name}, an analyst at Lark Securities.", lang="en")
    assert [(q.speaker, q.text) for q in direct(found)] == [(name, "Demand will recover by spring")]


@pytest.mark.parametrize("clause", ["the market was calm.", "the stock is cheap.", "the plant will reopen in May."])
def test_a_clause_after_said_is_what_was_said_not_who(clause: str) -> None:
    found = quotes(f"John Park, a trader at Lark Capital, said {clause}", lang="en")
    assert all(q.speaker == "John Park" for q in found), found
    assert [q.text for q in found] in ([], [clause])


@pytest.mark.parametrize("speaker, employer", [("Tom Reyes", "Harbor Securities"),
                                               ("Ana Lima Costa", "the Fed")])
def test_a_name_of_an_employer_is_the_person_and_a_later_he_said_is_theirs(speaker, employer):
    found = quotes(f"Analyst {speaker} of {employer} said the margin cut was expected.",
                   "“The backlog is what matters,” he said.", lang="en")
    assert [(q.speaker, q.kind) for q in found] == [(speaker, "indirect"), (speaker, "direct")]
    assert employer in (found[0].speaker_title or "")


@pytest.mark.parametrize("org", ["Bank of America", "Duke of Edinburgh"])
def test_an_organisation_named_with_of_stays_whole(org):
    found = quotes(f"{org} said the market was calm.", lang="en")
    assert all(q.speaker in (org, None) for q in found)


# ---------------------------------------------------------------- English titles around the name


@pytest.mark.parametrize(
    ("sentences", "speaker", "title"),
    [
        (['"Margins will recover by spring," said Calder chief executive Nina Brook.'], "Nina Brook", "Calder chief executive"),
        (['"We paid too much for fuel," said chairman Owen Marsh.'], "Owen Marsh", "chairman"),
        (['"Demand is steady," said Quarry Research analyst Mei Tan.'], "Mei Tan", "Quarry Research analyst"),
        (["Sales rose 4%.", '"We are sold out until June," Calder\'s finance chief, Ravi Shah, told analysts.'],
         "Ravi Shah", "Calder's finance chief"),
    ],
)
def test_english_title_and_employer_before_the_name(sentences: list[str], speaker: str, title: str) -> None:
    found = direct(quotes(*sentences, lang="en"))
    assert [(q.speaker, q.speaker_title) for q in found] == [(speaker, title)]


def test_a_quote_after_an_attribution_in_an_earlier_sentence_is_not_theirs() -> None:
    found = quotes("Rival Marlow Foods, by contrast, said its sales fell 2% in the quarter.",
                   '"We are gaining share every month," Calder\'s finance chief, Ravi Shah, told analysts.', lang="en")
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "Marlow Foods"), ("direct", "Ravi Shah")]
    assert found[0].speaker_title is None


def test_the_span_index_finds_exactly_the_spans_that_touch_a_window():
    import random

    from summarizer.quote_marks import Span, SpanIndex

    rng = random.Random(20261206)
    for _ in range(200):
        spans = sorted((Span(a, a + rng.randint(0, 30)) for a in rng.sample(range(500), 20)), key=lambda s: s.start)
        index = SpanIndex(spans)
        start = rng.randint(0, 520)
        end = start + rng.randint(0, 60)
        assert index.touching(start, end) == [s for s in spans if s.start < end and s.end >= start]


@pytest.mark.parametrize("unit, lang", [("“We are. ” ", "en"), ("“他说‘好’。”", "zh")])
def test_thousands_of_short_quotes_take_time_in_proportion(unit, lang):
    """Quote marks are paired, and each sentence's reported speech read outside the quotes,
    with the quotes found by bisection: scanning every quote, or copying the text before
    every mark, per sentence took 9 s for 200,000 characters of short English quotes and 54 s
    of nested Chinese ones."""
    import time

    from summarizer.split import split_sentences

    def cpu_seconds(text: str) -> float:
        started = time.process_time()
        extract_quotes([span.text for span in split_sentences(text, lang)], lang=lang)
        return time.process_time() - started

    cpu_seconds(unit * 10)
    small, large = cpu_seconds(unit * 1_500), cpu_seconds(unit * 12_000)
    assert large < 16 * small + 0.5, (small, large)  # 8x the text; a quadratic step: 64x


# ---------------------------------------------------------------- the comma the attribution cut off


@pytest.mark.parametrize(
    ("sentences", "lang", "said"),
    [
        (['"Freight demand will stay weak through the winter," Harbor Lines chief executive Ola Berg said.'], "en",
         "Freight demand will stay weak through the winter"),
        (['“We see no reason to change the dividend,” said Dana Whit, the chief financial officer.'], "en",
         "We see no reason to change the dividend"),
        (["“今年的订单已经排到了明年三月，”公司董事长王海峰表示。"], "zh", "今年的订单已经排到了明年三月"),
    ],
)
def test_a_direct_quote_ends_without_the_comma_before_its_attribution(sentences: list[str], lang: str,
                                                                      said: str) -> None:
    found = direct(quotes(*sentences, lang=lang))
    assert [q.text for q in found] == [said]


def test_a_direct_quote_keeps_the_commas_inside_it() -> None:
    found = direct(quotes('"Costs, not demand, are the problem," said analyst Mia Ford.', lang="en"))
    assert [q.text for q in found] == ["Costs, not demand, are the problem"]
