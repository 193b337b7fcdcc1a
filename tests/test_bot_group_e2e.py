"""End to end in groups with privacy mode off: auto-summary of shared links,
the per-user rate limit in a group, and the fetch settings reaching the bot.

One `newsbrief run` process serves the module, configured like a small deployment:
privacy mode off in BotFather (getMe says can_read_all_group_messages), two summaries
a minute per user, a 20 kB page cap and its own User-Agent. The privacy-mode-on case
is in tests/test_bot_e2e.py (its fake keeps privacy mode on).
"""

from __future__ import annotations

import sqlite3

from tests.botharness import ARTICLE_EN, ARTICLE_ZH, BotProcess
from tests.conftest import MAX_PAGE_BYTES, PAGE_TITLE
from tests.fakebotapi import FakeBotAPI
from tests.pages import ARTICLE_ZH_TEXT

RATE_LIMIT = 2
USER_AGENT = "newsbrief-e2e/1.0 (+https://example.invalid/bot)"
TITLE = PAGE_TITLE
FAKE_BOT_API = {"can_read_all_group_messages": True}
BOT_ENV = {
    "NEWSBRIEF_RATE_LIMIT": str(RATE_LIMIT),
    "NEWSBRIEF_FETCH_MAX_BYTES": str(MAX_PAGE_BYTES),
    "NEWSBRIEF_FETCH_USER_AGENT": USER_AGENT,
}


def db_value(bot: BotProcess, sql: str, *params):
    with sqlite3.connect(bot.db_path) as conn:
        row = conn.execute(sql, params).fetchone()
    return row[0] if row else None


def command(fake: FakeBotAPI, chat_id: int, text: str, *, user_id: int, predicate=None, **kwargs):
    mark = fake.mark()
    fake.command(chat_id, text, user_id=user_id, **kwargs)
    return fake.wait_reply(chat_id, after=mark, predicate=predicate)


def url_message(fake: FakeBotAPI, chat_id: int, url: str, *, user_id: int) -> dict:
    """A plain message holding only a link, with the url entity Telegram adds."""
    return fake.send_text(chat_id, url, user_id=user_id, entities=[{"type": "url", "offset": 0, "length": len(url)}])


def is_summary(call) -> bool:
    """A summary message: it carries the view buttons (refusals and errors do not)."""
    return bool(call.buttons)


def replies_to(fake: FakeBotAPI, chat_id: int, message_id: int, *, after: int) -> list:
    return [c for c in fake.calls_of("sendMessage", after=after, chat_id=chat_id)
            if (c.params.get("reply_parameters") or {}).get("message_id") == message_id]


def test_admin_turns_on_auto_summary_and_a_members_plain_link_becomes_a_summary(fake, bot, pages):
    group, admin, member = -3001, 31, 32
    fake.set_admins(group, admin)
    url = pages.url_for("/news/cloud")
    start = fake.mark()

    # Auto-summary is off by default: a plain link is left alone (checked at the end,
    # once a summary has had all the time it needs).
    ignored = url_message(fake, group, url, user_id=member)

    refusal = command(fake, group, "/settings auto on", user_id=member)
    assert "只有群管理员" in refusal.text
    assert not db_value(bot, "SELECT auto_summary FROM chats WHERE id = ?", group)

    mark = fake.mark()
    fake.command(group, "/settings auto on", user_id=admin)
    shown = fake.wait_reply(group, after=mark, predicate=lambda c: "自动摘要群里分享的链接：开" in c.text)
    assert any("设置已保存" in c.text for c in fake.calls_of("sendMessage", after=mark, chat_id=group))
    # Privacy mode is off, so there is nothing to fix in BotFather.
    assert not [c for c in fake.calls_of("sendMessage", after=mark, chat_id=group) if "BotFather" in c.text]
    assert shown.ok and db_value(bot, "SELECT auto_summary FROM chats WHERE id = ?", group) == 1

    mark = fake.mark()
    shared = url_message(fake, group, url, user_id=member)
    summary = fake.wait_reply(group, after=mark, predicate=lambda c: TITLE in c.text)
    assert "128亿元" in summary.text and summary.buttons
    assert replies_to(fake, group, shared["message_id"], after=mark), "the summary answers the shared link"
    assert not replies_to(fake, group, ignored["message_id"], after=start), "auto-summary was off for it"


def test_admin_is_not_told_about_privacy_mode_when_it_is_off(fake, bot):
    """The contrast to test_bot_e2e's privacy-mode-on case: the hint depends on getMe."""
    group, admin = -3002, 33
    fake.set_admins(group, admin)
    mark = fake.mark()
    fake.command(group, "/settings auto on", user_id=admin)
    fake.wait_reply(group, after=mark, predicate=lambda c: "自动摘要群里分享的链接" in c.text)
    assert not [c for c in fake.calls_of("sendMessage", after=mark, chat_id=group) if "setprivacy" in c.text]


def test_rate_limit_in_a_group_is_per_user_and_in_the_chats_language(fake, bot):
    group, admin, busy, other = -3003, 34, 35, 36
    fake.set_admins(group, admin)
    assert "English" in command(fake, group, "/lang en", user_id=admin).text

    # Two summaries for one member: /summary with a text, and /summary as a reply.
    first = command(fake, group, f"/summary {ARTICLE_ZH}", user_id=busy, predicate=is_summary)
    assert "128" in first.text and "Numbers" in str(first.buttons)
    shared = fake.send_text(group, ARTICLE_ZH_TEXT, user_id=other)
    second = command(fake, group, "/summary", user_id=busy, reply_to=shared["message_id"], predicate=is_summary)
    assert "东湖新能源" in second.text
    assert db_value(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", group) == 2

    # The third within the minute gets the polite refusal, in the group's language
    # (English) although the member's app is Chinese, and nothing is summarized.
    mark = fake.mark()
    refused = command(fake, group, f"/summary {ARTICLE_EN}", user_id=busy)
    assert "Please slow down" in refused.text and f"at most {RATE_LIMIT} summaries" in refused.text
    # Refused at once: no "working…" placeholder to edit afterwards.
    assert [c.text for c in fake.calls_of("sendMessage", after=mark, chat_id=group)] == [refused.text]
    assert not fake.calls_of("editMessageText", after=mark, chat_id=group)
    assert "Northwind" not in refused.text
    assert db_value(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", group) == 2
    assert db_value(bot, "SELECT COUNT(*) FROM articles WHERE text LIKE 'Northwind%'") == 0

    # The limit is the member's, not the group's: another member is still served.
    served = command(fake, group, f"/summary {ARTICLE_EN}", user_id=other, predicate=is_summary)
    assert "Northwind" in served.text
    assert db_value(bot, "SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", group) == 3


def test_fetch_settings_reach_the_bot(fake, bot, pages):
    chat = 3101
    mark = fake.mark()
    url_message(fake, chat, pages.url_for("/news/bulky"), user_id=chat)
    refused = fake.wait_reply(chat, after=mark)
    assert "网页内容太大" in refused.text
    # Every page the bot fetched in this module was asked for with the configured User-Agent.
    agents = {request.headers.get("User-Agent") for request, _ in pages.log}
    assert agents == {USER_AGENT}
