"""A ninth walk-through of the bot (botwalk9, 2026-12-07): a demanding user in private chats
and groups, each finding fixed as a class and driven through the real Application (real
Updates, the Bot API answered offline), real SQLite files and pages on 127.0.0.1, or the
console's command layer. Sample texts are written for these tests."""

from __future__ import annotations

import logging

import pytest

from tests.offlinebot import OfflineBot

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
GROUP, ADMIN, MEMBER = -7901, 79, 80
OFFLINE_ADMINS = {GROUP: {ADMIN}}


def errors_logged(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def _shown(bot: OfflineBot, chat_id: int, text: str, *, lang: str = "en", user_id: int | None = None) -> list:
    """What the chat was shown for one message (calls), placeholders left out."""
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=lang, user_id=user_id or abs(chat_id))
    return [c for c in bot.replies(chat_id, after=mark) if not c.text.startswith("⏳") and not c.error]


# ---- 1. one policy for the links of a message, private chats and groups alike ------------------


@pytest.mark.parametrize("chat_id, user_id", [(7902, 7902), (GROUP, MEMBER)])
async def test_a_message_of_two_links_gets_both_read_in_a_private_chat_as_in_a_group(offline_bot, pages, chat_id,
                                                                                     user_id):
    """A private chat read only the first link of a message (and said how many were left),
    a group up to three: now every chat reads up to three, one answer each."""
    bot = offline_bot
    if chat_id < 0:
        await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    first, second = pages.url_for("/news/cloud"), pages.url_for("/news/robots")
    shown = await _shown(bot, chat_id, f"two reads {first} and {second}", user_id=user_id)
    summaries = [c.text for c in shown if c.buttons]
    assert len(summaries) == 2 and len(shown) == 2
    assert "128亿元" in summaries[0] and "Northwind" in summaries[1]


@pytest.mark.parametrize("lang, dead, over", [
    ("en", "The website answered with an error (HTTP 404).", "1 more link(s) in this message were not read"),
    ("zh-hans", "网站返回了错误（HTTP 404）。", "还有 1 个链接没有读"),
])
async def test_a_private_chat_names_a_dead_link_and_counts_links_past_the_cap(offline_bot, pages, lang, dead, over):
    bot = offline_bot
    links = [pages.url_for("/missing"), pages.url_for("/news/cloud"), pages.url_for("/news/robots"),
             pages.url_for("/news/cloud") + "?p=2"]
    shown = [c.text for c in await _shown(bot, 7903, " ".join(links), lang=lang)]
    assert shown[0] == f"{links[0]}\n{dead}"
    assert "128亿元" in shown[1] and "Northwind" in shown[2]
    assert over in shown[3] and len(shown) == 4


async def test_two_spellings_of_one_link_in_a_private_chat_are_one_link(offline_bot, pages):
    link = pages.url_for("/news/robots")
    shown = await _shown(offline_bot, 7904, f"{link}?utm_source=x {link} http://[::1")
    assert len(shown) == 1 and shown[0].buttons and "Northwind" in shown[0].text


# ---- 3. the link shown is the clean one -----------------------------------------------------


async def test_a_digest_story_and_a_watch_alert_show_the_link_without_tracking_tags(offline_bot, feed_site):
    """A feed's item link `…/s?id=7&utm_source=rss&spm=a1.b2#top` reached the digest (and the
    watchlist alert) as given, although the cache and the feed dedupe strip those tags."""
    from tests.feed_samples import STEEL, rss

    bot = offline_bot
    tagged = "https://news.example/s?id=7&utm_source=rss&spm=a1.b2&utm_medium=feed#top"
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("钢铁周报", [{"title": "粗钢日产下降", "link": tagged.replace("&", "&amp;"), "guid": "s",
                          "description": STEEL * 2}]), content_type="application/rss+xml")
    await bot.send(GROUP, "/watch 粗钢", user_id=ADMIN, language_code="zh-hans")
    await bot.send(GROUP, f"/feed add {feed_site.url_for('/feed.xml')}", user_id=ADMIN, language_code="zh-hans")
    shown = await _shown(bot, GROUP, "/digest", lang="zh-hans", user_id=ADMIN)
    html = "\n".join(c.params.get("text", "") for c in shown)
    assert "粗钢日产下降" in html
    assert 'href="https://news.example/s?id=7#top"' in html and "utm_" not in html and "spm" not in html


@pytest.mark.parametrize("given, shown", [
    ("https://a.example/x?utm_source=wx&id=3&from=timeline", "https://a.example/x?id=3"),
    ("https://a.example/x?ID=3&Page=2&spm_id_from=333", "https://a.example/x?ID=3&Page=2"),
    ("https://a.example/x?utm_campaign=a", "https://a.example/x"),
    ("https://a.example/x#frag", "https://a.example/x#frag"),
    ("https://a.example/x?q=a%26b&fbclid=zz", "https://a.example/x?q=a%26b"),
])
def test_a_shown_link_keeps_what_it_selects_as_written(given, shown):
    from storage.normalize import clean_link, normalize_url

    assert clean_link(given) == shown
    assert normalize_url(clean_link(given)) == normalize_url(given)  # the same article
