"""End to end: the real `newsbrief run` process against the fake Bot API (polling mode).

The smoke tests of what needs the real process and Telegram's own answers: a summary
and a link through long polling, flood control (429), a 403, a failed edit, malformed
updates, the log, a restart. What each handler does is tested in process, in
tests/test_bot_handlers.py. One bot process serves the whole module; each test uses its
own chat ids so the tests stay independent. Pages are served by a local HTTP server.
"""

from __future__ import annotations

import sqlite3

from tests.botharness import ARTICLE_ZH, BotProcess, wait_until

BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "10"}


def db_row(bot: BotProcess, sql: str, *params):
    with sqlite3.connect(bot.db_path) as conn:
        return conn.execute(sql, params).fetchone()


def test_text_becomes_summary_via_typing_and_an_edited_placeholder(fake, bot):
    mark = fake.mark()
    fake.send_text(101, ARTICLE_ZH)
    reply = fake.wait_reply(101, after=mark)
    assert reply.method == "editMessageText"
    placeholder = fake.calls_of("sendMessage", after=mark, chat_id=101)[0]
    assert placeholder.text.startswith("⏳")
    assert reply.params["message_id"] == placeholder.result["message_id"]
    assert fake.calls_of("sendChatAction", after=mark, chat_id=101)[0].params["action"] == "typing"
    assert reply.params["parse_mode"] == "HTML"
    assert "128亿元" in reply.text  # the lead's figure, in the key sentences or the key figures
    assert "关键词" in reply.text
    labels = [b["text"] for b in reply.buttons]
    assert [label.strip("· ") for label in labels] == ["要点", "数字", "引语", "原文"]


def test_link_becomes_summary_with_title_and_source(fake, bot, pages):
    url = pages.url_for("/news/cloud")
    mark = fake.mark()
    fake.send_text(102, f"看看这个 {url}", entities=[{"type": "url", "offset": 5, "length": len(url)}])
    reply = fake.wait_reply(102, after=mark)
    assert "星河科技三季度营收增长23%" in reply.text
    assert f'href="{url}"' in reply.text
    assert "示例财经" in reply.text


def test_forbidden_on_send_marks_the_chat_inactive(fake, bot):
    fake.kick(-205)
    mark = fake.mark()
    fake.command(-205, "/help", user_id=7)
    fake.wait_for("sendMessage", lambda c: not c.ok and "kicked" in c.error, after=mark, chat_id=-205)
    wait_until(lambda: db_row(bot, "SELECT active FROM chats WHERE id = -205") == (0,))


def test_flood_limit_429_is_retried(fake, bot):
    fake.throttle("sendMessage", times=1, retry_after=1)
    mark = fake.mark()
    fake.command(112, "/start")
    calls = fake.wait_for("sendMessage", after=mark, chat_id=112, count=2)
    assert not calls[0].ok and "Too Many Requests" in calls[0].error
    assert calls[1].ok and "newsbrief" in calls[1].text


def test_unexpected_errors_are_logged_and_answered_briefly(fake, bot):
    fake.fail("sendMessage", 400, "Bad Request: replied message not found")  # the placeholder
    mark = fake.mark()
    fake.send_text(123, ARTICLE_ZH)
    reply = fake.wait_for("sendMessage", lambda c: "出了点问题" in c.text, after=mark, chat_id=123)[0]
    assert "Traceback" not in reply.text
    wait_until(lambda: "Replied message not found" in bot.log())
    assert "Traceback (most recent call last)" in bot.log()


def test_a_placeholder_that_cannot_be_edited_is_replaced_by_a_new_message(fake, bot):
    fake.fail("editMessageText", 400, "Bad Request: message to edit not found")
    mark = fake.mark()
    fake.send_text(124, ARTICLE_ZH)
    reply = fake.wait_reply(124, after=mark)
    assert reply.method == "sendMessage" and "128亿元" in reply.text
    fake.wait_for("deleteMessage", after=mark, chat_id=124)
    assert not [text for text in fake.bot_texts(124) if text.startswith("⏳")]


def test_malformed_and_unsupported_updates_do_not_stop_the_bot(fake, bot):
    mark = fake.mark()
    fake.push({"some_future_update": {"x": 1}})
    fake.push({"message": {"message_id": 999, "date": 0, "chat": {"id": 114, "type": "private"}}})
    fake.send_text(114, None, extra={"sticker": {"file_id": "s", "file_unique_id": "s", "width": 1,
                                                 "height": 1, "is_animated": False,
                                                 "is_video": False, "type": "regular"}})
    fake.press(114, fake.send_text(114, "hi")["message_id"], "v:notanumber:summary")
    fake.command(114, "/nosuchcommand")
    assert "只能读文字和链接" in fake.wait_reply(114, after=mark, predicate=lambda c: "只能" in c.text).text
    mark = fake.mark()
    fake.command(114, "/help")
    assert fake.wait_reply(114, after=mark, predicate=lambda c: "/summary" in c.text)


def test_token_is_never_logged(fake, bot):
    assert fake.token not in bot.log()
    assert fake.token.split(":")[1] not in bot.log()


def test_history_and_analyses_survive_a_restart_and_the_allow_list_is_enforced(fake, bot):
    """Runs last: it replaces the module's bot with a restarted one on the same database."""
    mark = fake.mark()
    fake.send_text(301, ARTICLE_ZH)
    summary = fake.wait_reply(301, after=mark)
    assert bot.stop() == 0, bot.log()[-3000:]
    assert "analysed article" in bot.log()

    bot.env["NEWSBRIEF_ALLOWED_CHATS"] = "301"
    bot.log_path = bot.log_path.with_name("restarted.log")
    bot.start()
    mark = fake.mark()
    fake.command(301, "/history")
    assert "#1" in fake.wait_reply(301, after=mark).text
    mark = fake.mark()
    fake.command(301, "/keywords", reply_to=summary.params["message_id"])
    assert "星河科技" in fake.wait_reply(301, after=mark).text
    mark = fake.mark()
    fake.send_text(301, ARTICLE_ZH)
    assert fake.wait_reply(301, after=mark).text == summary.text
    mark = fake.mark()
    fake.command(302, "/start")
    assert "私有部署" in fake.wait_reply(302, after=mark).text
    # Everything the restarted process showed came from the cache.
    assert "analysed article" not in bot.log()
