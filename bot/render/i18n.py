"""Every user-facing text of the bot and the console, in Chinese and English.

Traditional Chinese ("zh-hant") texts are made from the simplified ones by
`bot.langs.to_hant` (OpenCC s2twp, cached per text); an entry carries its own
"zh-hant" text only where the words differ, not just the script (/lang's answer).

Texts are looked up by key and formatted with `str.format`; values passed in are
escaped by the caller when the text is sent as HTML. The reader errors' texts
(`error_<ClassName>`) live beside their tree in `bot.errors` and are merged in
here; `error_text` turns any exception into the reader's message, so no other
module needs to know which language the reader speaks.
"""

from __future__ import annotations

from typing import Any

from bot.errors import ERROR_TEXTS, error_text, error_texts  # noqa: F401 - the errors' texts, here too
from bot.langs import localized

TEXTS: dict[str, dict[str, str]] = {
    **ERROR_TEXTS,
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
        "zh": "私聊里直接发链接、200 字以上的文字或带数字的短快讯即可生成摘要。在群里请用 /summary 回复一条消息。"
        "把我设为频道管理员后，频道中的命令会在频道中回答；/settings auto on 后频道中的链接也会自动摘要。"
        "后续命令针对本聊天最近的文章，或你回复的那条消息里的文章。",
        "en": "In a private chat, just send a link, a text of 200+ characters or a short news flash "
        "with figures. In a group, "
        "reply to a message with /summary. In a channel where I am an admin, commands are answered in the "
        "channel, and links too after /settings auto on. Follow-up commands work on the chat's latest "
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
        "en": "sentences shown: {shown} of {count} · /summary N to change the length",
    },
    "button_summary": {"zh": "要点", "en": "Key points"},
    "button_numbers": {"zh": "数字", "en": "Numbers"},
    "button_quotes": {"zh": "引语", "en": "Quotes"},
    "button_source": {"zh": "原文", "en": "Source"},
    "no_quotes": {"zh": "这篇文章里没有找到引语。", "en": "No quotes found in this article."},
    "no_figures": {"zh": "这篇文章里没有找到关键数字。", "en": "No key figures found in this article."},
    # Figure charts
    "chart_growth": {"zh": "增速对比", "en": "Growth rates compared"},
    "chart_amounts": {"zh": "金额对比（{unit}）", "en": "Amounts compared ({unit})"},
    "chart_vague_note": {"zh": "斜线条：原文只给出量级（如“三位数”），按下限绘制。",
                         "en": "Hatched bars: the article gives only a magnitude (e.g. three-digit), drawn at its lower bound."},
    "chart_caption": {"zh": "图：{title}", "en": "Chart: {title}"},
    "chart_written": {"zh": "图表已保存：{path}", "en": "Chart saved: {path}"},
    # Watchlists, alerts, /track, feed filters
    "watch_usage": {"zh": "用法：/watch 名称 [名称 …]，例如 /watch 宁德时代 比亚迪；/watch 查看关注列表。",
                    "en": "Usage: /watch NAME [NAME …], e.g. /watch CATL BYD; /watch alone lists the watchlist."},
    "unwatch_usage": {"zh": "用法：/unwatch 名称，例如 /unwatch 宁德时代", "en": "Usage: /unwatch NAME, e.g. /unwatch CATL"},
    "track_usage": {"zh": "用法：/track 名称，例如 /track 腾讯云", "en": "Usage: /track NAME, e.g. /track Tencent Cloud"},
    "watch_added": {"zh": "已关注：{names}", "en": "Now watching: {names}"},
    "watch_already": {"zh": "已在关注列表中：{names}", "en": "Already on the watchlist: {names}"},
    "watch_over_limit": {"zh": "关注列表最多 {limit} 个名称，以下 {count} 个未添加：{names}",
                         "en": "A watchlist holds at most {limit} names; these {count} were not added: {names}"},
    "watch_rejected": {"zh": "无法关注“{name}”：{why}", "en": "Cannot watch “{name}”: {why}"},
    "watch_one_name": {"zh": "如果这是一个名称，请加引号：/watch \"{phrase}\"",
                       "en": "If that is one name, put it in quotes: /watch \"{phrase}\""},
    "watch_total": {"zh": "关注列表共 {count} 个名称。", "en": "Names on the watchlist: {count}."},
    "watch_list_header": {"zh": "<b>关注列表</b>（本周提醒次数）", "en": "<b>Watchlist</b> (alerts this week)"},
    "watch_list_empty": {"zh": "关注列表是空的。用 /watch 名称 添加，例如 /watch 宁德时代",
                         "en": "The watchlist is empty. Add a name with /watch NAME, e.g. /watch CATL"},
    "watch_list_settings": {"zh": "每小时最多 {cap} 条提醒 · 免打扰：{quiet}（/settings alerts N · /settings quiet 22:00-07:00|off）",
                            "en": "At most {cap} alerts an hour · quiet hours: {quiet} (/settings alerts N · /settings quiet 22:00-07:00|off)"},
    "quiet_none": {"zh": "无", "en": "none"},
    "unwatched": {"zh": "已取消关注：{names}", "en": "No longer watching: {names}"},
    "unwatch_missing": {"zh": "不在关注列表中：{names}", "en": "Not on the watchlist: {names}"},
    "alert_heading": {"zh": "🔔 关注：{names}", "en": "🔔 Watching: {names}"},
    "alert_also": {"zh": "另见", "en": "Also from"},
    "button_full_summary": {"zh": "完整摘要", "en": "Full summary"},
    "digest_watchlist_heading": {"zh": "<b>关注 / Watchlist</b>", "en": "<b>关注 / Watchlist</b>"},
    "track_header": {"zh": "<b>{name}</b> 的数字（来自本聊天读过的 {articles} 篇文章）",
                     "en": "<b>{name}</b>: figures from the articles read in this chat ({articles})"},
    "track_no_period": {"zh": "未注明时期", "en": "no period stated"},
    "track_none": {"zh": "还没有关于“{name}”的数字。本聊天有 {articles} 篇文章提到它。",
                   "en": "No figures about “{name}” yet. Articles in this chat that mention it: {articles}."},
    "track_sources": {"zh": "来源", "en": "Sources"},
    "settings_alerts_saved": {"zh": "提醒上限：每小时 {cap} 条。", "en": "Alert cap: {cap} an hour."},
    "settings_quiet_saved": {"zh": "免打扰：{quiet}。", "en": "Quiet hours: {quiet}."},
    "feed_filter_saved": {"zh": "订阅源 {number} 的过滤：{filter}", "en": "Filter of feed {number}: {filter}"},
    "feed_filter_none": {"zh": "无过滤", "en": "no filter"},
    "feed_filter_include": {"zh": "包含", "en": "include"},
    "feed_filter_exclude": {"zh": "排除", "en": "exclude"},
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
    "count_range": {
        "zh": "/{command} 后面的数字是显示几条，请用 1 到 {max} 之间的数字。",
        "en": "/{command} takes how many items to show: a number from 1 to {max}.",
    },
    "items_shown": {
        "zh": "（共 {total} 条，这里显示前 {shown} 条。）",
        "en": "({shown} of {total} shown.)",
    },
    "numbers_usage": {
        "zh": "用法：/numbers 最近这篇文章的关键数字；/numbers 5 只看前 5 个；/numbers #3 看 /history 里第 3 篇的。",
        "en": "Usage: /numbers for the latest article's key figures; /numbers 5 for the first 5; "
        "/numbers #3 for article 3 of /history.",
    },
    "quotes_usage": {
        "zh": "用法：/quotes 最近这篇文章的引语；/quotes 3 只看前 3 条；/quotes #3 看 /history 里第 3 篇的。",
        "en": "Usage: /quotes for the latest article's quotes; /quotes 3 for the first 3; "
        "/quotes #3 for article 3 of /history.",
    },
    "keywords_usage": {
        "zh": "用法：/keywords 最近这篇文章的关键词；/keywords 5 只看前 5 个；/keywords #3 看 /history 里第 3 篇的。",
        "en": "Usage: /keywords for the latest article's keywords; /keywords 5 for the first 5; "
        "/keywords #3 for article 3 of /history.",
    },
    "length_range": {
        "zh": "摘要长度请用 1 到 {max} 之间的数字。",
        "en": "Please give a length between 1 and {max}.",
    },
    "alerts_range": {"zh": "每小时提醒数请用 1 到 {max} 之间的数字。", "en": "Please give a number of alerts an hour between 1 and {max}."},
    "history_header": {"zh": "<b>最近的文章</b>", "en": "<b>Recent articles</b>"},
    "history_empty": {"zh": "还没有历史记录。", "en": "No history yet."},
    "history_page": {"zh": "第 {page}/{pages} 页。", "en": "Page {page} of {pages}. "},
    "history_more": {"zh": "/history {next} 看更早的。", "en": "/history {next} for older ones."},
    "history_pages": {
        "zh": "历史共 {pages} 页：/history 加 1 到 {pages} 之间的页码。",
        "en": "The history has {pages} page(s): /history with a page from 1 to {pages}.",
    },
    "history_one_page": {
        "zh": "历史只有一页（每页 10 篇）：发送 /history 查看。",
        "en": "The history fits on one page (ten articles to a page): send /history.",
    },
    "history_usage": {
        "zh": "用法：/history 最近的文章；/history 2 看第 2 页（每页 10 篇）。",
        "en": "Usage: /history for the latest articles; /history 2 for page 2 (ten to a page).",
    },
    "history_footer": {
        "zh": "用 /summary #编号 再看一篇。",
        "en": "Use /summary #number to see one again.",
    },
    "search_usage": {"zh": "用法：/search 关键词，例如 /search 营收", "en": "Usage: /search words, e.g. /search revenue"},
    "search_header": {"zh": "<b>搜索「{query}」</b>", "en": "<b>Search: {query}</b>"},
    "search_partial": {"zh": "<b>搜索「{query}」</b>：没有一句同时包含所有词，下面的句子包含其中一部分。",
                       "en": "<b>Search: {query}</b>. No sentence holds every word; these hold some of them."},
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
    "ask_unknown_entity": {
        "zh": "本聊天的文章里没有提到「{name}」。我只根据读过的文章回答：把关于它的文章链接或全文发给我，然后再问一次。",
        "en": "No article in this chat mentions “{name}”. I only answer from articles I have read: "
        "send me one about it (a link or its text), then ask again.",
    },
    "ask_wrong_entity": {
        "zh": "文章里没有「{name}」的这项数据（文中的数字属于别的公司或对象）。",
        "en": "The articles give no such figure for “{name}” (the figures there belong to someone else).",
    },
    "ask_wrong_period": {
        "zh": "文章里只有{available}的数据，没有{asked}的。",
        "en": "The articles only give {available} figures, not {asked}.",
    },
    "ask_no_period": {"zh": "文章里没有{asked}的数据。", "en": "The articles give no figures for {asked}."},
    "ask_no_date": {"zh": "文章里没有写明这件事发生的时间。", "en": "The articles do not say when that happened."},
    "ask_no_metric": {"zh": "文章里找不到{asked}数据。", "en": "The articles give no figure for {asked}."},
    "ask_no_period_any": {"zh": "文章里没有所问时期的数据。", "en": "The articles give no figures for the period asked."},
    "ask_only_outlook": {"zh": "文章里只有{asked}的预计数字（预告或预测），没有实际数字。",
                         "en": "The articles only give a forecast of {asked}, not an actual figure."},
    "ask_no_outlook_any": {"zh": "文章里只有预计数字（预告或预测），没有实际数字。",
                           "en": "The articles only give a forecast, not an actual figure."},
    "ask_no_metric_any": {"zh": "文章里没有提到所问的这项数据。", "en": "The articles do not state the figure asked."},
    "ask_no_basis_any": {"zh": "文章里没有按所问口径比较的数据。", "en": "The articles give no figures on the basis asked."},
    "ask_wrong_scope": {
        "zh": "文章里没有「{asked}」的这项数据。",
        "en": "The articles give no such figure for “{asked}”.",
    },
    "ask_segment_only": {
        "zh": "文章里只有某项业务或分部的数据，没有公司整体的。",
        "en": "The articles only give a segment's figure, not the whole company's.",
    },
    "ask_wrong_basis": {
        "zh": "文章里只有{available}的数据，没有{asked}的。",
        "en": "The articles only give {available} figures, not {asked}.",
    },
    "ask_no_basis": {"zh": "文章里没有{asked}的数据。", "en": "The articles give no {asked} figures."},
    "ask_no_change": {"zh": "文章里没有{asked}的增减数据。", "en": "The articles give no figure for the change in {asked}."},
    "ask_follow_up": {"zh": "每个问题都单独回答，不记得上一个问题：请把问题问完整，例如「腾讯四季度营收是多少？」",
                      "en": "Each question is answered on its own, without the one before: please ask the whole "
                            "question, e.g. “What was Tencent's fourth-quarter revenue?”"},
    "ask_no_forecast": {"zh": "文章里没有这项预测或指引。", "en": "The articles state no such forecast or guidance."},
    "ask_no_ratio": {"zh": "文章里没有{asked}的占比数据。", "en": "The articles state no share for {asked}."},
    "ask_no_ratio_any": {"zh": "文章里没有这项占比数据。", "en": "The articles state no such share."},
    "ask_no_change_any": {"zh": "文章里没有这项数据的增减幅度。", "en": "The articles give no figure for such a change."},
    "ask_nearest": {"zh": "最接近的事实（不是答案）：", "en": "Nearest fact (not the answer):"},

    "lang_usage": {"zh": "用法：/lang zh（简体中文）、/lang zh-hant（繁体中文）或 /lang en（English）",
                   "en": "Usage: /lang zh (simplified Chinese), /lang zh-hant (traditional Chinese) or /lang en"},
    # /lang alone: the language replies come in now (named in its own script), then how to change it.
    "lang_current": {
        "zh": "现在用简体中文回复。切换：/lang zh（简体中文）、/lang zh-hant（繁体中文）或 /lang en（English）",
        "zh-hant": "現在用繁體中文回覆。切換：/lang zh（簡體中文）、/lang zh-hant（繁體中文）或 /lang en（English）",
        "en": "I reply in English now. To change: /lang zh (simplified Chinese), /lang zh-hant (traditional "
        "Chinese) or /lang en",
    },
    # The other text whose words differ between the scripts: it names the script.
    "lang_set": {"zh": "好的，以后用简体中文回复。", "zh-hant": "好的，以後用繁體中文回覆。",
                 "en": "OK, I'll reply in English from now on."},
    "forget_confirm": {
        "zh": "要删除这个聊天的全部历史吗？此操作无法撤销。",
        "en": "Delete this chat's whole history? This cannot be undone.",
    },
    "forget_yes": {"zh": "确认删除", "en": "Delete"},
    "forget_no": {"zh": "取消", "en": "Cancel"},
    "forget_done": {"zh": "已删除 {count} 条历史记录。", "en": "Deleted {count} history entries."},
    "forget_cancelled": {"zh": "已取消，什么都没有删除。", "en": "Cancelled; nothing was deleted."},
    "settings_header": {"zh": "<b>本聊天的设置</b>", "en": "<b>Settings for this chat</b>"},
    "settings_lang": {"zh": "语言：{value}（/lang zh|zh-hant|en）", "en": "Language: {value} (/lang zh|zh-hant|en)"},
    "settings_length": {
        "zh": "摘要长度：{value}（/settings length 1-{max}，auto 为自动）",
        "en": "Summary length: {value} (/settings length 1-{max}, or auto)",
    },
    "settings_auto": {
        "zh": "自动摘要群里分享的链接：{value}（/settings auto on|off）",
        "en": "Auto-summary of shared links: {value} (/settings auto on|off)",
    },
    "settings_tz": {"zh": "时区：{value}（/settings zone 时区 修改，例如 Asia/Kolkata 或 UTC+5:30）",
                    "en": "Time zone: {value} (/settings zone ZONE changes it, e.g. Asia/Kolkata or UTC+5:30)"},
    "zone_usage": {"zh": "用法：/settings zone 时区，例如 /settings zone Asia/Shanghai 或 /settings zone UTC+5:30",
                   "en": "Usage: /settings zone ZONE, e.g. /settings zone Europe/London or /settings zone UTC+5:30"},
    "settings_usage": {
        "zh": "用法：/settings；/settings length 1-10|auto；/settings alerts 1-60；/settings quiet 22:00-07:00|off；"
              "/settings zone 时区；群里还有 /settings auto on|off",
        "en": "Usage: /settings; /settings length 1-10|auto; /settings alerts 1-60; /settings quiet 22:00-07:00|off; "
              "/settings zone ZONE; in a group also /settings auto on|off",
    },
    "settings_auto_private": {
        "zh": "自动摘要只用于群聊：私聊里发来的链接和文章都会直接摘要。",
        "en": "Auto-summary is for groups: in a private chat every link and article you send is summarized anyway.",
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
        "zh": "在这个群里，只有群管理员可以这样做。",
        "en": "Only this group's admins can do that here.",
    },
    "not_allowed": {
        "zh": "抱歉，这个机器人是私有部署，只为指定的聊天服务。",
        "en": "Sorry, this is a private deployment that serves only specific chats.",
    },
    "unsupported_message": {
        "zh": "我只能读文字和链接。请发一个链接，或者贴上文章正文。",
        "en": "I can only read text and links. Send a link or paste the article's text.",
    },
    "links_over": {
        "zh": "这条消息里还有 {count} 个链接没有读：每条消息最多读 {max} 个。其余的请另发。",
        "en": "{count} more link(s) in this message were not read: at most {max} per message. Send the others separately.",
    },
    "links_unread": {
        "zh": "这条消息里还有 {count} 个链接没有读：你发送得太快了，请稍后再发。",
        "en": "{count} more link(s) in this message were not read: you are sending too fast. Send them again in a minute.",
    },
    "document_formats": {
        "zh": "我能读 PDF、网页文件（.html）和纯文本文件（UTF-8、UTF-16、GB18030 或 Big5）。Word 等文件请另存为 PDF，或直接贴上正文。",
        "en": "I can read PDFs, saved web pages (.html) and plain text files (UTF-8, UTF-16, GB18030 or Big5). "
        "Save a Word file as PDF, or paste its text.",
    },
    "group_welcome": {
        "zh": "大家好！我是 newsbrief，帮大家读行业新闻。用 /summary 回复一条带链接或文章的消息，"
        "我会给出要点、关键数字和引语。发送 /help 查看全部命令。",
        "en": "Hi all! I'm newsbrief and I read industry news. Reply /summary to a message with a link "
        "or an article and I'll give its key points, figures and quotes. /help lists every command.",
    },
    "reply_to_own_message": {
        "zh": "这是我自己发的消息，不是文章。请用 /summary 回复一条带链接或文章的消息。",
        "en": "That is one of my own messages, not an article. Reply /summary to a message that holds a link or an article.",
    },
    "link_failed_text_read": {
        "zh": "下面是这条消息本身文字的摘要。",
        "en": "Here is a summary of the message's own text instead.",
    },
    "paste_text_hint": {
        "zh": "可以把文章正文复制过来，用 /summary 正文 发给我。",
        "en": "You can copy the article's text and send it as /summary TEXT.",
    },
    "split_paste_hint": {
        "zh": "Telegram 会把超过 4096 字的文字拆成几条消息，我会分别摘要每一条。想让我读完整篇长文，"
        "请发送它的链接，或者存成 .txt 文件发给我。",
        "en": "Telegram splits a text over 4,096 characters into several messages, and I summarize each "
        "on its own. To have a long article read whole, send its link or send it as a .txt file.",
    },
    "edited_message": {
        "zh": "我不会重新读取编辑过的消息。请把修改后的内容作为一条新消息发送。",
        "en": "I don't reread edited messages. Please send the corrected one as a new message.",
    },
    "short_text_hint": {
        "zh": "发给我一个链接，或者 200 字以上的文章，我来生成摘要；短一些的文字请用 /summary 加正文发送。"
        "发送 /help 查看命令。",
        "en": "Send me a link or an article of 200+ characters and I'll summarize it; for a shorter text, "
        "send /summary followed by it. /help lists the commands.",
    },
    "unknown_command": {
        "zh": "我不认识这个命令。发送 /help 查看全部命令。",
        "en": "I don't know that command. Send /help for the list.",
    },
    "shared_before": {
        "zh": "这里不久前已经摘要过这篇文章（/history 第 {number} 篇）。发送 /summary #{number} 可以再看一遍。",
        "en": "This article was summarized here not long ago (#{number} in /history). "
              "Send /summary #{number} to see it again.",
    },
    "expired_button": {"zh": "这条消息已过期。", "en": "This message has expired."},
    # Reader errors (bot.errors): the text of the nearest class in the error's MRO.
    # ---- digests ----
    "digest_heading": {"zh": "<b>📰 新闻简报 · {when}</b>", "en": "<b>📰 News digest · {when}</b>"},
    "digest_empty": {"zh": "这次没有新内容：订阅源和本聊天分享的链接里都没有新文章。",
                     "en": "Nothing new this time: no new items from the feeds or the links shared here."},
    "digest_sources": {"zh": "{count} 个来源", "en": "{count} sources"},
    "digest_no_feeds": {"zh": "这个聊天还没有订阅源：用 /feed add 链接 添加 RSS/Atom 或网站地址，简报才有内容。",
                        "en": "This chat follows no feeds yet: add an RSS/Atom feed or a site with /feed add URL to fill its digest."},
    "digest_just_sent": {"zh": "刚刚已经发出一份简报（就在上面）；稍等片刻再发 /digest。",
                         "en": "A digest went out just now (above); send /digest again in a moment."},
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
    "digest_settings_max": {"zh": "每份最多：{count} 条", "en": "Stories per digest: at most {count}"},
    "digest_settings_off": {"zh": "休息日：{days}", "en": "Days off: {days}"},
    "digest_no_days_off": {"zh": "无", "en": "none"},
    "weekday_zh": {"zh": "星期{day}", "en": "{day}"},
    "digest_settings_paused": {
        "zh": "⚠️ 简报已暂停（机器人无法在此发消息）。用 /subscribe 恢复。",
        "en": "⚠️ The digest is paused (the bot could not post here). /subscribe resumes it.",
    },
    "digest_settings_usage": {
        "zh": "修改：/digest settings times 09:00,18:00 · max 8（1–30）· off sat,sun（或 off none）· zone Asia/Shanghai",
        "en": "Change: /digest settings times 09:00,18:00 · max 8 (1–30) · off sat,sun (or off none) · zone Europe/London",
    },
    "feed_usage": {
        "zh": "用法：/feed add 链接 [include:词,词] [exclude:词,词] · /feed filter 编号 include:… exclude:… · /feed list · /feed remove 编号",
        "en": "Usage: /feed add URL [include:word,word] [exclude:word,word] · /feed filter N include:… exclude:… · /feed list · /feed remove N",
    },
    "feed_added": {"zh": "已添加订阅源：{title}", "en": "Feed added: {title}"},
    "feed_batch_too_many": {"zh": "一次最多添加 {max} 个订阅源（收到 {count} 个链接），都没有添加。",
                            "en": "At most {max} feeds at once ({count} links given); none was added."},
    "feed_batch_header": {"zh": "{count} 个链接，逐个处理：", "en": "{count} links, each on its own:"},
    "feed_already": {"zh": "这个聊天已经订阅了：{title}（/feed list 查看）",
                     "en": "This chat already follows {title} (see /feed list)."},
    "feed_removed": {"zh": "已删除订阅源：{title}", "en": "Feed removed: {title}"},
    "feed_resumed": {"zh": "订阅源「{title}」现在能读取了，已恢复。", "en": "The feed “{title}” answers again and is no longer paused."},
    "feed_list_header": {"zh": "<b>订阅源</b>（/feed remove 编号 删除）", "en": "<b>Feeds</b> (/feed remove N to remove)"},
    "feed_list_empty": {
        "zh": "还没有订阅源。用 /feed add 链接 添加 RSS/Atom 或网站地址。",
        "en": "No feeds yet. Add an RSS/Atom feed or a site with /feed add URL.",
    },
    "feed_paused_mark": {"zh": "已暂停", "en": "paused"},
    "feed_failing_mark": {"zh": "连续失败 {count} 次", "en": "failed {count}× in a row"},
    "feed_paused": {
        "zh": "订阅源「{title}」多次读取失败，已暂停。它恢复后，再发一次 /feed add 同一链接即可继续。",
        "en": "The feed “{title}” kept failing and has been paused. Once it works again, send /feed add with its link to resume it.",
    },
}


def t(key: str, lang: str, /, **values: Any) -> str:
    """The text for `key` in `lang` (falling back to Chinese), formatted with `values`.

    The values go in after the text is converted: a title or a name is shown as written."""
    text = localized(TEXTS[key], lang)
    return text.format(**values) if values else text
