"""A hostile or careless user, in process: real Updates through the real Application, the
Bot API answered offline and refusing what Telegram refuses (tests/offlinebot.py).

Each case is a class of input found by an adversarial sweep of the bot; each must end as
one clear answer in the reader's language (or, where nobody asked the bot, nothing),
never an "internal error" and never a lost message.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import BinaryFile, EmptyFile, FileTooLarge, NotArticle, UnknownEncoding
from bot.render.i18n import error_text, t
from summarizer.limits import MAX_CHARS
from tests.botharness import ARTICLE_ZH, article_page
from tests.offlinebot import OfflineBot, errors_logged, summarize_text
from tests.pages import ARTICLE_EN_TEXT, minimal_pdf

RATE_LIMIT = 5
OFFLINE_BOT_ENV = {"NEWSBRIEF_ALLOW_PRIVATE_URLS": "1", "NEWSBRIEF_RATE_LIMIT": str(RATE_LIMIT)}
OFFLINE_ADMINS = {-4001: {41}, -4002: {41}}


# ---- buttons ------------------------------------------------------------------------------


@pytest.mark.parametrize("data", [
    "", "garbage", "v", "v:abc:summary", "v:1:nope", "v:1:summary:extra", "v:²:summary",
    "v:99999999999999999999999:summary",  # past SQLite's 64-bit integers
    "v:-1:summary", "x" * 64,
])
async def test_a_stale_or_forged_button_is_answered_as_expired(offline_bot, caplog, data):
    bot = offline_bot
    await summarize_text(bot, 4101)
    mark = bot.mark()
    await bot.press(4101, 1, data)
    [answer] = bot.api.of("answerCallbackQuery", after=mark)
    assert answer.params.get("text") == t("expired_button", "zh")
    assert not bot.api.of("editMessageText", after=mark)
    assert errors_logged(caplog) == []


# ---- a group upgraded to a supergroup -----------------------------------------------------

OLD_GROUP, SUPERGROUP = -4001, -1004001


def migration(bot: OfflineBot, chat_id: int, **field: int):
    """The service message Telegram posts in the old group (migrate_to_chat_id) or the new
    supergroup (migrate_from_chat_id)."""
    from telegram import Update

    from tests.offlinebot import _update_ids, message_update

    chat_type = "supergroup" if chat_id == SUPERGROUP else "group"
    update = message_update(bot.app.bot, chat_id, None, user_id=41).to_dict()
    update["message"]["chat"] = {"id": chat_id, "type": chat_type, "title": "g"}
    update["message"].update(field)
    update["update_id"] = next(_update_ids)
    return Update.de_json(update, bot.app.bot)


@pytest.mark.parametrize("new_chat_speaks_first", [False, True])
async def test_a_group_upgraded_to_a_supergroup_keeps_its_history_settings_watchlist_and_digest(
        offline_bot, caplog, new_chat_speaks_first):
    bot = offline_bot
    bot.api.admins[SUPERGROUP] = {41}
    for command in ("/lang en", "/subscribe 09:00", "/watch 星河科技"):
        await bot.send(OLD_GROUP, command, user_id=41)
    await bot.send(OLD_GROUP, "/summary " + ARTICLE_ZH, user_id=41)
    assert bot.app.job_queue.get_jobs_by_name(str(OLD_GROUP))
    before = bot.mark()
    if new_chat_speaks_first:  # a member's message in the new supergroup reached the bot first
        await bot.send(SUPERGROUP, "/help", user_id=42)
        await bot.app.process_update(migration(bot, SUPERGROUP, migrate_from_chat_id=OLD_GROUP))
        await bot.app.process_update(migration(bot, OLD_GROUP, migrate_to_chat_id=SUPERGROUP))
    else:
        await bot.app.process_update(migration(bot, OLD_GROUP, migrate_to_chat_id=SUPERGROUP))
        await bot.app.process_update(migration(bot, SUPERGROUP, migrate_from_chat_id=OLD_GROUP))
    assert not bot.api.replies(OLD_GROUP, after=before)
    assert [job.name for job in bot.app.job_queue.jobs() if job.name in (str(OLD_GROUP), str(SUPERGROUP))] \
        == [str(SUPERGROUP)]
    for command, expected in (("/history", "星河科技周二发布"), ("/watch", "星河科技"),
                              ("/digest settings", "09:00"), ("/keywords", "星河科技")):
        mark = bot.mark()
        await bot.send(SUPERGROUP, command, user_id=42, language_code="zh-hans")
        reply = bot.reply(SUPERGROUP, after=mark)
        assert expected in reply.text, (command, reply.text)
    assert "Keywords" in reply.text  # the group's /lang en came along
    assert bot.db_row("SELECT count(*) FROM chats WHERE id = ?", OLD_GROUP) == (0,)
    assert errors_logged(caplog) == []


# ---- floods -------------------------------------------------------------------------------


@pytest.mark.parametrize("chat_id", [4201, -4002])
async def test_a_flood_of_links_gets_the_limit_in_summaries_and_one_refusal(offline_bot, pages, caplog, chat_id):
    """30 links at once from one member: as many summaries as the limit allows, then one
    "slow down" (not 25 of them in a busy group, where Telegram allows a bot 20 messages a
    minute), and no "working…" placeholder for a refused link."""
    import asyncio

    from tests.offlinebot import message_update

    bot = offline_bot
    if chat_id < 0:
        await bot.send(chat_id, "/settings auto on", user_id=41)
    mark = bot.mark()
    urls = [pages.url_for("/news/cloud") + f"?n={n}" for n in range(30)]
    updates = [message_update(bot.app.bot, chat_id, url, user_id=43, language_code="zh-hans",
                              entities=[{"type": "url", "offset": 0, "length": len(url)}]) for url in urls]
    await asyncio.gather(*(bot.app.process_update(update) for update in updates))
    shown = [c for c in bot.api.replies(chat_id, after=mark) if not c.text.startswith("⏳")]
    summaries = [c for c in shown if c.buttons]
    refusals = [c for c in shown if not c.buttons]
    assert len(summaries) == RATE_LIMIT
    assert [c.text[:6] for c in refusals] == ["请慢一点：每"]
    placeholders = {c.result["message_id"] for c in bot.api.of("sendMessage", chat_id, after=mark)
                    if c.text.startswith("⏳")}
    assert len(placeholders) == RATE_LIMIT  # a refused link shows no "working…" first
    edited = {c.params["message_id"] for c in bot.api.of("editMessageText", chat_id, after=mark)}
    deleted = {int(c.params["message_id"]) for c in bot.api.of("deleteMessage", chat_id, after=mark)}
    assert placeholders <= edited | deleted
    assert errors_logged(caplog) == []


async def test_a_message_of_several_links_gets_each_read_and_a_malformed_one_is_left(offline_bot, pages):
    """(Before botwalk9 a private chat read the first link only; `message_links` is the one policy.)"""
    bot = offline_bot
    first, second = pages.url_for("/news/cloud"), pages.url_for("/news/robots")
    mark = bot.mark()
    await bot.send(4301, f"看看这几篇：{first} {second} {first} http://[::1", language_code="zh-hans")
    shown = [c.text for c in bot.api.replies(4301, after=mark) if not c.text.startswith("⏳")]
    assert len(shown) == 2 and "星河科技" in shown[0] and "Northwind" in shown[1]
    # One link: nothing more is said.
    mark = bot.mark()
    await bot.send(4302, second, language_code="en")
    assert [c.text for c in bot.api.replies(4302, after=mark) if not c.text.startswith("⏳")][1:] == []


# ---- commands in a group ------------------------------------------------------------------


async def test_in_a_group_an_unknown_command_is_answered_only_when_it_names_this_bot(offline_bot, caplog):
    bot = offline_bot
    group = -4401
    for text, expected in (("/frobnicate", []), ("/frobnicate@otherbot", []), ("/summary@otherbot 3", []),
                           ("/frobnicate@newsbrief_test_bot", [t("unknown_command", "zh")]),
                           ("/FROBNICATE@NewsBrief_Test_Bot now", [t("unknown_command", "zh")])):
        mark = bot.mark()
        await bot.send(group, text, user_id=44, language_code="zh-hans")
        assert [c.text for c in bot.api.replies(group, after=mark)] == expected, text
    assert errors_logged(caplog) == []


@pytest.mark.parametrize("found", [False, True])
async def test_a_search_for_a_pasted_page_echoes_only_its_start_in_one_message(offline_bot, found):
    bot = offline_bot
    chat_id = 4501 + found
    if found:
        await summarize_text(bot, chat_id)
    query = ("营收 云计算 " if found else "营收 火星 ") * 700
    mark = bot.mark()
    await bot.send(chat_id, "/search " + query)
    [reply] = bot.api.replies(chat_id, after=mark)
    assert ("没有找到" in reply.text) is not found
    assert "「营收 云计算 营收" in reply.text or "「营收 火星 营收" in reply.text
    assert len(reply.text) < 1500


# ---- files --------------------------------------------------------------------------------


def docx_bytes() -> bytes:
    """A Word file as Word writes it: a zip archive."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document>" + ARTICLE_ZH + "</w:document>")
    return buffer.getvalue()


async def send_document(bot: OfflineBot, chat_id: int, name: str, data: bytes, *, caption: str | None = None,
                        claimed_size: int | None = None, language_code: str = "zh-hans") -> list[str]:
    """`data` sent as a document; what the chat was finally shown."""
    file_id = f"file-{len(bot.api.files)}"
    bot.api.files[file_id] = data
    extra = {"document": {"file_id": file_id, "file_unique_id": file_id, "file_name": name,
                          "file_size": claimed_size or len(data)}}
    if caption is not None:
        extra["caption"] = caption
    mark = bot.mark()
    await bot.send(chat_id, None, extra=extra, language_code=language_code)
    return [c.text for c in bot.api.replies(chat_id, after=mark) if not c.text.startswith("⏳")]


@pytest.mark.parametrize(("name", "data"), [
    ("news.txt", ARTICLE_ZH.encode("utf-8")),
    ("news-utf16.txt", ARTICLE_ZH.encode("utf-16")),  # Windows Notepad's "Unicode"
    ("news-gbk.txt", ARTICLE_ZH.encode("gb18030")),
    ("page.html", article_page("星河科技三季度营收增长23%", ARTICLE_ZH).encode("gb18030").replace(b"utf-8", b"gbk")),
])
async def test_a_text_file_sent_to_the_bot_is_summarized_in_any_usual_encoding(offline_bot, caplog, name, data):
    shown = await send_document(offline_bot, 4601, name, data, caption="看看这个")
    assert len(shown) == 1 and "星河科技" in shown[0] and "128亿元" in shown[0]
    assert errors_logged(caplog) == []


async def test_a_pdf_sent_to_the_bot_is_summarized(offline_bot):
    shown = await send_document(offline_bot, 4602, "report.pdf", minimal_pdf(ARTICLE_EN_TEXT), language_code="en")
    assert len(shown) == 1 and "Key figures" in shown[0]


@pytest.mark.parametrize(("name", "data", "error", "claimed_size"), [
    ("report.docx", docx_bytes(), BinaryFile("x"), None),
    ("program", Path("/bin/ls").read_bytes()[:50_000], BinaryFile("x"), None),
    ("empty.txt", b" \n\n ", EmptyFile("x"), None),
    ("latin1.txt", ("Caf\u00e9 cr\u00e8me, tr\u00e8s bien. " * 20).encode("latin-1"), UnknownEncoding("x"), None),
    ("scan.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n", NotArticle("no_text"), None),
    ("huge.txt", b"x", FileTooLarge("x", MAX_CHARS), 50_000_000),  # never downloaded
])
async def test_a_file_that_cannot_be_read_is_answered_with_why_and_what_can_be(
        offline_bot, caplog, name, data, error, claimed_size):
    bot = offline_bot
    for lang, code in (("zh", "zh-hans"), ("en", "en")):
        mark = bot.mark()
        shown = await send_document(bot, 4603, name, data, claimed_size=claimed_size, language_code=code)
        assert shown == [error_text(error, lang) + "\n" + t("document_formats", lang)]
        assert bool(bot.api.of("download", after=mark)) is (claimed_size is None)
    assert errors_logged(caplog) == []
    assert bot.db_row("SELECT count(*) FROM articles") == (0,)


async def test_a_file_in_a_group_asks_nothing_of_the_bot(offline_bot):
    assert await send_document(offline_bot, -4604, "news.txt", ARTICLE_ZH.encode()) == []
    assert not offline_bot.api.of("download")


# ---- the bot added to and removed from a group ------------------------------------------------


async def test_added_to_a_group_the_bot_says_how_to_use_it_there_and_removed_it_says_nothing(offline_bot, caplog):
    bot = offline_bot
    mark = bot.mark()
    await bot.member_update(-4701, "member")
    assert [c.text for c in bot.api.replies(-4701, after=mark)] == [t("group_welcome", "zh")]
    mark = bot.mark()
    await bot.member_update(-4701, "administrator", old_status="member")  # promoted: nothing to say
    for status in ("kicked", "left"):
        await bot.member_update(-4701, status)
    assert bot.api.replies(-4701, after=mark) == []
    assert bot.db_row("SELECT active FROM chats WHERE id = -4701") == (0,)
    await bot.member_update(4702, "member")  # a private chat unblocked: the reader sends /start
    assert bot.api.replies(4702, after=mark) == []
    assert errors_logged(caplog) == []


async def test_in_a_group_summary_as_a_reply_to_a_file_reads_it(offline_bot):
    bot = offline_bot
    bot.api.files["shared-report"] = ARTICLE_ZH.encode("gb18030")
    shared = await bot.send(-4605, None, user_id=45, extra={"document": {
        "file_id": "shared-report", "file_unique_id": "r", "file_name": "报告.txt", "file_size": 1}})
    bot.api.files["shared-word"] = docx_bytes()
    word = await bot.send(-4605, None, user_id=45, extra={"document": {
        "file_id": "shared-word", "file_unique_id": "w", "file_name": "报告.docx", "file_size": 1}})
    mark = bot.mark()
    await bot.send(-4605, "/summary", user_id=46, reply_to=shared)
    [summary] = [c for c in bot.api.replies(-4605, after=mark) if not c.text.startswith("⏳")]
    assert "128亿元" in summary.text and summary.buttons
    mark = bot.mark()
    await bot.send(-4605, "/summary", user_id=46, reply_to=word)
    assert [c.text for c in bot.api.replies(-4605, after=mark)] == [
        error_text(BinaryFile("x"), "zh") + "\n" + t("document_formats", "zh")]


# ---- links that give no article ---------------------------------------------------------------


async def test_a_link_that_gives_no_article_says_the_text_can_be_pasted_but_a_mistyped_one_does_not(
        offline_bot, pages):
    from bot.errors import HttpStatusError, InvalidLink

    bot = offline_bot
    cases = (
        (pages.url_for("/missing"), error_text(HttpStatusError(404), "en") + "\n" + t("paste_text_hint", "en")),
        ("http://[::1", error_text(InvalidLink("x"), "en")),
    )
    for number, (text, expected) in enumerate(cases):
        mark = bot.mark()
        await bot.send(4801 + number, text, language_code="en")
        assert [c.text for c in bot.api.replies(4801 + number, after=mark) if not c.text.startswith("⏳")] \
            == [expected], text


# ---- forum topics -------------------------------------------------------------------------------


async def test_in_a_forum_topic_everything_the_bot_sends_stays_in_the_topic(offline_bot, caplog):
    """Replies go to the topic by themselves; what the bot sends without replying (a chart,
    "typing…", the rest of a reply) must name the topic, or it lands in General."""
    bot = offline_bot
    forum, topic = -4901, 77
    where = {"chat": {"id": forum, "type": "supergroup", "title": "f", "is_forum": True},
             "message_thread_id": topic, "is_topic_message": True}
    mark = bot.mark()
    await bot.send(forum, "/summary " + ARTICLE_ZH, user_id=49, extra=where)
    await bot.send(forum, "/numbers", user_id=49, extra=where)
    sent = [c for c in bot.api.calls[mark:] if c.method in ("sendMessage", "sendPhoto", "sendChatAction")]
    assert {c.method for c in sent} == {"sendMessage", "sendPhoto", "sendChatAction"}
    assert [c.method for c in sent if c.params.get("message_thread_id") != topic] == []
    assert errors_logged(caplog) == []
