"""Forms of attribution of the eighth quote round: 她 after a man spoke when the text called a
woman 她 before, a council title before an English name (Councillor, Alderman), 也有/还有 before an
unnamed role, a two-character family name jieba reads as a place (欧阳立平), and a surname with a
given name jieba reads as a noun right before a speech verb (赵建国告诉记者). Next to each, what must
stay as it was. Written for these tests (fictional people and firms).
"""

from __future__ import annotations

from tests.summary_helpers import said_titled


# ---------------------------------------------------------------- 他/她 by gender


_TWO_PEOPLE = ("青禾食品董事长周启航今年61岁。\n"
               "“我们错过了电商的第一波红利。”周启航说。在他看来，公司必须补上线上渠道这一课。\n"
               "去年，公司请来了曾在外资快消企业任职的林晓雯，出任电商事业部总经理。\n"
               "林晓雯上任后调整了产品结构。她告诉记者，当时团队里质疑的声音不少。\n"
               "“线上这条路不会回头。”这位董事长说，公司今年将再建两座仓库。\n")


def test_she_after_the_chairman_spoke_is_the_woman_called_she_before() -> None:
    quotes = said_titled(_TWO_PEOPLE + "她则更看重直播渠道。她表示，明年直播销售占比有望超过三成。")
    assert quotes[-1][0] == "林晓雯"
    assert quotes[-1][3] == "明年直播销售占比有望超过三成。"


def test_he_after_the_chairman_spoke_stays_the_chairman() -> None:
    quotes = said_titled(_TWO_PEOPLE + "他还表示，公司明年不会涨价。")
    assert quotes[-1][0] == "周启航"
    assert quotes[-1][3] == "公司明年不会涨价。"


def test_she_with_no_woman_known_is_still_the_one_just_presented() -> None:
    quotes = said_titled("星河物流总经理苏曼上任不到一年。她表示，公司今年将新开20条干线。")
    assert quotes == [("苏曼", "星河物流总经理", "indirect", "公司今年将新开20条干线。")]


# ---------------------------------------------------------------- council titles


def test_a_councillor_before_the_name_is_a_title_not_a_name() -> None:
    text = ("The Eastbrook council postponed its vote on the tower.\n"
            "Councillor Maya Fenn argued that the tower would overwhelm local schools. "
            "“Nobody is against housing,” Fenn said.\n"
            "“If not here, where?” asked Alderman Roy Pike, who supports the plan.")
    quotes = said_titled(text)
    assert [(q[0], q[1]) for q in quotes] == [("Maya Fenn", "Councillor")] * 2 + [("Roy Pike", "Alderman")]


def test_a_capitalised_word_that_is_no_title_stays_out_of_the_name() -> None:
    quotes = said_titled("Commissioner Ann Lee said the plan was fine.")
    assert quotes == [("Ann Lee", "Commissioner", "indirect", "the plan was fine.")]


# ---------------------------------------------------------------- 也有/还有 before a role


def test_also_some_analysts_is_the_analysts() -> None:
    quotes = said_titled("储能电池价格今年下跌三成。\n不过，也有分析人士提醒，海外市场存在贸易壁垒风险。\n还有业内人士表示，价格仍有下行空间。")
    assert [(q[0], q[3]) for q in quotes] == [("分析人士", "海外市场存在贸易壁垒风险。"), ("业内人士", "价格仍有下行空间。")]


def test_some_analysts_is_unchanged() -> None:
    assert said_titled("有分析人士指出，价格已经见底。") == [("分析人士", None, "indirect", "价格已经见底。")]


# ---------------------------------------------------------------- names jieba cut


def test_a_two_character_family_name_after_a_title() -> None:
    quotes = said_titled("国家发展改革委新闻发言人欧阳立平在会上表示，前三季度民间投资增速有所回升。\n"
                         "他同时指出：“我们将开展专项督查，发现一起、查处一起。”")
    assert [(q[0], q[2]) for q in quotes] == [("欧阳立平", "indirect"), ("欧阳立平", "direct")]
    assert "发言人" in (quotes[0][1] or "")


def test_a_given_name_read_as_a_place_before_a_speech_verb() -> None:
    quotes = said_titled("网约车司机赵建国告诉记者，他每天跑车超过12个小时。")
    assert quotes == [("赵建国", None, "indirect", "他每天跑车超过12个小时。")]


def test_a_surname_and_a_title_are_not_a_name() -> None:
    assert said_titled("王经理说，生意不好做。") == [("王经理", None, "indirect", "生意不好做。")]


# ---------------------------------------------------------------- named in the next paragraph


def test_a_lone_quote_named_by_that_is_how_in_the_next_paragraph() -> None:
    text = ("Family farms in the valley are selling land at the fastest pace in a generation.\n"
            "“We held on through two droughts. We will not hold on through a third.”\n"
            "That is how Rosa Delgado, who grows almonds near Fresno, describes her plans.\n"
            "Land prices in the county rose 9% last year.")
    quotes = said_titled(text)
    assert [(q[0], q[2], q[3]) for q in quotes] == [
        ("Rosa Delgado", "direct", "We held on through two droughts. We will not hold on through a third.")]


def test_so_says_in_the_next_paragraph_names_the_speaker() -> None:
    text = ("Chipmakers are racing to add capacity.\n"
            "“The shortage is over, but the next one is already on its way.”\n"
            "So says Leon Brandt, an analyst at Harrow Research.")
    assert [(q[0], q[2]) for q in said_titled(text)] == [("Leon Brandt", "direct")]


def test_a_lone_quote_before_a_paragraph_that_names_no_speaker_stays_out() -> None:
    text = ("Chipmakers are racing to add capacity.\n"
            "“The shortage is over, but the next one is already on its way.”\n"
            "That is how the industry sees it, and Leon Brandt of Harrow Research agrees.")
    assert said_titled(text) == []


# ---------------------------------------------------------------- documents and 'countered that'


def test_a_document_with_when_it_was_filed_between_commas() -> None:
    quotes = said_titled("The lawsuit, filed on Monday in federal court in Denver, says the company hid the defects for years.")
    assert quotes == [("The lawsuit", None, "indirect", "the company hid the defects for years.")]


def test_countered_that_reports_speech_and_countered_with_does_not() -> None:
    assert said_titled("The developer, Crestline Homes, countered that the project would add 600 homes.") == [
        ("Crestline Homes", None, "indirect", "the project would add 600 homes.")]
    assert said_titled("Crestline Homes countered with a new offer of 700 homes.") == []


# ---------------------------------------------------------------- 他则: set against the one who spoke


def test_he_then_in_contrast_to_the_one_who_just_spoke_is_not_her() -> None:
    quotes = said_titled("张立和李青分别担任公司总经理和财务总监。李青表示，公司现金流充足。他则认为，市场竞争仍然激烈。")
    assert [(q[0], q[3]) for q in quotes] == [("李青", "公司现金流充足。")]


def test_she_then_after_a_man_spoke_is_the_woman_known_as_she() -> None:
    text = ("蓝湾地产董事长郑国平和总经理许敏出席了发布会。\n"
            "许敏表示，华南区域去年销售额增长两成。她说，今年的目标是再增长一成。\n"
            "郑国平表示，公司今年不会在一线城市拿地。她则认为，核心城市的改善型需求依然旺盛。")
    quotes = said_titled(text)
    assert (quotes[-1][0], quotes[-1][3]) == ("许敏", "核心城市的改善型需求依然旺盛。")
    # No one called 她 before: she is not the chairman who just spoke, and who she is stays unsure.
    unsure = said_titled(text.replace("她说，今年的目标是再增长一成。", ""))
    assert unsure[-1][3] == "公司今年不会在一线城市拿地。"


def test_he_without_contrast_still_continues_the_speaker() -> None:
    quotes = said_titled("星河物流总经理苏立上任不到一年。苏立表示，公司今年将新开20条干线。他还表示，明年不会涨价。")
    assert [q[0] for q in quotes] == ["苏立", "苏立"]


# ---------------------------------------------------------------- split quotes, names ending a sentence


def test_the_second_half_after_said_name_and_title() -> None:
    quotes = said_titled("“We are,” said Dana Frost, the mayor, “going to rebuild every house.”")
    assert [(q[0], q[1], q[3]) for q in quotes] == [("Dana Frost", "mayor", "We are"),
                                                    ("Dana Frost", "mayor", "going to rebuild every house.")]


def test_a_name_after_said_ends_with_its_sentence() -> None:
    quotes = said_titled("“This is the best quarter in our history,” said Raj Mehra. Mehra, who founded the company "
                         "in 2009, added that he had no plans to sell.")
    assert [q[0] for q in quotes] == ["Raj Mehra", "Raj Mehra"]


def test_an_initial_in_a_name_after_said_stays_in_the_name() -> None:
    quotes = said_titled("“We will appeal,” said John T. Harlan, the company’s lawyer.")
    assert [(q[0], q[3]) for q in quotes] == [("John T. Harlan", "We will appeal")]


# ---------------------------------------------------------------- from the holdout's first run


def test_a_two_character_family_name_jieba_tags_as_a_name_alone() -> None:
    quotes = said_titled("工信部新闻发言人司马晓东在会上表示，前10个月新能源汽车产销量同比增长32%。")
    assert quotes == [("司马晓东", "工信部新闻发言人", "indirect", "前10个月新能源汽车产销量同比增长32%。")]


def test_a_role_capitalised_at_the_head_of_the_sentence_is_a_title() -> None:
    quotes = said_titled("Parent Mike Dunn said his daughter would now face a long bus ride. “Nobody on that board lives here,” he said.")
    assert [(q[0], q[1]) for q in quotes] == [("Mike Dunn", "Parent")] * 2
    assert said_titled("Adam Driver said the film was finished.")[0][0] == "Adam Driver"


def test_said_with_a_lower_case_role_and_a_name_is_not_the_last_speaker() -> None:
    quotes = said_titled("Resident Ann Cole, 70, said the bus was late again. “It always is,” said commuter Jo Park. "
                         "“Never on time,” said one rider in a red coat.")
    assert [(q[0], q[3]) for q in quotes][:2] == [("Ann Cole", "the bus was late again."), ("Jo Park", "It always is")]
    assert all(q[0] != "Ann Cole" for q in quotes[1:])


def test_qi_after_a_sentence_about_her_is_her() -> None:
    text = ("远翔航空董事长钟国栋把汪雪梅请来担任总裁。\n"
            "汪雪梅到任后关停了8条亏损航线。她告诉记者，砍航线的决定并不轻松。\n"
            "“最难的时候已经过去了。”这位董事长说。他表示，公司明年将引进12架新飞机。\n"
            "她则更为谨慎。其表示，油价和汇率仍是最大的不确定因素。")
    quotes = said_titled(text)
    assert (quotes[-1][0], quotes[-1][3]) == ("汪雪梅", "油价和汇率仍是最大的不确定因素。")


def test_qi_after_a_sentence_about_him_stays_him() -> None:
    text = ("远翔航空董事长钟国栋今年63岁。\n“航空业很难。”钟国栋说。\n他很少接受采访。其表示，公司明年将引进12架新飞机。")
    assert said_titled(text)[-1][0] == "钟国栋"


# ---------------------------------------------------------------- from the second holdout's run


def test_she_after_a_customer_named_after_her_role_is_the_customer() -> None:
    text = ("何静上任后开了网店。她告诉记者，网店的销售额已经占到三成。\n"
            "不过，老顾客王桂兰对新口味并不买账。她说：“还是老味道好吃。”")
    quotes = said_titled(text)
    assert [(q[0], q[2]) for q in quotes] == [("何静", "indirect"), ("王桂兰", "direct")]


def test_a_franchisee_is_an_unnamed_role() -> None:
    quotes = said_titled("一位不愿具名的奶茶店加盟商告诉记者，总部对原料有严格的考核。")
    assert [(q[0], q[3]) for q in quotes] == [("不愿具名的奶茶店加盟商", "总部对原料有严格的考核。")]


def test_a_partial_quote_then_a_new_quote_stay_two_sentences() -> None:
    quotes = said_titled("Bernstein analyst Kim Soto said the warning was “prudent rather than alarming.” "
                         "“They are setting the bar low on purpose,” the analyst said.")
    assert [(q[2], q[3]) for q in quotes] == [("indirect", "the warning was “prudent rather than alarming.”"),
                                               ("direct", "They are setting the bar low on purpose")]


def test_that_was_how_the_mayor_of_a_town_summed_it_up() -> None:
    text = ("City leaders met on Wednesday.\n"
            "“If the state does not act by June, buses will stop running on weekends.”\n"
            "That was how Mayor Denise Arroyo of Port Hollis summed it up at the conference.")
    assert [(q[0], q[1]) for q in said_titled(text)] == [("Denise Arroyo", "Mayor of Port Hollis")]


def test_a_named_person_then_who_said() -> None:
    quotes = said_titled("Arroyo was joined on the panel by Karen Lyu, the mayor of nearby Elmwood, who said her city "
                         "faced a $20 million gap.")
    assert quotes == [("Karen Lyu", "mayor of nearby Elmwood", "indirect", "her city faced a $20 million gap.")]


def test_who_said_after_an_earlier_attribution_is_left_to_it() -> None:
    quotes = said_titled("Reyes said the plan was backed by Karen Lyu, who said little at the meeting.")
    assert [(q[0], q[3]) for q in quotes] == [("Reyes", "the plan was backed by Karen Lyu, who said little at the meeting.")]


# ---------------------------------------------------------------- departments


def test_a_department_speaks_as_an_organisation() -> None:
    assert said_titled("市场监管部门表示，将对相关门店进行调查。") == [("市场监管部门", None, "indirect", "将对相关门店进行调查。")]


def test_relevant_department_keeps_its_first_character() -> None:
    # 有关 is one word ("relevant"), not 有 ("there is") before the role.
    assert said_titled("有关部门负责人表示，将加强监管。")[0][0] == "有关部门负责人"
