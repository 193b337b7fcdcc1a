"""A fifth new-user walk-through (2026-12-07): what it found, each through the real
Application (real Updates, the Bot API answered offline), the console on the same command
layer, real SQLite files and pages on 127.0.0.1. Sample texts are written for these tests."""

from __future__ import annotations

import logging
import re
import sqlite3
from datetime import time

import pytest
from telegram import Update

from bot.core.schedule import parse_time
from bot.errors import EveryDayOff, TooManyTimes
from bot.render.i18n import error_text, t
from tests.offlinebot import _update_ids, errors_logged, shown_texts
from tests.test_demanding_user import _console, _say

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
GROUP, ADMIN, MEMBER, OTHER = -7501, 75, 76, 77
OFFLINE_ADMINS = {GROUP: {ADMIN}}


# ---- a button with no chat (an inline message's) is no bug ----------------------------------


@pytest.mark.parametrize("data", ["v:1:summary", "forget:yes"])
@pytest.mark.parametrize("lang, expected", [("en", "en"), ("zh-hans", "zh")])
async def test_a_button_of_an_inline_message_is_answered_as_expired_and_logs_no_bug(
        offline_bot, caplog, data, lang, expected):
    """A callback query that carries an inline_message_id and no message (the bot sends no
    inline messages, so it is forged or stale) raised AttributeError on its missing chat:
    logged as a bug, and the reader's button spun until Telegram gave up."""
    bot = offline_bot
    mark = bot.mark()
    await bot.app.process_update(Update.de_json({"update_id": next(_update_ids), "callback_query": {
        "id": f"q-{data}-{lang}", "chat_instance": "c", "data": data, "inline_message_id": "AAQ",
        "from": {"id": 7, "is_bot": False, "first_name": "u", "language_code": lang}}}, bot.app.bot))
    [answer] = bot.api.of("answerCallbackQuery", after=mark)
    assert answer.params.get("text") == t("expired_button", expected)
    assert errors_logged(caplog) == []


# ---- /start in a group says how to use the bot there ----------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_start_in_a_group_says_how_to_use_the_bot_there(offline_bot, tmp_path, lang):
    """/start@bot in a group gave the private chat's "send me a link", which a group's bot
    with privacy mode on never sees; it now gives the group's welcome. A private chat and
    the console still get the private text."""
    bot = offline_bot
    assert await shown_texts(bot, GROUP, "/start@newsbrief_test_bot", lang=lang, user_id=MEMBER) == [
        t("group_welcome", lang)]
    assert await shown_texts(bot, 7502, "/start", lang=lang) == [t("start", lang)]
    console, out = await _console(tmp_path, lang)
    assert t("start", lang) in await _say(console, out, "/start")


# ---- digests: every day off, too many times, times as readers say them -----------------------


@pytest.mark.parametrize("days", ["mon,tue,wed,thu,fri,sat,sun", "周一 周二 周三 周四 周五 周六 周日",
                                  "sun,sat,fri,thu,wed,tue,mon,sun"])
@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_every_day_off_is_refused_with_the_way_to_stop_the_digest(offline_bot, days, lang):
    """Seven days off were saved and shown as settings: a digest that never goes out, and
    the chat not told so. Refused, saying /unsubscribe stops it; the console says the same."""
    bot = offline_bot
    await bot.send(7503, "/subscribe 08:00", language_code=lang)
    told = error_text(EveryDayOff("every day off"), lang)
    assert await shown_texts(bot, 7503, f"/digest settings off {days}", lang=lang) == [told]
    assert "/unsubscribe" in told
    [settings] = await shown_texts(bot, 7503, "/digest settings", lang=lang)
    assert "Sun" not in settings and "星期日" not in settings  # nothing was saved


@pytest.mark.parametrize("command", ["/digest settings times 06:00,08:00,10:00,12:00,14:00,16:00,18:00",
                                     "/subscribe 6,8,10,12,14,16,18"])
async def test_more_digest_times_than_a_day_takes_are_told_the_limit(offline_bot, command):
    """Seven times got only the usage line ("Change: … times 09:00,18:00"), which says nothing
    of the limit of six; now the limit is said, and nothing is changed."""
    bot = offline_bot
    await bot.send(7504, "/subscribe 08:00", language_code="en")
    told = error_text(TooManyTimes(7, 6), "en")
    assert "6" in told and "7" in told
    [reply] = await shown_texts(bot, 7504, command)
    assert reply.startswith(told)
    [settings] = await shown_texts(bot, 7504, "/digest settings")
    assert "08:00" in settings and "06:00" not in settings


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_console_refuses_every_day_off_and_too_many_times_as_telegram_does(cli, tmp_path, lang):
    script = ("/subscribe 08:00\n/digest settings off mon,tue,wed,thu,fri,sat,sun\n"
              "/digest settings times 6,8,10,12,14,16,18\n/digest settings\n")
    result = cli("chat", "--db", str(tmp_path / "c.db"), "--env-file", str(tmp_path / "none.env"),
                 input=script, env={"NEWSBRIEF_LANG": lang})
    assert result.returncode == 0, result.stderr
    assert error_text(EveryDayOff("every day off"), lang) in result.stdout
    assert error_text(TooManyTimes(7, 6), lang) in result.stdout
    assert "06:00" not in result.stdout and "星期日" not in result.stdout and "Sun" not in result.stdout


@pytest.mark.parametrize("said, at", [
    ("21点30分", "21:30"), ("9点半", "09:30"), ("下午3点", "15:00"), ("下午3点半", "15:30"),
    ("晚上9点", "21:00"), ("早上7点", "07:00"), ("9pm", "21:00"), ("9:30am", "09:30"), ("12pm", "12:00"),
])
async def test_subscribe_reads_times_as_readers_say_them(offline_bot, said, at):
    """"9点" was read but "21点30分", "9点半", "下午3点" and "9pm" were "Times look like HH:MM"."""
    [reply] = await shown_texts(offline_bot, 7505, f"/subscribe {said}")
    assert f"at {at}" in reply, reply


@pytest.mark.parametrize("said, at", [("12am", time(0, 0)), ("晚上12点", time(0, 0)), ("中午12点", time(12, 0)),
                                      ("中午1点", time(13, 0)), ("凌晨1点", time(1, 0)), ("下午15点", time(15, 0)),
                                      ("9点05分", time(9, 5)), ("21:30", time(21, 30)), ("9", time(9, 0))])
def test_a_part_of_the_day_turns_the_hour_as_said(said, at):
    assert parse_time(said) == at


@pytest.mark.parametrize("said", ["上午15点", "13pm", "0am", "下午3pm", "25点", "9点61分", "half past nine"])
def test_a_time_that_cannot_be_meant_is_still_refused(said):
    with pytest.raises(ValueError):
        parse_time(said)


# ---- the same link shared again in a busy group ---------------------------------------------


async def test_the_same_link_shared_again_in_a_group_is_pointed_to_not_summarized_again(offline_bot, pages):
    """With auto-summary on, each member who shared a popular link got the whole summary
    again (three shares, three long messages, in a group where Telegram allows a bot 20 a
    minute). A share within six hours now gets one line pointing to /summary #N; /summary
    as a reply to it, or with the link, still shows the summary; a later share is read again."""
    bot = offline_bot
    await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    url = pages.url_for("/news/cloud")

    def link_message(link: str) -> dict:
        return {"entities": [{"type": "url", "offset": 0, "length": len(link)}]}

    first = await shown_texts(bot, GROUP, url, lang="zh-hans", user_id=MEMBER, **link_message(url))
    assert len(first) == 1 and "128亿元" in first[0]
    again = url + "?utm_source=wechat"
    mark = bot.mark()
    shared = await bot.send(GROUP, again, user_id=OTHER, **link_message(again))
    shown = [c.text for c in bot.replies(GROUP, after=mark)]
    assert shown == [t("shared_before", "zh", number=1)]  # no placeholder, no second summary
    reply = await shown_texts(bot, GROUP, "/summary", lang="zh-hans", user_id=OTHER, reply_to=shared)
    assert len(reply) == 1 and "128亿元" in reply[0]
    asked = await shown_texts(bot, GROUP, f"/summary {url}", lang="zh-hans", user_id=OTHER)
    assert len(asked) == 1 and "128亿元" in asked[0]
    with sqlite3.connect(bot.db_path) as conn:  # the shares were long ago
        conn.execute("UPDATE chat_articles SET shared_at = '2000-01-01T00:00:00.000000+00:00'")
    later = await shown_texts(bot, GROUP, url, lang="zh-hans", user_id=MEMBER, **link_message(url))
    assert len(later) == 1 and "128亿元" in later[0]


async def test_a_link_shared_again_in_a_private_chat_is_summarized_again(offline_bot, pages):
    """A reader who sends a link twice asks twice: only a group's auto-summary points back."""
    bot = offline_bot
    url = pages.url_for("/news/cloud")
    for _ in range(2):
        [shown] = await shown_texts(bot, 7506, url, lang="zh-hans")
        assert "128亿元" in shown


@pytest.mark.parametrize("words, shown", [("weekend", "Sat, Sun"), ("周末", "Sat, Sun"),
                                          ("weekdays", "Mon, Tue, Wed, Thu, Fri"), ("工作日", "Mon, Tue, Wed, Thu, Fri")])
async def test_days_off_may_be_named_as_the_weekend_or_the_weekdays(offline_bot, words, shown):
    """"/digest settings off weekend" (or 周末) was "Days off are mon…sun (or none)"."""
    bot = offline_bot
    await bot.send(7507, "/subscribe 08:00", language_code="en")
    [settings] = await shown_texts(bot, 7507, f"/digest settings off {words}")
    assert f"Days off: {shown}" in settings


# ---- /help's examples in the reader's language ----------------------------------------------


async def test_help_gives_an_english_reader_english_examples_and_a_traditional_reader_traditional_ones(
        offline_bot, tmp_path):
    """An English /help showed "/ask 营收增长了多少？", "/watch 宁德时代 比亚迪" and "/search 营收" as
    its examples (its own usage lines were already English); a traditional reader got 营收."""
    bot = offline_bot
    [english] = await shown_texts(bot, 7508, "/help", lang="en")
    assert "/ask How much did revenue grow?" in english and "/watch CATL BYD" in english
    assert not re.search(r"[\u4e00-\u9fff]", english.split("\n\n")[0]), english
    [chinese] = await shown_texts(bot, 7509, "/help", lang="zh-hans")
    assert "/ask 营收增长了多少？" in chinese and "/watch 宁德时代 比亚迪" in chinese
    [hant] = await shown_texts(bot, 7510, "/help", lang="zh-hant")
    assert "/search 營收" in hant and "营收" not in hant
    console, out = await _console(tmp_path, "en")
    assert "/ask How much did revenue grow?" in await _say(console, out, "/help")


# ---- a text link to no web page ---------------------------------------------------------------


@pytest.mark.parametrize("target", ["mailto:ir@example.com", "tg://resolve?domain=newsbrief", "tel:+8610123"])
async def test_a_text_linked_to_an_address_that_is_no_web_page_is_not_fetched(offline_bot, target):
    """"联系我们" linked to mailto: (or tg://, tel:) was fetched as "http://mailto:…" and the
    reader told the website could not be found, then asked to paste its text."""
    bot = offline_bot
    mark = bot.mark()
    await bot.send(7511, "联系我们", entities=[{"type": "text_link", "offset": 0, "length": 4, "url": target}])
    assert [c.text for c in bot.replies(7511, after=mark)] == [t("short_text_hint", "zh")]
    await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    mark = bot.mark()
    await bot.send(GROUP, "联系我们", user_id=MEMBER, entities=[{"type": "text_link", "offset": 0, "length": 4, "url": target}])
    assert bot.replies(GROUP, after=mark) == []


# ---- a group upgraded while the bot was away ------------------------------------------------

OLD_GROUP, SUPERGROUP = -7520, -1007520
OFFLINE_ADMINS[OLD_GROUP] = {ADMIN}


async def test_a_digest_to_a_group_that_became_a_supergroup_unseen_goes_to_the_supergroup(offline_bot, pages, caplog):
    """A group upgraded while the bot was down (past the day Telegram keeps the update that
    says so, or with its digest due before that update was read): Telegram refuses the digest
    with migrate_to_chat_id. PTB's ChatMigrated was logged as a bug, the digest lost, and so
    every day after; the group's history and settings stayed under the old id."""
    bot = offline_bot
    for command in ("/lang en", "/subscribe 08:00", "/summary " + pages.url_for("/news/robots")):
        await bot.send(OLD_GROUP, command, user_id=ADMIN)
    bot.api.refusing[OLD_GROUP] = (400, "Bad Request: group chat was upgraded to a supergroup chat",
                                   {"migrate_to_chat_id": SUPERGROUP})
    [job] = bot.app.job_queue.get_jobs_by_name(str(OLD_GROUP))
    mark = bot.mark()
    await job.run(bot.app)
    [digest] = bot.api.of("sendMessage", SUPERGROUP, after=mark)
    assert "News digest" in digest.text and "Northwind" in digest.text
    assert errors_logged(caplog) == []
    assert [j.name for j in bot.app.job_queue.jobs() if j.name in (str(OLD_GROUP), str(SUPERGROUP))
            and not j.removed] == [str(SUPERGROUP)]
    assert bot.db_row("SELECT count(*) FROM chats WHERE id = ?", OLD_GROUP) == (0,)
    mark = bot.mark()
    await bot.send(SUPERGROUP, "/history", user_id=MEMBER)
    assert "Recent articles" in bot.reply(SUPERGROUP, after=mark).text  # the group's language and history came along


# ---- Telegram's flood control past the limiter's retries -------------------------------------


async def test_a_flood_wait_past_the_retries_is_a_warning_not_a_bug(offline_bot, caplog):
    """A busy group: Telegram answered 429 (retry after 1 s) to every send, past the rate
    limiter's three retries. PTB's RetryAfter reached the error handler, which logged it as
    a bug with its traceback ("error while handling an update") and tried one more send."""
    bot = offline_bot
    bot.api.refusing[("sendMessage", GROUP)] = (429, "Too Many Requests: retry after 1", {"retry_after": 1})
    mark = bot.mark()
    with caplog.at_level(logging.WARNING):
        await bot.send(GROUP, "/help@newsbrief_test_bot", user_id=MEMBER)
    ours = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("bot.")]
    assert ours == []  # (PTB's limiter logs its own line: "Rate limit hit after maximum of 3 retries")
    assert any("flood" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    sends = bot.api.of("sendMessage", GROUP, after=mark)
    assert 2 <= len(sends) <= 4 and all(c.error for c in sends)  # the limiter's tries, no extra error reply


async def test_the_same_share_read_again_after_a_restart_is_summarized_not_pointed_to_itself(offline_bot, pages):
    """A job re-run after a crash (or an update Telegram delivers again) is the same message:
    it must get its summary, not "summarized here not long ago (#1)" pointing to itself."""
    from tests.offlinebot import message_update

    bot = offline_bot
    await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    url = pages.url_for("/news/cloud")
    update = message_update(bot.app.bot, GROUP, url, user_id=MEMBER, language_code="zh-hans",
                            entities=[{"type": "url", "offset": 0, "length": len(url)}])
    for _ in range(2):
        mark = bot.mark()
        again = Update.de_json({**update.to_dict(), "update_id": next(_update_ids)}, bot.app.bot)
        await bot.app.process_update(again)
        shown = [c.text for c in bot.replies(GROUP, after=mark) if not c.text.startswith("⏳")]
        assert len(shown) == 1 and "128亿元" in shown[0], shown


# ---- a command typed with a Chinese input method's full-width slash ---------------------------


@pytest.mark.parametrize("typed, expected", [("／help", "/summary — "), ("／history", "历史"),
                                             ("／lang", "中文"), ("／ask", "/ask")])
async def test_a_command_typed_with_a_full_width_slash_runs_in_a_private_chat_and_the_console(
        offline_bot, tmp_path, typed, expected):
    """"／help" (the slash a Chinese input method types) got "send me a link or an article of
    200+ characters": Telegram gives it no command entity, so it was read as a remark."""
    bot = offline_bot
    [reply] = await shown_texts(bot, 7530, typed, lang="zh-hans", entities=[])
    assert expected in reply, reply
    console, out = await _console(tmp_path, "zh")
    said = await _say(console, out, typed)
    assert expected in said, said


async def test_a_full_width_slash_before_a_word_that_is_no_command_is_still_a_remark(offline_bot):
    assert await shown_texts(offline_bot, 7531, "／哈哈", lang="zh-hans", entities=[]) == [t("short_text_hint", "zh")]
