"""The bot's commands as its menus and /help list them: name, description and example in
each language. Kept apart from `bot.core.commands`, which runs them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.langs import localized


@dataclass(frozen=True, slots=True)
class Command:
    name: str
    description: dict[str, str]
    example: str  # in Chinese (the README's); English readers get `example_en` when there is one
    example_en: str = ""

    def describe(self, lang: str) -> str:
        """The description in `lang` (traditional made from simplified, as every text)."""
        return localized(self.description, lang)

    def example_in(self, lang: str) -> str:
        """The example in `lang`: /help showed an English reader "/ask 营收增长了多少？"."""
        return localized({"zh": self.example, "en": self.example_en or self.example}, lang)


COMMANDS: tuple[Command, ...] = (
    Command("summary", {"zh": "摘要：链接、文字，或回复一条消息", "en": "Summarize a link, a text, or the replied message"},
            "/summary https://example.com/news/1"),
    Command("quotes", {"zh": "最近这篇文章里的引语", "en": "Quotes in the latest article"}, "/quotes"),
    Command("numbers", {"zh": "最近这篇文章里的关键数字", "en": "Key figures in the latest article"}, "/numbers"),
    Command("keywords", {"zh": "最近这篇文章的关键词", "en": "Keywords of the latest article"}, "/keywords"),
    Command("history", {"zh": "最近的文章（带编号）", "en": "Recent articles, numbered"}, "/history"),
    Command("search", {"zh": "在本聊天的文章里搜索", "en": "Search this chat's articles"},
            "/search 营收", "/search revenue"),
    Command("ask", {"zh": "就读过的文章提问", "en": "Ask about the articles read here"},
            "/ask 营收增长了多少？", "/ask How much did revenue grow?"),
    Command("subscribe", {"zh": "订阅每日新闻简报 [HH:MM] [时区]", "en": "Daily news digest [HH:MM] [time zone]"},
            "/subscribe 09:00 Asia/Shanghai"),
    Command("unsubscribe", {"zh": "取消新闻简报", "en": "Stop the news digest"}, "/unsubscribe"),
    Command("digest", {"zh": "立即发送简报；settings 查看和修改简报设置", "en": "Send a digest now; settings to change it"},
            "/digest settings times 09:00,18:00"),
    Command("feed", {"zh": "订阅源：add 链接 [include:词 exclude:词] | filter 编号 … | list | remove 编号",
                     "en": "Feeds: add URL [include:words exclude:words] | filter N … | list | remove N"},
            "/feed add https://example.com/rss.xml include:储能,电池 exclude:招聘",
            "/feed add https://example.com/rss.xml include:battery,storage exclude:jobs"),
    Command("watch", {"zh": "关注公司或名称，有新闻时提醒；不带参数查看列表", "en": "Watch names and get alerts; alone: the list"},
            "/watch 宁德时代 比亚迪", "/watch CATL BYD"),
    Command("unwatch", {"zh": "取消关注", "en": "Stop watching a name"}, "/unwatch 宁德时代", "/unwatch CATL"),
    Command("track", {"zh": "某公司在本聊天新闻里的全部数字（按指标和时间）", "en": "A company's figures across this chat's news"},
            "/track 腾讯云", "/track Tencent Cloud"),
    Command("lang", {"zh": "切换语言 zh（简体）|zh-hant（繁体）|en", "en": "Switch language zh|zh-hant|en"},
            "/lang zh-hant"),
    Command("settings", {"zh": "查看和修改本聊天的设置", "en": "Show and change this chat's settings"},
            "/settings auto on"),
    Command("forget", {"zh": "删除本聊天的历史", "en": "Delete this chat's history"}, "/forget"),
    Command("help", {"zh": "全部命令和示例", "en": "Every command, with an example"}, "/help"),
    Command("start", {"zh": "开始使用", "en": "Get started"}, "/start"),
)
