"""A walk-through of feeds and digests as a group admin (feeds7, 2026-12-07): what it found,
each through the real Application (real Updates, the Bot API answered offline), feeds served
by a real HTTP server on 127.0.0.1 and real SQLite files. Sample texts are written here."""

from __future__ import annotations

import pytest

from tests.feed_samples import PORTS, ROBOTS, STEEL, rss

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
GROUP, ADMIN, OTHER_ADMIN = -7701, 77, 78
OFFLINE_ADMINS = {GROUP: {ADMIN, OTHER_ADMIN}}


async def _texts(bot, chat_id: int, text: str, *, lang: str = "zh-hans", user_id: int = ADMIN) -> list[str]:
    """What the chat was shown for one message, placeholders left out."""
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=lang, user_id=user_id)
    return [c.text for c in bot.replies(chat_id, after=mark) if not c.text.startswith("⏳")]


# ---- a feed whose charset is declared wrongly, or not at all --------------------------------


@pytest.mark.parametrize("declared, header", [
    ("utf-8", "application/rss+xml; charset=utf-8"),  # says UTF-8, is GB18030
    (None, "text/xml"),  # says nothing: an XML parser assumes UTF-8, feedparser fell to cp1252
    ("iso-8859-1", "application/rss+xml"),  # a CMS default
])
async def test_a_gb18030_feed_that_misdeclares_its_charset_is_read_as_chinese(offline_bot, feed_site, declared, header):
    """A GB18030 feed declared UTF-8 (or nothing, or Latin-1) was added as "¹â·ü¹Û²ì", and its
    stories went into the group's digest as "¹â·üÆóÒµÇ©ÏÂ´óµ¥": feedparser trusts the declaration
    and falls back to windows-1252. Feeds are now decoded as pages are (a declaration the bytes
    do not fit is ignored; GB18030 and Big5 told apart)."""
    bot = offline_bot
    data = rss("光伏观察", [{"title": "港口吞吐量回升", "link": "https://news.example/p1", "guid": "p1",
                             "description": PORTS}], encoding="gb18030")
    data = data.replace(b'encoding="gb18030"', f'encoding="{declared}"'.encode() if declared else b"")
    feed_site.expect_request("/gbk.xml").respond_with_data(data, content_type=header)
    [added] = await _texts(bot, GROUP, f"/feed add {feed_site.url_for('/gbk.xml')}")
    assert "光伏观察" in added
    [listed] = await _texts(bot, GROUP, "/feed list")
    assert "光伏观察" in listed
    digest = "\n".join(await _texts(bot, GROUP, "/digest"))
    assert "港口吞吐量回升" in digest and "集装箱" in digest
    assert not any(ch in digest for ch in "¹âÆÓ²")


def test_a_western_page_declared_latin1_stays_latin1():
    """The guard of the fix above: accented Western text is not taken for Chinese."""
    from bot.web.fetch import decode_text

    text = "Le président a déclaré que l'économie était à la hausse. Über Größe, Señor Muñoz, año difícil."
    assert decode_text(text.encode("latin-1"), header_charset="iso-8859-1") == (text, "cp1252")


# ---- a headline with "<" and ">" as characters ----------------------------------------------

ACME = ("Acme Corp said on Monday its third-quarter revenue rose 12% to $4.5 billion, beating analysts' "
        "estimates, and it raised its outlook for the full year. The company also announced a $2 billion "
        "share buyback. Its shares rose 5% in early trading in New York on the news.")


async def test_a_plain_text_headline_keeps_its_angle_brackets(offline_bot, feed_site):
    """An Atom title (type="text") "Acme beats <estimates> & more" reached the digest as "Acme beats
    & more", and an RSS title "Revenue < $5bn, costs > plan" as "Revenue  plan": the text was
    stripped of "tags" it never had. The digest shows them, escaped for Telegram."""
    bot = offline_bot
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
            '<id>urn:w</id><updated>2026-12-07T08:00:00Z</updated><entry><title>Acme beats &lt;estimates&gt; '
            '&amp; more</title><link href="https://news.example/acme"/><id>urn:acme</id>'
            f'<updated>2026-12-07T08:00:00Z</updated><content type="html">{ACME}</content></entry></feed>')
    feed_site.expect_request("/atom.xml").respond_with_data(atom.encode(), content_type="application/atom+xml")
    feed_site.expect_request("/rss.xml").respond_with_data(
        rss("Desk", [{"title": "Robots: revenue &lt; $5bn, costs &gt; plan", "link": "https://news.example/r",
                      "guid": "r", "description": ROBOTS}]), content_type="application/rss+xml")
    for path in ("/atom.xml", "/rss.xml"):
        await _texts(bot, GROUP, f"/feed add {feed_site.url_for(path)}", lang="en")
    mark = bot.mark()
    await bot.send(GROUP, "/digest", language_code="en", user_id=ADMIN)
    sent = [c for c in bot.replies(GROUP, after=mark) if c.method == "sendMessage"]
    assert sent and not any(c.error for c in sent)  # Telegram took the HTML
    digest = "\n".join(c.text for c in sent)
    assert "Acme beats &lt;estimates&gt; &amp; more" in digest
    assert "Robots: revenue &lt; $5bn, costs &gt; plan" in digest


# ---- two admins send /digest at once ---------------------------------------------------------


async def test_a_second_digest_in_the_same_second_is_answered(offline_bot, feed_site):
    """Two admins of a busy group sent /digest in the same second: the first got the digest, the
    second nothing at all (its on-demand period was already claimed, and the command said
    nothing). It is now told a digest went out just now. (The clock is held still, as
    NEWSBRIEF_FAKE_NOW would, so the two fall in one second.)"""
    from bot.telegram.jobs import digest_service
    from tests.conftest import ManualClock

    bot = offline_bot
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("钢铁周报", [{"title": "粗钢日产下降", "link": "https://news.example/s", "guid": "s",
                          "description": STEEL * 2}]), content_type="application/rss+xml")
    await _texts(bot, GROUP, f"/feed add {feed_site.url_for('/feed.xml')}")
    service = digest_service(bot.app)
    service.clock = ManualClock(service.clock.now())
    first = await _texts(bot, GROUP, "/digest")
    assert "粗钢日产下降" in "\n".join(first)
    [second] = await _texts(bot, GROUP, "/digest", user_id=OTHER_ADMIN)
    assert "刚刚已经发出一份简报" in second


# ---- a feed whose XML breaks off --------------------------------------------------------------

TRUNCATED = b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><chan'


async def _poll(bot) -> None:
    """One run of the bot's feed-poll job, every feed due now."""
    import sqlite3

    from telegram.ext import CallbackContext

    from bot.telegram.jobs import _poll_feeds

    with sqlite3.connect(bot.db_path) as conn:
        conn.execute("UPDATE feeds SET next_poll_at = NULL")
    await _poll_feeds(CallbackContext(bot.app))


@pytest.mark.parametrize("lang, said", [("zh-hans", "XML 是坏的"), ("en", "XML is broken")])
async def test_a_truncated_feed_is_refused_with_its_reason(offline_bot, feed_site, lang, said):
    """`/feed add` of a feed cut off mid-file ("<rss version="2.0"><chan") answered "Feed added:
    http://…/feed.xml" and followed an empty feed that would never bring a story."""
    bot = offline_bot
    feed_site.expect_request("/feed.xml").respond_with_data(TRUNCATED, content_type="application/rss+xml")
    [reply] = await _texts(bot, GROUP, f"/feed add {feed_site.url_for('/feed.xml')}", lang=lang)
    assert said in reply
    assert bot.db_row("SELECT COUNT(*) FROM feeds") == (0,)


async def test_a_followed_feed_that_starts_serving_broken_xml_counts_as_failing(offline_bot, feed_site):
    """A followed feed whose file broke off (a half-written upload) was polled as a success with
    nothing new, for ever: never marked failing in /feed list, never paused, nobody told."""
    bot = offline_bot
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("港口", [{"title": "吞吐量回升", "link": "https://news.example/p", "guid": "p", "description": PORTS}]),
        content_type="application/rss+xml")
    await _texts(bot, GROUP, f"/feed add {feed_site.url_for('/feed.xml')}")
    feed_site.clear()
    feed_site.expect_request("/feed.xml").respond_with_data(TRUNCATED, content_type="application/rss+xml")
    await _poll(bot)
    assert bot.db_row("SELECT failures FROM feeds") == (1,)
    [listed] = await _texts(bot, GROUP, "/feed list")
    assert "港口" in listed and "失败" in listed


# ---- a paused feed that works again ----------------------------------------------------------


@pytest.mark.parametrize("lang, resumed", [("zh-hans", "已恢复"), ("en", "no longer paused")])
async def test_a_paused_feed_added_again_once_it_works_is_polled_again(offline_bot, feed_site, lang, resumed):
    """A feed that kept failing was paused and each chat told to add it again to retry. Added
    again it answered "This chat already follows …" and stayed paused for good; removed and
    added, it stayed paused too while another chat followed it. Adding it once it answers
    resumes it, for every chat that follows it."""
    import sqlite3

    bot = offline_bot
    url = feed_site.url_for("/feed.xml")
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("港口", [{"title": "吞吐量回升", "link": "https://news.example/p", "guid": "p", "description": PORTS}]),
        content_type="application/rss+xml")
    for chat in (GROUP, 7702):
        await _texts(bot, chat, f"/feed add {url}", lang=lang, user_id=ADMIN if chat < 0 else chat)
    feed_site.clear()
    feed_site.expect_request("/feed.xml").respond_with_data("gone", status=404)
    with sqlite3.connect(bot.db_path) as conn:
        conn.execute("UPDATE feeds SET failures = 7")
    mark = bot.mark()
    await _poll(bot)
    assert bot.db_row("SELECT paused FROM feeds") == (1,)
    assert any("/feed add" in c.text for c in bot.replies(GROUP, after=mark))
    feed_site.clear()
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("港口", [{"title": "钢价走弱", "link": "https://news.example/s", "guid": "s", "description": STEEL * 2}]),
        content_type="application/rss+xml")
    # The private chat, still following it, adds it again: resumed, and said so.
    [again] = await _texts(bot, 7702, f"/feed add {url}", lang=lang, user_id=7702)
    assert resumed in again
    assert bot.db_row("SELECT paused, failures FROM feeds") == (0, 0)
    [listed] = await _texts(bot, GROUP, "/feed list", lang=lang)
    assert "暂停" not in listed and "paused" not in listed
    digest = "\n".join(await _texts(bot, GROUP, "/digest", lang=lang))
    assert "钢价走弱" in digest


async def test_a_paused_feed_removed_and_added_while_another_chat_follows_it_is_resumed(offline_bot, feed_site):
    """The pause notice said "remove and re-add"; where another chat still followed the feed,
    its paused row stayed and so did the pause."""
    import sqlite3

    bot = offline_bot
    url = feed_site.url_for("/feed.xml")
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("港口", [{"title": "吞吐量回升", "link": "https://news.example/p", "guid": "p", "description": PORTS}]),
        content_type="application/rss+xml")
    for chat in (GROUP, 7702):
        await _texts(bot, chat, f"/feed add {url}", user_id=ADMIN if chat < 0 else chat)
    with sqlite3.connect(bot.db_path) as conn:
        conn.execute("UPDATE feeds SET paused = 1, failures = 8")
    await _texts(bot, GROUP, "/feed remove 1")
    [added] = await _texts(bot, GROUP, f"/feed add {url}")
    assert "港口" in added
    assert bot.db_row("SELECT paused, failures FROM feeds") == (0, 0)


# ---- /feed remove as an admin types it --------------------------------------------------------


@pytest.mark.parametrize("lang", ["zh-hans", "en"])
async def test_feed_remove_takes_the_link_the_list_shows_and_a_marked_number(offline_bot, feed_site, lang):
    """`/feed list` links each feed; an admin pasting it back (`/feed remove https://…`) got the
    whole usage line, as did `/feed remove #2` and a full-width `２` from a Chinese keyboard. An
    unknown link is said to be unknown."""
    bot = offline_bot
    for path, title, body in (("/a.xml", "港口", PORTS), ("/b.xml", "钢铁", STEEL * 2), ("/c.xml", "机器人", ROBOTS)):
        feed_site.expect_request(path).respond_with_data(
            rss(title, [{"title": title + "新闻", "link": f"https://news.example{path}", "guid": path,
                         "description": body}]), content_type="application/rss+xml")
        await _texts(bot, GROUP, f"/feed add {feed_site.url_for(path)}", lang=lang)
    [removed] = await _texts(bot, GROUP, f"/feed remove {feed_site.url_for('/b.xml')}", lang=lang)
    assert "钢铁" in removed
    [removed] = await _texts(bot, GROUP, "/feed remove #2", lang=lang)
    assert "机器人" in removed
    [removed] = await _texts(bot, GROUP, "/feed remove １", lang=lang)
    assert "港口" in removed
    assert bot.db_row("SELECT COUNT(*) FROM chat_feeds") == (0,)
    [unknown] = await _texts(bot, GROUP, f"/feed remove {feed_site.url_for('/nope.xml')}", lang=lang)
    assert ("没有订阅这个链接" if lang != "en" else "follows no feed at that link") in unknown


# ---- /digest before any feed ------------------------------------------------------------------


@pytest.mark.parametrize("lang, hint", [("zh-hans", "/feed add"), ("en", "/feed add")])
async def test_a_digest_in_a_chat_with_no_feeds_says_how_to_add_one(offline_bot, lang, hint):
    """A new admin's first /digest, before any feed, got only "Nothing new this time: no new
    items from the feeds or the links shared here", as if feeds were followed and quiet."""
    bot = offline_bot
    replies = await _texts(bot, GROUP, "/digest", lang=lang)
    assert len(replies) == 2 and hint in replies[1] and hint not in replies[0]
