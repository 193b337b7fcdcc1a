"""A tenth walk-through of the bot (botwalk10, 2026-12-08): a demanding user in private chats,
groups and channels, each finding fixed as a class and driven through the real Application
(real Updates, the Bot API answered offline), real SQLite files and pages on 127.0.0.1, or the
console's command layer. Sample texts are written for these tests."""

from __future__ import annotations

import itertools

import pytest
from telegram import Update

from tests.offlinebot import OfflineBot

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
GROUP, ADMIN, MEMBER = -8101, 81, 82
CHANNEL = -1008102
OFFLINE_ADMINS = {GROUP: {ADMIN}, CHANNEL: {ADMIN}}

# A results story of our own with more than ten figures.
MANY_FIGURES_ZH = (
    "星河电器周二发布三季度报告。公司三季度营业收入128.6亿元，同比增长12.4%。归母净利润9.8亿元，同比增长21.3%。"
    "毛利率为23.5%，较上年同期提高1.2个百分点。空调业务收入61.2亿元，同比增长15.1%。冰箱业务收入30.4亿元，"
    "同比增长8.7%。海外收入41.9亿元，同比增长18.2%。研发投入6.3亿元，同比增长9.9%。经营活动现金流净额15.7亿元，"
    "同比增长30.5%。销售费用率为11.2%，同比下降0.6个百分点。期末货币资金88.1亿元，较年初增加7.4亿元。"
    "公司员工总数为21,300人，较上年末增加1,150人。前三季度营业收入352.7亿元，同比增长10.8%。"
)


async def _shown(bot: OfflineBot, chat_id: int, text: str, *, lang: str = "en", user_id: int | None = None,
                 **kwargs) -> list:
    """What the chat was shown for one message (calls), placeholders left out."""
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=lang, user_id=user_id or abs(chat_id), **kwargs)
    return [c for c in bot.replies(chat_id, after=mark) if not c.text.startswith("⏳") and not c.error]



# ---- 1. one policy for every count: /summary up to 10, the lists up to 50 -------------------


@pytest.mark.parametrize("command", ["numbers", "quotes", "keywords"])
async def test_a_list_count_over_ten_is_honoured(offline_bot, command):
    """`/numbers 11` was refused ("1 to 10", /summary's range) though an article may hold twenty
    figures: the lists take 1 to 50, and a count over what the article has shows all of it."""
    bot = offline_bot
    await bot.send(8103, MANY_FIGURES_ZH, language_code="zh-hans")
    [reply] = [c.text for c in await _shown(bot, 8103, f"/{command} 11", lang="zh-hans")]
    assert "请用 1 到" not in reply
    if command == "numbers":
        assert "（共" in reply and "这里显示前 11 条" in reply


@pytest.mark.parametrize("command, args, said", [
    ("numbers", "51", "/numbers takes how many items to show: a number from 1 to 50."),
    ("quotes", "0", "/quotes takes how many items to show: a number from 1 to 50."),
    ("keywords", "-1", "/keywords takes how many items to show: a number from 1 to 50."),
    ("summary", "11", "Please give a length between 1 and 10."),
    ("summary", "-2", "Please give a length between 1 and 10."),
])
async def test_a_count_out_of_range_names_the_commands_range(offline_bot, command, args, said):
    """Over the range, zero or a negative number: the range of that command, named (`-1` got the
    usage line, as a word would)."""
    bot = offline_bot
    await bot.send(8104, MANY_FIGURES_ZH, language_code="en")
    [reply] = [c.text for c in await _shown(bot, 8104, f"/{command} {args}")]
    assert reply == said


async def test_the_console_takes_the_same_counts(console_chat):
    console, out = console_chat
    for message in (MANY_FIGURES_ZH, "/numbers 12", "/numbers 60"):
        await console.handle(message)
    text = out.getvalue()
    assert "这里显示前 12 条" in text and "/numbers 后面的数字是显示几条，请用 1 到 50 之间的数字。" in text


# ---- 2. channels: answered in the channel, as a group -----------------------------------


_post_ids = itertools.count(5_000_000)


async def _post(bot: OfflineBot, text: str) -> None:
    """A post in a channel the bot administers: no user, the channel its sender."""
    chat = {"id": CHANNEL, "type": "channel", "title": "行业快讯"}
    post = {"message_id": next(_post_ids), "date": 0, "chat": chat, "sender_chat": chat, "text": text}
    if text.startswith("/"):
        post["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    await bot.app.process_update(Update.de_json({"update_id": next(_post_ids), "channel_post": post}, bot.app.bot))


async def test_a_channel_post_with_a_command_is_answered_in_the_channel(offline_bot, pages):
    """A channel post got no answer at all (only new messages were handled): a command posted
    in a channel the bot administers is answered there, as a reply to the post."""
    bot = offline_bot
    mark = bot.mark()
    await _post(bot, f"/summary {pages.url_for('/news/robots')}")
    shown = [c for c in bot.replies(CHANNEL, after=mark) if not c.text.startswith("⏳")]
    assert shown and "Northwind" in shown[-1].text
    mark = bot.mark()
    await _post(bot, "/numbers 2")
    [numbers] = [c.text for c in bot.replies(CHANNEL, after=mark)]
    assert "Key figures" in numbers or "关键数字" in numbers


async def test_a_channels_links_are_summarized_once_it_turned_auto_summary_on(offline_bot, pages):
    """As a group's: a link alone is read quietly until the channel says `/settings auto on`
    (any post is an admin's; the bot is sent every post, privacy mode or not)."""
    bot = offline_bot
    link = pages.url_for("/news/cloud")
    mark = bot.mark()
    await _post(bot, f"今天的要闻 {link}")
    assert bot.replies(CHANNEL, after=mark) == []
    await _post(bot, "/settings auto on")
    said = [c.text for c in bot.replies(CHANNEL, after=mark)]
    assert said and "隐私模式" not in said[-1] and "privacy" not in said[-1]
    mark = bot.mark()
    await _post(bot, f"今天的要闻 {pages.url_for('/news/robots')}")
    shown = [c for c in bot.replies(CHANNEL, after=mark) if not c.text.startswith("⏳")]
    assert shown and shown[-1].buttons and "Northwind" in shown[-1].text


async def _press_in_channel(bot: OfflineBot, message_id: int, data: str, user_id: int) -> None:
    """A button under the bot's channel post pressed by `user_id` (its message has the channel as sender_chat)."""
    from tests.offlinebot import BOT_USER

    chat = {"id": CHANNEL, "type": "channel", "title": "行业快讯"}
    query = {"id": str(next(_post_ids)), "chat_instance": "c", "data": data,
             "from": {"id": user_id, "is_bot": False, "first_name": "u", "language_code": "zh"},
             "message": {"message_id": message_id, "date": 0, "chat": chat, "sender_chat": chat, "from": BOT_USER,
                         "text": "…"}}
    await bot.app.process_update(Update.de_json({"update_id": next(_post_ids), "callback_query": query}, bot.app.bot))


async def test_a_subscriber_cannot_press_a_channel_posts_buttons(offline_bot, pages):
    """Any subscriber may press the buttons under the bot's channel post, and that message's
    sender_chat is the channel (the sign of an admin posting): a subscriber could switch the post's
    view for everyone or confirm /forget. Only the channel's admins may."""
    bot = offline_bot
    mark = bot.mark()
    await _post(bot, f"/summary {pages.url_for('/news/robots')}")
    [summary] = [c for c in bot.replies(CHANNEL, after=mark) if c.buttons]
    message_id, numbers = int(summary.result["message_id"]), summary.buttons[1]
    mark = bot.mark()
    await _press_in_channel(bot, message_id, numbers, user_id=MEMBER)
    await _press_in_channel(bot, message_id, "forget:yes", user_id=MEMBER)
    assert bot.api.of("editMessageText", CHANNEL, after=mark) == []
    answers = [c.params.get("text") for c in bot.api.calls[mark:] if c.method == "answerCallbackQuery"]
    assert answers and all(a and ("admin" in a.lower() or "管理员" in a) for a in answers)
    assert bot.db_row("SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", CHANNEL)[0] == 1
    await _press_in_channel(bot, message_id, numbers, user_id=ADMIN)
    assert bot.api.of("editMessageText", CHANNEL, after=mark)


# ---- 3. a question in reply to an article's message: answered from that article ------------

# A second Chinese story of our own, with a revenue growth of its own (the pages' 星河科技 grew 23%).
SECOND_ZH = (
    "远帆物流周三发布第三季度经营数据，营收为46亿元，同比增长9%，净利润为3.1亿元。"
    "公司表示，跨境运输业务是增长的主要来源，该业务收入同比增长17%。"
    "远帆物流总裁陈立在业绩说明会上表示，四季度运价仍有压力，公司将控制成本。"
    "报告期内，公司新增自动化分拣中心两座，日处理能力提升至120万件。"
)


@pytest.fixture
def second_page():
    from pytest_httpserver import HTTPServer

    from tests.botharness import article_page

    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    server.expect_request("/news/ship").respond_with_data(
        article_page("远帆物流三季度营收增长9%", SECOND_ZH), content_type="text/html; charset=utf-8")
    yield server
    server.clear()
    server.stop()


async def _summary_message(bot: OfflineBot, chat_id: int, link: str, user_id: int) -> int:
    """The id of the bot's message that shows the summary of `link`."""
    mark = bot.mark()
    await bot.send(chat_id, f"/summary {link}", language_code="zh-hans", user_id=user_id)
    [shown] = [c for c in bot.replies(chat_id, after=mark) if c.buttons]
    return int(shown.result["message_id"])


@pytest.mark.parametrize("chat_id, user_id", [(8111, 8111), (GROUP, MEMBER)])
@pytest.mark.parametrize("asked", ["营收增长了多少？", "/ask 营收增长了多少？"])
async def test_a_question_replying_to_a_summary_is_answered_from_that_article(offline_bot, pages, second_page,
                                                                               chat_id, user_id, asked):
    """Two articles in a chat, each with its revenue growth: a question in reply to one summary
    was answered from whichever ranked first (with /ask), or got "send me a link" (private) and
    nothing (group) without it. Now the replied article answers."""
    bot = offline_bot
    first = await _summary_message(bot, chat_id, pages.url_for("/news/cloud"), user_id)
    second = await _summary_message(bot, chat_id, second_page.url_for("/news/ship"), user_id)
    for message_id, right, wrong in ((first, "23%", "9%"), (second, "9%", "23%")):
        shown = [c.text for c in await _shown(bot, chat_id, asked, lang="zh-hans", user_id=user_id,
                                              reply_to=message_id)]
        assert shown and f"<b>{right}</b>" in shown[-1] and f"<b>{wrong}</b>" not in shown[-1], shown


async def test_a_remark_replying_to_the_bots_help_is_no_question(offline_bot):
    """Only a reply to an article's message asks about it: under /help the hint stands."""
    bot = offline_bot
    mark = bot.mark()
    await bot.send(8112, "/help", language_code="en")
    help_id = int(bot.replies(8112, after=mark)[-1].result["message_id"])
    shown = [c.text for c in await _shown(bot, 8112, "what can you do?", reply_to=help_id)]
    assert shown and "Send me a link" in shown[-1]


# ---- 4. /history pages -------------------------------------------------------------------


async def test_history_pages_reach_every_article(offline_bot):
    """`/history` showed the latest ten and said nothing of the rest; `/history 2` showed the same
    ten. Ten to a page now, the page said, the next one named; past the last, the range."""
    from datetime import datetime, timedelta, timezone

    from summarizer import Article

    bot = offline_bot
    await bot.send(8113, "/start", language_code="en")
    store = bot.app.bot_data["service"].store
    start = datetime(2026, 12, 1, tzinfo=timezone.utc)
    for n in range(12):
        stored, _ = await store.put_article(Article(text=f"Story {n} says sales rose {n}%. " * 12,
                                                    url=f"http://news.example/a{n}", title=f"Story {n}", lang="en"))
        await store.add_history(8113, stored.id, url=f"http://news.example/a{n}", at=start + timedelta(hours=n))
    [first] = [c.text for c in await _shown(bot, 8113, "/history")]
    assert "#10 Story 2" in first and "#11" not in first and "Page 1 of 2. /history 2 for older ones." in first
    [second] = [c.text for c in await _shown(bot, 8113, "/history 2")]
    assert "#11 Story 1" in second and "#12 Story 0" in second and "Page 2 of 2." in second
    assert "#10" not in second and "/history 3" not in second
    for wrong in ("3", "0", "-1"):
        assert [c.text for c in await _shown(bot, 8113, f"/history {wrong}")] == [
            "The history has 2 page(s): /history with a page from 1 to 2."]
    assert "Usage: /history" in [c.text for c in await _shown(bot, 8113, "/history abc")][0]
    assert [c.text for c in await _shown(bot, 8114, "/history 2")] == [
        "The history fits on one page (ten articles to a page): send /history."]


@pytest.mark.parametrize("chat_id, user_id, said", [(8115, 8115, "Send me a link"), (GROUP, MEMBER, None)])
async def test_thanks_under_a_summary_is_no_question(offline_bot, pages, chat_id, user_id, said):
    """A remark that asks nothing ("thanks, great!") under a summary is not asked of the articles:
    a group is not answered a refusal; a private chat keeps the hint."""
    bot = offline_bot
    summary = await _summary_message(bot, chat_id, pages.url_for("/news/robots"), user_id)
    shown = [c.text for c in await _shown(bot, chat_id, "thanks, great!", user_id=user_id, reply_to=summary)]
    assert (shown and said in shown[-1]) if said else shown == []


async def test_a_question_replying_to_an_answer_asks_about_the_article_it_came_from(offline_bot, pages, second_page):
    """An /ask answer from one article was linked to no article: a follow-up question in reply to
    it got "send me a link" (and `/ask` in reply searched every article). Both articles state a
    net profit; the follow-up under the 星河科技 answer gets 星河科技's."""
    bot = offline_bot
    chat_id = 8116
    await _summary_message(bot, chat_id, pages.url_for("/news/cloud"), chat_id)
    await _summary_message(bot, chat_id, second_page.url_for("/news/ship"), chat_id)
    mark = bot.mark()
    await bot.send(chat_id, "/ask 星河科技的营收是多少？", language_code="zh-hans")
    [answer] = [c for c in bot.replies(chat_id, after=mark) if not c.text.startswith("⏳")]
    assert "128亿元" in answer.text
    shown = [c.text for c in await _shown(bot, chat_id, "净利润是多少？", lang="zh-hans",
                                          reply_to=int(answer.result["message_id"]))]
    assert shown and "<b>15.6亿元</b>" in shown[-1] and "3.1亿元" not in shown[-1], shown
