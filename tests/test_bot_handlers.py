"""What the Telegram handlers do, in process: real Updates through the real Application,
the Bot API answered offline (tests/offlinebot.py), a real SQLite file per test and news
pages on 127.0.0.1. Privacy mode is on, as BotFather leaves it.

The subprocess smoke tests (tests/test_bot_e2e.py) keep what needs the real process and
Telegram's answers: polling, flood control, 403s, failed edits, malformed updates, restarts.
"""

from __future__ import annotations

from summarizer.readable import READABLE_CHARS
from tests.botharness import ARTICLE_EN
from tests.fakebotapi import parse_html
from tests.offlinebot import OfflineBot, summarize_text

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "10", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
OFFLINE_PRIVACY_MODE = True
OFFLINE_ADMINS = {-203: {50, 51}}

_TOPICS = ("芯片", "电池", "光伏", "物流", "医药", "汽车", "银行", "保险", "地产", "钢铁", "航运", "游戏",
           "乳业", "白酒", "机器人", "卫星")
_CLAUSES = ("订单同比增长{n}%", "产能利用率提高到{n}成", "海外收入占比升至{n}%", "研发投入增加{n}亿元",
            "库存周转天数缩短{n}天", "毛利率回升{n}个百分点", "新增客户{n}家", "门店数量达到{n}百家")


def long_article(sentences: int = 14) -> str:
    """Distinct long sentences (each ~450 characters), so a 10-sentence summary exceeds 4096."""
    out = []
    for i in range(sentences):
        topic = _TOPICS[i % len(_TOPICS)]
        clauses = [c.format(n=i * 7 + k + 3) for k, c in enumerate(_CLAUSES)]
        body = "，".join(f"{topic}行业第{j}季度{c}" for j in range(1, 4) for c in clauses)
        out.append(f"{topic}行业调查显示{body}")
    return "。".join(out) + "。"


async def reply_to_command(bot: OfflineBot, chat_id: int, command: str, **kwargs):
    mark = bot.mark()
    await bot.send(chat_id, command, **kwargs)
    return bot.reply(chat_id, after=mark)


async def test_repeated_link_is_served_from_the_cache(offline_bot, pages):
    url = pages.url_for("/news/robots")
    before = len([r for r, _ in pages.log if r.path == "/news/robots"])
    for chat_id in (103, 104):
        reply = await summarize_text(offline_bot, chat_id, url, language_code="en")
        assert "Northwind Robotics" in reply.text
    fetches = [r for r, _ in pages.log if r.path == "/news/robots"]
    assert len(fetches) == before + 1


async def test_text_link_entities_and_forwarded_captions_are_read(offline_bot, pages):
    url = pages.url_for("/news/cloud")
    reply = await summarize_text(offline_bot, 105, "点这里",
                                 entities=[{"type": "text_link", "offset": 0, "length": 3, "url": url}])
    assert "星河科技" in reply.text
    forwarded_from_channel = {"type": "channel", "chat": {"id": -1001, "type": "channel", "title": "频道"},
                              "message_id": 5, "date": 0}
    reply = await summarize_text(offline_bot, 106, None, extra={
        "photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 10, "height": 10}],
        "caption": f"配图新闻 {url}", "forward_origin": forwarded_from_channel})
    assert "星河科技" in reply.text


async def test_buttons_switch_the_same_message_in_place(offline_bot):
    bot, api = offline_bot, offline_bot.api
    reply = await summarize_text(bot, 107)
    message_id = reply.params["message_id"]
    numbers = next(b["callback_data"] for b in reply.keyboard if "数字" in b["text"])
    mark = bot.mark()
    await bot.press(107, message_id, numbers)
    [edit] = api.of("editMessageText", 107, after=mark)
    assert edit.params["message_id"] == message_id
    assert "关键数字" in edit.text or "没有找到关键数字" in edit.text
    assert api.of("answerCallbackQuery", after=mark)
    source = next(b["callback_data"] for b in reply.keyboard if "原文" in b["text"])
    mark = bot.mark()
    await bot.press(107, message_id, source)
    [edit] = api.of("editMessageText", 107, after=mark)
    assert "原文信息" in edit.text or "开头" in edit.text
    # Pressing the current view again is answered without a new message.
    mark = bot.mark()
    await bot.press(107, message_id, source)
    assert api.of("answerCallbackQuery", after=mark)
    assert not api.of("sendMessage", 107, after=mark)


async def test_a_button_cannot_show_another_chats_article(offline_bot):
    bot, api = offline_bot, offline_bot.api
    reply = await summarize_text(bot, 121)
    other_chat_data = reply.keyboard[1]["callback_data"]
    mark = bot.mark()
    await bot.press(122, 5, other_chat_data)
    [answer] = api.of("answerCallbackQuery", after=mark)
    assert "过期" in answer.params.get("text", "")
    assert not api.of("editMessageText", 122, after=mark)


async def test_follow_ups_work_on_the_latest_article(offline_bot):
    await summarize_text(offline_bot, 108)
    for command, expected in (("/keywords", "关键词"), ("/quotes", "星河科技"), ("/numbers", "星河科技"),
                              ("/summary 2", "8 句中选出 2 句"), ("/history", "#1"),
                              ("/summary #1", "星河科技"), ("/search 云计算", "云计算")):
        reply = await reply_to_command(offline_bot, 108, command)
        assert expected in reply.text, (command, reply.text)


async def test_follow_up_on_a_reply_uses_the_replied_article(offline_bot):
    first = await summarize_text(offline_bot, 109)
    await summarize_text(offline_bot, 109, ARTICLE_EN)
    reply = await reply_to_command(offline_bot, 109, "/keywords", reply_to=first.params["message_id"])
    assert "星河科技" in reply.text and "Northwind" not in reply.text


async def test_search_finds_only_this_chats_articles(offline_bot):
    await summarize_text(offline_bot, 110)
    reply = await reply_to_command(offline_bot, 111, "/search 云计算")
    assert "没有找到" in reply.text


async def test_group_summary_as_reply_to_any_message(offline_bot, pages):
    url = pages.url_for("/news/cloud")
    # In privacy mode the bot never saw the shared message; the reply carries it.
    shared = {"message_id": 77, "date": 0, "chat": {"id": -201, "type": "supergroup", "title": "g"},
              "text": f"今天的新闻 {url}", "from": {"id": 7, "is_bot": False, "first_name": "u"}}
    mark = offline_bot.mark()
    await offline_bot.app.process_update(_with_reply(offline_bot, -201, "/summary@newsbrief_test_bot", shared))
    reply = offline_bot.reply(-201, after=mark)
    assert "星河科技三季度营收增长23%" in reply.text


def _with_reply(bot: OfflineBot, chat_id: int, text: str, replied: dict):
    from tests.offlinebot import message_update

    return message_update(bot.app.bot, chat_id, text, user_id=8, reply_to=replied)


async def test_group_ignores_plain_messages_without_auto_summary(offline_bot, pages):
    bot = offline_bot
    mark = bot.mark()
    await bot.send(-202, pages.url_for("/news/cloud"), user_id=7)
    await bot.send(-202, "/ask 营收是多少", user_id=7)
    assert bot.replies(-202, after=mark)
    assert not [c for c in bot.api.of("sendMessage", -202, after=mark) if "⏳" in c.text]


async def test_group_settings_are_for_admins_and_privacy_mode_is_explained(offline_bot):
    bot = offline_bot
    assert "管理员" in (await reply_to_command(bot, -203, "/settings auto on", user_id=60)).text
    assert bot.db_row("SELECT auto_summary FROM chats WHERE id = -203") in (None, (0,))
    mark = bot.mark()
    await bot.send(-203, "/settings auto on", user_id=50)
    assert [c for c in bot.api.of("sendMessage", -203, after=mark) if "BotFather" in c.text and "/setprivacy" in c.text]
    assert bot.db_row("SELECT auto_summary FROM chats WHERE id = -203") == (1,)
    assert bot.api.of("getChatMember", after=mark)


async def test_bot_removed_from_group_marks_the_chat_inactive(offline_bot):
    await offline_bot.member_update(-204, "member")
    assert offline_bot.db_row("SELECT active FROM chats WHERE id = -204") == (1,)
    await offline_bot.member_update(-204, "kicked")
    assert offline_bot.db_row("SELECT active FROM chats WHERE id = -204") == (0,)


async def test_a_summary_of_long_sentences_shows_each_trimmed_in_one_valid_message(offline_bot):
    # Ten ~450-character sentences once made a summary over 4096 characters, split in two;
    # a key sentence is now trimmed to a readable length at a clause boundary, so it fits.
    # (Splitting of long output is covered in test_bot_units.)
    await summarize_text(offline_bot, 113, long_article())
    mark = offline_bot.mark()
    await offline_bot.send(113, "/summary 10")
    (part,) = offline_bot.api.of("sendMessage", 113, after=mark)
    text = parse_html(part.text)  # parse_html rejects broken HTML, as Telegram does
    assert len(text) <= 4096
    assert "14 句中选出 10 句" in text
    trimmed = [line for line in text.splitlines() if line.startswith("• ") and line.endswith("…")]
    assert len(trimmed) == 10
    assert all(len(line) <= 2 + READABLE_CHARS["zh"] + 1 for line in trimmed)


async def test_input_caps_and_short_texts_get_clear_replies(offline_bot):
    assert "太长" in (await summarize_text(offline_bot, 115, "测" * 200_001)).text
    assert "200" in (await summarize_text(offline_bot, 115, "你好")).text


async def test_per_user_rate_limit_answers_politely(offline_bot):
    for _ in range(10):
        await summarize_text(offline_bot, 116, ARTICLE_EN, user_id=116)
    reply = await summarize_text(offline_bot, 116, ARTICLE_EN, user_id=116)
    assert "慢一点" in reply.text


async def test_language_follows_the_app_and_lang_command(offline_bot):
    assert "Hi!" in (await reply_to_command(offline_bot, 117, "/start", language_code="en-US")).text
    await reply_to_command(offline_bot, 117, "/lang zh", language_code="en-US")
    assert "命令" in (await reply_to_command(offline_bot, 117, "/help", language_code="en-US")).text


async def test_forget_needs_confirmation(offline_bot):
    bot = offline_bot
    await summarize_text(bot, 118)
    confirm = await reply_to_command(bot, 118, "/forget")
    assert bot.db_row("SELECT COUNT(*) FROM chat_articles WHERE chat_id = 118") == (1,)
    yes = next(b for b in confirm.buttons if b == "forget:yes")
    mark = bot.mark()
    await bot.press(118, confirm.result["message_id"], yes)
    assert bot.api.of("editMessageText", 118, after=mark)
    assert bot.db_row("SELECT COUNT(*) FROM chat_articles WHERE chat_id = 118") == (0,)


async def test_help_lists_every_command_and_commands_are_registered_in_both_languages(offline_bot):
    from bot.core.commands import COMMANDS

    text = (await reply_to_command(offline_bot, 119, "/help", language_code="en")).text
    for command in COMMANDS:
        assert f"/{command.name}" in text and command.example.split()[0] in text
    await offline_bot.app.bot_data["warm_up"]  # the command menu is registered in the background
    registered = {c.params.get("language_code") for c in offline_bot.api.of("setMyCommands")}
    assert {"zh", "en"} <= registered


async def test_fetch_errors_become_messages(offline_bot, pages):
    reply = await summarize_text(offline_bot, 120, pages.url_for("/missing"))
    assert "出了点问题" not in reply.text and reply.text


async def test_ask_answers_from_the_chat_s_own_articles_and_abstains_elsewhere(offline_bot):
    await summarize_text(offline_bot, 701)
    reply = await reply_to_command(offline_bot, 701, "/ask 星河科技的研发投入是多少？")
    assert "<b>21亿元</b>" in reply.text  # the figure, highlighted
    assert "研发投入为21亿元" in parse_html(reply.text)  # parse_html rejects what Telegram would

    # Another chat has read nothing: it must not see chat 701's article.
    other = parse_html((await reply_to_command(offline_bot, 702, "/ask 星河科技的研发投入是多少？")).text)
    assert "21亿元" not in other and "还没有文章" in other

    assert "找不到" in parse_html((await reply_to_command(offline_bot, 701, "/ask 星河科技有多少家门店？")).text)
    assert "/ask" in (await reply_to_command(offline_bot, 701, "/ask")).text
