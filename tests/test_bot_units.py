"""The bot's pure parts: settings, command parsing, HTML splitting, rendering, messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.commands import COMMANDS, SummaryArgs, parse_summary_args, split_command
from bot.core.service import Brief, InputTooLong, RateLimited, RateLimiter, pasted_title
from bot.logs import RedactFilter
from bot.render.htmltext import split_html, visible_length
from bot.render.i18n import error_text
from bot.render.text import key_sentences, numbers, summary
from bot.settings import MissingToken, Settings, SettingsError, normalize_lang
from summarizer import Analysis, Article, EmptyText, Figure, Keyword, Sentence, TextTooLong
from tests.fakebotapi import TelegramError, parse_html

# ---- settings -----------------------------------------------------------------------------


def test_settings_read_every_variable():
    settings = Settings.from_env({
        "TELEGRAM_BOT_TOKEN": "1:abc", "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081/bot",
        "NEWSBRIEF_DB": "/data/nb.db", "NEWSBRIEF_ALLOW_PRIVATE_URLS": "1",
        "NEWSBRIEF_ALLOWED_CHATS": "12, -100", "NEWSBRIEF_ADMINS": "7", "NEWSBRIEF_LANG": "en",
        "NEWSBRIEF_TZ": "Europe/Berlin", "NEWSBRIEF_RATE_LIMIT": "0", "NEWSBRIEF_WORKERS": "2",
    })
    assert settings.require_token() == "1:abc"
    assert settings.db_path == Path("/data/nb.db")
    assert settings.allow_private_urls and settings.allowed_chats == {12, -100}
    assert settings.admins == {7} and settings.default_lang == "en"
    assert settings.default_tz == "Europe/Berlin" and settings.rate_limit_per_minute == 0
    assert settings.workers == 2


def test_settings_defaults_need_only_a_token():
    settings = Settings.from_env({})
    assert settings.db_path == Path("newsbrief.db") and settings.default_lang == "zh"
    assert settings.rate_limit_per_minute == 10 and settings.workers == 1
    assert settings.is_allowed(1, None)


def test_missing_token_points_to_botfather_and_make_chat():
    with pytest.raises(MissingToken) as caught:
        Settings.from_env({"TELEGRAM_BOT_TOKEN": "  "}).require_token()
    assert "@BotFather" in str(caught.value) and "make chat" in str(caught.value)
    assert "@BotFather" in caught.value.messages["zh"]


@pytest.mark.parametrize("name, value", [
    ("NEWSBRIEF_LANG", "fr"), ("NEWSBRIEF_TZ", "Mars/Olympus"), ("NEWSBRIEF_WORKERS", "-1"),
    ("NEWSBRIEF_RATE_LIMIT", "ten"), ("NEWSBRIEF_ALLOWED_CHATS", "12,abc"),
    ("NEWSBRIEF_ALLOW_PRIVATE_URLS", "maybe"),
])
def test_malformed_settings_name_the_variable(name, value):
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_allow_list_accepts_chat_or_user():
    settings = Settings.from_env({"NEWSBRIEF_ALLOWED_CHATS": "5"})
    assert settings.is_allowed(-100, 5) and settings.is_allowed(5, None)
    assert not settings.is_allowed(-100, 6)


# ---- commands -----------------------------------------------------------------------------


@pytest.mark.parametrize("args, expected", [
    ("", SummaryArgs()),
    ("5", SummaryArgs(length=5)),
    ("#3", SummaryArgs(history_number=3)),
    ("#3 2", SummaryArgs(length=2, history_number=3)),
    ("https://example.com/a", SummaryArgs(payload="https://example.com/a")),
    ("2024 年营收增长", SummaryArgs(payload="2024 年营收增长")),
    ("＃3", SummaryArgs(history_number=3)),  # typed with a Chinese input method's full-width punctuation
    ("3 https://example.com/a", SummaryArgs(payload="https://example.com/a", length=3)),
    ("https://example.com/a 12", SummaryArgs(payload="https://example.com/a", length=12)),
    ("3\n星河科技周二发布第三季度财报", SummaryArgs(payload="星河科技周二发布第三季度财报", length=3)),
    ("10 banks raised rates", SummaryArgs(payload="10 banks raised rates")),
    ("3 5 https://example.com/a", SummaryArgs(payload="3 5 https://example.com/a")),
])
def test_summary_arguments(args, expected):
    assert parse_summary_args(args) == expected


def test_split_command_strips_the_bot_name():
    assert split_command("/summary@newsbrief_bot #2") == ("summary", "#2")
    assert split_command("not a command") is None


def test_command_names_are_valid_for_set_my_commands():
    for command in COMMANDS:
        assert command.name.islower() and len(command.name) <= 32
        assert all(1 <= len(command.description[lang]) <= 256 for lang in ("zh", "en"))


# ---- HTML splitting -----------------------------------------------------------------------


def test_split_keeps_each_part_under_the_limit_with_balanced_tags():
    html = "<b>标题</b>\n" + "<i>" + "这是一个完整的句子。" * 300 + "</i>\n" + "<a href=\"https://x.y\">" \
        + "word " * 400 + "</a>"
    parts = split_html(html, 500)
    assert len(parts) > 5
    for part in parts:
        assert visible_length(part) <= 500
        parse_html(part)  # raises on unbalanced tags
    assert "".join(parse_html(p) for p in parts).count("这是一个完整的句子。") == 300


def test_split_cuts_after_a_sentence_not_inside_one():
    html = "甲" * 30 + "。" + "乙" * 30 + "。"
    assert split_html(html, 40) == ["甲" * 30 + "。", "乙" * 30 + "。"]


def test_split_never_cuts_inside_an_entity_and_counts_it_as_one_character():
    html = "&amp;" * 50
    parts = split_html(html, 20)
    assert all(p.count("&") == p.count("&amp;") for p in parts)
    assert [visible_length(p) for p in parts] == [20, 20, 10]


def test_visible_length_counts_utf16_units_like_telegram():
    assert visible_length("<b>😀</b>&lt;") == 3


def test_short_text_is_one_part():
    assert split_html("<b>hi</b>") == ["<b>hi</b>"]


# ---- the fake's validator behaves like Telegram ---------------------------------------------


@pytest.mark.parametrize("html, detail", [
    ("<b>bold", "Can't find end tag"),
    ("<b><i>x</b></i>", "Unmatched end tag"),
    ("<div>x</div>", "Unsupported start tag"),
    ("AT&T", "Unsupported HTML entity"),
    ("a < b", "Unclosed start tag"),
])
def test_fake_rejects_what_telegram_rejects(html, detail):
    with pytest.raises(TelegramError, match=detail):
        parse_html(html)


# ---- rendering ----------------------------------------------------------------------------


def _brief(**article) -> Brief:
    analysis = Analysis(
        lang="zh",
        sentences=(Sentence(0, "第一句<script>。", 0.5), Sentence(2, "第三句。", 0.9), Sentence(5, "第六句。", 0.7)),
        keywords=(Keyword("A&B", 1.0),),
        sentence_count=8,
    )
    return Brief(1, Article(text="x" * 300, **article), analysis)


def test_summary_escapes_everything_from_the_article():
    html = summary(_brief(title="<b>Title & co</b>", url="https://e.com/?a=1&b=\"2\""), "zh")
    parse_html(html)
    assert "&lt;b&gt;Title &amp; co&lt;/b&gt;" in html and "&lt;script&gt;" in html
    assert "A&amp;B" in html


def test_summary_length_takes_the_best_sentences_in_document_order():
    brief = _brief()
    assert [s.index for s in key_sentences(brief.analysis, 2)] == [2, 5]
    assert "• 第一句" not in summary(brief, "zh", length=2)


def _figure_brief(*figures: Figure, lang: str = "zh") -> Brief:
    ranked = tuple(replace_rank(f, rank) for rank, f in enumerate(figures, start=1))
    analysis = Analysis(lang=lang, sentences=(Sentence(0, "第一句。", 0.5),), keywords=(), figures=ranked,
                        sentence_count=1)
    return Brief(1, Article(text="x" * 300), analysis)


def replace_rank(figure: Figure, rank: int) -> Figure:
    from dataclasses import replace

    return replace(figure, rank=rank)


def _fig(text: str, context: str, *, change: str | None = None, approx: str | None = None,
         subject: str | None = None) -> Figure:
    return Figure(text=text, value=1.0, unit=None, approx=approx, change=change, period=None,
                  subject=subject, context=context, sentence_index=0)


def test_a_loss_or_a_decline_shown_without_its_clause_says_so():
    background = "受原材料价格大幅上涨、海外订单延迟交付、汇率剧烈波动以及行业竞争持续加剧等多重不利因素的共同影响，"
    html = numbers(_figure_brief(
        _fig("4662.3万元", background + "公司上半年归母净利润亏损4662.3万元", change="loss", subject="归母净利润"),
        _fig("12%", background + "公司上半年营收同比下降12%", change="down", subject="营收"),
        _fig("80%", background * 2 + "良率近80%", approx="近", subject="良率"),
    ), "zh")
    assert "归母净利润：<b>4662.3万元</b>（亏损）" in html
    assert "营收：<b>12%</b>（下降）" in html
    assert "良率：<b>近80%</b>" in html


def test_a_loss_in_its_shown_clause_is_not_said_twice():
    html = numbers(_figure_brief(_fig("35亿元", "净亏损扩大至35亿元", change="loss", subject="净亏损")), "zh")
    assert "净亏损扩大至<b>35亿元</b>" in html and "（亏损）" not in html
    en = numbers(_figure_brief(_fig("$35 million", "x" * 80 + " $35 million", change="loss", subject="net loss"),
                               lang="en"), "en")
    assert "net loss: <b>$35 million</b>" in en and "(loss)" not in en


def test_the_numbers_view_lists_the_same_line_once():
    same = _fig("0.43元/Wh", "电芯价格为0.43元/Wh", subject="电芯价格")
    html = numbers(_figure_brief(same, same), "zh")
    assert html.count("0.43元/Wh") == 1


def test_two_figures_of_one_short_clause_share_its_line():
    clause = "Operating margin narrowed by 1.5 percentage points to 9.2%"
    html = numbers(_figure_brief(_fig("1.5 percentage points", clause, change="down", subject="Operating margin"),
                                 _fig("9.2%", clause, change="down", subject="Operating margin"), lang="en"), "en")
    assert html.count("Operating margin narrowed") == 1
    assert "<b>1.5 percentage points</b> to <b>9.2%</b>" in html


def test_figures_of_one_long_sentence_in_a_row_show_its_words_once():
    sentence = "Harbor Logistics reported on Tuesday a 12% rise in fourth-quarter revenue to $4.3 billion, " * 2
    html = numbers(_figure_brief(_fig("12%", sentence, subject="revenue growth"),
                                 _fig("$4.3 billion", sentence, subject="fourth-quarter revenue"), lang="en"), "en")
    assert html.count("reported on Tuesday") == 2  # the sentence twice over, shown once
    assert html.index("revenue growth") < html.index("fourth-quarter revenue") < html.index("reported on Tuesday")


def test_an_answer_is_shown_without_the_wire_dateline():
    from bot.render.text import answer
    from summarizer.answer import Answer, AnswerSentence, Citation

    text = "SINGAPORE, March 3 (Newswire) - Harbor Logistics reported revenue of $4.3 billion for the quarter."
    start = text.index("$4.3 billion")
    sentence = AnswerSentence(text=text, citation=Citation("Harbor results", None, None, 1), sentence_index=0,
                              score=1.0, coverage=1.0, highlight=(start, start + len("$4.3 billion")))
    html = answer(Answer("How much revenue?", (sentence,)), "en")
    assert "Newswire" not in html and "• Harbor Logistics reported revenue of <b>$4.3 billion</b>" in html


def test_non_web_urls_are_not_linked():
    html = summary(_brief(url="javascript:alert(1)"), "en")
    assert "href" not in html


# ---- messages -----------------------------------------------------------------------------


def test_errors_become_messages_in_the_readers_language():
    assert "200,000" in error_text(InputTooLong(250_000, 200_000), "zh")  # grouped since botwalk9
    assert "limit" not in error_text(TextTooLong(250_000, 200_000), "zh")
    assert error_text(EmptyText("x"), "en").startswith("I found no text")
    assert "10" in error_text(RateLimited(10, 30), "en")
    assert "出了点问题" in error_text(RuntimeError("boom"), "zh")


def test_fetch_errors_carry_their_own_messages():
    from bot.errors import HttpStatusError, NotArticle

    assert "404" in error_text(HttpStatusError(404), "zh")
    assert "paywall" in error_text(NotArticle("paywall"), "en")


def test_language_codes_map_to_zh_or_en():
    assert normalize_lang("zh-hans") == "zh" and normalize_lang("en-US") == "en"
    assert normalize_lang("ru") == "en" and normalize_lang(None, "zh") == "zh"


def test_rate_limiter_allows_the_limit_per_window():
    limiter = RateLimiter(3)
    for _ in range(3):
        limiter.check(1)
    with pytest.raises(RateLimited):
        limiter.check(1)
    limiter.check(2)
    RateLimiter(0).check(1)


def test_rate_limiter_forgets_users_whose_window_has_passed():
    now = [100.0]
    limiter = RateLimiter(2, window=60.0, clock=lambda: now[0])
    for user in range(500):
        limiter.check(user)
    assert limiter.tracked_users() == 500
    now[0] += 61.0
    limiter.check(9999)  # the first check after a window sweeps
    assert limiter.tracked_users() == 1


def test_pasted_titles_are_the_headline_or_the_start():
    assert pasted_title("央行宣布降准\n正文……") == "央行宣布降准"
    assert pasted_title("长" * 200).endswith("…")


def test_the_token_is_redacted_from_messages_and_tracebacks():
    import logging

    token = "123:SECRET"
    record = logging.LogRecord("httpx", logging.INFO, __file__, 1, "POST https://api/bot%s/getMe", (token,), None)
    try:
        raise RuntimeError(f"failed https://api/bot{token}/getMe")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    RedactFilter([token]).filter(record)
    assert token not in record.getMessage() and token not in record.exc_text


def test_a_pasted_article_with_links_is_read_as_text_but_a_teaser_means_the_link():
    from bot.core.commands import is_pasted_article

    url = "https://example.com/news/1"
    assert not is_pasted_article(f"值得一读：{url}", [url])
    assert not is_pasted_article("导语" * 200 + url, [url])
    assert is_pasted_article("正文" * 600 + f" 原文链接 {url}", [url])


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"NEWSBRIEF_LANG": "en", "LC_ALL": "zh_CN.UTF-8"}, "en"),
        ({"LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, "zh"),
        ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_TW.UTF-8"}, "en"),
        ({"LANG": "zh_CN.GB18030"}, "zh"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({}, "zh"),
    ],
)
def test_the_command_line_speaks_newsbrief_lang_then_the_locale(environ, expected):
    assert Settings.from_env(environ).cli_lang == expected


def test_a_change_shown_without_its_clause_says_what_it_is_compared_with():
    from dataclasses import replace

    background = "受原材料价格大幅上涨、海外订单延迟交付、汇率剧烈波动以及行业竞争持续加剧等多重不利因素的共同影响，"
    month = replace(_fig("6.4%", background + "公司上半年营收环比增长6.4%", change="up", subject="营收"), basis="环比")
    year = replace(_fig("12%", background + "公司上半年营收同比下降12%", change="down", subject="营收"), basis="同比")
    html = numbers(_figure_brief(month, year), "zh")
    assert "营收：<b>6.4%</b>（上升，环比）" in html
    assert "营收：<b>12%</b>（下降，同比）" in html
    shown = numbers(_figure_brief(replace(_fig("6.4%", "营收环比增长6.4%", change="up", subject="营收"), basis="环比")), "zh")
    assert "（环比）" not in shown  # the clause shown already says it


def test_pasted_titles_skip_credit_lines_and_datelines():
    assert pasted_title("By Ann Lee\nPhotographs by Tom Ruiz\nThe Mill Town Reborn\nText.") == "The Mill Town Reborn"
    assert pasted_title("（编辑：王小明）\n央行宣布降准\n正文……") == "央行宣布降准"
    lead = "新华社北京3月2日电（记者 李华）国家统计局2日发布数据显示，1月份工业增加值同比增长4.2%。"
    assert pasted_title(lead).startswith("国家统计局2日发布数据显示")
    # A Chinese start is never cut at a space the way an English word is.
    # (normalized first, as the body is: the space between Chinese words goes)
    assert pasted_title("国家统计局 " + "数" * 80).startswith("国家统计局数")
    # Pasted from a page with ASCII commas, the title reads as the body does, never cut at an open quote.
    assert pasted_title("一年前,星岚科技发布了新一代的大模型平台产品线。一年以后,“百模大战”告一段落,格局初定。" * 3) == \
        "一年前，星岚科技发布了新一代的大模型平台产品线。一年以后，…"
