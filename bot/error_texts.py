"""The reader's texts of every error in `bot.errors`, in each reply language.

Kept apart from the error tree so the tree reads as one page; `bot.errors.error_text` is the
one way to these texts (the key is `error_<ClassName>` or `error_<ClassName>_<reason>`).
"""

from __future__ import annotations

ERROR_TEXTS: dict[str, dict[str, str]] = {
    "error_WatchError": {"zh": "无法完成关注操作。", "en": "That watchlist request could not be done."},
    "error_BadName_empty": {"zh": "请写出要关注的名称，例如 /watch 宁德时代", "en": "Give a name to watch, e.g. /watch CATL"},
    "error_BadName_too_long": {"zh": "名称太长了（最多 40 个字符）。", "en": "That name is too long (40 characters at most)."},
    "error_BadName_too_short": {"zh": "名称太短了（至少 2 个字符），会匹配到太多文章。",
                                "en": "That name is too short (2 characters at least): it would match too many stories."},
    "error_BadName_punctuation": {"zh": "名称里要有文字或数字，不能只有标点。", "en": "A name needs letters or digits, not only punctuation."},
    "error_BadName_too_many": {"zh": "过滤词太多了（最多 30 个）。", "en": "Too many filter words (30 at most)."},
    "error_BadQuietHours": {"zh": "免打扰时间写成 HH:MM-HH:MM，开始和结束不同，例如 22:00-07:00，或 off。",
                            "en": "Quiet hours are HH:MM-HH:MM, a start and a different end, e.g. 22:00-07:00, or off."},
    "internal_error": {
        "zh": "抱歉，出了点问题，没能完成。请稍后再试。",
        "en": "Sorry, something went wrong. Please try again later.",
    },
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
    "error_FeedError": {"zh": "无法读取这个订阅源。", "en": "Could not read this feed."},
    "error_BrokenFeed": {"zh": "这个订阅源的 XML 是坏的，一条内容也读不出来；请稍后再试，或换一个订阅源。",
                         "en": "This feed's XML is broken: not one item could be read. Try again later or use another feed."},
    "error_NotAFeed": {"zh": "这个地址不是 RSS/Atom 订阅源，页面里也没有找到订阅源链接。", "en": "This address is not an RSS/Atom feed, and the page links to no feed."},
    "error_ServiceError": {"zh": "请求无法完成。", "en": "That request could not be done."},
    "error_AnalysisTimeout": {
        "zh": "这篇文字太长或太复杂，{seconds} 秒内没能分析完，已停止。可以只发送其中一部分再试。",
        "en": "This text took more than {seconds} s to analyse, so the analysis was stopped. "
              "Try sending part of it.",
    },
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
    "error_BadTime": {"zh": "时间应为 00:00 到 23:59 之间的 HH:MM，例如 09:00。",
                      "en": "A time is HH:MM from 00:00 to 23:59, e.g. 09:00."},
    "error_BadTimeZone": {"zh": "未知时区，请使用 IANA 名称（例如 Asia/Shanghai）或与 UTC 的时差（例如 UTC+5:30）。",
                          "en": "Unknown time zone; use an IANA name such as Asia/Shanghai, or an offset such as UTC+5:30."},
    "error_BadWeekday": {"zh": "休息日请写 mon…sun、周一…周日或周末，没有休息日写 none。",
                         "en": "Days off are mon…sun or weekend (none for no days off)."},
    "error_TooManyTimes": {"zh": "一天最多 {limit} 个简报时间（这里有 {count} 个）。", "en": "At most {limit} digest times a day ({count} given)."},
    "error_EveryDayOff": {
        "zh": "七天都休息就再也收不到简报了。要停止简报，请用 /unsubscribe。",
        "en": "With every day off no digest would ever be sent. To stop the digest, use /unsubscribe.",
    },
    "error_DigestError": {"zh": "简报出错了。", "en": "Something went wrong with the digest."},
    "error_NotSubscribed": {"zh": "这个聊天还没有订阅简报。用 /subscribe 订阅。", "en": "This chat has no digest subscription. Use /subscribe."},
    "error_FeedLinkUnknown": {"zh": "这个聊天没有订阅这个链接的订阅源，用 /feed list 查看编号。",
                              "en": "This chat follows no feed at that link; see /feed list for the numbers."},
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
    "error_InvalidLink": {
        "zh": "这不是一个有效的链接，请检查后再发。",
        "en": "That is not a valid link; please check it and send it again.",
    },
    "error_NotHttpLink": {
        "zh": "只能读取 http(s) 链接。",
        "en": "Only http(s) links can be read.",
    },
    "error_FeedLink": {
        "zh": "这是一个 RSS/Atom 订阅源，不是文章。要订阅它，请用 /feed add 加上这个链接。",
        "en": "This is an RSS/Atom feed, not an article. To follow it, use /feed add with this link.",
    },
    "error_FileError": {
        "zh": "无法读取这个文件。",
        "en": "Could not read this file.",
    },
    "error_MissingFile": {
        "zh": "找不到这个文件。",
        "en": "No such file.",
    },
    "error_NotAFile": {
        "zh": "这是一个文件夹，不是文件。",
        "en": "That is a folder, not a file.",
    },
    "error_BinaryFile": {
        "zh": "这是二进制文件，不是文本。",
        "en": "This is a binary file, not text.",
    },
    "error_UnknownEncoding": {
        "zh": "无法识别文件的编码（支持 UTF-8、UTF-16、GB18030 和 Big5）。",
        "en": "Unknown text encoding (UTF-8, UTF-16, GB18030 and Big5 can be read).",
    },
    "error_EmptyFile": {
        "zh": "文件是空的，没有可以摘要的文字。",
        "en": "The file is empty: nothing to summarize.",
    },
    "error_ShortFile": {
        "zh": "文件里只有几个字，不是文章，没有可以摘要的内容。",
        "en": "The file holds only a few words, not an article: nothing to summarize.",
    },
    "error_FileTooLarge": {
        "zh": "文件太大了，我最多读 {limit} 字。",
        "en": "The file is too large; I read at most {limit} characters.",
    },
    "error_DatabaseUnusable": {
        "zh": "无法使用这个数据库文件。",
        "en": "This database file cannot be used.",
    },
    "error_DatabaseUnusable_directory": {
        "zh": "数据库路径是一个目录，不是文件。",
        "en": "The database path is a directory, not a file.",
    },
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
}
