"""A message holding several links: each one read, one answer each, up to a few. The one
policy for private chats, groups and the console.

A reader who sends two links in one message means both, as if sent in two messages: so
each is read like a message of its own, counted against the reader's rate limit (in a
group, a link shared there not long ago is pointed to as before). The first is answered in
the "working…" placeholder; the others follow it. A link that cannot be read is named with
its reason, and the others are still read. Past `MAX_LINKS_PER_MESSAGE` links, or once the
reader is over the rate limit, the rest are counted in one line in the chat's language:
never silently left out. (A private chat used to read only the first link and say how many
were not read, a group up to three: two rules for one message.)
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import replace

from bot.core.replies import Failure, OfLink, Part, Reply, say
from bot.core.requests import Chat, Core, Source
from bot.errors import READER_ERRORS, RateLimited
from bot.web.urls import check_link, is_valid_link, normalize_url

logger = logging.getLogger(__name__)

# Links of one message that are read, in any chat: a group's flood of summaries stays bounded.
MAX_LINKS_PER_MESSAGE = 3

Read = Callable[..., Awaitable[Reply]]


def distinct_links(links: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """The valid links, each article once: two spellings of one link (a tracking parameter,
    the host's case) are one link."""
    keys: dict[str, str] = {}
    for link in links:
        if is_valid_link(link):
            keys.setdefault(normalize_url(check_link(link)), link)
    return tuple(keys.values())


@contextlib.asynccontextmanager
async def _no_placeholder() -> AsyncIterator[None]:
    yield  # the first link's placeholder is the reply's; the others follow it


async def each_link(core: Core, chat: Chat, source: Source, links: tuple[str, ...], *, read: Read,
                    shares: bool, length: int | None = None) -> Reply:
    """Read each of `links` (distinct, two or more) with `read` (the one-link summary).
    `shares`: a link this group read not long ago gets the one-line pointer (a member's
    share in a group, not an explicit /summary nor a private chat)."""
    parts: list[Part] = []
    for number, link in enumerate(links[:MAX_LINKS_PER_MESSAGE]):
        one = replace(source, links=(link,), text=link)
        this = chat if number == 0 else replace(chat, busy=_no_placeholder)
        try:
            parts.extend(await _read_one(core, this, one, link, read=read, shares=shares, length=length))
        except RateLimited:
            if number == 0:
                raise  # as for one link: refused once, then quietly
            logger.info("chat %s: user %s over the rate limit at link %d of a message", chat.id, chat.user_id,
                        number + 1)
            parts.extend(say("links_unread", count=len(links) - number))
            return tuple(parts)
        except READER_ERRORS as exc:
            parts.append(OfLink(link, Failure(exc)))
    if len(links) > MAX_LINKS_PER_MESSAGE:
        parts.extend(say("links_over", count=len(links) - MAX_LINKS_PER_MESSAGE, max=MAX_LINKS_PER_MESSAGE))
    return tuple(parts)


async def _read_one(core: Core, chat: Chat, source: Source, link: str, *, read: Read, shares: bool,
                    length: int | None) -> Reply:
    if not shares:
        return await read(core, chat, source, length=length)
    async with core.service.one_share_at_a_time(chat.id, link):
        earlier = await core.service.earlier_share(chat.id, link, message_id=source.message_id)
        if earlier is not None:
            return (OfLink(link, say("shared_before", number=earlier.number)[0]),)
        return await read(core, chat, source, length=length)
