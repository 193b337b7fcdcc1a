"""/ask end to end: the real `newsbrief run` process against the fake Bot API.

The fake API validates the HTML the way Telegram does, so a reply that reaches it
is one Telegram would accept.
"""

from __future__ import annotations

from tests.botharness import ARTICLE_ZH
from tests.fakebotapi import parse_html


def test_ask_answers_from_the_chat_s_own_articles_and_abstains_elsewhere(fake, bot):
    mark = fake.mark()
    fake.send_text(701, ARTICLE_ZH)
    fake.wait_reply(701, after=mark)

    mark = fake.mark()
    fake.command(701, "/ask 星河科技的研发投入是多少？")
    reply = fake.wait_reply(701, after=mark)
    assert "<b>21亿元</b>" in reply.text  # the figure, highlighted
    assert "研发投入为21亿元" in parse_html(reply.text)

    # Another chat has read nothing: it must not see chat 701's article.
    mark = fake.mark()
    fake.command(702, "/ask 星河科技的研发投入是多少？")
    other = parse_html(fake.wait_reply(702, after=mark).text)
    assert "21亿元" not in other and "找不到" in other

    mark = fake.mark()
    fake.command(701, "/ask 星河科技有多少家门店？")
    assert "找不到" in parse_html(fake.wait_reply(701, after=mark).text)

    mark = fake.mark()
    fake.command(701, "/ask")
    assert "/ask" in fake.wait_reply(701, after=mark).text
