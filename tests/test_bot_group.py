"""Groups with privacy mode off, in process: auto-summary of shared links, the per-user
rate limit in a group, the fetch settings reaching the bot, and shared links read quietly
for a group's watchlist.

The bot is configured like a small deployment: privacy mode off in BotFather (getMe says
can_read_all_group_messages), two summaries a minute per user, a 20 kB page cap and its
own User-Agent. The privacy-mode-on case is in tests/test_bot_handlers.py.
"""

from __future__ import annotations

import logging
import sqlite3

from tests.botharness import ARTICLE_EN, ARTICLE_ZH
from tests.conftest import MAX_PAGE_BYTES, PAGE_TITLE
from tests.offlinebot import Call, OfflineBot
from tests.pages import ARTICLE_ZH_TEXT

RATE_LIMIT = 2
USER_AGENT = "newsbrief-e2e/1.0 (+https://example.invalid/bot)"
OFFLINE_BOT_ENV = {
    "NEWSBRIEF_RATE_LIMIT": str(RATE_LIMIT),
    "NEWSBRIEF_FETCH_MAX_BYTES": str(MAX_PAGE_BYTES),
    "NEWSBRIEF_FETCH_USER_AGENT": USER_AGENT,
    "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1",
}
OFFLINE_ADMINS = {-3001: {31}, -3002: {33}, -3003: {34}, -3004: {35}, -3005: {37}}


def db_value(bot: OfflineBot, sql: str, *params):
    row = bot.db_row(sql, *params)
    return row[0] if row else None


def shown(bot: OfflineBot, chat_id: int, *, after: int, predicate=None) -> Call:
    """The first final reply (no placeholder) that matches `predicate`."""
    calls = [c for c in bot.api.of("sendMessage", chat_id, after=after) + bot.api.of("editMessageText", chat_id, after=after)
             if not c.text.startswith("⏳") and (predicate is None or predicate(c))]
    assert calls, [(c.method, c.text[:60]) for c in bot.api.calls[after:]]
    return calls[0]


async def command(bot: OfflineBot, chat_id: int, text: str, *, user_id: int, predicate=None, **kwargs) -> Call:
    mark = bot.mark()
    await bot.send(chat_id, text, user_id=user_id, **kwargs)
    return shown(bot, chat_id, after=mark, predicate=predicate)


async def url_message(bot: OfflineBot, chat_id: int, url: str, *, user_id: int) -> dict:
    """A plain message holding only a link, with the url entity Telegram adds."""
    return await bot.send(chat_id, url, user_id=user_id, entities=[{"type": "url", "offset": 0, "length": len(url)}])


def is_summary(call: Call) -> bool:
    """A summary message: it carries the view buttons (refusals and errors do not)."""
    return bool(call.buttons)


def replies_to(bot: OfflineBot, chat_id: int, message_id: int, *, after: int) -> list[Call]:
    return [c for c in bot.api.of("sendMessage", chat_id, after=after)
            if (c.params.get("reply_parameters") or {}).get("message_id") == message_id]


async def test_admin_turns_on_auto_summary_and_a_members_plain_link_becomes_a_summary(offline_bot, pages):
    bot = offline_bot
    group, admin, member = -3001, 31, 32
    url = pages.url_for("/news/cloud")
    start = bot.mark()

    # Auto-summary is off by default: a plain link is left alone.
    ignored = await url_message(bot, group, url, user_id=member)

    refusal = await command(bot, group, "/settings auto on", user_id=member)
    assert "只有群管理员" in refusal.text
    assert not db_value(bot, "SELECT auto_summary FROM chats WHERE id = ?", group)

    mark = bot.mark()
    settings = await command(bot, group, "/settings auto on", user_id=admin,
                             predicate=lambda c: "自动摘要群里分享的链接：开" in c.text)
    assert any("设置已保存" in c.text for c in bot.api.of("sendMessage", group, after=mark))
    # Privacy mode is off, so there is nothing to fix in BotFather.
    assert not [c for c in bot.api.of("sendMessage", group, after=mark) if "BotFather" in c.text]
    assert settings and db_value(bot, "SELECT auto_summary FROM chats WHERE id = ?", group) == 1

    mark = bot.mark()
    shared = await url_message(bot, group, url, user_id=member)
    summary = shown(bot, group, after=mark, predicate=lambda c: PAGE_TITLE in c.text)
    assert "128亿元" in summary.text and summary.buttons
    assert replies_to(bot, group, shared["message_id"], after=mark), "the summary answers the shared link"
    assert not replies_to(bot, group, ignored["message_id"], after=start), "auto-summary was off for it"


async def test_admin_is_not_told_about_privacy_mode_when_it_is_off(offline_bot):
    """The contrast to test_bot_handlers' privacy-mode-on case: the hint depends on getMe."""
    bot = offline_bot
    group, admin = -3002, 33
    mark = bot.mark()
    await command(bot, group, "/settings auto on", user_id=admin, predicate=lambda c: "自动摘要群里分享的链接" in c.text)
    assert not [c for c in bot.api.of("sendMessage", group, after=mark) if "setprivacy" in c.text]


async def test_rate_limit_in_a_group_is_per_user_and_in_the_chats_language(offline_bot):
    bot = offline_bot
    group, admin, busy, other = -3003, 34, 35, 36
    assert "English" in (await command(bot, group, "/lang en", user_id=admin)).text

    # Two summaries for one member: /summary with a text, and /summary as a reply.
    first = await command(bot, group, f"/summary {ARTICLE_ZH}", user_id=busy, predicate=is_summary)
    assert "128" in first.text and any("Numbers" in b["text"] for b in first.keyboard)
    shared = await bot.send(group, ARTICLE_ZH_TEXT, user_id=other)
    second = await command(bot, group, "/summary", user_id=busy, reply_to=shared, predicate=is_summary)
    assert "东湖新能源" in second.text
    assert db_value(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", group) == 2

    # The third within the minute gets the polite refusal, in the group's language
    # (English) although the member's app is Chinese, and nothing is summarized.
    mark = bot.mark()
    refused = await command(bot, group, f"/summary {ARTICLE_EN}", user_id=busy)
    assert "Please slow down" in refused.text and f"at most {RATE_LIMIT} summaries" in refused.text
    # Refused at once: no "working…" placeholder to edit afterwards.
    assert [c.text for c in bot.api.of("sendMessage", group, after=mark)] == [refused.text]
    assert not bot.api.of("editMessageText", group, after=mark)
    assert "Northwind" not in refused.text
    assert db_value(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", group) == 2
    assert db_value(bot, "SELECT COUNT(*) FROM articles WHERE text LIKE 'Northwind%'") == 0

    # The limit is the member's, not the group's: another member is still served.
    served = await command(bot, group, f"/summary {ARTICLE_EN}", user_id=other, predicate=is_summary)
    assert "Northwind" in served.text
    assert db_value(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", group) == 3


async def test_fetch_settings_reach_the_bot(offline_bot, pages):
    bot = offline_bot
    chat = 3101
    mark = bot.mark()
    await url_message(bot, chat, pages.url_for("/news/bulky"), user_id=chat)
    assert "网页内容太大" in shown(bot, chat, after=mark).text
    # Every page the bot fetched in this module was asked for with the configured User-Agent.
    agents = {request.headers.get("User-Agent") for request, _ in pages.log}
    assert agents == {USER_AGENT}


async def test_without_auto_summary_a_shared_link_about_a_watched_name_alerts_and_nothing_else_is_said(
        offline_bot, pages):
    bot = offline_bot
    group, admin, member, other_group = -3004, 35, 36, -3002
    await command(bot, group, "/watch 星河科技", user_id=admin)
    fetched = len(pages.log)
    mark = bot.mark()
    await url_message(bot, other_group, pages.url_for("/news/cloud"), user_id=member)  # watches nothing
    assert bot.replies(other_group, after=mark) == [] and len(pages.log) == fetched

    await url_message(bot, group, pages.url_for("/news/cloud"), user_id=member)
    [alert] = bot.replies(group, after=mark)
    assert "🔔" in alert.text and "<b>星河科技</b>" in alert.params["text"] and "128亿元" in alert.text
    assert not [c for c in bot.api.of("sendMessage", group, after=mark) if c.text.startswith("⏳")]

    mark = bot.mark()
    await url_message(bot, group, pages.url_for("/news/robots"), user_id=member)  # not about the name
    await url_message(bot, group, pages.url_for("/missing"), user_id=member)  # a dead link
    assert bot.replies(group, after=mark) == []
    # The links read join the group's history, as links read with auto-summary on do.
    assert db_value(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", group) == 2


async def test_a_quiet_read_that_fails_unexpectedly_is_logged_and_the_group_hears_nothing(offline_bot, pages, caplog):
    bot = offline_bot
    group, admin, member = -3005, 37, 38
    await command(bot, group, "/watch 星河科技", user_id=admin)
    # A storage fault, not a reader's error: the link's history row cannot be written.
    with sqlite3.connect(bot.db_path) as conn:
        conn.execute("CREATE TRIGGER no_history BEFORE INSERT ON chat_articles "
                     "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END")
    mark = bot.mark()
    with caplog.at_level(logging.ERROR):
        await url_message(bot, group, pages.url_for("/news/cloud"), user_id=member)
    assert bot.replies(group, after=mark) == []
    assert any("disk trouble" in (r.exc_text or "") or "disk trouble" in str(r.exc_info) for r in caplog.records)
