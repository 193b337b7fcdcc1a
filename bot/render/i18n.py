"""Every user-facing text of the bot and the console, in Chinese and English.

Texts are looked up by key and formatted with `str.format`; values passed in are
escaped by the caller when the text is sent as HTML. Errors raised anywhere in
the code become messages here (or through their own `messages` attribute), so no
other module needs to know which language the reader speaks.
"""

from __future__ import annotations

from typing import Any

TEXTS: dict[str, dict[str, str]] = {
    "start": {
        "zh": "你好！我是 newsbrief，帮你读行业新闻。\n发给我一个链接或一段文章，我会给出要点、关键词、关键数字和引语。"
        "所有分析都在本地完成，不调用任何 AI 服务。\n\n发送 /help 查看全部命令。",
        "en": "Hi! I'm newsbrief and I read industry news for you.\nSend me a link or an article "
        "and I'll reply with its key points, keywords, key figures and quotes. Everything runs "
        "locally; no AI service is called.\n\nSend /help for every command.",
    },
    "console_banner": {
        "zh": "输入或粘贴一条消息，按回车发送（粘贴的多段文字算一条消息，Alt+回车换行）。/help 查看命令，/quit 或 Ctrl-D 退出。",
        "en": "Type or paste a message and press Enter to send it (a paste is one message, even with blank "
        "lines; Alt+Enter starts a new line). /help lists the commands; /quit or Ctrl-D quits.",
    },
    "help_header": {"zh": "<b>命令</b>", "en": "<b>Commands</b>"},
    "help_footer": {
        "zh": "私聊里直接发链接或 200 字以上的文字即可生成摘要。在群里请用 /summary 回复一条消息。"
        "后续命令针对本聊天最近的文章，或你回复的那条消息里的文章。",
        "en": "In a private chat, just send a link or a text of 200+ characters. In a group, "
        "reply to a message with /summary. Follow-up commands work on the chat's latest "
        "article, or on the article of the message you reply to.",
    },
    "example": {"zh": "例如", "en": "e.g."},
    "working": {"zh": "⏳ 正在阅读和分析…", "en": "⏳ Reading and analysing…"},
    "source_label": {"zh": "来源", "en": "Source"},
    "pasted_text": {"zh": "粘贴的文本", "en": "pasted text"},
    "untitled": {"zh": "（无标题）", "en": "(untitled)"},
    "keywords_label": {"zh": "关键词", "en": "Keywords"},
    "figures_label": {"zh": "关键数字", "en": "Key figures"},
    "quotes_label": {"zh": "引语", "en": "Quotes"},
    "summary_footer": {
        "zh": "{count} 句中选出 {shown} 句 · /summary N 调整长度",
        "en": "{shown} of {count} sentences · /summary N to change the length",
    },
    "button_summary": {"zh": "要点", "en": "Key points"},
    "button_numbers": {"zh": "数字", "en": "Numbers"},
    "button_quotes": {"zh": "引语", "en": "Quotes"},
    "button_source": {"zh": "原文", "en": "Source"},
    "no_quotes": {"zh": "这篇文章里没有找到引语。", "en": "No quotes found in this article."},
    "no_figures": {"zh": "这篇文章里没有找到关键数字。", "en": "No key figures found in this article."},
    "no_keywords": {"zh": "没有找到关键词。", "en": "No keywords found."},
    "source_author": {"zh": "作者", "en": "Author"},
    "source_published": {"zh": "发布时间", "en": "Published"},
    "source_length": {"zh": "全文 {chars} 字，{sentences} 句", "en": "{chars} characters, {sentences} sentences"},
    "source_opening": {"zh": "开头", "en": "Opening"},
    "summary_usage": {
        "zh": "用法：/summary 链接或文字；/summary 回复一条消息；/summary 5 调整长度；/summary #3 查看历史中的第 3 篇。",
        "en": "Usage: /summary link or text; /summary as a reply to a message; /summary 5 to "
        "change the length; /summary #3 for article 3 of /history.",
    },
    "length_range": {
        "zh": "摘要长度请用 1 到 {max} 之间的数字。",
        "en": "Please give a length between 1 and {max}.",
    },
    "history_header": {"zh": "<b>最近的文章</b>", "en": "<b>Recent articles</b>"},
    "history_empty": {"zh": "还没有历史记录。", "en": "No history yet."},
    "history_footer": {
        "zh": "用 /summary #编号 再看一篇。",
        "en": "Use /summary #number to see one again.",
    },
    "search_usage": {"zh": "用法：/search 关键词，例如 /search 营收", "en": "Usage: /search words, e.g. /search revenue"},
    "search_header": {"zh": "<b>搜索「{query}」</b>", "en": "<b>Search: {query}</b>"},
    "search_empty": {
        "zh": "在本聊天的文章里没有找到「{query}」。",
        "en": "Nothing in this chat's articles matches “{query}”.",
    },
    "ask_usage": {"zh": "用法：/ask 问题，例如 /ask 营收增长了多少？", "en": "Usage: /ask question, e.g. /ask How much did revenue grow?"},
    "ask_header": {"zh": "<b>问：</b>{question}", "en": "<b>Q:</b> {question}"},
    "ask_no_answer": {
        "zh": "本聊天保存的文章里找不到这个问题的答案。我只根据读过的文章回答，不会猜测。"
        "把相关文章的链接或全文发给我，然后再问一次。",
        "en": "The articles stored in this chat do not answer that. I only answer from articles "
        "I have read and never guess: send me the relevant article (a link or its text), then ask again.",
    },

    "lang_usage": {"zh": "用法：/lang zh 或 /lang en", "en": "Usage: /lang zh or /lang en"},
    "lang_set": {"zh": "好的，以后用中文回复。", "en": "OK, I'll reply in English from now on."},
    "forget_confirm": {
        "zh": "要删除这个聊天的全部历史吗？此操作无法撤销。",
        "en": "Delete this chat's whole history? This cannot be undone.",
    },
    "forget_yes": {"zh": "确认删除", "en": "Delete"},
    "forget_no": {"zh": "取消", "en": "Cancel"},
    "forget_done": {"zh": "已删除 {count} 条历史记录。", "en": "Deleted {count} history entries."},
    "forget_cancelled": {"zh": "已取消，什么都没有删除。", "en": "Cancelled; nothing was deleted."},
    "settings_header": {"zh": "<b>本聊天的设置</b>", "en": "<b>Settings for this chat</b>"},
    "settings_lang": {"zh": "语言：{value}（/lang zh|en）", "en": "Language: {value} (/lang zh|en)"},
    "settings_length": {
        "zh": "摘要长度：{value}（/settings length 1-{max}，auto 为自动）",
        "en": "Summary length: {value} (/settings length 1-{max}, or auto)",
    },
    "settings_auto": {
        "zh": "自动摘要群里分享的链接：{value}（/settings auto on|off）",
        "en": "Auto-summary of shared links: {value} (/settings auto on|off)",
    },
    "settings_tz": {"zh": "时区：{value}", "en": "Time zone: {value}"},
    "settings_usage": {
        "zh": "用法：/settings；/settings auto on|off；/settings length 3|auto",
        "en": "Usage: /settings; /settings auto on|off; /settings length 3|auto",
    },
    "settings_saved": {"zh": "设置已保存。", "en": "Settings saved."},
    "on": {"zh": "开", "en": "on"},
    "off": {"zh": "关", "en": "off"},
    "auto": {"zh": "自动", "en": "auto"},
    "privacy_mode_on": {
        "zh": "自动摘要已打开，但我现在开着隐私模式，看不到群里的普通消息。请在 @BotFather 里发送 /setprivacy，"
        "选择这个机器人并选 Disable，然后把我移出群再重新加入。",
        "en": "Auto-summary is on, but my privacy mode is enabled, so I cannot see ordinary "
        "group messages. In @BotFather send /setprivacy, pick this bot and choose Disable, "
        "then remove me from the group and add me again.",
    },
    "admins_only": {
        "zh": "只有群管理员可以修改这个群的设置。",
        "en": "Only group admins can change this group's settings.",
    },
    "not_allowed": {
        "zh": "抱歉，这个机器人是私有部署，只为指定的聊天服务。",
        "en": "Sorry, this is a private deployment that serves only specific chats.",
    },
    "unsupported_message": {
        "zh": "我只能读文字和链接。请发一个链接，或者贴上文章正文。",
        "en": "I can only read text and links. Send a link or paste the article's text.",
    },
    "short_text_hint": {
        "zh": "发给我一个链接，或者 200 字以上的文章，我来生成摘要。发送 /help 查看命令。",
        "en": "Send me a link or an article of 200+ characters and I'll summarize it. /help lists the commands.",
    },
    "unknown_command": {
        "zh": "我不认识这个命令。发送 /help 查看全部命令。",
        "en": "I don't know that command. Send /help for the list.",
    },
    "internal_error": {
        "zh": "抱歉，出了点问题，没能完成。请稍后再试。",
        "en": "Sorry, something went wrong. Please try again later.",
    },
    "expired_button": {"zh": "这条消息已过期。", "en": "This message has expired."},
    # Reader errors (bot.errors): the text of the nearest class in the error's MRO.
    "error_FetchError": {"zh": "无法读取这个链接。", "en": "Could not read this link."},
    "error_FetchTimeout": {"zh": "网页响应太慢，已超时。", "en": "The page took too long to respond."},
    "error_TooLarge": {"zh": "网页内容太大，超过了读取上限。", "en": "The page is too large to read."},
    "error_UnsupportedType": {"zh": "不支持这种链接或文件类型（只支持网页、纯文本和 PDF）。", "en": "This kind of link or file is not supported (web pages, plain text and PDF only)."},
    "error_BlockedAddress": {"zh": "出于安全原因，不能访问内网或本机地址。", "en": "For safety, links to private or local network addresses are not allowed."},
    "error_DnsFailure": {"zh": "找不到这个网站（域名无法解析）。", "en": "Could not find this website (the domain does not resolve)."},
    "error_HttpStatusError": {"zh": "网站返回了错误（HTTP {status}）。", "en": "The website answered with an error (HTTP {status})."},
    "error_TooManyRedirects": {"zh": "网页跳转次数太多，已停止。", "en": "The page redirects too many times."},
    "error_ConnectFailure": {"zh": "无法连接到这个网站。", "en": "Could not connect to this website."},
    "error_NotArticle": {"zh": "这个网页不像是一篇文章，没有可以总结的正文。", "en": "This page does not look like an article; there is no main text to summarize."},
    "error_NotArticle_paywall": {"zh": "这篇文章需要付费或订阅才能阅读全文，无法总结。", "en": "This article is behind a paywall, so it cannot be summarized."},
    "error_NotArticle_login": {"zh": "这个网页需要登录后才能查看，无法总结。", "en": "This page needs a login, so it cannot be summarized."},
    "error_NotArticle_js_shell": {"zh": "这个网页的内容由 JavaScript 动态加载，无法直接读取正文。", "en": "This page loads its content with JavaScript, so its text cannot be read directly."},
    "error_NotArticle_captcha": {"zh": "网站要求人机验证（验证码），无法读取正文。", "en": "The website asks for a captcha or bot check, so the text cannot be read."},
    "error_NotArticle_too_short": {"zh": "网页正文太短（不足 100 字），不像是一篇文章。", "en": "The page has too little main text (under 100 characters) to be an article."},
    "error_NotArticle_no_text": {"zh": "这个 PDF 没有可提取的文字（可能是扫描件或已加密）。", "en": "This PDF has no extractable text (it may be scanned or encrypted)."},
    "error_InvalidLink": {"zh": "这不是一个有效的链接，请检查后再发。", "en": "That is not a valid link; please check it and send it again."},
    "error_NotHttpLink": {"zh": "只能读取 http(s) 链接。", "en": "Only http(s) links can be read."},
    "error_FeedLink": {
        "zh": "这是一个 RSS/Atom 订阅源，不是文章。要订阅它，请用 /feed add 加上这个链接。",
        "en": "This is an RSS/Atom feed, not an article. To follow it, use /feed add with this link.",
    },
    "error_FileError": {"zh": "无法读取这个文件。", "en": "Could not read this file."},
    "error_MissingFile": {"zh": "找不到这个文件。", "en": "No such file."},
    "error_BinaryFile": {"zh": "这是二进制文件，不是文本。", "en": "This is a binary file, not text."},
    "error_UnknownEncoding": {
        "zh": "无法识别文件的编码（支持 UTF-8、UTF-16 和 GB18030）。",
        "en": "Unknown text encoding (UTF-8, UTF-16 and GB18030 can be read).",
    },
    "error_EmptyFile": {"zh": "文件是空的，没有可以摘要的文字。", "en": "The file is empty: nothing to summarize."},
    "error_FileTooLarge": {"zh": "文件太大了，我最多读 {limit} 字。", "en": "The file is too large; I read at most {limit} characters."},
    "error_DatabaseUnusable": {"zh": "无法使用这个数据库文件。", "en": "This database file cannot be used."},
    "error_DatabaseUnusable_directory": {"zh": "数据库路径是一个目录，不是文件。", "en": "The database path is a directory, not a file."},
    "error_DatabaseUnusable_not_a_file": {
        "zh": "数据库路径不是普通文件（例如 /dev/null）。",
        "en": "The database path is not a regular file (such as /dev/null).",
    },
    "error_DatabaseUnusable_not_sqlite": {
        "zh": "这个文件不是 SQLite 数据库，没有改动它。",
        "en": "This file is not an SQLite database; it was left untouched.",
    },
    "error_DatabaseUnusable_corrupt": {
        "zh": "数据库文件已损坏或不完整，没有改动它。请从备份恢复。",
        "en": "The database file is damaged or truncated; it was left untouched. Restore it from a backup.",
    },
    "error_DatabaseUnusable_cannot_open": {
        "zh": "无法创建或打开数据库文件（目录不存在或不可写）。",
        "en": "Cannot create or open the database file (its folder is missing or not writable).",
    },
    "error_DatabaseUnusable_read_only": {
        "zh": "数据库文件或它所在的目录是只读的，无法写入。",
        "en": "The database file or its folder is read-only.",
    },
    "error_UnsupportedLanguage": {
        "zh": "目前只支持中文和英文。这段文字是其他语言（例如日文或韩文），无法摘要。",
        "en": "Only Chinese and English are supported. This text is in another language (such as Japanese or Korean).",
    },
    "error_FeedError": {"zh": "无法读取这个订阅源。", "en": "Could not read this feed."},
    "error_NotAFeed": {"zh": "这个地址不是 RSS/Atom 订阅源，页面里也没有找到订阅源链接。", "en": "This address is not an RSS/Atom feed, and the page links to no feed."},
    "error_ServiceError": {"zh": "请求无法完成。", "en": "That request could not be done."},
    "error_NoArticle": {
        "zh": "这个聊天里还没有文章。先发一个链接或一段文字，或者用 /summary 回复一条消息。",
        "en": "There is no article in this chat yet. Send a link or a text first, or reply "
        "to a message with /summary.",
    },
    "error_UnknownHistoryNumber": {"zh": "历史里没有第 {number} 篇。发送 /history 查看编号。", "en": "There is no #{number} in the history. Send /history to see the numbers."},
    "error_InputTooLong": {"zh": "文字太长了（{length} 字），我最多读 {limit} 字。", "en": "That text is too long ({length} characters); I read at most {limit}."},
    "error_QuestionTooLong": {"zh": "问题太长了（{length} 字），请控制在 {limit} 字以内。", "en": "That question is too long ({length} characters); keep it under {limit}."},
    "error_RateLimited": {"zh": "请慢一点：每分钟最多 {limit} 篇新摘要，请 {wait} 秒后再试。", "en": "Please slow down: at most {limit} summaries a minute. Try again in {wait} s."},
    "error_ScheduleError": {"zh": "时间设置无效。", "en": "Invalid schedule setting."},
    "error_BadTime": {"zh": "时间格式应为 HH:MM，例如 09:00。", "en": "Times look like HH:MM, e.g. 09:00."},
    "error_BadTimeZone": {"zh": "未知时区，请使用 IANA 名称，例如 Asia/Shanghai。", "en": "Unknown time zone; use an IANA name such as Asia/Shanghai."},
    "error_BadWeekday": {"zh": "休息日请写 mon…sun 或 周一…周日，或 none。", "en": "Days off are mon…sun (or none)."},
    "error_DigestError": {"zh": "简报出错了。", "en": "Something went wrong with the digest."},
    "error_NotSubscribed": {"zh": "这个聊天还没有订阅简报。用 /subscribe 订阅。", "en": "This chat has no digest subscription. Use /subscribe."},
    "error_FeedNumberUnknown": {"zh": "没有这个编号的订阅源，用 /feed list 查看编号。", "en": "No feed with that number; see /feed list."},
    "error_TooManyFeeds": {"zh": "订阅源已达上限，请先删除一些。", "en": "Too many feeds; remove some first."},
    "error_EmptyText": {
        "zh": "没有找到可以摘要的正文。",
        "en": "I found no text to summarize.",
    },
    "error_TextTooLong": {
        "zh": "文字太长了，我最多读 {limit} 字。",
        "en": "That text is too long; I read at most {limit} characters.",
    },
    "error_NotAnArticle": {
        "zh": "这看起来不是一篇文章（可能是付费墙、登录页或目录页），没法摘要。",
        "en": "That doesn't look like an article (perhaps a paywall, login page or index), so I can't summarize it.",
    },
    # ---- digests ----
    "digest_heading": {"zh": "<b>📰 新闻简报 · {when}</b>", "en": "<b>📰 News digest · {when}</b>"},
    "digest_empty": {"zh": "自上次简报以来没有新内容。", "en": "Nothing new since the last digest."},
    "digest_sources": {"zh": "{count} 个来源", "en": "{count} sources"},
    "digest_usage": {
        "zh": "用法：/digest 立即发送一份简报；/digest settings 查看或修改简报设置。",
        "en": "Usage: /digest sends a digest now; /digest settings shows or changes its settings.",
    },
    "subscribe_usage": {
        "zh": "用法：/subscribe [HH:MM] [时区]，例如 /subscribe 08:30 Asia/Shanghai",
        "en": "Usage: /subscribe [HH:MM] [time zone], e.g. /subscribe 08:30 Europe/London",
    },
    "subscribed": {
        "zh": "已订阅：每天 {times}（{zone}）发送简报。",
        "en": "Subscribed: a digest every day at {times} ({zone}).",
    },
    "digest_resumed": {
        "zh": "欢迎回来。机器人不在时暂停的简报已恢复：每天 {times}（{zone}）。不需要的话请用 /unsubscribe。",
        "en": "Welcome back. The digest paused while the bot was away is on again: every day at {times} ({zone}). "
              "/unsubscribe stops it.",
    },
    "next_digest": {"zh": "下一份：{when}", "en": "Next one: {when}"},
    "unsubscribed": {"zh": "已取消订阅简报。订阅源和设置会保留。", "en": "Digest cancelled. Feeds and settings are kept."},
    "not_subscribed": {"zh": "这个聊天没有订阅简报。", "en": "This chat has no digest subscription."},
    "digest_settings_header": {"zh": "<b>简报设置</b>", "en": "<b>Digest settings</b>"},
    "digest_settings_times": {"zh": "时间：{times}（{zone}）", "en": "Times: {times} ({zone})"},
    "digest_settings_max": {"zh": "每份最多：{count} 条", "en": "At most: {count} stories"},
    "digest_settings_off": {"zh": "休息日：{days}", "en": "Days off: {days}"},
    "digest_no_days_off": {"zh": "无", "en": "none"},
    "digest_settings_paused": {
        "zh": "⚠️ 简报已暂停（机器人无法在此发消息）。用 /subscribe 恢复。",
        "en": "⚠️ The digest is paused (the bot could not post here). /subscribe resumes it.",
    },
    "digest_settings_usage": {
        "zh": "修改：/digest settings times 09:00,18:00 · max 8 · off sat,sun（或 off none）",
        "en": "Change: /digest settings times 09:00,18:00 · max 8 · off sat,sun (or off none)",
    },
    "feed_usage": {
        "zh": "用法：/feed add 链接 · /feed list · /feed remove 编号",
        "en": "Usage: /feed add URL · /feed list · /feed remove N",
    },
    "feed_added": {"zh": "已添加订阅源：{title}", "en": "Feed added: {title}"},
    "feed_removed": {"zh": "已删除订阅源：{title}", "en": "Feed removed: {title}"},
    "feed_list_header": {"zh": "<b>订阅源</b>（/feed remove 编号 删除）", "en": "<b>Feeds</b> (/feed remove N to remove)"},
    "feed_list_empty": {
        "zh": "还没有订阅源。用 /feed add 链接 添加 RSS/Atom 或网站地址。",
        "en": "No feeds yet. Add an RSS/Atom feed or a site with /feed add URL.",
    },
    "feed_paused_mark": {"zh": "已暂停", "en": "paused"},
    "feed_failing_mark": {"zh": "连续失败 {count} 次", "en": "failed {count}× in a row"},
    "feed_paused": {
        "zh": "订阅源「{title}」多次读取失败，已暂停。可以用 /feed remove 删除后重新添加。",
        "en": "The feed “{title}” kept failing and has been paused. Remove and re-add it with /feed to retry.",
    },
}


def t(key: str, lang: str, /, **values: Any) -> str:
    """The text for `key` in `lang` (falling back to Chinese), formatted with `values`."""
    entry = TEXTS[key]
    text = entry.get(lang) or entry["zh"]
    return text.format(**values) if values else text


def _error_keys(error_class: type, reason: object = None) -> list[str]:
    """The i18n keys that may hold an error's text, nearest first."""
    keys = []
    for cls in error_class.__mro__:
        if reason is not None:
            keys.append(f"error_{cls.__name__}_{reason}")
        keys.append(f"error_{cls.__name__}")
    return keys


def error_text(error: BaseException, lang: str) -> str:
    """The reader's message for `error` in `lang`: the one way errors become text.

    The text is the i18n key `error_<ClassName>` of the nearest class in the error's
    MRO (`error_<ClassName>_<reason>` first when it has a `reason`), formatted with
    the error's attributes; an error with no text of its own (a bug) gets
    "internal_error". The tree of reader errors is drawn in `bot.errors`.
    """
    for key in _error_keys(type(error), getattr(error, "reason", None)):
        if key in TEXTS:
            text = t(key, lang)
            try:
                return text.format(**vars(error)) if "{" in text else text
            except (KeyError, IndexError, TypeError):
                return text
    return t("internal_error", lang)


def error_texts(error_class: type) -> dict[str, str]:
    """An error class's own texts by language (its nearest `error_<ClassName>` entry)."""
    for key in _error_keys(error_class):
        if key in TEXTS:
            return dict(TEXTS[key])
    return dict(TEXTS["internal_error"])
