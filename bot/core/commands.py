"""The bot's commands: what each one does, once, for Telegram and the console alike.

One function per command takes the core services, the chat (its settings read
once per update) and the arguments, and returns a transport-free reply
(`bot.core.replies`). The front ends are thin adapters: parse the update or the
line, call `run`, render the reply, send it. Reader errors (`bot.errors`) become
`Failure` parts here; anything else is a bug and propagates to the front end.

Also the table of commands, for setMyCommands, /help and the docs test, and the
small pure parsers of their arguments.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.core import digest_commands, message_links, watch_commands
from bot.core.asking import MAX_QUESTION_CHARS
from bot.core.command_list import COMMANDS, Command  # noqa: F401 - the command list, here too
from bot.core.digest_commands import NoDigests
from bot.core.replies import (
    AnswerView,
    ArticleView,
    ChatSettingsView,
    ConfirmForget,
    Failure,
    Help,
    Reply,
    SearchResults,
    Text,
    say,
)
from bot.core.requests import Chat, Core, DigestFront, Source, open_chat, small_int  # noqa: F401 - the inputs, here too
from bot.core.summary_args import (  # noqa: F401 - parse_summary_args and SummaryArgs: here too
    MAX_HISTORY_NUMBER,
    SummaryArgs,
    is_link_word,
    is_summary_text,
    parse_summary_args,
)
from bot.core import history_pages, reply_questions
from bot.core.counts import MAX_COUNT, MAX_SUMMARY_SENTENCES, negative_count, out_of_range
from bot.errors import (
    READER_ERRORS,
    FeedLink,
    FetchError,
    InvalidLink,
    NoArticle,
    NotHttpLink,
    RateLimited,
    ServiceError,
    UnknownHistoryNumber,
)
from bot.langs import parse_lang
from bot.web.urls import check_link, find_urls, is_valid_link

logger = logging.getLogger(__name__)



def split_command(text: str) -> tuple[str, str] | None:
    """`/cmd@bot args` -> ("cmd", "args"); None when the text is not a command."""
    match = re.match(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", text.strip(), re.DOTALL)
    if not match:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


# ---- messages -------------------------------------------------------------------------

# A message without links is an article from this length on (private chats; groups
# summarize only links, and only with auto-summary on).
LONG_TEXT_CHARS = 200
# A shorter text is an article when it reads as a news flash: this many characters (spaces
# not counted), two sentences or more, and a figure (a wire item of 70–150 characters);
# "hello", "谢谢！" or "What can you do? Tell me." are no article.
FLASH_MIN_CHARS = 60
_SENTENCE_END = re.compile(r"[。！？!?；;](?!\s*$)|[.](?=\s+\S)")
_FIGURE = re.compile(r"[0-9０-９]")
_WORD = re.compile(r"[^\W_]")  # a letter, a digit or a Han character
# Text around links from this length on is an article in itself (see is_pasted_article).
PASTED_ARTICLE_CHARS = 1000
FORGET_YES = ("yes", "y", "确认")


def is_pasted_article(text: str, links: tuple[str, ...] | list[str]) -> bool:
    """A whole article pasted with links in it is summarized as text, not by its first link.

    A short comment or a channel post's teaser around a link still means "read the link".
    """
    return len(_without(text, links).strip()) >= PASTED_ARTICLE_CHARS


def _without(text: str, links: tuple[str, ...] | list[str]) -> str:
    for url in links:
        text = text.replace(url, "")
    return text


# ---- summaries --------------------------------------------------------------------------


def is_article_text(text: str) -> bool:
    """Is a message without links an article to summarize, or a remark to answer with a hint?

    One rule for the bot's private chats and the console: 200 characters or more, or a news
    flash (two sentences or more, 60 characters, a figure), which is how short Chinese wire
    items are written. A greeting or a one-line remark is never summarized (the console
    used to summarize "hello" as a one-sentence article).
    """
    stripped = text.strip()
    if len(stripped) >= LONG_TEXT_CHARS:
        return True
    return (len("".join(stripped.split())) >= FLASH_MIN_CHARS and bool(_FIGURE.search(stripped))
            and len(_SENTENCE_END.findall(stripped)) >= 1)


async def message(core: Core, chat: Chat, source: Source) -> Reply:
    """A message that is no command: links, long texts and files become summaries in private
    chats; in groups only links, and only when the group turned auto-summary on (otherwise
    a link is read quietly for the group's watchlist, if it has one)."""
    if chat.group:
        # A malformed link in a group is plain text: nobody asked the bot about it.
        links = tuple(link for link in source.links if is_valid_link(link))
        several = message_links.distinct_links(links)
        if len(several) > 1 and chat.auto_summary and not is_pasted_article(source.text, links):
            return await message_links.each_link(core, chat, source, several, read=summarize, shares=True)
        if len(several) > 1 and not chat.auto_summary:  # each read quietly for the watchlist
            alerts: list = []
            for link in several[:message_links.MAX_LINKS_PER_MESSAGE]:
                alerts.extend(await watch_commands.quiet_link_alerts(core, chat, link, message_id=source.message_id))
            return tuple(alerts)
        if links and chat.auto_summary and not is_pasted_article(source.text, links):
            async with core.service.one_share_at_a_time(chat.id, links[0]):  # (two at once: one summary)
                earlier = await core.service.earlier_share(chat.id, links[0], message_id=source.message_id)
                if earlier is not None:  # the same link again: pointed to, once is enough
                    return say("shared_before", number=earlier.number)
                return await summarize(core, chat, replace(source, links=links))
        if links and chat.auto_summary:
            return await summarize(core, chat, replace(source, links=links))
        if links:
            return await watch_commands.quiet_link_alerts(core, chat, links[0], message_id=source.message_id)
        return ()
    typed = _full_width_command(source.text)
    if typed is not None:  # "／help": a Chinese input method's slash (no command entity in Telegram)
        name, args = typed
        return await HANDLERS[name](core, chat, args, source=replace(source, text="/" + source.text.lstrip()[1:]))
    if source.links or source.file or is_article_text(source.text) or is_link_word(source.text):
        return await summarize(core, chat, source)
    return say("short_text_hint")


def _full_width_command(text: str) -> tuple[str, str] | None:
    """"／summary 3" -> ("summary", "3") when the name is one of ours; else None."""
    stripped = text.lstrip()
    if not stripped.startswith("／"):
        return None
    parsed = split_command("/" + stripped[1:])
    return parsed if parsed is not None and parsed[0] in HANDLERS else None


async def summarize(core: Core, chat: Chat, source: Source, *, length: int | None = None) -> Reply:
    """The summary of a message's first link, or of its text (a pasted article); `length`
    sentences, else the chat's setting."""
    service = core.service
    links = () if is_pasted_article(source.text, source.links) else source.links
    several = message_links.distinct_links(links)
    if len(several) > 1:  # several links, in any chat: each read (`message_links`, the one policy)
        return await message_links.each_link(core, chat, source, several, read=summarize, shares=False, length=length)
    links = several or links  # one article (two spellings of it); none valid: the first is refused by name
    if not links:
        if is_link_word(source.text):
            check_link(source.text.strip())  # javascript:…, file://…: NotHttpLink or InvalidLink
        service.check_length(source.text)
        service.check_language(source.text)
    else:
        check_link(links[0])  # a bad link is refused before it counts against the reader
    service.count_request(chat.user_id)
    return await _summarize_counted(core, chat, source, links, length=length)


async def _summarize_counted(core: Core, chat: Chat, source: Source, links: tuple[str, ...], *,
                             length: int | None) -> Reply:
    service = core.service
    told: Reply = ()
    async with chat.busy():
        brief = None
        if links:
            try:
                brief = await service.summarize_url(chat.id, links[0], user_id=chat.user_id,
                                                    message_id=source.message_id, counted=True)
            except FetchError as exc:
                # A link that gives no article beside a text that is one: the text is read, and
                # the reader told why (not asked to paste the text they have just sent).
                if not (_pasting_helps(exc) and is_article_text(_without(source.text, links))):
                    raise
                service.check_length(source.text)
                service.check_language(source.text)
                told = (Failure(exc, "link_failed_text_read"),)
        if brief is None:
            brief = await service.summarize_text(chat.id, source.text, user_id=chat.user_id,
                                                 message_id=source.message_id, title=source.title, counted=True)
    return (*told, ArticleView(brief, "summary", length or chat.summary_length),
            *await watch_commands.shared_alerts(core, chat, brief))


async def summary(core: Core, chat: Chat, args: str, *, source: Source | None = None,
                  replied: Source | None = None) -> Reply:
    """/summary [link|text|N|#N], also as a reply to any message."""
    parsed = parse_summary_args(args)
    if out_of_range("summary", parsed.length) or negative_count(args):
        return say("length_range", max=MAX_SUMMARY_SENTENCES)
    if parsed.history_number is not None and parsed.history_number > MAX_HISTORY_NUMBER:
        return (Failure(UnknownHistoryNumber(parsed.history_number)),)
    if parsed.payload:
        if source is not None and source.links:  # (the text without "/summary", as the console's)
            return await summarize(core, chat, replace(source, text=parsed.payload), length=parsed.length)
        if not is_summary_text(parsed.payload):
            return say("summary_usage")
        return await summarize(core, chat, Source.of_text(parsed.payload, source.message_id if source else None),
                               length=parsed.length)
    service = core.service
    if replied is not None and parsed.history_number is None:
        if replied.message_id is None or await service.message_article(chat.id, replied.message_id) is None:
            if replied.from_bot:  # /help, the group welcome: no article; a digest: its first story
                if not replied.links:
                    return say("reply_to_own_message")
                replied = replace(replied, text="")
            # The replied text as `/summary TEXT` would take it: "hello there" is no article.
            if replied.links or replied.file or is_summary_text(replied.text):
                return await summarize(core, chat, replied, length=parsed.length)
            return say("summary_usage")
    try:
        brief = await service.brief(chat.id, reply_to=replied.message_id if replied else None,
                                    number=parsed.history_number)
    except ServiceError as exc:
        plain = parsed.history_number is None and parsed.length is None
        return (Failure(exc, "summary_usage" if plain else None),)
    return (ArticleView(brief, "summary", parsed.length or chat.summary_length),)


async def follow_up(core: Core, chat: Chat, view: str, *, args: str = "", replied: Source | None = None) -> Reply:
    """/quotes, /numbers, /keywords [N] [#N] [link]: a view of the latest (or replied-to, or
    numbered) article, its first N items (the number was ignored: `/numbers 5` listed every
    figure). A replied message with a link or an article not read yet is read first: these
    showed the chat's latest article instead, another one, under its own title."""
    parsed = parse_summary_args(args)
    if out_of_range(view, parsed.length) or negative_count(args):  # (`/numbers 11` was refused: 1–10)
        return say("count_range", command=view, max=MAX_COUNT[view])
    if parsed.history_number is not None and parsed.history_number > MAX_HISTORY_NUMBER:
        return (Failure(UnknownHistoryNumber(parsed.history_number)),)
    unread = await _unread_article(core, chat, replied) if parsed.history_number is None else None
    if parsed.payload is not None:  # "/numbers https://…" reads the link; any other words: the usage
        unread = Source.of_text(parsed.payload) if find_urls(parsed.payload) else None
        if unread is None:
            return say(f"{view}_usage")
    if unread is not None:
        return tuple(replace(part, view=view, count=parsed.length) if isinstance(part, ArticleView) else part
                     for part in await summarize(core, chat, unread))
    brief = await core.service.brief(chat.id, reply_to=replied.message_id if replied else None,
                                     number=parsed.history_number)
    return (ArticleView(brief, view, chat.summary_length, parsed.length),)


async def _unread_article(core: Core, chat: Chat, replied: Source | None) -> Source | None:
    """The replied message as an article to read, when it holds one (a link, a file, a text
    read as an article unasked) that no message of this chat is linked to yet; else None (a
    remark: the latest article, as before). Not the bot's own messages: a digest's stories are
    in the history already, and a follow-up must not hang on fetching one of them."""
    if replied is None or replied.from_bot or (
            replied.message_id is not None
            and await core.service.message_article(chat.id, replied.message_id) is not None):
        return None
    return replied if replied.links or replied.file or is_article_text(replied.text) else None


async def article_view(core: Core, chat: Chat, article_id: int, view: str) -> Reply:
    """A view of one of the chat's articles (Telegram's buttons switch views with it)."""
    brief = await core.service.brief(chat.id, article_id=article_id)
    return (ArticleView(brief, view, chat.summary_length),)


async def quotes(core: Core, chat: Chat, args: str, *, replied: Source | None = None, **_: object) -> Reply:
    return await follow_up(core, chat, "quotes", args=args, replied=replied)


async def numbers(core: Core, chat: Chat, args: str, *, replied: Source | None = None, **_: object) -> Reply:
    return await follow_up(core, chat, "numbers", args=args, replied=replied)


async def keywords(core: Core, chat: Chat, args: str, *, replied: Source | None = None, **_: object) -> Reply:
    return await follow_up(core, chat, "keywords", args=args, replied=replied)


async def search(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    query = " ".join(args.split())
    if not query:
        return say("search_usage")
    hits = await core.service.search(chat.id, query)
    if not hits and len(query.split()) > 1:
        # "/search 营收 净利润": words of two sentences found nothing; what holds some of them
        # is shown, said to be partial, rather than "nothing matches".
        hits = await core.service.search(chat.id, query, mode="any")
        return (SearchResults(hits, query, partial=bool(hits)),)
    return (SearchResults(hits, query),)


async def ask(core: Core, chat: Chat, args: str, *, replied: Source | None = None, **_: object) -> Reply:
    """/ask QUESTION. A question of no words ("?", "…") is a usage mistake, and a chat that has
    read nothing yet is told so once (both were "the articles do not answer that"). Asked as a
    reply to a link or an article not read yet, that is read first (it was "send me the
    relevant article", which the reader had just pointed to)."""
    question = args.strip()
    if not question or not _WORD.search(question):
        return say("ask_usage")
    unread = await _unread_article(core, chat, replied)
    told: Reply = ()
    if unread is not None and len(question) <= MAX_QUESTION_CHARS:
        try:
            await summarize(core, chat, unread)
        except FetchError as exc:  # a dead link: said, and the chat's articles still answer
            told = (Failure(exc),)
    if len(question) <= MAX_QUESTION_CHARS and not await core.service.history(chat.id, limit=1):
        if told:
            return told
        raise NoArticle()  # (a question too long is told so first: it must be shortened anyway)
    # Asked as a reply to an article's message: that article answers first (in a group of several
    # articles, "How much did revenue rise?" under one summary was answered from another); the
    # chat's other articles when it does not.
    about = await core.service.message_article(chat.id, replied.message_id) \
        if replied is not None and replied.message_id is not None else None
    async with chat.busy():
        answer = await core.service.ask(chat.id, question, article_id=about) if about is not None else None
        if answer is None or answer.abstained:
            answer = await core.service.ask(chat.id, question)
    return (*told, AnswerView(answer))


# ---- the chat's settings ----------------------------------------------------------------


async def start(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """In a group, how to use the bot there (a link sent to a group is not read unless asked)."""
    return say("group_welcome" if chat.group else "start")


async def help_(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    return (Help(),)


async def lang(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/lang zh|zh-hant|en (or 简体, 繁體, English): the chat's reply language (group admins
    only in groups)."""
    words = args.split()
    if not words:  # "which language is this chat in?": said, with how to change it
        return say("lang_current")
    choice = parse_lang(" ".join(words)) or parse_lang(words[0])
    if choice is None:
        return say("lang_usage")
    if not await chat.may_change():
        return say("admins_only")
    await core.service.update_chat(chat.id, lang=choice)
    return (Text("lang_set", lang=choice),)


async def settings(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/settings [auto on|off] [length N|auto]: show or change this chat's settings."""
    words = [w.lower() for w in args.split()]
    current = chat.settings
    parts: list = []
    if len(words) == 2 and words[0] in ("alerts", "quiet") and core.digest is not None:
        return await watch_commands.alert_settings(core, chat, words[0], words[1])
    if len(words) >= 2 and words[0] in digest_commands.ZONE_KEYS and core.digest is not None:
        return await digest_commands.change_zone(core, chat, " ".join(args.split()[1:]))
    if words:
        changes = settings_changes(words)
        if changes is None and len(words) == 2 and words[0] == "length" and small_int(words[1], digits=100) is not None:
            return say("length_range", max=MAX_SUMMARY_SENTENCES)  # "/settings length 0" or "12"
        if changes is None:
            return say("settings_usage")
        if "auto_summary" in changes and not chat.group:
            return say("settings_auto_private")
        if not await chat.may_change():
            return say("admins_only")
        current = await core.service.update_chat(chat.id, **changes)
        parts.append(Text("settings_saved"))
        if changes.get("auto_summary") and not chat.sees_all_messages:
            parts.append(Text("privacy_mode_on"))
    parts.append(ChatSettingsView(current, core.service.default_tz, chat.group))
    return tuple(parts)


def settings_changes(args: list[str]) -> dict[str, object] | None:
    """["auto", "on"] -> {"auto_summary": True}; ["length", "4"] -> {"summary_length": 4}."""
    if len(args) != 2:
        return None
    key, value = args
    if key == "auto" and value in ("on", "off"):
        return {"auto_summary": value == "on"}
    if key == "length":
        if value == "auto":
            return {"summary_length": None}
        length = small_int(value)
        if length is not None and 1 <= length <= MAX_SUMMARY_SENTENCES:
            return {"summary_length": length}
    return None


async def forget(core: Core, chat: Chat, args: str, **_: object) -> Reply:
    """/forget asks first; /forget yes (or Telegram's button) deletes this chat's history."""
    if not await chat.may_change():
        return say("admins_only")
    if args.strip().lower() not in FORGET_YES:
        return (ConfirmForget(),)
    return say("forget_done", count=await core.service.forget(chat.id))


# ---- one entry point --------------------------------------------------------------------

CommandFunction = Callable[..., Awaitable[Reply]]

HANDLERS: dict[str, CommandFunction] = {
    "start": start,
    "help": help_,
    "summary": summary,
    "quotes": quotes,
    "numbers": numbers,
    "keywords": keywords,
    "history": history_pages.history,
    "search": search,
    "ask": ask,
    "lang": lang,
    "settings": settings,
    "forget": forget,
    "subscribe": digest_commands.subscribe,
    "unsubscribe": digest_commands.unsubscribe,
    "digest": digest_commands.digest,
    "feed": digest_commands.feed,
    "watch": watch_commands.watch,
    "unwatch": watch_commands.unwatch,
    "track": watch_commands.track,
}


async def run(core: Core, chat: Chat, name: str, args: str = "", *, source: Source | None = None,
              replied: Source | None = None) -> Reply:
    """Run command `name` for `chat` (an empty name: `source` is a plain message).

    Reader errors become a `Failure`; an unknown command is answered as such.
    """
    try:
        if not name:
            source = source or Source("")
            if await reply_questions.asks_about_replied(core, chat, source, replied):
                return await ask(core, chat, source.text, replied=replied)
            return await message(core, chat, source)
        handler = HANDLERS.get(name)
        if handler is None:
            asked = not chat.group or (source is not None and source.to_bot)
            return say("unknown_command") if asked else ()
        return await handler(core, chat, args, source=source, replied=replied)
    except NoDigests:
        return say("unknown_command")
    except RateLimited as exc:
        if exc.repeated:  # told once per full window: a flood of links gets one refusal
            logger.info("chat %s: user %s still over the rate limit; not answered again", chat.id, chat.user_id)
            return ()
        return (Failure(exc),)
    except READER_ERRORS as exc:
        return (Failure(exc, "paste_text_hint" if name in ("", "summary") and _pasting_helps(exc) else None),)


def _pasting_helps(error: BaseException) -> bool:
    """A link that was fetched (or tried) but gave no article: its text, pasted, still can
    be summarized. Not a mistyped link or a feed, whose own messages say what to do."""
    return isinstance(error, FetchError) and not isinstance(error, (InvalidLink, NotHttpLink, FeedLink))
