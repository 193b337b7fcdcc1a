"""Chinese posts: a company speaking through its own account ("官方账号发文称", "官微回应"), a
blogger by the handle in quote marks, a netizen's comment ("网友留言表示"). Next to each, where the
words must not make a speaker. Written for these tests (fictional companies and handles).
"""

from __future__ import annotations

import pytest

from tests.summary_helpers import said_titled


@pytest.mark.parametrize("account", ["官方账号发文称", "官方微博发文称", "官微回应称", "官网发布声明称"])
def test_a_company_speaks_through_its_own_account(account: str) -> None:
    quotes = said_titled(f"当晚，海澜电器{account}，产品不存在质量问题，公司将配合有关部门调查。")
    assert [q[0] for q in quotes] == ["海澜电器"]


def test_a_blogger_by_the_handle_in_quote_marks() -> None:
    quotes = said_titled("拥有百万粉丝的美食博主“阿凯探店”在微博上写道，这家店的菜量比去年少了三成。")
    assert [(q[0], q[1], q[3]) for q in quotes] == [("阿凯探店", "美食博主", "这家店的菜量比去年少了三成。")]


def test_a_book_title_in_quote_marks_is_no_handle() -> None:
    assert said_titled("他的新书《“阿凯探店”的十年》写道，探店行业正在变化。") == []


@pytest.mark.parametrize("quoted", [True, False])
def test_a_netizen_who_left_a_comment(quoted: bool) -> None:
    words = "希望商家少一些套路，多一些诚意。"
    text = f"对此，有网友留言表示，“{words}”" if quoted else f"对此，有网友留言表示，{words}"
    assert [(q[0], q[3]) for q in said_titled(text)] == [("网友", words)]


@pytest.mark.parametrize("verb", ["留言：「等了三年，終於等到時機。」", "留言稱，等了三年，終於等到時機。"])
def test_a_forum_handle_in_corner_marks(verb: str) -> None:
    quotes = said_titled(f"本港樓價連跌三月。\n網民「九龍買家」在討論區{verb}")
    assert [(q[0], q[1], q[3]) for q in quotes] == [("九龍買家", "網民", "等了三年，終於等到時機。")]


def test_another_agent_in_traditional_chinese() -> None:
    quotes = said_titled("本港樓價連跌三月。\n另有代理稱，新盤減價潮令二手業主議價空間收窄。")
    assert [(q[0], q[3]) for q in quotes] == [("代理", "新盤減價潮令二手業主議價空間收窄。")]


def test_a_slogan_in_corner_marks_is_no_handle() -> None:
    assert said_titled("本港樓價連跌三月。\n發展商以「安居樂業」為口號推出新盤。") == []
