"""End to end: the real `newsbrief run` process against the fake Bot API.

One bot process serves the whole module; each test uses its own chat ids so the
tests stay independent. Pages are served by a local HTTP server.
"""

from __future__ import annotations

import sqlite3

import pytest
from pytest_httpserver import HTTPServer

from tests.botharness import ARTICLE_EN, ARTICLE_ZH, BotProcess, article_page, wait_until
from summarizer.roles import READABLE_CHARS
from tests.fakebotapi import FakeBotAPI, parse_html

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


@pytest.fixture(scope="module")
def fake():
    with FakeBotAPI() as api:
        yield api


@pytest.fixture(scope="module")
def pages():
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    server.expect_request("/news/cloud").respond_with_data(
        article_page("星河科技三季度营收增长23%", ARTICLE_ZH), content_type="text/html; charset=utf-8"
    )
    server.expect_request("/news/robots").respond_with_data(
        article_page("Northwind Robotics revenue rises 18%", ARTICLE_EN, site="Example Wire"),
        content_type="text/html; charset=utf-8",
    )
    server.expect_request("/missing").respond_with_data("nope", status=404)
    yield server
    server.clear()
    server.stop()


@pytest.fixture(scope="module")
def bot(fake, tmp_path_factory):
    workdir = tmp_path_factory.mktemp("bot")
    process = BotProcess(fake, workdir / "newsbrief.db", env={"NEWSBRIEF_RATE_LIMIT": "10"})
    process.start()
    yield process
    process.stop()


def db_row(bot: BotProcess, sql: str, *params):
    with sqlite3.connect(bot.db_path) as conn:
        return conn.execute(sql, params).fetchone()


def summarize_text(fake: FakeBotAPI, chat_id: int, text: str = ARTICLE_ZH, **kwargs):
    mark = fake.mark()
    msg = fake.send_text(chat_id, text, **kwargs)
    return msg, fake.wait_reply(chat_id, after=mark)


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


def test_repeated_link_is_served_from_the_cache(fake, bot, pages):
    url = pages.url_for("/news/robots")
    for chat_id in (103, 104):
        mark = fake.mark()
        fake.send_text(chat_id, url, language_code="en")
        reply = fake.wait_reply(chat_id, after=mark)
        assert "Northwind Robotics" in reply.text
    fetches = [r for r, _ in pages.log if r.path == "/news/robots"]
    assert len(fetches) == 1


def test_text_link_entities_and_forwarded_captions_are_read(fake, bot, pages):
    url = pages.url_for("/news/cloud")
    mark = fake.mark()
    fake.send_text(105, "点这里", entities=[{"type": "text_link", "offset": 0, "length": 3, "url": url}])
    assert "星河科技" in fake.wait_reply(105, after=mark).text
    mark = fake.mark()
    forwarded_from_channel = {"type": "channel", "chat": {"id": -1001, "type": "channel", "title": "频道"},
                              "message_id": 5, "date": 0}
    fake.send_text(106, None, extra={"photo": [{"file_id": "p1", "file_unique_id": "u1", "width": 10,
                                               "height": 10}], "caption": f"配图新闻 {url}",
                                     "forward_origin": forwarded_from_channel})
    assert "星河科技" in fake.wait_reply(106, after=mark).text


def test_buttons_switch_the_same_message_in_place(fake, bot):
    _, reply = summarize_text(fake, 107)
    message_id = reply.params["message_id"]
    numbers = next(b["callback_data"] for b in reply.buttons if "数字" in b["text"])
    mark = fake.mark()
    fake.press(107, message_id, numbers)
    edit = fake.wait_for("editMessageText", after=mark, chat_id=107)[0]
    assert edit.ok and edit.params["message_id"] == message_id
    assert "关键数字" in edit.text or "没有找到关键数字" in edit.text
    fake.wait_for("answerCallbackQuery", after=mark)
    source = next(b["callback_data"] for b in reply.buttons if "原文" in b["text"])
    mark = fake.mark()
    fake.press(107, message_id, source)
    edit = fake.wait_for("editMessageText", after=mark, chat_id=107)[0]
    assert "原文信息" in edit.text or "开头" in edit.text
    # Pressing the current view again must not surface Telegram's "not modified" error.
    mark = fake.mark()
    fake.press(107, message_id, source)
    fake.wait_for("answerCallbackQuery", after=mark)
    assert not fake.calls_of("sendMessage", after=mark, chat_id=107)


def test_a_button_cannot_show_another_chats_article(fake, bot):
    _, reply = summarize_text(fake, 121)
    other_chat_data = reply.buttons[1]["callback_data"]
    own = fake.send_text(122, "hi")
    mark = fake.mark()
    fake.press(122, own["message_id"], other_chat_data)
    answer = fake.wait_for("answerCallbackQuery", after=mark)[0]
    assert "过期" in answer.params.get("text", "")
    assert not fake.calls_of("editMessageText", after=mark, chat_id=122)


def test_follow_ups_work_on_the_latest_article(fake, bot):
    summarize_text(fake, 108)
    for command, expected in (("/keywords", "关键词"), ("/quotes", "星河科技"), ("/numbers", "星河科技"),
                              ("/summary 2", "8 句中选出 2 句"), ("/history", "#1"),
                              ("/summary #1", "星河科技"), ("/search 云计算", "云计算")):
        mark = fake.mark()
        fake.command(108, command)
        reply = fake.wait_reply(108, after=mark)
        assert expected in reply.text, (command, reply.text)


def test_follow_up_on_a_reply_uses_the_replied_article(fake, bot):
    _, first = summarize_text(fake, 109)
    summarize_text(fake, 109, ARTICLE_EN)
    mark = fake.mark()
    fake.command(109, "/keywords", reply_to=first.params["message_id"])
    reply = fake.wait_reply(109, after=mark)
    assert "星河科技" in reply.text and "Northwind" not in reply.text


def test_search_finds_only_this_chats_articles(fake, bot):
    summarize_text(fake, 110)
    mark = fake.mark()
    fake.command(111, "/search 云计算")
    reply = fake.wait_reply(111, after=mark)
    assert "没有找到" in reply.text


def test_group_summary_as_reply_to_any_message(fake, bot, pages):
    url = pages.url_for("/news/cloud")
    shared = fake.send_text(-201, f"今天的新闻 {url}", user_id=7)
    mark = fake.mark()
    fake.command(-201, "/summary@newsbrief_test_bot", user_id=8, reply_to=shared["message_id"])
    reply = fake.wait_reply(-201, after=mark)
    assert "星河科技三季度营收增长23%" in reply.text


def test_group_ignores_plain_messages_without_auto_summary(fake, bot, pages):
    mark = fake.mark()
    fake.send_text(-202, pages.url_for("/news/cloud"), user_id=7)
    fake.command(-202, "/ask 营收是多少", user_id=7)
    fake.wait_reply(-202, after=mark)
    assert not [c for c in fake.calls_of("sendMessage", after=mark, chat_id=-202) if "⏳" in c.text]


def test_group_settings_are_for_admins_and_privacy_mode_is_explained(fake, bot):
    fake.set_admins(-203, 50, creator=51)
    mark = fake.mark()
    fake.command(-203, "/settings auto on", user_id=60)
    assert "管理员" in fake.wait_reply(-203, after=mark).text
    assert db_row(bot, "SELECT auto_summary FROM chats WHERE id = -203") in (None, (0,))
    mark = fake.mark()
    fake.command(-203, "/settings auto on", user_id=50)
    fake.wait_for("sendMessage", lambda c: "BotFather" in c.text and "/setprivacy" in c.text, after=mark,
                  chat_id=-203)
    assert db_row(bot, "SELECT auto_summary FROM chats WHERE id = -203") == (1,)
    assert fake.calls_of("getChatMember", after=mark)


def test_bot_removed_from_group_marks_the_chat_inactive(fake, bot):
    fake.member_update(-204, "member")
    wait_until(lambda: db_row(bot, "SELECT active FROM chats WHERE id = -204") == (1,))
    fake.member_update(-204, "kicked")
    wait_until(lambda: db_row(bot, "SELECT active FROM chats WHERE id = -204") == (0,))


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


def test_a_summary_of_long_sentences_shows_each_trimmed_in_one_valid_message(fake, bot):
    # Ten ~450-character sentences once made a summary over 4096 characters, split in two;
    # a key sentence is now trimmed to a readable length at a clause boundary, so it fits.
    # (Splitting of long output is covered in test_bot_units.)
    summarize_text(fake, 113, long_article())
    mark = fake.mark()
    fake.command(113, "/summary 10")
    (part,) = fake.wait_for("sendMessage", after=mark, chat_id=113)
    assert part.ok and len(parse_html(part.text)) <= 4096
    text = parse_html(part.text)
    assert "14 句中选出 10 句" in text
    trimmed = [line for line in text.splitlines() if line.startswith("• ") and line.endswith("…")]
    assert len(trimmed) == 10
    assert all(len(line) <= 2 + READABLE_CHARS["zh"] + 1 for line in trimmed)


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


def test_input_caps_and_short_texts_get_clear_replies(fake, bot):
    mark = fake.mark()
    fake.send_text(115, "测" * 200_001)
    assert "太长" in fake.wait_reply(115, after=mark).text
    mark = fake.mark()
    fake.send_text(115, "你好")
    assert "200" in fake.wait_reply(115, after=mark).text


def test_per_user_rate_limit_answers_politely(fake, bot):
    for _ in range(10):
        summarize_text(fake, 116, ARTICLE_EN, user_id=116)
    mark = fake.mark()
    fake.send_text(116, ARTICLE_EN, user_id=116)
    reply = fake.wait_reply(116, after=mark)
    assert "慢一点" in reply.text


def test_language_follows_the_app_and_lang_command(fake, bot):
    mark = fake.mark()
    fake.command(117, "/start", language_code="en-US")
    assert "Hi!" in fake.wait_reply(117, after=mark).text
    mark = fake.mark()
    fake.command(117, "/lang zh", language_code="en-US")
    fake.wait_reply(117, after=mark)
    mark = fake.mark()
    fake.command(117, "/help", language_code="en-US")
    assert "命令" in fake.wait_reply(117, after=mark).text


def test_forget_needs_confirmation(fake, bot):
    summarize_text(fake, 118)
    mark = fake.mark()
    fake.command(118, "/forget")
    confirm = fake.wait_reply(118, after=mark)
    assert db_row(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = 118") == (1,)
    yes = next(b["callback_data"] for b in confirm.buttons if b["callback_data"] == "forget:yes")
    mark = fake.mark()
    fake.press(118, confirm.result["message_id"], yes)
    fake.wait_for("editMessageText", after=mark, chat_id=118)
    assert db_row(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = 118") == (0,)


def test_help_lists_every_command_and_commands_are_registered_in_both_languages(fake, bot):
    from bot.core.commands import COMMANDS

    mark = fake.mark()
    fake.command(119, "/help", language_code="en")
    text = fake.wait_reply(119, after=mark).text
    for command in COMMANDS:
        assert f"/{command.name}" in text and command.example.split()[0] in text
    registered = {c.params.get("language_code") for c in fake.calls_of("setMyCommands")}
    assert {"zh", "en"} <= registered


def test_fetch_errors_become_messages(fake, bot, pages):
    mark = fake.mark()
    fake.send_text(120, pages.url_for("/missing"))
    reply = fake.wait_reply(120, after=mark)
    assert "出了点问题" not in reply.text and reply.text


def test_token_is_never_logged(fake, bot):
    assert fake.token not in bot.log()
    assert fake.token.split(":")[1] not in bot.log()


def test_history_and_analyses_survive_a_restart_and_the_allow_list_is_enforced(fake, bot):
    """Runs last: it replaces the module's bot with a restarted one on the same database."""
    mark = fake.mark()
    fake.send_text(301, ARTICLE_ZH)
    summary = fake.wait_reply(301, after=mark)
    assert bot.stop() == 0
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
