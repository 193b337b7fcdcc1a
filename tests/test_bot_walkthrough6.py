"""A sixth walk-through of the bot (2026-12-07): what it found, each through the real
Application (real Updates, the Bot API answered offline), the console on the same command
layer and real SQLite files. Sample texts are written for these tests."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.core.schedule import DigestSchedule, parse_time, parse_timezone, zone_label
from bot.errors import BadTimeZone
from bot.render.i18n import error_text, t
from tests.offlinebot import OfflineBot, errors_logged, shown_texts

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1"}
GROUP, ADMIN, MEMBER = -7601, 76, 77
OFFLINE_ADMINS = {GROUP: {ADMIN}}


def _slot_of_job(bot: OfflineBot, chat_id: int) -> datetime:
    [job] = bot.app.job_queue.get_jobs_by_name(str(chat_id))
    return job.data["slot"]


# ---- time zones a half or three quarters of an hour off UTC ---------------------------------


@pytest.mark.parametrize("said, stored, shown", [
    ("UTC+5:30", "UTC+05:30", "UTC+5:30"), ("+05:45", "UTC+05:45", "UTC+5:45"), ("GMT+5:45", "UTC+05:45", "UTC+5:45"),
    ("UTC +0530", "UTC+05:30", "UTC+5:30"), ("utc-3:30", "UTC-03:30", "UTC-3:30"), ("+08:00", "Etc/GMT-8", "UTC+8"),
    ("+8", "Etc/GMT-8", "UTC+8"), ("UTC+9:30", "UTC+09:30", "UTC+9:30"),
])
def test_an_offset_with_minutes_is_a_time_zone(said, stored, shown):
    """India (+5:30), Nepal (+5:45), Newfoundland (-3:30) and central Australia (+9:30) were
    "Unknown time zone": only whole hours were read, and "+08:00" not at all."""
    assert parse_timezone(said) == stored
    assert zone_label(stored) == shown


@pytest.mark.parametrize("said", ["UTC+5:17", "UTC+14:30", "+15", "GMT+5.5", "UTC+5:60"])
def test_an_offset_no_place_uses_is_still_refused(said):
    with pytest.raises(BadTimeZone):
        parse_timezone(said)


def test_a_digest_at_a_half_hour_offset_comes_at_the_local_time():
    schedule = DigestSchedule(times=(time(9, 0),), timezone="UTC+05:30")
    slot = schedule.next_slot(datetime(2027, 1, 4, 12, 0, tzinfo=UTC))
    assert slot.astimezone(UTC) == datetime(2027, 1, 5, 3, 30, tzinfo=UTC)
    nepal = DigestSchedule(times=(time(9, 0),), timezone="UTC+05:45")
    assert nepal.next_slot(datetime(2027, 1, 4, 0, 0, tzinfo=UTC)).astimezone(UTC) == datetime(
        2027, 1, 4, 3, 15, tzinfo=UTC)


@pytest.mark.parametrize("lang, zone_word", [("en", "UTC+5:30"), ("zh-hans", "+05:30")])
async def test_subscribe_at_an_india_offset_is_scheduled_and_shown_as_typed(offline_bot, lang, zone_word):
    """/subscribe 08:00 UTC+5:30 was refused; now the digest is due at 08:00 +05:30 and
    /settings and /digest settings say UTC+5:30."""
    bot = offline_bot
    [reply] = await shown_texts(bot, 7601, f"/subscribe 08:00 {zone_word}", lang=lang)
    assert "08:00" in reply and "UTC+5:30" in reply
    slot = _slot_of_job(bot, 7601)
    assert slot.utcoffset() == timedelta(hours=5, minutes=30) and (slot.hour, slot.minute) == (8, 0)
    [settings] = await shown_texts(bot, 7601, "/settings", lang=lang)
    assert "UTC+5:30" in settings
    [digest_settings] = await shown_texts(bot, 7601, "/digest settings", lang=lang)
    assert "08:00" in digest_settings and "UTC+5:30" in digest_settings


async def test_quiet_hours_are_read_at_a_half_hour_offset():
    from bot.core.watching import in_quiet_hours

    # 17:00 UTC is 22:30 in India: inside 22:00-07:00 there, outside it in UTC.
    now = datetime(2027, 1, 4, 17, 0, tzinfo=UTC)
    assert in_quiet_hours("22:00-07:00", "UTC+05:30", now)
    assert not in_quiet_hours("22:00-07:00", None, now)


async def test_the_unknown_zone_message_names_an_offset_too():
    for lang in ("en", "zh"):
        assert "UTC+5:30" in error_text(BadTimeZone("Mars"), lang)


# ---- "9 pm" with a space, and 24:00 ----------------------------------------------------------


@pytest.mark.parametrize("command, at", [("/subscribe 9 pm", "21:00"), ("/subscribe 9 p.m. UTC+5:30", "21:00"),
                                         ("/subscribe 7 AM Asia/Kolkata", "07:00"), ("/subscribe 24:00", "00:00"),
                                         ("/subscribe 24点", "00:00")])
async def test_a_time_written_with_a_space_before_pm_or_as_24_00_is_read(offline_bot, command, at):
    """"/subscribe 9 pm" read "pm" as the time zone ("Unknown time zone"), and "24:00", the
    midnight many write, was "Times look like HH:MM" though it looks just so."""
    [reply] = await shown_texts(offline_bot, 7602, command)
    assert f"at {at}" in reply, reply


async def test_digest_times_take_pm_after_a_space_and_24_00(offline_bot):
    bot = offline_bot
    await bot.send(7603, "/subscribe 08:00", language_code="en")
    [reply] = await shown_texts(bot, 7603, "/digest settings times 9 am, 6 pm, 24:00")
    assert "00:00, 09:00, 18:00" in reply, reply


def test_24_00_is_midnight_and_24_01_no_time():
    assert parse_time("24:00") == parse_time("24：00") == time(0, 0)
    with pytest.raises(ValueError):
        parse_time("24:30")


# ---- the time zone changed on its own, times kept --------------------------------------------


@pytest.mark.parametrize("command", ["/settings zone Asia/Kolkata", "/settings tz asia/kolkata",
                                     "/digest settings zone Asia/Kolkata", "/settings 时区 Asia/Kolkata"])
async def test_the_zone_changes_alone_and_the_digest_times_stay(offline_bot, command):
    """/settings said "/subscribe TIME ZONE changes it", and /subscribe 08:00 Asia/Kolkata
    also set the chat's times to that one: a chat with 08:00 and 18:00 lost 18:00 to move
    to another zone. `/settings zone`, `/digest settings zone` did nothing but the usage."""
    bot = offline_bot
    await bot.send(7604, "/subscribe 08:00,18:00", language_code="en")
    shown = await shown_texts(bot, 7604, command)
    assert "Asia/Kolkata" in shown[-1], shown
    [settings] = await shown_texts(bot, 7604, "/digest settings")
    assert "08:00, 18:00 (Asia/Kolkata)" in settings
    slot = _slot_of_job(bot, 7604)
    assert str(slot.tzinfo) == "Asia/Kolkata" and (slot.hour, slot.minute) in ((8, 0), (18, 0))


async def test_the_zone_of_a_chat_without_a_digest_is_saved_for_later(offline_bot):
    bot = offline_bot
    shown = await shown_texts(bot, 7605, "/settings zone UTC+5:45", lang="zh-hans")
    assert "UTC+5:45" in shown[-1]
    [reply] = await shown_texts(bot, 7605, "/subscribe 07:00", lang="zh-hans")
    assert "UTC+5:45" in reply


async def test_a_bad_zone_and_a_member_are_refused_and_nothing_changes(offline_bot):
    bot = offline_bot
    [told] = await shown_texts(bot, 7606, "/settings zone Mars/Olympus")
    assert told.startswith(error_text(BadTimeZone("Mars/Olympus"), "en"))
    await bot.send(GROUP, "/subscribe 08:00", user_id=ADMIN, language_code="en")
    [refused] = await shown_texts(bot, GROUP, "/settings zone Asia/Tokyo", user_id=MEMBER)
    [settings] = await shown_texts(bot, GROUP, "/digest settings", user_id=MEMBER)
    assert "Asia/Tokyo" not in settings and "Asia/Tokyo" not in refused


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_newsbrief_chat_changes_the_zone_and_reads_the_times_as_telegram_does(cli, tmp_path, lang):
    script = "/subscribe 9 pm,08:00\n/settings zone UTC+5:30\n/digest settings times 24:00,9 am\n"
    result = cli("chat", "--db", str(tmp_path / "c.db"), "--env-file", str(tmp_path / "none.env"),
                 input=script, env={"NEWSBRIEF_LANG": lang})
    assert result.returncode == 0, result.stderr
    assert "08:00, 21:00 (UTC+5:30)" in result.stdout or "08:00, 21:00（UTC+5:30）" in result.stdout
    assert "00:00, 09:00" in result.stdout


# ---- a setting out of range is told its range ------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "zh-hans"])
@pytest.mark.parametrize("command, key, limit", [
    ("/settings length 0", "length_range", 10), ("/settings length 12", "length_range", 10),
    ("/settings length 99999999999", "length_range", 10), ("/settings alerts 0", "alerts_range", 60),
    ("/settings alerts 500", "alerts_range", 60)])
async def test_a_setting_out_of_range_is_told_its_range_and_nothing_changes(offline_bot, lang, command, key, limit):
    """"/settings length 0" or "alerts 500" got the whole /settings usage line, where
    "/summary 0" says "between 1 and 10"; now the range is said (as /digest settings max's)."""
    from bot.render.i18n import t

    bot = offline_bot
    short = "zh" if lang.startswith("zh") else "en"
    assert await shown_texts(bot, 7607, command, lang=lang) == [t(key, short, max=limit)]
    [settings] = await shown_texts(bot, 7607, "/settings", lang=lang)
    assert ("auto" in settings or "自动" in settings)  # the length is still the default


@pytest.mark.parametrize("command", ["/settings quiet 22:00-22:00", "/settings quiet 25:00-07:00"])
async def test_quiet_hours_starting_where_they_end_are_told_why(offline_bot, command):
    """"22:00-22:00" was told "Quiet hours look like HH:MM-HH:MM", which it does."""
    [told] = await shown_texts(offline_bot, 7608, command)
    assert "different end" in told


# ---- a flood wait past the limiter's retries: the reply goes out after it ----------------------


async def _run_flood_jobs(bot: OfflineBot, chat_id: int) -> int:
    """Run the reply's later sends that are due (the offline Application's job queue does not
    run by itself); how many ran."""
    ran = 0
    for job in bot.app.job_queue.get_jobs_by_name(f"flood-{chat_id}"):
        job.schedule_removal()
        await job.run(bot.app)
        ran += 1
    return ran


async def test_a_summary_held_by_a_flood_wait_is_sent_after_it_not_lost(offline_bot, pages, caplog):
    """A busy group: Telegram answered 429 to the summary's edit and to the new message
    sent instead, past the limiter's three retries. The summary was dropped and the
    placeholder said "working…" until the next restart. Now what is left of the reply is
    sent after Telegram's wait, once, and no error is logged."""
    bot = offline_bot
    link = pages.url_for("/news/cloud")
    flood = (429, "Too Many Requests: retry after 1", {"retry_after": 1})
    bot.api.refusing[("editMessageText", GROUP)] = flood
    mark = bot.mark()
    original = bot.api.do_request

    async def flood_after_placeholder(url, method, request_data=None, **timeouts):
        """The placeholder goes out; the flood begins right after it."""
        answer = await original(url, method, request_data, **timeouts)
        if url.endswith("/sendMessage") and ("sendMessage", GROUP) not in bot.api.refusing:
            bot.api.refusing[("sendMessage", GROUP)] = flood
        return answer

    bot.api.do_request = flood_after_placeholder
    with caplog.at_level(logging.WARNING):
        await bot.send(GROUP, f"/summary {link}", user_id=MEMBER, language_code="zh-hans")
    shown = [c for c in bot.replies(GROUP, after=mark) if not c.error]
    assert [c.text[:1] for c in shown] == ["⏳"]  # only the placeholder so far
    bot.api.refusing.clear()
    bot.api.do_request = original
    assert await _run_flood_jobs(bot, GROUP) == 1
    delivered = [c for c in bot.replies(GROUP, after=mark) if not c.error and "128亿元" in c.text]
    assert len(delivered) == 1
    assert bot.db_row("SELECT COUNT(*) FROM pending_jobs WHERE state = 'accepted'")[0] == 0
    assert errors_logged(caplog) == []  # PTB's own "Rate limit hit after maximum of 3 retries" too:
    limiter = [r for r in caplog.records if r.name == "telegram.ext.AIORateLimiter" and "maximum" in r.getMessage()]
    assert limiter and all(r.levelno == logging.WARNING and not r.exc_info for r in limiter)
    assert await _run_flood_jobs(bot, GROUP) == 0  # once


async def test_a_short_reply_held_by_a_flood_wait_is_sent_after_it(offline_bot, caplog):
    """/help in a flooded group: dropped before ("update dropped"); now sent after the wait."""
    bot = offline_bot
    bot.api.refusing[("sendMessage", GROUP)] = (429, "Too Many Requests: retry after 1", {"retry_after": 1})
    mark = bot.mark()
    await bot.send(GROUP, "/history@newsbrief_test_bot", user_id=MEMBER, language_code="en")
    assert [c for c in bot.replies(GROUP, after=mark) if not c.error] == []
    bot.api.refusing.clear()
    assert await _run_flood_jobs(bot, GROUP) == 1
    assert [c.text for c in bot.replies(GROUP, after=mark) if not c.error] == [t("history_empty", "en")]
    assert errors_logged(caplog) == []


# ---- a group the bot was removed from, and one it is back in unseen ---------------------------


@pytest.mark.parametrize("status", ["kicked", "left"])
async def test_a_group_that_removed_the_bot_gets_no_digest_and_logs_no_error(offline_bot, caplog, status):
    """Removed from a supergroup ("kicked") or a basic group ("left"): the chat's digest job
    goes at once, the catch-up and later runs send nothing there, and nothing is logged as
    an error."""
    from bot.telegram import jobs

    bot = offline_bot
    await bot.member_update(GROUP, "member")
    await bot.send(GROUP, "/subscribe 08:00", user_id=ADMIN, language_code="en")
    assert bot.app.job_queue.get_jobs_by_name(str(GROUP))
    await bot.member_update(GROUP, status)
    assert [j for j in bot.app.job_queue.get_jobs_by_name(str(GROUP)) if not j.removed] == []
    mark = bot.mark()
    digests = jobs.digest_service(bot.app)
    assert [s.chat_id for s, _ in await digests.due_catch_ups()] == []
    assert jobs.schedule_chat(bot.app, await digests.subscription(GROUP)) is None
    assert bot.api.of("sendMessage", GROUP, after=mark) == []
    assert errors_logged(caplog) == []


async def test_a_group_the_bot_is_back_in_unseen_gets_its_digest_again(offline_bot):
    """The bot was removed, then added back while it was down past the day Telegram keeps
    updates: no my_chat_member came, the chat stayed inactive, and /subscribe there said
    "Subscribed" with no next digest, which never came (nor any watchlist alert). A message
    from the chat shows the bot is there: the chat is active again and the digest scheduled."""
    bot = offline_bot
    await bot.member_update(GROUP, "member")
    await bot.send(GROUP, "/subscribe 08:00", user_id=ADMIN, language_code="en")
    await bot.member_update(GROUP, "kicked")
    [reply] = await shown_texts(bot, GROUP, "/subscribe 09:00", user_id=ADMIN)
    assert "09:00" in reply and bot.app.job_queue.get_jobs_by_name(str(GROUP))
    assert bot.db_row("SELECT active FROM chats WHERE id = ?", GROUP) == (1,)


async def test_a_digest_paused_by_a_403_resumes_when_a_message_shows_the_bot_is_back(offline_bot):
    from bot.telegram import jobs

    bot = offline_bot
    chat = -7611
    bot.api.admins[chat] = {ADMIN}
    await bot.send(chat, "/subscribe 08:00", user_id=ADMIN, language_code="en")
    await jobs.digest_service(bot.app).pause_unreachable(chat)  # a digest met "bot was kicked"
    assert bot.db_row("SELECT paused FROM subscriptions WHERE chat_id = ?", chat) == (1,)
    await bot.send(chat, "/history", user_id=MEMBER, language_code="en")
    assert bot.db_row("SELECT paused FROM subscriptions WHERE chat_id = ?", chat) == (0,)
    assert [j for j in bot.app.job_queue.get_jobs_by_name(str(chat)) if not j.removed]


# ---- the same new link from two members at once ------------------------------------------------


async def test_the_same_new_link_from_two_members_at_once_is_summarized_once(offline_bot, pages):
    """A group with auto-summary: two members shared one new link at the same moment and both
    got the whole summary (the first was not stored when the second looked for it). The
    second now waits for the first and gets the one line pointing to it."""
    import asyncio

    from bot.render.i18n import t

    bot = offline_bot
    await bot.send(GROUP, "/settings auto on", user_id=ADMIN)
    url = pages.url_for("/news/cloud")
    again = url + "?utm_source=wechat"
    mark = bot.mark()
    await asyncio.gather(*(bot.send(GROUP, link, user_id=user, language_code="zh-hans",
                                    entities=[{"type": "url", "offset": 0, "length": len(link)}])
                           for link, user in ((url, MEMBER), (again, 78))))
    shown = [c.text for c in bot.replies(GROUP, after=mark) if not c.text.startswith("⏳")]
    assert len(shown) == 2 and t("shared_before", "zh", number=1) in shown
    assert sum("128亿元" in text for text in shown) == 1
    assert bot.app.bot_data["service"]._sharing == {}  # nothing kept once both are answered


# ---- a follow-up or a question replying to a link not read yet --------------------------------


def _link_message(link: str, words: str = "看看 ") -> dict:
    return {"entities": [{"type": "url", "offset": len(words), "length": len(link)}]}


@pytest.mark.parametrize("command, marker", [("/quotes", "Quotes"), ("/keywords", "Keywords"),
                                             ("/numbers", "Key figures")])
async def test_a_follow_up_replying_to_a_link_not_read_yet_shows_that_article(offline_bot, pages, command, marker):
    """A group with privacy mode on (or auto-summary off): a member shares a link, another
    replies /quotes to it. The bot had not read the link, and showed the quotes of the
    chat's latest article, another one, under that article's title."""
    bot = offline_bot
    await bot.send(GROUP, f"/summary {pages.url_for('/news/cloud')}", user_id=MEMBER, language_code="en")
    robots = pages.url_for("/news/robots")
    shared = await bot.send(GROUP, f"看看 {robots}", user_id=MEMBER, language_code="en", **_link_message(robots))
    [shown] = await shown_texts(bot, GROUP, command, user_id=78, reply_to=shared)
    assert robots in shown and marker in shown
    assert "星河科技" not in shown  # the other article's title
    [again] = await shown_texts(bot, GROUP, command, user_id=78, reply_to=shared)  # read once: linked now
    assert robots in again


async def test_a_follow_up_replying_to_a_remark_still_shows_the_latest_article(offline_bot, pages):
    bot = offline_bot
    url = pages.url_for("/news/cloud")
    await bot.send(GROUP, f"/summary {url}", user_id=MEMBER, language_code="en")
    remark = await bot.send(GROUP, "a member says something short", user_id=MEMBER, language_code="en")
    [shown] = await shown_texts(bot, GROUP, "/keywords", user_id=78, reply_to=remark)
    assert url in shown
    assert bot.db_row("SELECT COUNT(*) FROM chat_articles WHERE chat_id = ?", GROUP) == (1,)


async def test_ask_replying_to_a_link_not_read_yet_reads_it_and_answers(offline_bot, pages):
    """/ask replying to a shared link the bot had not read: "the articles stored in this chat
    do not answer that … send me the relevant article", which the reader had just pointed to."""
    bot = offline_bot
    cloud = pages.url_for("/news/cloud")
    shared = await bot.send(GROUP, f"看看 {cloud}", user_id=MEMBER, language_code="zh-hans", **_link_message(cloud))
    [answer] = await shown_texts(bot, GROUP, "/ask 星河科技第三季度营收是多少？", lang="zh-hans", user_id=78, reply_to=shared)
    assert "128亿元" in answer, answer


# ---- files: a few words, and one Telegram will not hand over ----------------------------------


def _document(file_id: str, name: str, size: int | None) -> dict:
    document = {"file_id": file_id, "file_unique_id": file_id, "file_name": name, "mime_type": "text/plain"}
    if size is not None:
        document["file_size"] = size
    return {"document": document}


@pytest.mark.parametrize("lang, content", [("en", "hello there"), ("zh-hans", "你好"), ("en", "ok\n\n  thanks!\n")])
async def test_a_file_of_a_few_words_is_told_it_is_no_article(offline_bot, lang, content):
    """A .txt holding "你好" was summarized as a one-sentence article ("1 of 1", keyword 你好)
    and kept in the history, where "/summary 你好" gets the usage line."""
    from bot.errors import ShortFile

    bot = offline_bot
    data = content.encode()
    bot.api.files["few"] = data
    short = "zh" if lang.startswith("zh") else "en"
    [told] = await shown_texts(bot, 7621, None, lang=lang, extra=_document("few", "note.txt", len(data)))
    assert told.startswith(error_text(ShortFile("note.txt"), short))
    assert bot.db_row("SELECT COUNT(*) FROM chat_articles WHERE chat_id = 7621") == (0,)


async def test_a_file_telegram_will_not_hand_over_is_told_too_large_not_logged_as_a_bug(offline_bot, caplog):
    """A document with no size given, over the 20 MB a bot may download: getFile's refusal
    ("file is too big") was logged as a bug and answered "something went wrong"."""
    from bot.errors import FileTooLarge

    bot = offline_bot
    bot.api.refusing[("getFile", 0)] = (400, "Bad Request: file is too big")
    [told] = await shown_texts(bot, 7622, None, extra=_document("huge", "report.txt", None))
    assert told.startswith(error_text(FileTooLarge("report.txt", 1), "en").split(";")[0])
    bot.api.refusing.clear()
    [told] = await shown_texts(bot, 7622, None, extra=_document("pathless", "report.txt", None))  # no file_path
    assert told.startswith(error_text(FileTooLarge("report.txt", 1), "en").split(";")[0])
    assert errors_logged(caplog) == []


# ---- a length as Chinese readers write it -------------------------------------------------------


@pytest.mark.parametrize("typed, length", [("5", 5), ("5句", 5), ("五", 5), ("五句", 5), ("两句", 2), ("十句话", 10)])
def test_a_length_is_read_as_chinese_readers_write_it(typed, length):
    from bot.core.summary_args import parse_summary_args

    assert parse_summary_args(typed).length == length
    assert parse_summary_args(f"{typed} https://example.com/a").length == length
    assert parse_summary_args(f"https://example.com/a {typed}").length == length


def test_a_text_opening_with_a_numeral_is_still_text():
    from bot.core.summary_args import parse_summary_args

    text = "三星电子公布了第三季度的营业利润，同比增长了百分之二十"
    assert parse_summary_args(text).payload == text and parse_summary_args(text).length is None


async def test_summary_with_a_length_in_chinese_words_shows_that_many_sentences(offline_bot, pages):
    """"/summary 5句 URL" showed the default length without a word (the "5句" dropped), and
    "/summary 五" got the usage line."""
    bot = offline_bot
    url = pages.url_for("/news/robots")
    [five] = await shown_texts(bot, 7631, f"/summary 4句 {url}", lang="zh-hans")
    assert "4 句" in five or "选出 4" in five, five
    [again] = await shown_texts(bot, 7631, "/summary 两句", lang="zh-hans")
    assert "选出 2" in again, again
    [too_many] = await shown_texts(bot, 7631, "/summary 十二句", lang="zh-hans")
    assert too_many == t("length_range", "zh", max=10)


async def test_a_summary_asked_in_a_flood_that_refuses_even_the_placeholder_is_sent_after_it(offline_bot, pages, caplog):
    """The flood already on when the link came: the "working…" placeholder was refused past
    the retries, and the whole request was dropped ("update dropped"). Now the summary is
    made without a placeholder and sent after Telegram's wait."""
    bot = offline_bot
    bot.api.refusing[("sendMessage", GROUP)] = (429, "Too Many Requests: retry after 1", {"retry_after": 1})
    mark = bot.mark()
    await bot.send(GROUP, f"/summary {pages.url_for('/news/cloud')}", user_id=MEMBER, language_code="zh-hans")
    assert [c for c in bot.replies(GROUP, after=mark) if not c.error] == []
    bot.api.refusing.clear()
    assert await _run_flood_jobs(bot, GROUP) == 1
    [summary] = [c.text for c in bot.replies(GROUP, after=mark) if not c.error]
    assert "128亿元" in summary
    assert errors_logged(caplog) == []


@pytest.mark.parametrize("zone, shown", [("Asia/Kolkata", "Asia/Kolkata"), ("UTC+5:45", "UTC+5:45"), ("北京时间", "Asia/Shanghai")])
async def test_subscribe_with_a_zone_alone_keeps_the_times(offline_bot, zone, shown):
    """"/subscribe UTC+5:30" (a zone, no time) was "Times look like HH:MM"."""
    bot = offline_bot
    await bot.send(7641, "/subscribe 07:30,19:00", language_code="en")
    [reply] = await shown_texts(bot, 7641, f"/subscribe {zone}")
    assert "07:30" in reply and "19:00" in reply and shown in reply, reply


async def test_a_follow_up_replying_to_the_bots_own_message_with_a_link_fetches_nothing(offline_bot, pages):
    """A digest's stories are in the history already: /ask or /quotes replying to a digest
    must not fetch its first link (a dead feed page would have answered /ask with a fetch error)."""
    from tests.offlinebot import bot_message

    bot = offline_bot
    url = pages.url_for("/news/cloud")
    await bot.send(7651, f"/summary {url}", language_code="en")
    dead = pages.url_for("/missing")
    digest = {**bot_message(7651, 999_001, f"Digest\\n1. Story {dead}"),
              "entities": [{"type": "url", "offset": 17, "length": len(dead)}]}
    [answer] = await shown_texts(bot, 7651, "/ask 星河科技第三季度营收是多少？", lang="zh-hans", reply_to=digest)
    assert "128亿元" in answer, answer


async def test_ask_replying_to_a_dead_link_says_so_and_still_answers(offline_bot, pages):
    bot = offline_bot
    await bot.send(GROUP, f"/summary {pages.url_for('/news/cloud')}", user_id=MEMBER, language_code="zh-hans")
    dead = pages.url_for("/missing")
    shared = await bot.send(GROUP, f"看看 {dead}", user_id=MEMBER, language_code="zh-hans", **_link_message(dead))
    shown = await shown_texts(bot, GROUP, "/ask 星河科技第三季度营收是多少？", lang="zh-hans", user_id=78, reply_to=shared)
    assert len(shown) == 2 and "128亿元" in shown[1] and "128亿元" not in shown[0], shown


# ---- /history's times in the chat's zone ------------------------------------------------------------


async def test_history_shows_the_times_in_the_chats_zone(offline_bot, pages):
    """/history showed when each article came in UTC, unsaid: a reader in Shanghai who shared
    a link at 01:00 saw "17:00" of the day before."""
    import sqlite3

    bot = offline_bot
    await bot.send(7661, f"/summary {pages.url_for('/news/cloud')}", language_code="zh-hans")
    with sqlite3.connect(bot.db_path) as conn:
        conn.execute("UPDATE chat_articles SET shared_at = '2027-01-04T17:00:00.000000+00:00' WHERE chat_id = 7661")
    [shown] = await shown_texts(bot, 7661, "/history", lang="zh-hans")
    assert "01-05 01:00" in shown, shown  # the default zone, Asia/Shanghai
    await bot.send(7661, "/settings zone UTC+5:30", language_code="zh-hans")
    [shown] = await shown_texts(bot, 7661, "/history", lang="zh-hans")
    assert "01-04 22:30" in shown, shown
