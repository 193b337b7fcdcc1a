"""A fourth new-user walk-through (2026-12-07): what it found, each through the real
Application (real Updates, the Bot API answered offline), real SQLite files and real
servers on 127.0.0.1. Sample texts and feeds are written for these tests."""

from __future__ import annotations

import html
import logging
import re
import sqlite3
from datetime import UTC, datetime

import pytest
from telegram.ext import CallbackContext

from bot.errors import NoArticle
from bot.render.i18n import error_text, t
from tests.botharness import ARTICLE_EN, ARTICLE_ZH
from tests.feed_samples import rss
from tests.offlinebot import OfflineBot
from tests.test_demanding_user import STORY_ZH, _console, _say

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
MUTED, OPEN, ADMIN = -7101, -7102, 71
OFFLINE_ADMINS = {MUTED: {ADMIN}, OPEN: {ADMIN}}

FILLER = "本周储能板块整体平稳，上游材料价格小幅波动，多家机构发布了季度展望，行业订单保持稳定增长。" * 3
STORY = ("宁德时代今日宣布在匈牙利新建储能电池工厂，总投资约73亿欧元，预计2026年投产。"
         "公司表示，新工厂将主要服务欧洲车企客户，并带动当地上下游产业链发展。"
         "分析人士认为，此举将进一步巩固宁德时代在欧洲市场的领先地位。") * 2


def _item(slug: str, title: str, body: str) -> dict:
    return {"title": title, "link": f"https://news.example/{slug}", "guid": slug, "description": body,
            "published": datetime.now(UTC)}  # (as feeds publish: just now, whatever the date)


async def _poll(bot: OfflineBot) -> None:
    """One run of the bot's feed-poll job, every feed due now."""
    from bot.telegram.jobs import _poll_feeds

    with sqlite3.connect(bot.db_path) as conn:
        conn.execute("UPDATE feeds SET next_poll_at = NULL")
    await _poll_feeds(CallbackContext(bot.app))


# ---- a chat the bot may no longer post in costs no other chat its alert ---------------------


@pytest.mark.parametrize("refusal", [
    (400, "Bad Request: not enough rights to send text messages to the chat"),
    (400, "Bad Request: chat not found"),
])
@pytest.mark.parametrize("refusing", [MUTED, OPEN])
async def test_a_chat_that_refuses_its_alert_costs_no_other_chat_its_alert_and_keeps_it_for_the_digest(
        offline_bot, feed_site, caplog, refusal, refusing):
    """The feed poller sent the alerts of one poll in a row; the first chat that Telegram
    refused (the bot muted by an admin, a deleted chat) ended the job, and every later
    chat's alert, already logged as sent, was never sent."""
    bot = offline_bot
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("甲报", [_item("a0", "储能周报", FILLER)]), content_type="application/rss+xml")
    for chat in (MUTED, OPEN):
        await bot.send(chat, f"/feed add {feed_site.url_for('/feed.xml')}", user_id=ADMIN)
        await bot.send(chat, "/watch 宁德时代", user_id=ADMIN)
    feed_site.clear()
    feed_site.expect_request("/feed.xml").respond_with_data(
        rss("甲报", [_item("a1", "宁德时代匈牙利建厂", STORY), _item("a0", "储能周报", FILLER)]),
        content_type="application/rss+xml")
    bot.api.refusing[refusing] = refusal
    mark = bot.mark()
    await _poll(bot)
    other = OPEN if refusing == MUTED else MUTED
    [alert] = [c for c in bot.api.of("sendMessage", other, after=mark) if "🔔" in c.text and not c.error]
    assert "宁德时代" in alert.text
    # The refused alert is kept for the chat's next digest (its watchlist section).
    assert bot.db_row("SELECT status FROM alert_log WHERE chat_id = ?", refusing) == ("held",)
    assert bot.db_row("SELECT status FROM alert_log WHERE chat_id = ?", other) == ("sent",)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    # Once the bot may post there again, the chat's next digest lists it.
    del bot.api.refusing[refusing]
    mark = bot.mark()
    await bot.send(refusing, "/digest", user_id=ADMIN)
    assert any("宁德时代匈牙利建厂" in c.text for c in bot.replies(refusing, after=mark))
    assert bot.db_row("SELECT status FROM alert_log WHERE chat_id = ?", refusing) == ("digested",)


# ---- /summary N with the link or text it is for ---------------------------------------------


def _bullets(reply: str) -> list[str]:
    """The key sentences of a summary, as plain text."""
    plain = html.unescape(re.sub(r"<[^>]+>", "", reply))
    return [line[2:] for line in plain.split("\n\n")[1].split("\n") if line.startswith("• ")]


@pytest.mark.parametrize(("lang", "text", "page"), [("en", ARTICLE_EN, "/news/robots"), ("zh", STORY_ZH, None)])
async def test_summary_n_with_a_link_or_a_text_shows_n_sentences_as_n_does_on_the_command_line(
        offline_bot, pages, cli, tmp_path, lang, text, page):
    """`/summary 3 https://…`, `/summary https://… 3` and `/summary 3⏎text` showed the default
    length: the number was dropped (or read as the article's first word)."""
    expected = [line.split(". ", 1)[1] for line in cli("summarize", "-", "-n", "3", "--lang", lang, input=text)
                .stdout.split("\n\n")[0].split("\n")[1:]]
    assert len(expected) == 3
    asks = [f"/summary 3\n{text}"]
    if page is not None:
        url = pages.url_for(page)
        asks += [f"/summary 3 {url}", f"/summary {url} 3"]
    console, out = await _console(tmp_path, lang)
    for ask in asks:
        [reply] = [s for s in await offline_bot.say(7201, ask, lang) if "•" in s]
        assert _bullets(reply) == expected, ask
        assert re.search(r"shown: 3 of|选出 3 句", reply)
        assert _bullets(await _say(console, out, ask)) == expected
    # Out of range is said, as for `/summary 11` alone.
    for ask in (f"/summary 11\n{text}", f"/summary 11 {url}" if page else "/summary 0\n" + text):
        assert await offline_bot.say(7201, ask, lang) == [t("length_range", lang, max=10)]
    await console.service.close()


async def test_a_number_that_opens_a_one_line_text_stays_part_of_the_text(offline_bot):
    text = ("10 banks raised their deposit rates on Monday, the central bank said, after inflation rose "
            "to 3.1% in October. Lenders expect loan growth of 8% this year as demand from small firms picks up.")
    [reply] = [s for s in await offline_bot.say(7202, "/summary " + text) if "•" in s]
    assert "10 banks raised" in reply


# ---- /summary TEXT with a link in it --------------------------------------------------------

# Over 1,000 characters around the link: an article pasted with its source link.
PASTED = ARTICLE_ZH + "详见公司公告 https://example.com/notice/1 。" + "".join(
    ARTICLE_ZH.replace("星河科技", name) for name in ("北斗科技", "南山科技", "东山科技"))


async def test_summary_of_a_pasted_article_with_a_link_does_not_read_the_command_as_its_first_words(
        offline_bot, tmp_path):
    """In Telegram (not in the console) the text stored and shown began with "/summary":
    the heading "/summary 星河科技周二发布…" and the first key sentence with it."""
    [reply] = [s for s in await offline_bot.say(7301, "/summary " + PASTED, "zh") if "•" in s]
    assert "/summary 星河" not in reply and reply.startswith("<b>星河科技周二发布")
    assert offline_bot.db_row("SELECT substr(text, 1, 9) FROM articles") == ("星河科技周二发布第",)
    console, out = await _console(tmp_path, "zh")
    assert _bullets(await _say(console, out, "/summary " + PASTED)) == _bullets(reply)
    await console.service.close()


TEASER = "星河科技三季度营收增长23%，云业务是主要动力，详见 {url}"


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_text_with_a_dead_link_is_read_itself_and_the_reader_told_why(offline_bot, pages, tmp_path, lang):
    """The link gave no article (a 404) beside an article's text: the reader was asked to
    paste the article's text as /summary TEXT, which is what they had just sent."""
    from bot.errors import HttpStatusError

    dead = pages.url_for("/missing")
    text = ARTICLE_ZH + "原文链接：" + dead
    console, out = await _console(tmp_path, lang)
    for ask in ("/summary " + text, text):
        said = await offline_bot.say(7302, ask, lang)
        told = error_text(HttpStatusError(404), lang) + "\n" + t("link_failed_text_read", lang)
        assert said[0] == told and "128亿元" in said[1] and len(said) == 2
        shown = await _say(console, out, ask)
        assert shown.startswith(told) and "128亿元" in shown
    # A teaser of a few words beside the dead link is no article: asked to paste it, as before.
    assert await offline_bot.say(7302, TEASER.format(url=dead), lang) == [
        error_text(HttpStatusError(404), lang) + "\n" + t("paste_text_hint", lang)]
    await console.service.close()


# ---- a command as a caption -----------------------------------------------------------------

GROUP = -7401


def _file(file_id: str, name: str = "报告.txt") -> dict:
    return {"document": {"file_id": file_id, "file_unique_id": file_id, "file_name": name, "file_size": 1}}


def _captioned(extra: dict, caption: str) -> dict:
    command = caption.split()[0]
    return {**extra, "caption": caption, "caption_entities": [{"type": "bot_command", "offset": 0, "length": len(command)}]}


@pytest.mark.parametrize("caption", ["/summary", "/summary@newsbrief_test_bot", "/summary 3"])
async def test_a_file_sent_to_a_group_with_the_caption_summary_is_read(offline_bot, caption):
    """A group reads a file only when asked: "/summary" as the file's caption was not asked
    (only a /summary replying to the file was); nothing was answered."""
    bot = offline_bot
    bot.api.files["report"] = ARTICLE_ZH.encode("gb18030")
    mark = bot.mark()
    await bot.send(GROUP, None, user_id=45, extra=_captioned(_file("report"), caption))
    [summary] = [c for c in bot.replies(GROUP, after=mark) if not c.text.startswith("⏳")]
    assert "128亿元" in summary.text and summary.buttons
    if caption.endswith("3"):
        assert "选出 3 句" in summary.text
    # A caption for another bot, and a file without one, ask nothing of this bot.
    mark = bot.mark()
    await bot.send(GROUP, None, user_id=45, extra=_captioned(_file("report"), "/summary@other_bot"))
    await bot.send(GROUP, None, user_id=45, extra=_file("report"))
    assert bot.replies(GROUP, after=mark) == [] and not bot.api.of("download", after=mark)


async def test_a_photo_captioned_with_a_command_and_a_link_runs_the_command_in_a_group(offline_bot, pages):
    bot = offline_bot
    url = pages.url_for("/news/robots")
    photo = {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]}
    mark = bot.mark()
    await bot.send(GROUP, None, user_id=45, extra=_captioned(photo, f"/summary 3 {url}"), language_code="en")
    [summary] = [c for c in bot.replies(GROUP, after=mark) if not c.text.startswith("⏳")]
    assert "Northwind" in summary.text and "shown: 3 of" in summary.text
    # In a private chat "/quotes" as a caption is the command, not a text too short to read.
    mark = bot.mark()
    await bot.send(7402, None, extra=_captioned(photo, "/quotes"))
    assert [c.text for c in bot.replies(7402, after=mark)] == [error_text(NoArticle(), "zh")]


async def test_summary_n_replying_to_a_message_not_read_yet_shows_n_sentences(offline_bot, pages):
    """In a group, "/summary 3" replying to someone's link read the link at the chat's length."""
    bot = offline_bot
    shared = await bot.send(GROUP, pages.url_for("/news/cloud"), user_id=45)
    mark = bot.mark()
    await bot.send(GROUP, "/summary 3", user_id=46, reply_to=shared)
    [summary] = [c for c in bot.replies(GROUP, after=mark) if not c.text.startswith("⏳")]
    assert "选出 3 句" in summary.text


# ---- the command line's files ---------------------------------------------------------------


def test_summarize_reads_a_pipe_given_as_a_file_and_names_a_folder_a_folder(cli, tmp_path):
    """`newsbrief summarize <(curl …)` names a pipe (/dev/fd/N): it was "No such file", as
    was a folder."""
    import os

    read, write = os.pipe()
    os.write(write, STORY_ZH.encode("gb18030"))
    os.close(write)
    try:
        done = cli("summarize", f"/dev/fd/{read}", "-n", "2")
    finally:
        os.close(read)
    assert done.returncode == 0 and "18.6亿元" in done.stdout
    folder = cli("summarize", str(tmp_path), env={"NEWSBRIEF_LANG": "en"})
    assert folder.returncode == 1 and folder.stderr.strip().endswith("That is a folder, not a file.")


# ---- a group's digest days off, in the group's language ------------------------------------------


@pytest.mark.parametrize(("lang", "days"), [("zh", "星期六、星期日"), ("zh-hant", "星期六、星期日"), ("en", "Sat, Sun")])
async def test_digest_days_off_are_named_in_the_chats_language_and_told_on_subscribing(offline_bot, lang, days):
    """Days off were shown as typed codes ("休息日：sat, sun" to a Chinese group), and /subscribe
    said "every day at 07:00" to a group whose weekends are off."""
    bot = offline_bot
    code = {"zh": "zh-hans", "zh-hant": "zh-hant", "en": "en"}[lang]

    async def admin(text: str) -> str:
        mark = bot.mark()
        await bot.send(MUTED, text, user_id=ADMIN, language_code=code)
        [reply] = bot.replies(MUTED, after=mark)
        return reply.text

    await admin(f"/lang {lang}")
    await admin("/subscribe 07:00 Europe/Berlin")
    assert days in await admin("/digest settings off sat,sun")
    await admin("/unsubscribe")
    again = await admin("/subscribe")
    assert again.split("\n")[1] == t("digest_settings_off", lang, days=days)
    assert "sat" not in (await admin("/digest settings off 周六 周日")).replace("off sat,sun", "")


# ---- a chart the group does not allow ------------------------------------------------------------


async def test_a_chart_the_group_refuses_costs_the_reader_nothing_but_the_chart(offline_bot, caplog):
    """A group that lets members (and the bot) send text but no media: /numbers sent its text,
    then the refused chart became "something went wrong" under it, logged as a bug."""
    bot = offline_bot
    bot.api.refusing[("sendPhoto", OPEN)] = (400, "Bad Request: not enough rights to send photos to the chat")
    await bot.send(OPEN, "/summary " + ARTICLE_ZH, user_id=ADMIN)
    for ask in ("/numbers", None):
        mark = bot.mark()
        if ask is None:  # the [数字] button on the summary
            summary = next(c for c in reversed(bot.api.calls) if c.keyboard and c.method != "sendPhoto")
            data = next(b for b in summary.buttons if b.endswith(":numbers"))
            await bot.press(OPEN, summary.result["message_id"], data, user_id=ADMIN)
        else:
            await bot.send(OPEN, ask, user_id=ADMIN)
        assert bot.api.of("sendPhoto", after=mark)[0].error  # the chart was tried, and refused
        shown = [c.text for c in bot.replies(OPEN, after=mark)]
        assert any("128亿元" in text for text in shown)
        assert t("internal_error", "zh") not in shown and error_text(RuntimeError(), "zh") not in shown
    assert bot.db_row("SELECT count(*) FROM pending_jobs WHERE state = 'accepted'") == (0,)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


# ---- /summary replying to one of the bot's own messages ------------------------------------------


async def test_summary_replying_to_the_bots_own_message_is_told_to_reply_to_an_article(offline_bot, pages):
    """The group welcome says "reply /summary to a message": a newcomer replied to the welcome
    itself, and the bot summarized its own welcome (or /help, /settings) as an article, kept
    in the chat's history and /search. A digest of the bot's still reads its first story."""
    from tests.offlinebot import BOT_USER

    bot = offline_bot
    mark = bot.mark()
    await bot.member_update(-7501, "member")
    [welcome] = bot.replies(-7501, after=mark)
    await bot.send(7502, "/help", language_code="en")
    [help_] = bot.replies(7502, after=mark)

    def own(chat: int, call, **fields) -> dict:
        return {"message_id": call.result["message_id"], "date": 0, "from": BOT_USER,
                "chat": {"id": chat, "type": "private" if chat > 0 else "supergroup"},
                "text": re.sub(r"<[^>]+>", "", html.unescape(call.text)), **fields}

    for chat, call, lang in ((-7501, welcome, "zh"), (7502, help_, "en")):
        mark = bot.mark()
        await bot.send(chat, "/summary", reply_to=own(chat, call), user_id=46, language_code=lang)
        assert [c.text for c in bot.replies(chat, after=mark)] == [t("reply_to_own_message", lang)]
    assert bot.db_row("SELECT count(*) FROM articles") == (0,)
    # A message of the bot's that links a story (a digest, an alert): the story is read.
    page = pages.url_for("/news/cloud")
    digest = own(-7501, welcome, text="📰 简报\n1. 星河科技三季度营收增长23%",
                 entities=[{"type": "text_link", "offset": 8, "length": 14, "url": page}])
    mark = bot.mark()
    await bot.send(-7501, "/summary", reply_to=digest, user_id=46)
    assert any("128亿元" in c.text and c.buttons for c in bot.replies(-7501, after=mark))


@pytest.mark.parametrize("remark", ["hello there", "谢谢！", "😀"])
async def test_summary_replying_to_a_remark_is_answered_as_summary_with_that_text_is(offline_bot, remark):
    """`/summary hello there` got the usage line, but `/summary` replying to "hello there" stored
    it as a one-sentence article ("1 句中选出 1 句"); both now get the usage line."""
    bot = offline_bot
    remark_message = await bot.send(-7601, remark, user_id=55)
    mark = bot.mark()
    await bot.send(-7601, "/summary", reply_to=remark_message, user_id=56)
    assert [c.text for c in bot.replies(-7601, after=mark)] == [t("summary_usage", "zh")]
    for lang in ("zh", "en"):
        assert await bot.say(7602, "/summary " + remark, lang) == [t("summary_usage", lang)]
    assert bot.db_row("SELECT count(*) FROM articles") == (0,)


async def test_a_group_where_the_bot_is_muted_is_a_warning_not_a_bug(offline_bot, caplog):
    """An admin took the bot's right to post: every command there logged a traceback as a bug
    ("error while handling an update") and tried to answer with an error message."""
    bot = offline_bot
    bot.api.refusing[MUTED] = (400, "Bad Request: not enough rights to send text messages to the chat")
    for ask in ("/help", "/summary " + ARTICLE_ZH, "/history"):
        mark = bot.mark()
        await bot.send(MUTED, ask, user_id=45)
        assert len(bot.api.of("sendMessage", MUTED, after=mark)) == 1  # refused once; no second try
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("may not post" in r.getMessage() for r in caplog.records)
