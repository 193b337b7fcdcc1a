"""Traditional Chinese replies ("zh-hant") for readers in Taiwan, Hong Kong and Macao.

The bot's own words change script; an article's sentences, figures, quotes, titles and
names never do. Real Updates go through the real Application as in test_bot_handlers.
The sample articles are written for these tests; their companies and figures are made up.
"""

from __future__ import annotations

import json
import re

import opencc
import pytest

from bot.core.commands import COMMANDS
from bot.langs import (
    HANT,
    LANGUAGES,
    is_chinese,
    localized,
    normalize_lang,
    parse_lang,
    to_hant,
)
from bot.render.i18n import TEXTS, t
from bot.render.watch import METRIC_LABELS, metric_label, period_label
from bot.settings import Settings, SettingsError, locale_lang
from summarizer.track import Period
from tests.botharness import ARTICLE_ZH
from tests.offlinebot import OfflineBot

OFFLINE_BOT_ENV = {"NEWSBRIEF_RATE_LIMIT": "0"}

# A Taiwan-style earnings flash in traditional characters (made up), long enough to be an article.
ARTICLE_HANT = (
    "晶華半導體今日公佈2025年第三季度財報。總營收為新台幣1,928億元，較去年同期成長15%。"
    "淨利潤為631億元，較去年同期減少3%，主要受匯率與折舊費用影響。"
    "毛利率為42.5%，較上一季提高1.2個百分點，優於市場預期。"
    "董事長林志明在法說會上表示：「先進製程的需求在明年上半年會明顯回溫，我們對資料中心客戶的訂單很有信心。」"
    "公司預計第四季度營收將介於2,000億元至2,080億元之間，並將資本支出維持在新台幣300億元的水準。"
    "分析師認為，海外工廠的產能爬坡是下一個觀察重點，但關稅政策仍為最大變數。"
)

# Characters OpenCC writes differently in simplified: any of them in a traditional text is a miss.
_S2T = opencc.OpenCC("s2tw")  # character by character, in Taiwan forms (群, 裡)


def _simplified_only(text: str) -> set[str]:
    """The characters of `text` that only simplified Chinese writes (国, 数, 关 …)."""
    return {ch for ch in re.findall(r"[\u4e00-\u9fff]", text) if _S2T.convert(ch) != ch}

_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})


def _skeleton(text: str) -> str:
    """Everything but the Han characters: placeholders, commands, HTML, digits, punctuation."""
    return re.sub(r"[\u4e00-\u9fff]+", "", text.translate(_QUOTES))


def _all_texts() -> dict[str, dict[str, str]]:
    texts = {f"text:{key}": entry for key, entry in TEXTS.items()}
    texts |= {f"command:{c.name}": c.description for c in COMMANDS}
    texts |= {f"metric:{key}": entry for key, entry in METRIC_LABELS.items()}
    return texts


# ---- choosing the language --------------------------------------------------------------


@pytest.mark.parametrize(("code", "lang"), [
    ("zh-hant", HANT), ("zh-TW", HANT), ("zh-hk", HANT), ("zh-MO", HANT), ("zh-Hant-TW", HANT), ("zh_TW", HANT),
    ("zh-hans", "zh"), ("zh-CN", "zh"), ("zh", "zh"), ("zh-SG", "zh"),
    ("en-US", "en"), ("ru", "en"),
])
def test_telegram_language_codes_choose_the_script(code, lang):
    assert normalize_lang(code) == lang


def test_no_language_code_gets_the_default():
    assert normalize_lang(None, HANT) == HANT
    assert normalize_lang("", "en") == "en"


def test_locales_and_settings_know_traditional():
    assert locale_lang({"LANG": "zh_TW.UTF-8"}) == HANT
    assert locale_lang({"LC_ALL": "zh_HK.UTF-8", "LANG": "en_US.UTF-8"}) == HANT
    assert locale_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert Settings.from_env({"NEWSBRIEF_LANG": "zh-hant"}).default_lang == HANT
    assert Settings.from_env({"LANG": "zh_TW.UTF-8"}).cli_lang == HANT
    with pytest.raises(SettingsError, match="zh-hant"):
        Settings.from_env({"NEWSBRIEF_LANG": "fr"})


@pytest.mark.parametrize(("word", "lang"), [
    ("zh-hant", HANT), ("繁體", HANT), ("繁体", HANT), ("zh-TW", HANT), ("ZH_HK", HANT),
    ("zh", "zh"), ("简体", "zh"), ("簡體", "zh"), ("en", "en"), ("English", "en"), ("fr", None), ("", None),
])
def test_lang_command_words(word, lang):
    assert parse_lang(word) == lang


def test_both_scripts_are_chinese():
    assert is_chinese("zh") and is_chinese(HANT) and not is_chinese("en") and not is_chinese(None)
    assert LANGUAGES == ("zh", HANT, "en")


# ---- the texts ---------------------------------------------------------------------------


def test_every_text_has_a_traditional_text_that_differs_only_in_script():
    written = []
    for key, entry in _all_texts().items():
        hant = localized(entry, HANT)
        assert hant, key
        assert not _simplified_only(hant), (key, hant, _simplified_only(hant))
        if HANT in entry:  # written by hand: only where the words name the script
            written.append(key)
            continue
        assert _skeleton(hant) == _skeleton(entry["zh"]), (key, hant)
        if _simplified_only(entry["zh"]):
            assert hant != entry["zh"], key
    assert written == ["text:lang_current", "text:lang_set"]


def test_simplified_and_english_texts_are_unchanged():
    for key, entry in _all_texts().items():
        assert localized(entry, "zh") == entry["zh"], key
        assert localized(entry, "en") == entry["en"], key


@pytest.mark.parametrize(("key", "expected"), [
    ("figures_label", "關鍵數字"), ("source_label", "來源"), ("keywords_label", "關鍵詞"),
    ("quotes_label", "引語"), ("button_summary", "要點"), ("button_source", "原文"),
    ("source_published", "發布時間"), ("feed_list_empty", "訂閱源"), ("settings_header", "本聊天的設定"),
    ("error_NotArticle_login", "登入"), ("error_FetchError", "連結"), ("error_UnsupportedType", "檔案類型"),
    ("error_BinaryFile", "二進位檔案"), ("error_DatabaseUnusable_read_only", "唯讀"),
    ("ask_wrong_entity", "公司或對象"), ("watch_list_header", "本週"), ("help_footer", "群裡"),
    ("error_FetchTimeout", "網頁回應太慢"), ("error_BlockedAddress", "不能存取內網或本機位址"),
    ("error_HttpStatusError", "網站回傳了錯誤（HTTP {status}）"), ("error_DnsFailure", "網域無法解析"),
    ("error_TooManyRedirects", "重新導向次數太多"),
])
def test_conversions_read_as_taiwan_writes(key, expected):
    assert expected in localized(TEXTS[key], HANT)


def test_wrong_phrase_conversions_are_overridden():
    shown = "\n".join(localized(entry, HANT) for entry in _all_texts().values())
    for wrong in ("釋出", "隻讀", "物件", "型別", "二進位制", "引數", "羣", "裏", "爲"):
        assert wrong not in shown, wrong
    assert metric_label("users", HANT) == "用戶"
    assert "範例" in localized(next(c.description for c in COMMANDS if c.name == "help"), HANT)


def test_placeholders_and_markup_survive_and_values_are_not_converted():
    assert to_hant("已删除 {count} 条，<b>{title}</b> 的数据") == "已刪除 {count} 條，<b>{title}</b> 的資料"
    title = "软件与数据库：简体标题“原样”"
    assert t("feed_added", HANT, title=title) == f"已新增訂閱源：{title}"
    assert t("watch_rejected", HANT, name="宁德时代", why="发布") == "無法關注「宁德时代」：发布"
    assert t("track_none", HANT, name="腾讯云", articles=2).startswith("還沒有關於「腾讯云」的數字")


def test_each_text_is_converted_once():
    text = TEXTS["digest_empty"]["zh"]
    t("digest_empty", HANT)
    before = to_hant.cache_info()
    for _ in range(5):
        t("digest_empty", HANT)
    after = to_hant.cache_info()
    assert after.hits == before.hits + 5 and after.misses == before.misses
    assert to_hant(text) == t("digest_empty", HANT)


def test_periods_and_metrics_in_traditional():
    assert period_label(Period(year=2025, start_month=7, end_month=9), HANT) == "2025年第三季度"
    assert period_label(Period(year=2025, start_month=1, end_month=6), "zh") == "2025年上半年"
    assert period_label(Period(year=2025, start_month=7, end_month=9), "en") == "Q3 2025"
    assert period_label(None, HANT) == "未註明時期"  # a pasted text's figure with no period
    assert metric_label("net_profit_growth", HANT) == "淨利潤增速"
    assert metric_label("volume", HANT) == "銷量 / 出貨量"


# ---- a traditional article's figures -----------------------------------------------------

# Taiwan's monthly-sales wording (made up): 月增 is 环比, 年減 同比, 衰退 a fall, 預計 an outlook.
TAIWAN_SALES = (
    "晶華半導體公告，11月營收為新台幣85.3億元，月增4.2%，年減12.5%。累計前11月營收為902億元，較去年同期衰退8%。"
    "星河電子第三季度營收為30億元，同比下降5%。公司預計明年營收將成長兩成。"
)


def _numbers(text: str, lang: str) -> str:
    from bot.core.service import Brief
    from bot.render.text import numbers
    from storage.models import Article
    from summarizer import analyze

    return numbers(Brief(1, Article(text=text), analyze(text)), lang)


def test_notes_are_not_added_where_the_traditional_words_already_say_them():
    shown = _numbers(TAIWAN_SALES, HANT)
    for line in ("• 晶華半導體營收（11月）：月增<b>4.2%</b>\n", "• 晶華半導體營收（11月）：年減<b>12.5%</b>\n",
                 "• 營收（前11月）：較去年同期衰退<b>8%</b>\n"):
        assert line in shown + "\n", (line, shown)
    assert "預計" in shown and "（預計）" not in shown


def test_the_bots_notes_come_in_the_readers_script():
    """Shown without the words that say them, a fall, a loss and a basis are noted: in the
    reader's script (the summarizer names the basis 环比 whatever the article's script)."""
    from bot.render.figures import direction_note as _direction_note
    from summarizer import analyze

    text = "星河電子第三季度淨虧損為12億元，環比擴大。營收為30億元，環比下降5%。" * 2
    figures = {f.text: f for f in analyze(text).key_figures}
    fall, loss = figures["5%"], figures["12億元"]
    assert (fall.change, fall.basis, loss.change) == ("down", "环比", "loss")
    assert _direction_note(fall, HANT, "5%") == "（下降，環比）"
    assert _direction_note(fall, "zh", "5%") == "（下降，环比）"
    assert _direction_note(fall, "en", "5%").startswith(" (down")
    assert _direction_note(loss, HANT, "12億元") == "（虧損）"
    assert _direction_note(loss, "zh", "12億元") == "（亏损）"
    assert _direction_note(fall, HANT, "環比下降5%") == ""  # the article's words say both


# ---- through the Application -------------------------------------------------------------


async def _reply(bot: OfflineBot, chat_id: int, text: str, language_code: str):
    mark = bot.mark()
    await bot.send(chat_id, text, language_code=language_code)
    return bot.reply(chat_id, after=mark)


def _bullets(text: str) -> list[str]:
    return [line[2:].strip() for line in text.splitlines() if line.startswith("• ")]


async def test_a_taiwan_reader_gets_traditional_labels_and_the_article_as_written(offline_bot):
    reply = await _reply(offline_bot, 301, ARTICLE_HANT, "zh-TW")
    text = reply.text
    assert "來源：" in text and "關鍵數字" in text and "句中選出" in text
    assert "来源" not in text and "关键数字" not in text and "选出" not in text
    assert [b["text"] for b in reply.keyboard] == ["· 要點 ·", "數字", "引語", "原文"]
    key_sentences = _bullets(text.split("關鍵數字")[0])
    assert len(key_sentences) >= 2
    for sentence in key_sentences:
        assert sentence in ARTICLE_HANT  # every sentence shown is the source's, unconverted
    # The bot's notes in the reader's script, and none where the words already say it (減少).
    assert "（下降）" not in text and "亏损" not in text and "环比" not in text
    assert offline_bot.db_row("SELECT lang FROM chats WHERE id = 301") in (None, (None,))


async def test_a_taiwan_reader_sees_quotes_and_figures_as_written(offline_bot):
    bot = offline_bot
    await _reply(bot, 302, ARTICLE_HANT, "zh-hant")
    quotes = await _reply(bot, 302, "/quotes", "zh-hant")
    assert "引語" in quotes.text and "林志明" in quotes.text
    assert "：「先進製程的需求在明年上半年會明顯回溫，我們對資料中心客戶的訂單很有信心。」" in quotes.text
    numbers = await _reply(bot, 302, "/numbers", "zh-hant")
    assert "關鍵數字" in numbers.text and "1,928億元" in numbers.text and "億元" in numbers.text
    assert "亿元" not in numbers.text


async def test_a_simplified_reader_still_gets_simplified_labels(offline_bot):
    reply = await _reply(offline_bot, 303, ARTICLE_HANT, "zh-hans")
    assert "来源：" in reply.text and "关键数字" in reply.text and "來源" not in reply.text
    for sentence in _bullets(reply.text.split("关键数字")[0]):
        assert sentence in ARTICLE_HANT  # a traditional article is still shown as written
    reply = await _reply(offline_bot, 304, ARTICLE_ZH, "zh-CN")
    assert "来源：" in reply.text and "關鍵" not in reply.text


async def test_lang_switches_between_the_scripts_and_is_stored(offline_bot):
    bot = offline_bot
    assert "以後用繁體中文回覆" in (await _reply(bot, 305, "/lang zh-hant", "en-US")).text
    assert bot.db_row("SELECT lang FROM chats WHERE id = 305") == (HANT,)
    help_text = (await _reply(bot, 305, "/help", "en-US")).text
    assert "命令" in help_text and "檢視和修改本聊天的設定" in help_text and "查看" not in help_text
    assert "語言：zh-hant" in (await _reply(bot, 305, "/settings", "en-US")).text
    assert "以后用简体中文回复" in (await _reply(bot, 305, "/lang 简体", "zh-TW")).text
    assert bot.db_row("SELECT lang FROM chats WHERE id = 305") == ("zh",)
    assert "以後用繁體中文" in (await _reply(bot, 305, "/lang 繁體", "zh-hans")).text
    usage = (await _reply(bot, 305, "/lang klingon", "zh-hans")).text
    assert "/lang zh-hant" in usage and "用法" in usage
    assert "English" in (await _reply(bot, 305, "/lang en", "zh-TW")).text
    assert "Commands" in (await _reply(bot, 305, "/help", "zh-TW")).text


async def test_errors_come_in_the_readers_script(offline_bot):
    reply = await _reply(offline_bot, 306, "/summary #9", "zh-HK")
    assert "歷史裡沒有第 9 篇" in reply.text
    reply = await _reply(offline_bot, 307, "/frobnicate", "zh-HK")
    assert "我不認識這個命令" in reply.text


async def test_the_command_menus(offline_bot):
    menus = {call.params.get("language_code"): call.params["commands"]
             for call in offline_bot.api.calls if call.method == "setMyCommands"}
    assert set(menus) >= {"zh", "en"}
    lang_zh = next(c["description"] for c in _commands(menus["zh"]) if c["command"] == "lang")
    assert "zh-hant" in lang_zh and "简体" in lang_zh


def _commands(raw) -> list[dict]:
    return json.loads(raw) if isinstance(raw, str) else raw


def _chat_menus(bot: OfflineBot, chat_id: int, after: int) -> list[dict[str, str]]:
    """The menus set for this one chat (scope chat) since `after`, each as {command: description}."""
    menus = []
    for call in bot.api.calls[after:]:
        if call.method != "setMyCommands" or "scope" not in call.params:
            continue
        scope = _commands(call.params["scope"])
        if scope.get("type") == "chat" and int(scope["chat_id"]) == chat_id:
            menus.append({c["command"]: c["description"] for c in _commands(call.params["commands"])})
    return menus


async def test_a_chat_gets_its_own_menu_in_the_language_it_chose(offline_bot):
    bot = offline_bot
    mark = bot.mark()
    await _reply(bot, 308, "/lang zh-hant", "en")
    [menu] = _chat_menus(bot, 308, mark)
    assert menu["settings"] == "檢視和修改本聊天的設定" and menu["help"] == "全部命令和範例"
    mark = bot.mark()
    await _reply(bot, 308, "/lang en", "zh-TW")
    assert _chat_menus(bot, 308, mark) == [{c.name: c.description["en"] for c in COMMANDS}]
    mark = bot.mark()
    await _reply(bot, 308, "/lang klingon", "zh-TW")
    assert _chat_menus(bot, 308, mark) == []  # nothing chosen, nothing changed


async def test_a_traditional_reader_gets_a_traditional_menu_at_start(offline_bot):
    bot = offline_bot
    mark = bot.mark()
    start = await _reply(bot, 309, "/start", "zh-HK")
    assert "關鍵數字" in start.text and "你好" in start.text
    [menu] = _chat_menus(bot, 309, mark)
    assert menu["numbers"] == "最近這篇文章裡的關鍵數字"
    mark = bot.mark()
    await _reply(bot, 310, "/start", "zh-hans")
    assert _chat_menus(bot, 310, mark) == []  # the zh menu is simplified already


# ---- the console ------------------------------------------------------------------------


def test_the_console_speaks_traditional_with_lang_zh_hant(cli, tmp_path):
    result = cli("chat", "--lang", "zh-hant", "--db", str(tmp_path / "c.db"),
                 "--env-file", str(tmp_path / "none.env"), input=ARTICLE_HANT + "\n/help\n")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "來源" in out and "關鍵數字" in out and "檢視和修改本聊天的設定" in out
    assert "关键数字" not in out and "来源" not in out
    assert "總營收為新台幣1,928億元" in out or "1,928億元" in out


def test_a_clause_that_names_its_subject_around_its_period_is_shown_without_a_label():
    shown = _numbers(TAIWAN_SALES, HANT)
    assert "• 星河電子第三季度營收為<b>30億元</b>" in shown.splitlines()
