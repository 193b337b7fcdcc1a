"""The bot's commands: one table for setMyCommands, /help, the console and the docs test.

Also the small pure parsers for command arguments, shared by the Telegram handlers
and `newsbrief chat` so both understand exactly the same input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SUMMARY_SENTENCES = 10


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    description: dict[str, str]
    example: str


COMMANDS: tuple[Command, ...] = (
    Command("summary", {"zh": "摘要：链接、文字，或回复一条消息", "en": "Summarize a link, a text, or the replied message"},
            "/summary https://example.com/news/1"),
    Command("quotes", {"zh": "最近这篇文章里的引语", "en": "Quotes in the latest article"}, "/quotes"),
    Command("numbers", {"zh": "最近这篇文章里的关键数字", "en": "Key figures in the latest article"}, "/numbers"),
    Command("keywords", {"zh": "最近这篇文章的关键词", "en": "Keywords of the latest article"}, "/keywords"),
    Command("history", {"zh": "最近的文章（带编号）", "en": "Recent articles, numbered"}, "/history"),
    Command("search", {"zh": "在本聊天的文章里搜索", "en": "Search this chat's articles"}, "/search 营收"),
    Command("ask", {"zh": "就读过的文章提问", "en": "Ask about the articles read here"}, "/ask 营收增长了多少？"),
    Command("subscribe", {"zh": "订阅每日新闻简报 [HH:MM] [时区]", "en": "Daily news digest [HH:MM] [time zone]"},
            "/subscribe 09:00 Asia/Shanghai"),
    Command("unsubscribe", {"zh": "取消新闻简报", "en": "Stop the news digest"}, "/unsubscribe"),
    Command("digest", {"zh": "立即发送简报；settings 查看和修改简报设置", "en": "Send a digest now; settings to change it"},
            "/digest settings times 09:00,18:00"),
    Command("feed", {"zh": "订阅源：add 链接 | list | remove 编号", "en": "Feeds: add URL | list | remove N"},
            "/feed add https://example.com/rss.xml"),
    Command("lang", {"zh": "切换语言 zh|en", "en": "Switch language zh|en"}, "/lang en"),
    Command("settings", {"zh": "查看和修改本聊天的设置", "en": "Show and change this chat's settings"},
            "/settings auto on"),
    Command("forget", {"zh": "删除本聊天的历史", "en": "Delete this chat's history"}, "/forget"),
    Command("help", {"zh": "全部命令和示例", "en": "Every command, with an example"}, "/help"),
    Command("start", {"zh": "开始使用", "en": "Get started"}, "/start"),
)


@dataclass(frozen=True, slots=True)
class SummaryArgs:
    """What `/summary ARGS` asks for: new input, a length, or a history number."""

    payload: str | None = None  # a link or a text to ingest
    length: int | None = None
    history_number: int | None = None


_HISTORY_REF = re.compile(r"^#\s*(\d{1,4})$")
_LENGTH = re.compile(r"^\d{1,3}$")


def parse_summary_args(args: str) -> SummaryArgs:
    """`/summary 5`, `/summary #3`, `/summary #3 5`, or `/summary <link or text>`."""
    args = args.strip()
    if not args:
        return SummaryArgs()
    words = args.split()
    if len(words) <= 2 and all(_HISTORY_REF.match(w) or _LENGTH.match(w) for w in words):
        number = length = None
        for word in words:
            ref = _HISTORY_REF.match(word)
            if ref:
                number = int(ref.group(1))
            else:
                length = int(word)
        return SummaryArgs(length=length, history_number=number)
    return SummaryArgs(payload=args)


def split_command(text: str) -> tuple[str, str] | None:
    """`/cmd@bot args` -> ("cmd", "args"); None when the text is not a command."""
    match = re.match(r"^/([A-Za-z0-9_]{1,32})(?:@\w+)?(?:\s+(.*))?$", text.strip(), re.DOTALL)
    if not match:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()
