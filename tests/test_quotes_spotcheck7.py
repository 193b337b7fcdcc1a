"""Forms of attribution of the seventh quote round: sports and court titles before a Chinese
name (主教练, 审判长), traditional-script titles (董事長, 立委), "he replied" after someone asked a
named person, an attribution after the words with the ones told ("told employees") and where it
was said ("in a memo seen by Reuters", "on the company’s earnings call"), and a one-word subject
that "called … and said …". Next to each, what must stay as it was. Written for these tests
(fictional people and firms).
"""

from __future__ import annotations

from tests.summary_helpers import said_titled


# ---------------------------------------------------------------- Chinese titles


def test_a_coach_before_a_name_is_a_title() -> None:
    quotes = said_titled("赛后发布会上，白鹭队主教练程友军表示，球队下半场的体能明显下降。")
    assert quotes == [("程友军", "白鹭队主教练", "indirect", "球队下半场的体能明显下降。")]


def test_a_presiding_judge_before_a_name_is_a_title() -> None:
    quotes = said_titled("审判长许清源在庭审结束时表示，合议庭将在评议后择期宣判。")
    assert quotes == [("许清源", "审判长", "indirect", "合议庭将在评议后择期宣判。")]


def test_a_traditional_title_before_a_name() -> None:
    quotes = said_titled("立委鄭美玲質詢時表示，公司去年虧損近百億元，管理層必須負責。")
    assert quotes == [("鄭美玲", "立委", "indirect", "公司去年虧損近百億元，管理層必須負責。")]


# ---------------------------------------------------------------- English: who replies


def test_he_replied_after_a_question_goes_to_the_one_asked() -> None:
    text = ("Former treasurer Paul Brandt told the jury on Monday that he had never approved the transfers.\n"
            "Under cross-examination, prosecutor Jamie Ortiz asked Brandt why his initials were on the forms.\n"
            "“I initialled hundreds of forms a week,” he replied. “I trusted my staff.”")
    quotes = said_titled(text)
    assert [q[0] for q in quotes] == ["Paul Brandt", "Paul Brandt", "Paul Brandt"]
    assert quotes[1][3] == "I initialled hundreds of forms a week"


def test_he_said_after_a_question_is_not_moved_to_the_one_asked() -> None:
    """Only a reply goes to the one asked; with "he said" the pronoun is resolved as before, and
    here the stranger just presented makes it unsure (left out rather than guessed)."""
    text = ("Former treasurer Paul Brandt told the jury on Monday that he had never approved the transfers.\n"
            "Under cross-examination, prosecutor Jamie Ortiz asked Brandt why his initials were on the forms.\n"
            "“That is not an answer,” he said.")
    quotes = said_titled(text)
    assert [q[3] for q in quotes] == ["he had never approved the transfers."]


# ---------------------------------------------------------------- English: attribution after the words


def test_told_employees_in_a_memo_seen_by_a_newswire() -> None:
    quotes = said_titled("Harlow Freight will close three depots next year, chief executive Nina Ford told employees "
                         "in a memo seen by Reuters on Monday.")
    assert quotes == [("Nina Ford", "chief executive", "indirect", "Harlow Freight will close three depots next year")]


def test_said_on_the_company_earnings_call() -> None:
    quotes = said_titled("Pellston Mills expects prices to stabilise by the spring, chief financial officer Omar Reyes "
                         "said on the company’s third-quarter earnings call on Tuesday.")
    assert quotes == [("Omar Reyes", "chief financial officer", "indirect",
                       "Pellston Mills expects prices to stabilise by the spring")]


def test_told_a_newswire_is_still_not_a_speaker() -> None:
    """"…, told Reuters" names whom they told: no quote by Reuters."""
    assert all(q[0] != "Reuters" for q in said_titled("The plant will close in May, a union official told Reuters."))


# ---------------------------------------------------------------- English: called … and said …


def test_a_surname_alone_called_and_said() -> None:
    text = ("Senator Maria Lopez questioned the airline’s chief executive for two hours.\n"
            "Lopez called the refund offer “a joke” and said she would ask regulators to investigate.")
    quotes = said_titled(text)
    assert ("Maria Lopez", "Senator", "indirect", "she would ask regulators to investigate.") in quotes


def test_a_pronoun_called_and_said_stays_unattributed_to_an_organisation() -> None:
    text = ("Brightmoor Bank reported a loss on Friday.\n"
            "It called the result “disappointing” and said it would cut costs.")
    assert all(q[0] not in ("It",) for q in said_titled(text))


# ---------------------------------------------------------------- Chinese: questions and answers


def test_a_question_after_bing_wen_has_the_sentence_subject() -> None:
    text = "公诉人随即出示了一份转账凭证，并问方立新：“这笔钱最后转到了谁的账户？”\n方立新回答：“我不记得了。”"
    assert said_titled(text) == [("公诉人", None, "direct", "这笔钱最后转到了谁的账户？"),
                          ("方立新", None, "direct", "我不记得了。")]


def test_a_traditional_question_with_ze_wen() -> None:
    quotes = said_titled("另一位議員蔡文傑則問：「如果成本再漲，票價是不是還要再調？」")
    assert [(q[0], q[3]) for q in quotes] == [("蔡文傑", "如果成本再漲，票價是不是還要再調？")]


def test_a_question_word_is_no_speech_verb() -> None:
    """问题, 顾问, 访问 are not 问: no quote is made of what follows them."""
    text = "关于这个问题：“价格战”还会持续多久，市场仍有分歧。\n公司顾问：“长期主义”是他们的口号。"
    assert said_titled(text) == []


def test_bing_after_a_clause_with_no_subject_is_no_one() -> None:
    """"会后，并说：" has no subject to carry: no speaker is guessed."""
    assert said_titled("会议结束后，并说：“明年再见。”") == []


# ---------------------------------------------------------------- Chinese: a letter says what its sender says


def test_the_internal_letter_speaks_for_its_sender() -> None:
    text = ("11月8日，青禾物流总裁邹明远向全体员工发出一封内部信，宣布关闭华北两个分拨中心。\n"
            "内部信还称，受影响员工可优先转岗至华东基地。")
    assert ("邹明远", "青禾物流总裁", "indirect", "受影响员工可优先转岗至华东基地。") in said_titled(text)


def test_a_letter_no_one_sent_is_no_speaker() -> None:
    """"内部信称" with no letter sent in the text: whose letter is unknown, so no quote."""
    assert said_titled("内部信称，受影响员工可优先转岗至华东基地。") == []


# ---------------------------------------------------------------- Chinese: a name jieba cut in two


def test_a_name_cut_into_two_tagged_halves_is_whole() -> None:
    """"审判长范文/静", "中锋贺/天宇": both halves tagged as a name, a surname first."""
    assert said_titled("审判长范文静当庭宣读判决时指出，被告人的行为已构成受贿罪。") == [
        ("范文静", "审判长", "indirect", "被告人的行为已构成受贿罪。")]
    assert said_titled("北极星队中锋贺天宇昨晚在微博上发文称，自己将因膝伤缺席本赛季剩余比赛。")[0][:2] == (
        "贺天宇", "北极星队中锋")


def test_a_whole_name_is_not_run_on_into_the_next_word() -> None:
    quotes = said_titled("总经理李明华表示，公司今年的营收将增长两成以上。")
    assert quotes == [("李明华", "总经理", "indirect", "公司今年的营收将增长两成以上。")]


def test_an_owner_before_a_name_is_a_title() -> None:
    quotes = said_titled("Falcons owner Dale Pruitt said the club would not sell its stadium.")
    assert quotes == [("Dale Pruitt", "Falcons owner", "indirect", "the club would not sell its stadium.")]


def test_a_statement_whose_sender_is_no_speaker_gives_no_quote() -> None:
    """"某委员会发表声明" then "声明称": a sender we cannot name as a speaker leaves the quote out."""
    text = "委员会在例会后发表声明，强调维持利率不变。\n声明称，近期经济活动继续温和增长。"
    assert all(q[0] != "声明" for q in said_titled(text))


def test_bing_takes_the_subject_of_the_clause_just_before() -> None:
    """"网传甲喊乙去逛街，乙拒绝了，并称…": 乙 says it, not 甲 named first in the sentence."""
    text = "网传张小梅喊刘欣然去逛街买衣服，刘欣然拒绝了，并称等忙完这阵子再去。"
    assert [q[0] for q in said_titled(text)] in ([], ["刘欣然"])
