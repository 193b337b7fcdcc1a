"""The Telegram handlers in process: real Updates through the real Application, the Bot API
answered offline (tests/offlinebot.py). The subprocess tests keep one end-to-end smoke
per mode; behaviour is checked here, in milliseconds per update."""

from __future__ import annotations

from tests.botharness import ARTICLE_ZH
from tests.offlinebot import callback_update, message_update

PRIVATE, GROUP = 501, -601
ADMIN, MEMBER = 11, 12
OFFLINE_ADMINS = {GROUP: {ADMIN}}


async def send(app, chat_id: int, text: str, **kwargs) -> None:
    await app.process_update(message_update(app.bot, chat_id, text, **kwargs))


async def test_a_pasted_article_is_summarized_into_the_placeholder_with_buttons(offline_bot):
    app, api = offline_bot.app, offline_bot.api
    mark = len(api.calls)
    await send(app, PRIVATE, ARTICLE_ZH)
    placeholder, summary = api.replies(PRIVATE, after=mark)
    assert placeholder.method == "sendMessage" and placeholder.text.startswith("⏳")
    assert summary.method == "editMessageText" and summary.params["parse_mode"] == "HTML"
    assert "128亿元" in summary.text and "v:1:numbers" in summary.buttons
    assert api.of("sendChatAction", PRIVATE, after=mark)[0].params["action"] == "typing"

    mark = len(api.calls)
    await send(app, PRIVATE, "/quotes")
    [quotes] = api.replies(PRIVATE, after=mark)
    assert "引语" in quotes.text and "李明" in quotes.text


async def test_short_text_gets_a_hint_and_an_unknown_command_is_named_only_in_private(offline_bot):
    app, api = offline_bot.app, offline_bot.api
    mark = len(api.calls)
    await send(app, PRIVATE, "你好")
    await send(app, PRIVATE, "/nosuch")
    await send(app, GROUP, "/nosuch", user_id=MEMBER)
    hint, unknown = api.replies(PRIVATE, after=mark)
    assert "200 字" in hint.text and "不认识这个命令" in unknown.text
    assert api.replies(GROUP, after=mark) == []


async def test_group_settings_are_for_admins_and_english_readers_get_english(offline_bot):
    app, api = offline_bot.app, offline_bot.api
    mark = len(api.calls)
    await send(app, GROUP, "/settings auto on", user_id=MEMBER)
    [refused] = api.replies(GROUP, after=mark)
    assert "只有群管理员" in refused.text

    mark = len(api.calls)
    await send(app, GROUP, "/settings auto on", user_id=ADMIN, language_code="en")
    saved, shown = api.replies(GROUP, after=mark)
    assert saved.text == "Settings saved." and "Auto-summary of shared links: on" in shown.text


async def test_forget_asks_with_buttons_and_the_yes_button_deletes(offline_bot):
    app, api = offline_bot.app, offline_bot.api
    await send(app, PRIVATE, ARTICLE_ZH)
    mark = len(api.calls)
    await send(app, PRIVATE, "/forget")
    [ask] = api.replies(PRIVATE, after=mark)
    assert ask.buttons == ["forget:yes", "forget:no"]
    await app.process_update(callback_update(app.bot, PRIVATE, "forget:yes"))
    [done] = api.of("editMessageText", PRIVATE, after=mark)
    assert "已删除 1 条历史记录" in done.text
