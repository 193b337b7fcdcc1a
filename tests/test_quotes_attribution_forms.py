"""Forms of attribution: "according to <firm> <title> <name>", a speaker named after when and
where they spoke, "asking not to be identified" after "said", "warned <whom> over …", quotes that
run over several paragraphs, 他又指, a name given with 称…为“…”, a speaker named after what they
said (…，两位知情人士透露。), titles of two people listed with 、, a given name jieba cut off, and
an interview whose questions are asked by the publication's name. Next to each, what must not be
taken as a quote. Written for these tests (fictional people and firms).
"""

from __future__ import annotations

import pytest

from tests.summary_helpers import said_titled


# ---------------------------------------------------------------- English reported speech


@pytest.mark.parametrize(("text", "speaker", "title"), [
    ("Corvane Foods will close its Leeds bakery in May, according to Corvane Foods chief executive Ann Price.",
     "Ann Price", "Corvane Foods chief executive"),
    ("The fund has stopped buying office buildings, according to Pellworth Capital managing partner Ravi Sood.",
     "Ravi Sood", "Pellworth Capital managing partner"),
    ("Orders for heat pumps doubled in the spring, according to chief economist Nora Blake.",
     "Nora Blake", "chief economist"),
])
def test_according_to_a_titled_person_is_the_person_not_the_firm(text: str, speaker: str, title: str) -> None:
    assert said_titled(text) == [(speaker, title, "indirect", text.split(", according")[0])]


def test_according_to_a_firm_alone_is_still_no_person() -> None:
    assert all(q[0] not in ("Ann Price",) for q in said_titled(
        "Corvane Foods will close its Leeds bakery in May, according to figures from Corvane Foods."))


def test_a_speaker_named_with_where_and_when_they_spoke() -> None:
    text = ("Lumen Rail chief executive Tom Vail spoke to reporters.\n"
            "Ticket sales have recovered to their level before the pandemic, Vail said in an interview on Monday.")
    assert said_titled(text) == [("Tom Vail", "Lumen Rail chief executive", "indirect",
                           "Ticket sales have recovered to their level before the pandemic")]


@pytest.mark.parametrize("tail", ["asking not to be identified because the talks are private",
                                  "speaking on condition of anonymity"])
def test_how_they_spoke_after_said_is_not_what_they_said(tail: str) -> None:
    text = f"Brisk Air could announce the order as soon as Friday, the people said, {tail}."
    assert said_titled(text) == [("the people", None, "indirect", "Brisk Air could announce the order as soon as Friday")]


def test_what_follows_said_in_the_middle_is_still_what_they_said() -> None:
    assert said_titled("The new line, Marsh said, is already running at full speed.") == [
        ("Marsh", None, "indirect", "The new line is already running at full speed.")]


def test_warned_someone_over_something_is_no_reported_clause() -> None:
    assert said_titled("The Payments Authority warned banks on Tuesday over fees for cash withdrawals.") == []


@pytest.mark.parametrize("text", ["The Payments Authority warned banks that fees could rise.",
                                  "The Payments Authority warned fees could rise next year."])
def test_warned_with_a_clause_is_reported_speech(text: str) -> None:
    found = said_titled(text)
    assert len(found) == 1 and found[0][3].startswith("fees could rise")


# ---------------------------------------------------------------- quotes over several paragraphs


def test_an_english_quote_over_three_paragraphs_is_one_quote() -> None:
    text = ("At the plant's closing ceremony, Tessel Paper chairman Hugh Barton spoke to the staff.\n"
            "“My father worked on this floor for forty years.\n"
            "“I started here sweeping it when I was sixteen.\n"
            "“It is the hardest day of my working life,” Barton said.")
    words = ("My father worked on this floor for forty years. I started here sweeping it when I was sixteen. "
             "It is the hardest day of my working life")
    assert said_titled(text) == [("Hugh Barton", "Tessel Paper chairman", "direct", words)]


def test_a_chinese_quote_over_three_paragraphs_is_one_quote() -> None:
    text = ("在公司成立二十周年的晚会上，青川纺织董事长卢国栋发表讲话。\n"
            "“二十年前，我们只有一间租来的厂房和八台织机。\n"
            "“那几年最难的时候，工资都是借钱发的。\n"
            "“今天，我们的面料用在了全世界三十多个品牌上。”")
    words = ("二十年前，我们只有一间租来的厂房和八台织机。那几年最难的时候，工资都是借钱发的。"
             "今天，我们的面料用在了全世界三十多个品牌上。")
    assert said_titled(text) == [("卢国栋", "青川纺织董事长", "direct", words)]


def test_quotes_closed_in_each_paragraph_stay_apart() -> None:
    text = ("“We will build the plant,” said Hugh Barton, the chairman of Tessel Paper.\n"
            "“It will open in 2028,” Barton said.")
    assert [q[3] for q in said_titled(text)] == ["We will build the plant", "It will open in 2028"]


# ---------------------------------------------------------------- Chinese speech verbs and names


def test_hong_kong_zhi_after_a_pronoun_is_speech() -> None:
    text = "港城巴士行政總裁梁志遠昨日表示，明年車費料上調約2%。\n他又指，公司明年將引入一百輛電動巴士。"
    assert [(q[0], q[2], q[3]) for q in said_titled(text)] == [
        ("梁志遠", "indirect", "明年車費料上調約2%。"), ("梁志遠", "indirect", "公司明年將引入一百輛電動巴士。")]


def test_zhi_inside_a_word_is_no_speech() -> None:
    assert said_titled("报告所指，是以创新为主导的生产力。") == []


def test_a_name_given_with_cheng_wei_is_not_a_quote() -> None:
    assert said_titled("开业不到一年，不少食客称这家面馆为“最难排队的小店”。") == []


def test_cheng_with_a_clause_is_still_speech() -> None:
    assert said_titled("星河科技总裁李明称该项目总投资为50亿元。") == [("李明", "星河科技总裁", "indirect", "该项目总投资为50亿元。")]


def test_a_chinese_speaker_named_after_what_they_said() -> None:
    text = "北辰航空正在与三家租赁公司洽谈机队融资，规模或超过80亿元，两位知情人士透露。"
    assert said_titled(text) == [("两位知情人士", None, "indirect", "北辰航空正在与三家租赁公司洽谈机队融资，规模或超过80亿元")]


@pytest.mark.parametrize("text", [
    "该产品售价为3999元，比上一代便宜500元，业内普遍认为。",  # no one says it
    "“我们不会降价。”星河科技总裁李明说。",  # a direct quote, attributed as one
])
def test_no_reported_clause_before_a_speaker_who_is_no_one(text: str) -> None:
    assert [q for q in said_titled(text) if q[2] == "indirect"] == []


def test_titles_of_two_people_listed_with_a_pause_mark() -> None:
    text = ("市政府新闻办举行发布会，市商务局副局长程立新、市文旅局总经济师谭慧出席。\n"
            "记者：今年的消费券发放进展如何？\n程立新：已经发放了两批，核销率超过八成。\n"
            "记者：文旅消费有什么新举措？\n谭慧：我们将推出夜间消费季。")
    assert [(q[0], q[1]) for q in said_titled(text)] == [("程立新", "市商务局副局长"), ("谭慧", "市文旅局总经济师")]


def test_one_person_with_two_titles_keeps_both() -> None:
    text = "青川纺织副总裁、首席财务官卢晓梅表示，公司今年不会增发新股。"
    assert said_titled(text) == [("卢晓梅", "青川纺织副总裁、首席财务官", "indirect", "公司今年不会增发新股。")]


def test_a_title_presented_before_a_date_is_the_speakers() -> None:
    text = "商务部发言人冯启航15日主持例行发布会。\n冯启航表示：“中方将继续扩大高水平对外开放。”"
    assert said_titled(text) == [("冯启航", "商务部发言人", "direct", "中方将继续扩大高水平对外开放。")]


# ---------------------------------------------------------------- an interview asked by the publication's name


def test_answers_to_questions_asked_by_the_publications_name() -> None:
    text = ("The Courier spoke with Lena Ward, founder of Ward Optics, about the company's plans.\n"
            "The Courier: Why build the new factory in Wales?\n"
            "Ward: Mostly because the engineers we need already live there.\n"
            "The Courier: Will you sell the company?\n"
            "Ward: No. We have never had a better year.")
    assert [(q[0], q[2], q[3]) for q in said_titled(text)] == [
        ("Lena Ward", "direct", "Mostly because the engineers we need already live there."),
        ("Lena Ward", "direct", "No. We have never had a better year.")]


def test_a_label_used_once_for_a_question_makes_no_interview() -> None:
    text = ("Lena Ward founded Ward Optics in 2011.\nThe Courier: Why Wales?\n"
            "Ward: Mostly because the engineers we need already live there.")
    assert said_titled(text) == []


# ---------------------------------------------------------------- titles that are descriptions, and titles joined by 、


@pytest.mark.parametrize(("clause", "title"), [
    ("who is now an engineer at Ward Optics", "engineer at Ward Optics"),
    ("an analyst at Medway Securities, who rates the stock buy", "analyst at Medway Securities"),
    ("who runs the bakery next to the station", None),
])
def test_a_relative_clause_is_a_title_only_when_it_says_what_they_are(clause: str, title: str | None) -> None:
    found = said_titled(f"“The station will be busy again,” said Nora Quill, {clause}.")
    assert [(q[0], q[1]) for q in found] == [("Nora Quill", title)]


def test_titles_of_one_person_joined_by_a_pause_mark_stay_whole() -> None:
    assert said_titled("江北省委常委、常务副省长郑国梁表示，今年将新建保障性住房五万套。") == [
        ("郑国梁", "江北省委常委、常务副省长", "indirect", "今年将新建保障性住房五万套。")]


def test_a_research_note_is_how_a_firm_spoke_not_part_of_its_name() -> None:
    assert all(not (q[0] or "").endswith("研报") for q in said_titled("青禾证券发研报指，星河科技今年净利润将增长两成。"))


# ---------------------------------------------------------------- unnamed sources after "according to", transcripts


@pytest.mark.parametrize(("text", "speaker"), [
    ("Brisk Air is close to ordering 40 jets, according to a person familiar with the matter.",
     "a person familiar with the matter"),
    (("Brisk Air is close to ordering 40 jets, according to two people with knowledge of the talks, who asked "
      "not to be named."), "two people with knowledge of the talks"),
])
def test_according_to_an_unnamed_source(text: str, speaker: str) -> None:
    assert said_titled(text) == [(speaker, None, "indirect", "Brisk Air is close to ordering 40 jets")]


def test_a_transcript_with_the_answers_in_capitals() -> None:
    text = ("Nina Ortiz, the mayor of Eastport, took questions from reporters.\n"
            "Q: When will the bridge reopen?\nORTIZ: In June, if the inspections go well.\n"
            "Q: Who pays for the repairs?\nMS. ORTIZ: The state pays for most of it.")
    assert [(q[0], q[3]) for q in said_titled(text)] == [
        ("Nina Ortiz", "In June, if the inspections go well."), ("Nina Ortiz", "The state pays for most of it.")]


def test_a_heading_in_capitals_is_no_answer() -> None:
    assert said_titled("The council met on Monday.\nQ: When will the road reopen?\nROAD CLOSED: The road is shut until June.") == []


def test_an_answer_after_two_officials_were_presented_has_no_sure_speaker() -> None:
    text = ("市政府新闻办15日举行发布会，市商务局副局长程立新、市文旅局总经济师谭慧出席并回答记者提问。\n"
            "问：今年的消费券发放进展如何？\n答：已经发放了两批，核销率超过八成。")
    assert said_titled(text) == []


def test_an_answer_after_one_official_was_presented_is_theirs() -> None:
    text = ("市政府新闻办15日举行发布会，市商务局副局长王海燕出席并回答记者提问。\n"
            "问：今年的消费券发放进展如何？\n答：已经发放了两批，核销率超过八成。")
    assert [(q[0], q[3]) for q in said_titled(text)] == [("王海燕", "已经发放了两批，核销率超过八成。")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("A spokeswoman for Harrow Motors said the recall would cost less than expected.",
     "A spokeswoman for Harrow Motors"),
    ("“The recall will cost less than expected,” said a spokesman for the ministry.", "a spokesman for the ministry"),
])
def test_an_unnamed_spokesperson_for_someone_is_the_spokesperson(text: str, speaker: str) -> None:
    assert [q[0] for q in said_titled(text)] == [speaker]


# ---------------------------------------------------------------- after the holdout: names cut short, how and when it was said


def test_a_name_jieba_cut_short_is_whole_when_the_text_names_it_again() -> None:
    text = ("本报记者日前专访了安和物流集团董事长薛家豪，谈及集团的海外计划。\n问：明年的投资规模有多大？\n"
            "答：我们计划投入约二十亿元。\n薛家豪又指，集团正考虑分拆冷链业务上市。")
    assert {q[0] for q in said_titled(text)} == {"薛家豪"}


@pytest.mark.parametrize("how", ["separately", "previously"])
def test_how_it_was_said_is_not_what_was_said(how: str) -> None:
    assert said_titled(f"The lender said {how} that it expected to resume buybacks in 2027.") == [
        ("The lender", None, "indirect", "it expected to resume buybacks in 2027.")]


def test_early_is_part_of_what_was_said() -> None:
    assert said_titled("The lender said early results were encouraging.") == [
        ("The lender", None, "indirect", "early results were encouraging.")]


@pytest.mark.parametrize("text", ["青川纺织（600777）12月2日晚间发布公告称，公司拟回购不超过2亿元股份。",
                                  "青川纺织昨日晚间公告称，公司拟回购不超过2亿元股份。"])
def test_a_company_announcing_in_the_evening_is_the_company(text: str) -> None:
    assert said_titled(text) == [("青川纺织", None, "indirect", "公司拟回购不超过2亿元股份。")]


def test_a_profession_after_the_name_replaces_an_honorific() -> None:
    text = ("Below is a transcript of the briefing by Dr. Hana Reyes, the county epidemiologist.\n"
            "Q: How many new cases were reported?\nREYES: We recorded 97 new cases.\n"
            "Q: Will schools close?\nREYES: No.")
    assert [(q[0], q[1]) for q in said_titled(text)][:1] == [("Hana Reyes", "county epidemiologist")]
