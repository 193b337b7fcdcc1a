"""What a new reader met on a first run, through the real Application (real Updates, the
Bot API answered offline as in test_bot_handlers), a real SQLite file and real HTTP servers
on 127.0.0.1: a feed added twice is said to be followed already (it ended in "something went
wrong"), …. Sample texts are written for these tests."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from pytest_httpserver import HTTPServer

from bot.render.i18n import t
from tests.feed_samples import rss
from tests.offlinebot import OfflineBot

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}


@pytest.fixture
def feed_site():
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    feed = rss("Grid Weekly", [{"title": "Storage orders rise", "link": server.url_for("/a"), "guid": "a",
                                "description": "Orders rose.", "published": datetime(2026, 12, 2, 8, tzinfo=timezone.utc)}])
    server.expect_request("/rss.xml").respond_with_data(feed, content_type="application/rss+xml; charset=utf-8")
    yield server
    server.clear()
    server.stop()


async def _replies(bot: OfflineBot, chat_id: int, text: str, language_code: str = "en") -> list[str]:
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=language_code)
    return [c.text for c in bot.replies(chat_id, after=mark)]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_feed_added_twice_is_followed_once_and_the_reader_is_told_so(offline_bot, feed_site, lang):
    url = feed_site.url_for("/rss.xml")
    assert await _replies(offline_bot, 31, f"/feed add {url}", lang) == [t("feed_added", lang, title="Grid Weekly")]
    again = await _replies(offline_bot, 31, f"/feed add {url}", lang)
    assert again == [t("feed_already", lang, title="Grid Weekly")]
    assert offline_bot.db_row("SELECT count(*) FROM chat_feeds WHERE chat_id = 31") == (1,)
    # A filter given with the feed again is still set.
    filtered = await _replies(offline_bot, 31, f"/feed add {url} include:grid", lang)
    assert filtered[0] == t("feed_already", lang, title="Grid Weekly") and "grid" in filtered[1]
