"""A remark in reply to one of the bot's article messages: a question about that article?

A question under a summary ("How many engineers will it hire?") got "send me a link" in a
private chat and nothing in a group, where the reader had pointed at the article asked about.
It is `/ask` about that article now; a remark that asks nothing ("thanks!") is not (a group
would be answered a refusal).
"""

from __future__ import annotations

import re

from bot.core.requests import Chat, Core, Source

# A question: a question mark, an English question word first, or a Chinese question word.
_QUESTION = re.compile(r"[?？]\s*$|^(?:how|what|who|whom|whose|when|where|which|why|did|does|do|is|are|was|were|has|"
                       r"have|will|can|could)\b|多少|什么|几[个月年季次家]?|哪|谁|为什么|为何|如何|怎么|怎样|是否|吗|呢",
                       re.IGNORECASE)


async def asks_about_replied(core: Core, chat: Chat, source: Source, replied: Source | None) -> bool:
    """A remark in reply to one of the bot's article messages (a summary, a view) is a question
    about that article: "How many engineers will it hire?" under a summary got "send me a link"
    in a private chat and nothing in a group. Not a link, a file or an article of its own."""
    from bot.core.commands import is_article_text  # (commands imports this module)

    if replied is None or not replied.from_bot or replied.message_id is None:
        return False
    text = source.text.strip()
    if not text or source.links or source.file or is_article_text(text) or not _QUESTION.search(text):
        return False  # ("thanks!" under a summary is no question: a group is not answered a refusal)
    return await core.service.message_article(chat.id, replied.message_id) is not None


