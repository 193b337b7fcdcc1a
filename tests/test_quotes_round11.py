"""Quotes of the eleventh round (quotes_real11), found reading real pages and flashes: an
organisation by a Latin name or by the short form of its full name (DeepMind表示, 中消协表示),
据X披露, to whom and how it was said (于27日对外回应称, 情绪激动地表示), an unnamed man (一位…的男子),
国务卿 as a title, the reporter's 截至…发稿 after reported words, the points of a numbered list
after ；, a title with no article after "said X," a three-word name named again by its surname,
asserts/confirmed that, and "X did something, saying that …". Sample sentences are written for
these tests.
"""

from __future__ import annotations

from summarizer import analyze


def _pairs(text: str, title: str = "测试") -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in analyze(text, title=title).quotes]


def test_a_latin_name_the_text_presented_as_a_company_speaks() -> None:
    text = "谷歌在2015年收购的机器人公司NovaMind发布了新系统。\nNovaMind称，新系统可以自己规划送货路线。\n"
    assert _pairs(text) == [("NovaMind", "新系统可以自己规划送货路线。")]


def test_a_latin_name_after_its_kind_in_the_clause_itself() -> None:
    text = "机器人公司NovaMind表示，新系统可以自己规划送货路线。\n"
    assert _pairs(text) == [("NovaMind", "新系统可以自己规划送货路线。")]


def test_a_latin_title_is_no_company() -> None:
    assert _pairs("星岚公司CEO表示，新产线将于年内投产。\n") == []


def test_a_latin_word_no_one_presented_is_no_speaker() -> None:
    assert _pairs("NovaMind称，新系统可以自己规划送货路线。\n") == []


def test_the_short_form_of_an_association_named_before() -> None:
    text = "中国家电维修协会日前发布年度投诉数据。\n中家协表示，空调维修投诉量大幅提升，与高温天气有关。\n"
    assert _pairs(text) == [("中家协", "空调维修投诉量大幅提升，与高温天气有关。")]


def test_a_short_word_that_is_no_short_form() -> None:
    text = "中国家电维修协会日前发布年度投诉数据。\n大会表示，明年将扩大调查范围。\n"
    assert _pairs(text) == []


def test_according_to_what_someone_disclosed() -> None:
    text = "据星岚科技副总裁周海燕披露，公司在芯片研发上的累计投入已超过10亿元。\n"
    assert _pairs(text) == [("周海燕", "公司在芯片研发上的累计投入已超过10亿元。")]


def test_a_date_and_to_the_public_are_not_the_speaker() -> None:
    text = "星岚置业方面于27日对外回应称，公司确实存在交付瑕疵，将尽快整改。\n"
    assert _pairs(text) == [("星岚置业方面", "公司确实存在交付瑕疵，将尽快整改。")]


def test_an_unnamed_man_who_spoke_with_feeling() -> None:
    text = "现场视频显示，一位自称星岚业主的男子在发布会上情绪激动地表示，“所有楼盘都在维权，无一例外”。\n"
    assert _pairs(text) == [("自称星岚业主的男子", "所有楼盘都在维权，无一例外")]


def test_a_secretary_of_state_by_title() -> None:
    text = "美国助理国务卿康达在吹风会上称，会议将讨论供应链议题。\n"
    assert _pairs(text) == [("康达", "会议将讨论供应链议题。")]


def test_the_reporters_words_after_what_was_said() -> None:
    text = "记者向公司求证，公司相关人士称内部正对该传闻核查，截至1月18日发稿时公司尚未回应。\n"
    assert _pairs(text) == [("公司相关人士", "内部正对该传闻核查")]


def test_the_points_of_a_numbered_list_are_all_said() -> None:
    text = ("发言人周海燕对此表示，我想强调三点：第一，开放是共同的选择；第二，我们一道承认和拥护多边规则；"
            "第三，合作应当互利共赢。\n")
    assert _pairs(text) == [("周海燕", "我想强调三点：第一，开放是共同的选择；第二，我们一道承认和拥护多边规则；"
                                        "第三，合作应当互利共赢。")]


def test_a_clause_after_a_semicolon_that_is_no_next_point() -> None:
    text = "星岚科技表示，将加大研发投入；此外，公司还公布了新品。\n"
    assert _pairs(text) == [("星岚科技", "将加大研发投入；")]


def test_a_title_with_no_article_after_the_name() -> None:
    text = ("Officers arrested Dana Price, 32, after finding stolen goods in her car, said Lt. Mark Ellis, "
            "Riverton Police Department spokesman.\n")
    assert _pairs(text, "Arrests") == [("Mark Ellis", "Officers arrested Dana Price, 32, after finding stolen goods in her car")]


def test_asserts_and_confirmed_that() -> None:
    text = ("Media analyst Tom Berg follows the industry closely.\n"
            "Berg asserts that talks have resumed between the two publishers.\n"
            "Nina Sol, a spokesperson for the publisher, confirmed to reporters that the company had hired advisers.\n")
    assert _pairs(text, "Publishers") == [("Tom Berg", "talks have resumed between the two publishers."),
                                          ("Nina Sol", "the company had hired advisers.")]


def test_confirmed_with_no_clause_is_no_quote() -> None:
    assert _pairs("The police confirmed the arrest of two men on Friday.\n", "Arrests") == []


def test_a_three_word_name_named_again_by_its_surname() -> None:
    text = ("A 2018 survey by Mary Ellen Fairbank of Ridgeway University found deep cuts.\n"
            "“Newsrooms are often half the size within months,” Fairbank reported.\n")
    assert _pairs(text, "Newsrooms") == [("Mary Ellen Fairbank", "Newsrooms are often half the size within months")]


def test_a_title_before_a_name_is_no_first_name() -> None:
    text = ("Prime Minister Omar Haddad visited the site.\n"
            "“We will rebuild,” Haddad said.\n")
    assert _pairs(text, "Visit") == [("Omar Haddad", "We will rebuild")]


def test_saying_after_what_the_speaker_did() -> None:
    text = "The party leader, Omar Haddad, condemned the attack, saying in a statement that the party would not be intimidated.\n"
    assert _pairs(text, "Attack") == [("Omar Haddad", "the party would not be intimidated.")]


def test_adding_after_a_market_move_is_no_quote() -> None:
    assert _pairs("Prices jumped 3% in May, adding pressure on the central bank.\n", "Prices") == []


def test_words_a_page_broke_over_lines_at_a_link() -> None:
    text = "星岚方面也承认，虽然负责该工程的只是其合作商，但公司作为交付项目的\n开发商\n具有不可推卸的责任。\n据业主介绍，公司已采取整改措施。\n"
    assert _pairs(text) == [("星岚方面", "虽然负责该工程的只是其合作商，但公司作为交付项目的开发商具有不可推卸的责任。"),
                            ("业主", "公司已采取整改措施。")]


def test_two_who_did_it_saying_is_no_one_speaker() -> None:
    text = "Deputy Governor Tomas Reid and external member Priya Sandhu dissented, arguing that growth had slowed.\n"
    assert _pairs(text, "Rates") == []


def test_a_title_at_the_head_of_a_sentence_is_no_first_name() -> None:
    text = ("Representative Joan Whitley asked the chief executive about the fault.\n"
            "“That is not what your own engineers told us,” Whitley said.\n")
    assert _pairs(text, "Hearing") == [("Joan Whitley", "That is not what your own engineers told us")]


def test_a_three_word_name_after_by_at_the_head_of_a_sentence() -> None:
    text = ("By Mary Ellen Fairbank's count, half the newsrooms have closed.\n"
            "“Newsrooms are often half the size within months,” Fairbank said.\n")
    assert _pairs(text, "Newsrooms") == [("Mary Ellen Fairbank", "Newsrooms are often half the size within months")]


def test_a_clause_that_is_only_it_and_the_quote_is_the_quote() -> None:
    text = "The party leader, Omar Haddad, condemned the attack, saying in a statement that it “will not break our will.”\n"
    assert _pairs(text, "Attack") == [("Omar Haddad", "will not break our will.")]


def test_a_title_after_a_plain_word_is_no_first_name() -> None:
    text = ("State schools Superintendent Jennifer Holt has cited a study.\n"
            "“What a shame that it takes today,” Holt said.\n")
    assert _pairs(text, "Schools") == [("Jennifer Holt", "What a shame that it takes today")]


def test_what_a_document_disclosed_is_no_quote() -> None:
    text = "据公司公告披露，董事长目前持有公司股份14.07亿股。\n根据公司年报披露，全年研发投入达13.1亿元。\n"
    assert _pairs(text) == []
