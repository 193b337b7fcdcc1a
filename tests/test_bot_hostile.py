"""A hostile or careless user, in process: real Updates through the real Application, the
Bot API answered offline and refusing what Telegram refuses (tests/offlinebot.py).

Each case is a class of input found by an adversarial sweep of the bot; each must end as
one clear answer in the reader's language (or, where nobody asked the bot, nothing),
never an "internal error" and never a lost message.
"""

from __future__ import annotations

import logging

import pytest

from bot.render.i18n import t
from tests.botharness import ARTICLE_ZH
from tests.offlinebot import OfflineBot

OFFLINE_BOT_ENV = {"NEWSBRIEF_ALLOW_PRIVATE_URLS": "1", "NEWSBRIEF_RATE_LIMIT": "100"}
OFFLINE_ADMINS = {-4001: {41}}


def errors_logged(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def summarize_text(bot: OfflineBot, chat_id: int, text: str = ARTICLE_ZH, **kwargs):
    mark = bot.mark()
    await bot.send(chat_id, text, **kwargs)
    return bot.reply(chat_id, after=mark)


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
