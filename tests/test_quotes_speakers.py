"""Quotes: who speaks when the speaker is a pronoun, a role or a company, and where a quote
ends across paragraphs. Sample texts are written for these tests (fictional people)."""

from __future__ import annotations

import pytest

from summarizer import analyze
from summarizer.model import Quote
from tests.summary_helpers import quotes


def said(found: list[Quote]) -> list[tuple[str, str | None, str, str]]:
    return [(q.kind, q.speaker, q.speaker_title, q.text) for q in found]


# ---------------------------------------------------------------- he said / 他说 keeps the title


@pytest.mark.parametrize(
    ("sentences", "speaker", "title"),
    [
        (("远景电池副总裁孙志刚在发布会上介绍了新产品。", "他说：“明年的出货量会翻一番，产能已经准备好了。”"),
         "孙志刚", "远景电池副总裁"),
        (("昨天，远景电池的首席经济学家王芳在论坛上发言。", "她指出：“明年的利率还有下降空间，但幅度有限。”"),
         "王芳", "远景电池的首席经济学家"),
        # jieba cuts this name after the title in two (周/建国): it is still one person.
        (("谈及未来，青禾乳业董事长周建国显得信心十足。", "“我们会把冷链覆盖到所有地级市，明年完成。”他说。"),
         "周建国", "青禾乳业董事长"),
    ],
)
def test_a_pronoun_after_a_titled_name_carries_the_title(sentences, speaker, title) -> None:
    found = [q for q in quotes(*sentences) if q.kind == "direct"]
    assert [(q.speaker, q.speaker_title) for q in found] == [(speaker, title)]


def test_words_before_the_title_are_not_part_of_it() -> None:
    found = quotes("记者采访了远景电池副总裁孙志刚。", "他说：“明年的出货量会翻一番，产能已经准备好了。”")
    assert [(q.speaker, q.speaker_title) for q in found] == [("孙志刚", "远景电池副总裁")]


def test_english_pronoun_in_the_next_paragraph_keeps_the_appositive_title() -> None:
    found = analyze("Cloud spending grew more slowly in the third quarter.\n\n"
                    "Dana Whitfield, a principal analyst at Kestrel, notes that customers are renegotiating contracts.\n\n"
                    "“Nobody is walking away from the cloud,” she said.").quotes
    assert [(q.speaker, q.speaker_title) for q in found if q.kind == "direct"] == [
        ("Dana Whitfield", "principal analyst at Kestrel")]


# ---------------------------------------------------------------- roles and companies


def test_this_role_is_the_one_just_presented_not_the_last_speaker() -> None:
    found = quotes("“今年的订单已经排到了明年三月，工厂在满负荷运转。”鸿运纺织总经理孙丽华说。",
                   "同一园区的另一家企业负责人则没有那么乐观。",
                   "“我们的订单比去年少了两成，利润更薄。”这位负责人说。")
    assert [q.speaker for q in found] == ["孙丽华", "企业负责人"]


def test_this_role_after_a_titled_name_is_that_person() -> None:
    found = quotes("鸿运纺织总经理孙丽华介绍了新工厂的进度。", "这位总经理表示：“越南工厂明年三月投产，订单已经排满。”")
    assert [q.speaker for q in found] == ["孙丽华"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("12月1日晚，天衡药业发布公告称，公司全资子公司收到药品注册证书。", "天衡药业"),
        ("对于近期市场传闻，北辰汽车方面回应称，公司没有与任何车企洽谈合并事宜。", "北辰汽车方面"),
    ],
)
def test_a_company_name_jieba_reads_as_a_name_is_the_company(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in quotes(sentence)] == [speaker]


def test_a_netizen_comment_after_a_colon_is_theirs() -> None:
    found = analyze("新机首销10分钟售罄。\n有网友评论：“抢了三次都没抢到，这是饥饿营销吧？”\n"
                    "客服人员表示，第二批货源预计下周到货。").quotes
    assert [(q.kind, q.speaker) for q in found] == [("direct", "网友"), ("indirect", "客服人员")]


def test_a_quote_that_ends_a_paragraph_is_not_attributed_by_the_next_one() -> None:
    found = analyze("新机首销10分钟售罄。\n有人在论坛上发帖：“抢了三次都没抢到，这是饥饿营销吧？”\n"
                    "客服人员表示，第二批货源预计下周到货。").quotes
    assert [(q.kind, q.speaker) for q in found] == [("indirect", "客服人员")]


def test_an_unnamed_speaker_after_said_with_a_relative_clause() -> None:
    found = quotes("“It was chaos. Nobody at the gate knew anything,” said one passenger, who asked not to be named.",
                   lang="en")
    assert [(q.speaker, q.text) for q in found] == [("one passenger", "It was chaos. Nobody at the gate knew anything")]


def test_according_to_a_person_then_the_clause_is_what_they_said() -> None:
    found = quotes("Oil prices rose 3% on Thursday.",
                   "According to Ravi Menon, head of commodities research at Sandhill Bank, the rally reflects "
                   "supply worries rather than stronger demand.", lang="en")
    assert said(found) == [("indirect", "Ravi Menon", "head of commodities research at Sandhill Bank",
                            "the rally reflects supply worries rather than stronger demand.")]


@pytest.mark.parametrize("sentence", [
    "According to WHO, there were 3,248 cases reported worldwide between 2010 and 2015.",
    "According to data from the bureau, exports rose 4% in October from a year earlier.",
])
def test_according_to_an_agency_or_data_first_is_no_speaker(sentence: str) -> None:
    assert quotes(sentence, lang="en") == []


# ---------------------------------------------------------------- quote marks


def test_a_quote_inside_a_chinese_quote_in_the_same_marks() -> None:
    found = analyze("“我们坚持发展“新质生产力”，研发投入占营收比重已超过8%。”华岳新能源董事长陈立峰强调。").quotes
    assert [(q.speaker, q.text) for q in found] == [("陈立峰", "我们坚持发展“新质生产力”，研发投入占营收比重已超过8%。")]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("谈及规划，青禾乳业董事长周建国信心十足。\n“奶源是乳企的生命线。过去五年，我们建了12个牧场。\n"
         "“接下来，我们会把冷链覆盖到所有地级市。”他说。",
         "奶源是乳企的生命线。过去五年，我们建了12个牧场。接下来，我们会把冷链覆盖到所有地级市。"),
        ("Marta Olsen, the founder of the bakery chain, said the sale had not been easy.\n\n“I baked every loaf myself. I knew every customer.\n\n"
         "“Now we have 140 shops. The business needs new owners,” she said.",
         "I baked every loaf myself. I knew every customer. Now we have 140 shops. The business needs new owners"),
    ],
)
def test_a_quote_over_paragraphs_drops_the_repeated_opening_mark(text: str, words: str) -> None:
    assert [q.text for q in analyze(text).quotes if q.kind == "direct"] == [words]


def test_a_forum_named_in_quotation_marks_before_the_verb_is_no_quote() -> None:
    found = quotes("公司总裁黄志远在“数字经济与产业升级”论坛上表示，公司将在三年内投入50亿元用于产线改造。")
    assert said(found) == [("indirect", "黄志远", "公司总裁", "公司将在三年内投入50亿元用于产线改造。")]


# ---------------------------------------------------------------- surnames, ages and newspapers


def test_a_surname_alone_gets_the_full_name_it_was_introduced_with() -> None:
    found = quotes("Pinewood Social founder Eli Marsh defended the purchase of two rival apps on Wednesday.",
                   "“We bought them because they were good, not because they were a threat,” Marsh said at the trial.",
                   lang="en")
    assert [(q.speaker, q.text) for q in found] == [
        ("Eli Marsh", "We bought them because they were good, not because they were a threat")]


def test_a_surname_with_an_age_presents_that_person_again_for_she() -> None:
    found = quotes("Halden Bank named Sofia Brandt, its head of retail banking, as chief executive on Monday.",
                   "The board’s chairman, Peter Voss, said: “Sofia knows this bank better than anyone.”",
                   "Brandt, 52, will take over on March 1.",
                   "In a note to staff, she wrote: “Our job is simple: be the bank people are glad to have.”", lang="en")
    assert [q.speaker for q in found if q.kind == "direct"] == ["Peter Voss", "Sofia Brandt"]


@pytest.mark.parametrize("sentence", [
    "中指研究院市场研究总监陈晓对《证券日报》记者表示：“政策效果会在一到两个季度内逐步显现，但分化仍会加剧。”",
    "中指研究院市场研究总监陈晓对第一财经记者表示：“政策效果会在一到两个季度内逐步显现，但分化仍会加剧。”",
])
def test_the_newspaper_a_speaker_told_is_not_the_speaker(sentence: str) -> None:
    assert [(q.speaker, q.speaker_title) for q in quotes(sentence)] == [("陈晓", "中指研究院市场研究总监")]


# ---------------------------------------------------------------- interviews as questions and answers


def test_chinese_interview_answers_are_the_interviewees_words() -> None:
    found = analyze("近日，记者专访了恒信证券首席经济学家杜文涛。\n记者：您如何看待明年的货币政策？\n"
                    "杜文涛：明年仍有降准空间，但降息空间有限。银行净息差已经处于历史低位。\n"
                    "记者：房地产市场何时能企稳？\n答：核心城市的成交已经出现回暖迹象。").quotes
    assert [(q.kind, q.speaker, q.speaker_title, q.text) for q in found] == [
        ("direct", "杜文涛", "恒信证券首席经济学家", "明年仍有降准空间，但降息空间有限。银行净息差已经处于历史低位。"),
        ("direct", "杜文涛", "恒信证券首席经济学家", "核心城市的成交已经出现回暖迹象。"),
    ]


def test_english_interview_answers_are_the_interviewees_words() -> None:
    found = analyze("In an interview, Fiona Grey, the chief executive of Larkspur Bank, discussed lending.\n\n"
                    "Q: Will the bank cut mortgage rates this year?\n\n"
                    "A: We expect to, yes. Funding costs have come down.").quotes
    assert [(q.speaker, q.text) for q in found if q.kind == "direct"] == [
        ("Fiona Grey", "We expect to, yes. Funding costs have come down.")]


@pytest.mark.parametrize("text", [
    # No question before it: a label, not an answer.
    "星河电子发布三季报。\n地址：北京市海淀区中关村大街1号。\n王晓东：海外收入占比已经超过35%。",
    # A question, then a line that is not a person answering.
    "记者：今年海外收入占比是多少？\n编辑：李四",
])
def test_labels_with_a_colon_are_not_interview_answers(text: str) -> None:
    assert analyze(text).quotes == ()


def test_a_reporter_byline_is_still_dropped_but_a_reporters_question_kept() -> None:
    from summarizer.normalize import normalize

    assert normalize("记者：张三\n记者：今年海外收入占比是多少？") == "记者：今年海外收入占比是多少？"


def test_a_quote_in_straight_marks_over_paragraphs_keeps_the_later_marks_the_right_way_round() -> None:
    text = ('"We have worked hard to reach a deal with the band and its managers.\n\n'
            '"We were optimistic as recently as yesterday that this would be resolved," the label said in a statement.\n\n'
            "Ana Ruiz, the band's manager, told reporters that this was not the whole story.\n\n"
            '"The label is trying to make this about money," Ruiz said.')
    found = analyze(text).quotes
    assert [(q.kind, q.speaker, q.text[:25]) for q in found] == [
        ("direct", "the label", "We have worked hard to re"),
        ("indirect", "Ana Ruiz", "this was not the whole st"),
        ("direct", "Ana Ruiz", "The label is trying to ma"),
    ]


def test_whom_they_told_is_not_the_speaker_and_a_relative_clause_is_skipped() -> None:
    found = quotes("The two ministers fled to the compound after their homes were attacked, the source, "
                   "who said he had spoken to people inside the compound, told Reuters.", lang="en")
    assert [(q.speaker, q.text) for q in found] == [
        ("the source", "The two ministers fled to the compound after their homes were attacked")]


def test_two_reported_statements_in_one_sentence_are_two_quotes() -> None:
    found = quotes("Omar Hale, a senior fellow at the Delta Institute, said the sanctions had worked.",
                   "He said that the government continued to arrest critics, and he noted that just last week "
                   "police detained more than 10 reporters.", lang="en")
    assert [(q.speaker, q.text) for q in found] == [
        ("Omar Hale", "the sanctions had worked."),
        ("Omar Hale", "the government continued to arrest critics"),
        ("Omar Hale", "just last week police detained more than 10 reporters."),
    ]


def test_a_preposition_before_a_name_is_no_first_name() -> None:
    found = quotes("Like Vireo head Adam Moss, Kestrel chief Jack Dorn has spoken out about follower counts.",
                   "Vireo is testing the change in several markets.",
                   "“I am so ahead of every other parent I know when it comes to technology,” she said.", lang="en")
    assert [q.speaker for q in found if q.kind == "direct"] == []


def test_a_first_name_with_an_apostrophe_is_whole() -> None:
    found = quotes("The finding surprised De’Broski Herbert, an immunologist at the university.",
                   "“Tuft cells can recognize it and make a response,” Herbert said.", lang="en")
    assert [q.speaker for q in found] == ["De’Broski Herbert"]


@pytest.mark.parametrize(
    ("sentences", "speakers"),
    [
        # 向 is "to" here, not a surname: the staff member told the paper.
        (("对于孩子可能遭遇野兽的猜测，工作人员向南都记者介绍，景区里只有猴子不怕人，其他野生动物一般不敢接近。",), ["工作人员"]),
        # Words that lead into the quote after 说， are not what was said.
        (("“需要相信一些因果关系。”温先生对记者说，又像在喃喃自语：“是我的孩子，他一定会回来的。”",), ["温先生", "温先生"]),
    ],
)
def test_chinese_staff_and_lead_in_words(sentences, speakers) -> None:
    assert [q.speaker for q in quotes(*sentences)] == speakers


def test_a_gloss_in_brackets_with_a_comma_stays_out_of_the_title() -> None:
    found = quotes("纽约州立大学（State University of New York，SUNY）社会学荣誉教授戴夫·汉森研究酒精超过40年。",
                   "他说：“我不认为在太空中饮酒会有任何不同。”")
    assert [(q.speaker, q.speaker_title) for q in found] == [("戴夫·汉森", "纽约州立大学社会学荣誉教授")]


def test_a_transliterated_name_later_by_its_family_name_is_the_same_person() -> None:
    found = quotes("纽约州立大学社会学荣誉教授戴夫·汉森研究酒精超过40年。", "他说：“我不认为在太空中饮酒会有任何不同。”",
                   "汉森表示，继续禁止饮酒并没有什么害处。")
    assert [(q.speaker, q.speaker_title) for q in found] == [("戴夫·汉森", "纽约州立大学社会学荣誉教授")] * 2


def test_a_short_sentence_after_an_attributed_quote_is_reported_speech_of_its_own() -> None:
    found = quotes("The operators said in a statement that their offer was “generous and final.”",
                   "Gloria Banks said a strike was not yet on the table.", lang="en")
    assert ("indirect", "Gloria Banks", "a strike was not yet on the table.") in [
        (q.kind, q.speaker, q.text) for q in found]


def test_a_full_name_after_a_title_word_is_a_person_for_a_later_she() -> None:
    found = quotes("Opposition leader Karen Holt was unconvinced.",
                   "In a post on X, she wrote: “No new taxes today means higher borrowing tomorrow.”", lang="en")
    assert [(q.speaker, q.speaker_title) for q in found] == [("Karen Holt", "Opposition leader")]


def test_a_film_studio_is_a_company_not_a_person() -> None:
    found = quotes("出品方星河影业在官方微博发文称，将把部分票房收入捐给长江流域生态保护项目。")
    assert [q.speaker for q in found] == ["出品方星河影业"]


def test_a_quote_that_names_its_speaker_in_full_is_not_theirs() -> None:
    found = quotes("Mary Ellis said the first session was a disaster.",
                   "“It could have been easy for Mary Ellis to put her name on something,” she said.", lang="en")
    assert [q.kind for q in found] == ["indirect"]


@pytest.mark.parametrize(
    ("sentence", "speaker", "said"),
    [
        ("Brightmart will cut 1,200 jobs and close 15 distribution centers, the retailer said on Wednesday.",
         "the retailer", "Brightmart will cut 1,200 jobs and close 15 distribution centers"),
        ("Prices rose 3% in the third quarter, Ann Smith said at a conference in Boston.",
         "Ann Smith", "Prices rose 3% in the third quarter"),
        ("The plant will close in March, the company said in a statement.", "the company", "The plant will close in March"),
    ],
)
def test_an_attribution_at_the_end_may_say_when_and_where(sentence: str, speaker: str, said: str) -> None:
    assert [(q.speaker, q.text) for q in quotes(sentence, lang="en")] == [(speaker, said)]


def test_a_view_held_is_no_part_of_the_name() -> None:
    """"周蕾持不同看法": jieba reads 周蕾持 as one name, or 王 + 强持 after a title; 持 holds the view."""
    from summarizer import analyze

    text = ("对此，远川新能源总裁周蕾持不同看法。她认为，价格下降是技术进步的自然结果，“消费者是最大的受益者”。"
            "分析师王强持谨慎态度，他表示：“明年需求存在不确定性。”")
    speakers = {q.speaker for q in analyze(text).quotes}
    assert speakers == {"周蕾", "王强"}
