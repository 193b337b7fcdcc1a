"""An eighth walk-through of the bot (botpolish, 2026-12-07): what a demanding user still hit,
each through the real Application (real Updates, the Bot API answered offline), real SQLite
files and pages and feeds on 127.0.0.1. Sample texts are written for these tests."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

import pytest

from bot.render.i18n import t
from tests.feed_samples import PORTS, STEEL, rss
from tests.offlinebot import OfflineBot, OfflineRequest

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
GROUP, ADMIN, MEMBER = -7801, 78, 79
OFFLINE_ADMINS = {GROUP: {ADMIN}}
FLOOD = (429, "Too Many Requests: retry after 1", {"retry_after": 1})


def errors_logged(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def _texts(bot: OfflineBot, chat_id: int, text: str, *, lang: str = "en", user_id: int = ADMIN) -> list[str]:
    """What the chat was shown for one message, placeholders left out."""
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=lang, user_id=user_id)
    return [c.text for c in bot.replies(chat_id, after=mark) if not c.text.startswith("⏳") and not c.error]


@asynccontextmanager
async def _restarted(db_path):
    """The bot started again on the same database file (a new process would do the same)."""
    from bot.settings import Settings
    from bot.telegram.app import build_application

    api = OfflineRequest(admins=OFFLINE_ADMINS)
    settings = Settings.from_env({"TELEGRAM_BOT_TOKEN": "1:offline", "NEWSBRIEF_DB": str(db_path),
                                  "NEWSBRIEF_WORKERS": "0", "NEWSBRIEF_FEED_POLL_SECONDS": "3600",
                                  **OFFLINE_BOT_ENV})
    app = build_application(settings, request=api)
    async with app:
        await app.post_init(app)
        try:
            yield OfflineBot(app, api, db_path)
        finally:
            await app.post_shutdown(app)


async def _run_flood_jobs(bot: OfflineBot, chat_id: int) -> int:
    ran = 0
    for job in bot.app.job_queue.get_jobs_by_name(f"flood-{chat_id}"):
        job.schedule_removal()
        await job.run(bot.app)
        ran += 1
    return ran


# ---- 1. a reply held by a flood wait survives a restart --------------------------------------


async def test_replies_held_by_a_flood_wait_are_sent_after_a_restart_once_in_order(offline_bot, caplog):
    """Telegram's flood wait outlasted the limiter's retries and the bot restarted before it
    ended: the replies, held only in memory, were lost. Now they are kept in SQLite and the
    next start sends them, once, in the order they were made."""
    bot = offline_bot
    bot.api.refusing[("sendMessage", GROUP)] = FLOOD
    await bot.send(GROUP, "/history@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    await bot.send(GROUP, "/help@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    await bot.send(GROUP, "/lang@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    assert [c for c in bot.replies(GROUP) if not c.error] == []
    assert bot.db_row("SELECT COUNT(*) FROM held_replies")[0] >= 3
    await bot.app.post_shutdown(bot.app)  # the bot stops during the wait
    bot.app.bot_data.pop("service", None)  # (the fixture's own shutdown then has nothing to close)
    with caplog.at_level(logging.WARNING):
        async with _restarted(bot.db_path) as again:
            assert await _run_flood_jobs(again, GROUP) == 1
            shown = [c.text for c in again.replies(GROUP) if not c.error]
            assert shown[0] == t("history_empty", "en")
            assert shown[-1].startswith(t("lang_current", "en").split("{")[0][:12])
            assert len(shown) >= 3 and any("/summary" in text for text in shown[1:-1])  # /help between
            assert await _run_flood_jobs(again, GROUP) == 0  # once
            assert again.db_row("SELECT COUNT(*) FROM held_replies")[0] == 0
    assert errors_logged(caplog) == []


async def test_a_summary_held_past_a_restart_replaces_its_placeholder_once(offline_bot, pages):
    """A summary whose edit and whose new message were refused by the flood: after a restart
    the placeholder is edited into it once (no second copy from the job re-run)."""
    bot = offline_bot
    link = pages.url_for("/news/cloud")
    bot.api.refusing[("editMessageText", GROUP)] = FLOOD
    original = bot.api.do_request

    async def flood_after_placeholder(url, method, request_data=None, **timeouts):
        answer = await original(url, method, request_data, **timeouts)
        if url.endswith("/sendMessage") and ("sendMessage", GROUP) not in bot.api.refusing:
            bot.api.refusing[("sendMessage", GROUP)] = FLOOD
        return answer

    bot.api.do_request = flood_after_placeholder
    await bot.send(GROUP, f"/summary {link}", user_id=MEMBER, language_code="zh-hans")
    [placeholder] = [c for c in bot.replies(GROUP) if not c.error]
    await bot.app.post_shutdown(bot.app)
    bot.app.bot_data.pop("service", None)
    async with _restarted(bot.db_path) as again:
        await _run_flood_jobs(again, GROUP)
        summaries = [c for c in again.replies(GROUP) if not c.error and "128亿元" in c.text]
        assert len(summaries) == 1
        assert summaries[0].method == "editMessageText"
        assert int(summaries[0].params["message_id"]) == placeholder.result["message_id"]
        # a reply to the summary resolves to its article
        assert again.db_row("SELECT COUNT(*) FROM chat_messages WHERE chat_id = ?", GROUP)[0] >= 1



async def test_a_reply_made_while_others_are_held_goes_after_them(offline_bot):
    """The flood is over before the held reply's job runs and a member asks again: the new
    reply waits behind the held one, so the chat reads them in the order asked."""
    bot = offline_bot
    bot.api.refusing[("sendMessage", GROUP)] = FLOOD
    await bot.send(GROUP, "/history@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    bot.api.refusing.clear()
    await bot.send(GROUP, "/lang@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    assert [c for c in bot.replies(GROUP) if not c.error] == []
    assert await _run_flood_jobs(bot, GROUP) == 1
    shown = [c.text for c in bot.replies(GROUP) if not c.error]
    assert len(shown) == 2 and shown[0] == t("history_empty", "en")
    # and the chat is no longer held: the next reply goes out at once
    await bot.send(GROUP, "/history@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    assert [c.text for c in bot.replies(GROUP) if not c.error][-1] == t("history_empty", "en")


async def test_a_flood_that_never_ends_gives_the_reply_up_and_frees_the_chat(offline_bot, caplog, monkeypatch):
    from bot.telegram import sending

    LATER_ATTEMPTS = 2  # (each later send waits out the limiter's own retries first)
    monkeypatch.setattr(sending, "LATER_ATTEMPTS", LATER_ATTEMPTS)
    bot = offline_bot
    bot.api.refusing[("sendMessage", GROUP)] = FLOOD
    await bot.send(GROUP, "/history@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    for _ in range(LATER_ATTEMPTS):
        assert await _run_flood_jobs(bot, GROUP) == 1
    assert await _run_flood_jobs(bot, GROUP) == 0
    assert bot.db_row("SELECT COUNT(*) FROM held_replies")[0] == 0
    assert any("given up" in r.getMessage() for r in caplog.records)
    bot.api.refusing.clear()
    await bot.send(GROUP, "/history@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    assert [c.text for c in bot.replies(GROUP) if not c.error] == [t("history_empty", "en")]

# ---- 3. /feed add of several links at once ---------------------------------------------------


@pytest.mark.parametrize("lang, added, already, not_feed, unreachable", [
    ("en", "Feed added: Port Watch", "already follows", "not an RSS/Atom feed", "404"),
    ("zh-hans", "已添加订阅源：港口观察", "已经订阅了", "不是 RSS/Atom 订阅源", "404"),
])
async def test_feed_add_of_several_links_answers_each(offline_bot, feed_site, lang, added, already, not_feed,
                                                      unreachable):
    """`/feed add URL1 URL2` got the whole usage line and added nothing. Now each link is tried
    on its own and the reply names what became of each, in the order given."""
    bot = offline_bot
    title = "Port Watch" if lang == "en" else "港口观察"
    feed_site.expect_request("/ports.xml").respond_with_data(
        rss(title, [{"title": "Harbour volumes up", "link": "https://news.example/h1", "guid": "h1",
                     "description": PORTS}]), content_type="application/rss+xml")
    feed_site.expect_request("/old.xml").respond_with_data(
        rss("Steel Desk", [{"title": "Mill output", "link": "https://news.example/s1", "guid": "s1",
                            "description": STEEL}]), content_type="application/rss+xml")
    feed_site.expect_request("/page.html").respond_with_data("<html><body><p>hello</p></body></html>",
                                                             content_type="text/html")
    feed_site.expect_request("/gone.xml").respond_with_data("gone", status=404)
    await _texts(bot, GROUP, f"/feed add {feed_site.url_for('/old.xml')}", lang=lang)
    urls = [feed_site.url_for(p) for p in ("/ports.xml", "/old.xml", "/page.html", "/gone.xml")]
    [reply] = await _texts(bot, GROUP, "/feed add " + " ".join(urls), lang=lang)
    lines = reply.split("\n")
    positions = [next(i for i, line in enumerate(lines) if url in line) for url in urls]
    assert positions == sorted(positions)
    blocks = ["\n".join(lines[a:b]) for a, b in zip(positions, positions[1:] + [len(lines)])]
    assert added in blocks[0]
    assert already in blocks[1]
    assert not_feed in blocks[2]
    assert unreachable in blocks[3] or "404" in blocks[3]
    [listed] = await _texts(bot, GROUP, "/feed list", lang=lang)
    assert title in listed and "Steel Desk" in listed


async def test_feed_add_of_too_many_links_at_once_adds_none_and_says_why(offline_bot):
    bot = offline_bot
    links = " ".join(f"https://feeds.example/{n}.xml" for n in range(12))
    [reply] = await _texts(bot, GROUP, f"/feed add {links}")
    assert reply == t("feed_batch_too_many", "en", count=12, max=10)


# ---- 2. a group message with several links ---------------------------------------------------


async def _group_texts(bot: OfflineBot, text: str, *, lang: str) -> list:
    mark = bot.mark()
    await bot.send(GROUP, text, user_id=MEMBER, language_code=lang)
    return [c for c in bot.replies(GROUP, after=mark) if not c.text.startswith("⏳") and not c.error]


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
async def test_a_group_message_with_two_links_gets_both_read(offline_bot, pages, lang):
    """With auto-summary on, a member's message holding two links got the first one's summary
    and nothing about the second. Now each link gets its own answer, in order."""
    bot = offline_bot
    await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    first, second = pages.url_for("/news/cloud"), pages.url_for("/news/robots")
    shown = await _group_texts(bot, f"two reads {first} and {second}", lang=lang)
    summaries = [c.text for c in shown if c.buttons]
    assert len(summaries) == 2
    assert "128亿元" in summaries[0] and "Northwind" in summaries[1]
    # the same link twice (once with a tracking tag) is one link
    shown = await _group_texts(bot, f"{second}?utm_source=x {second}", lang=lang)
    assert len(shown) == 1


@pytest.mark.parametrize("lang, dead, over", [
    ("en", "The website answered with an error (HTTP 404).", "1 more link(s) in this message were not read"),
    ("zh-hans", "网站返回了错误（HTTP 404）。", "还有 1 个链接没有读"),
])
async def test_a_dead_link_among_several_is_named_and_links_past_the_cap_are_counted(offline_bot, pages, lang,
                                                                                     dead, over):
    bot = offline_bot
    await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    links = [pages.url_for("/missing"), pages.url_for("/news/cloud"), pages.url_for("/news/robots"),
             pages.url_for("/news/cloud") + "?p=2"]
    shown = [c.text for c in await _group_texts(bot, " ".join(links), lang=lang)]
    assert shown[0] == f"{links[0]}\n{dead}"
    assert "128亿元" in shown[1] and "Northwind" in shown[2]
    assert over in shown[3] and len(shown) == 4



async def test_a_link_of_several_read_here_not_long_ago_gets_the_pointer(offline_bot, pages):
    bot = offline_bot
    await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    first, second = pages.url_for("/news/cloud"), pages.url_for("/news/robots")
    await _group_texts(bot, first, lang="en")
    shown = await _group_texts(bot, f"{first} {second}", lang="en")
    assert shown[0].text.startswith(first + "\n") and "#1" in shown[0].text and not shown[0].buttons
    assert "Northwind" in shown[1].text and len(shown) == 2


async def test_without_auto_summary_the_second_link_is_read_for_the_watchlist_too(offline_bot, pages):
    """A group that watches a name and does not summarize every link: the article about the
    name, shared as the second link of a message, raised no alert (only the first was read)."""
    bot = offline_bot
    await bot.send(GROUP, "/watch 星河科技", user_id=ADMIN)
    shown = await _group_texts(bot, f"{pages.url_for('/news/robots')} {pages.url_for('/news/cloud')}", lang="zh-hans")
    assert len(shown) == 1 and "🔔" in shown[0].text and "128亿元" in shown[0].text

async def test_summary_of_two_links_in_a_group_reads_both(offline_bot, pages):
    bot = offline_bot
    first, second = pages.url_for("/news/cloud"), pages.url_for("/news/robots")
    shown = await _group_texts(bot, f"/summary {first} {second}", lang="en")
    assert [("128亿元" in c.text, "Northwind" in c.text) for c in shown] == [(True, False), (False, True)]


# ---- 4. tracking parameters do not make one article two ---------------------------------------


@pytest.mark.parametrize("shared, plain", [
    ("https://mp.weixin.qq.com/s?__biz=MzA1&mid=22&idx=1&sn=ab12&chksm=9f&scene=21&exportkey=Q%2B&pass_ticket=zz"
     "&ascene=1&sharer_shareinfo=x&sharer_shareinfo_first=y", "https://mp.weixin.qq.com/s?__biz=MzA1&idx=1&mid=22&sn=ab12"),
    ("https://www.bilibili.com/read/cv123?spm_id_from=333.999.0.0&vd_source=abc",
     "https://www.bilibili.com/read/cv123"),
    ("https://www.xiaohongshu.com/explore/64ab?xsec_token=AB1&xsec_source=pc_share",
     "https://www.xiaohongshu.com/explore/64ab"),
    ("https://news.example.cn/a.html?id=42&p=2&utm_source=wx&gclid=1&gbraid=2&_gl=3&srsltid=4",
     "https://news.example.cn/a.html?id=42&p=2"),
    ("https://www.toutiao.example/article/7?req_id=2026&share_token=t&tt_from=weixin",
     "https://www.toutiao.example/article/7"),
])
def test_share_and_click_tags_are_not_part_of_an_article_key(shared, plain):
    """Share tokens of WeChat (exportkey, pass_ticket, sharer_*), Bilibili (spm_id_from),
    Xiaohongshu (xsec_*) and click ids (gbraid, _gl, srsltid) made one article two cache
    entries; the parameters that select the article (id=, p=, mid=, idx=, sn=) stay."""
    from storage.normalize import normalize_url

    assert normalize_url(shared) == normalize_url(plain)


@pytest.mark.parametrize("url", ["https://news.example.cn/show?id=1", "https://news.example.cn/?p=77",
                                 "https://news.example.cn/a?page=2", "https://news.example.cn/list?cat=tech"])
def test_parameters_that_select_a_page_are_kept(url):
    from storage.normalize import normalize_url

    assert normalize_url(url) == url


async def test_a_feed_whose_links_change_their_tracking_tag_each_poll_brings_no_story_twice(offline_bot, feed_site):
    """A feed whose item guids are the item links with a campaign tag of the day: every poll
    stored each item again (its guid looked new), so the next digest told the same stories
    again. A guid that is a link is now keyed as a link (tracking tags dropped)."""
    import sqlite3

    from tests.test_feeds_walkthrough7 import _poll

    bot = offline_bot

    def served(tag: str) -> bytes:
        return rss("Steel Desk", [{"title": "Mill output falls", "link": f"https://news.example/s1?utm_campaign={tag}",
                                   "guid": f"https://news.example/s1?utm_campaign={tag}", "description": STEEL}])

    feed_site.expect_request("/feed.xml").respond_with_data(served("day1"), content_type="application/rss+xml")
    await _texts(bot, GROUP, f"/feed add {feed_site.url_for('/feed.xml')}")
    feed_site.clear()
    feed_site.expect_request("/feed.xml").respond_with_data(served("day2"), content_type="application/rss+xml")
    await _poll(bot)
    with sqlite3.connect(bot.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM feed_items").fetchone()[0] == 1


async def test_items_stored_under_their_written_guid_before_the_upgrade_are_not_new_again(offline_bot, feed_site):
    """Items stored before guids were normalized keep their guid as written: the next poll
    finds them by it and stores nothing new."""
    import sqlite3

    from tests.test_feeds_walkthrough7 import _poll

    bot = offline_bot
    link = "https://news.example/s2?utm_source=rss"
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("Steel Desk", [{"title": "Mill output", "link": link, "guid": link, "description": STEEL}]),
        content_type="application/rss+xml")
    await _texts(bot, GROUP, f"/feed add {feed_site.url_for('/feed.xml')}")
    with sqlite3.connect(bot.db_path) as conn:
        conn.execute("UPDATE feed_items SET guid = ?", (link,))  # as an earlier version stored it
    await _poll(bot)
    with sqlite3.connect(bot.db_path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM feed_items").fetchone()[0] == 1


# ---- the walk-through's rough replies --------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
async def test_a_private_message_whose_first_link_is_dead_still_reads_the_others(offline_bot, pages, lang):
    """Two links in a private chat, the first dead: only "the website answered 404", the second
    link not mentioned (the note came only with a summary). Since botwalk9 the second is read."""
    bot = offline_bot
    shown = await _texts(bot, 7802, f"{pages.url_for('/missing')} {pages.url_for('/news/robots')}", lang=lang,
                         user_id=7802)
    assert len(shown) == 2 and "404" in shown[0] and "Northwind" in shown[1]


@pytest.mark.parametrize("lang, said", [("en", "00:00 to 23:59"), ("zh-hans", "00:00 到 23:59")])
async def test_a_time_out_of_range_is_told_the_range(offline_bot, lang, said):
    """`/subscribe 25:00` was told "Times look like HH:MM", which 25:00 does."""
    reply = "\n".join(await _texts(offline_bot, 7803, "/subscribe 25:00", lang=lang, user_id=7803))
    assert said in reply
