"""`/history N`: the chat's articles ten to a page, the page asked for, and how many there are.

`/history` showed the latest ten articles and nothing said there were more; `/history 2` showed
the same ten (its number was ignored), so an older article's `#N` could not be found. Page N
holds articles 10·(N−1)+1 to 10·N, numbered as `/summary #N` takes them; a page past the last
names the range of pages.
"""

from __future__ import annotations

import re

from bot.core.replies import History, Reply, say
from bot.core.requests import Chat, Core
from bot.core.service import HISTORY_LIMIT
from bot.core.summary_args import MAX_HISTORY_NUMBER

_PAGE = re.compile(r"^[-−－]?\d+$")


async def history(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/history [page]."""
    zone = (chat.settings.tz if chat.settings else None) or core.service.default_tz
    words = args.split()
    if len(words) > 1 or (words and not _PAGE.match(words[0])):
        return say("history_usage")
    page = 1
    if words:  # "-1", "0" or a number too long to be a page: no page (the range is said)
        digits = words[0].lstrip("-−－")
        page = int(digits) if digits == words[0] and len(digits) <= len(str(MAX_HISTORY_NUMBER)) else 0
    store = core.service.store
    total = await store.count_history(chat.id)
    pages = max(1, -(-total // HISTORY_LIMIT))
    if not 1 <= page <= pages:
        return say("history_pages" if pages > 1 else "history_one_page", pages=pages)
    entries = await store.history(chat.id, limit=HISTORY_LIMIT, offset=(page - 1) * HISTORY_LIMIT)
    return (History(entries, zone, page=page, pages=pages),)
