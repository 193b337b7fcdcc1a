"""The bot's reply languages: simplified Chinese ("zh"), traditional Chinese ("zh-hant"), English ("en").

Readers in Taiwan, Hong Kong and Macao read traditional characters. Their texts are not
kept by hand beside the simplified ones (two copies drift apart); each is made from the
simplified text by OpenCC's "s2twp" conversion, once per text and cached.

Why s2twp (simplified → Taiwan standard, with Taiwan phrases) rather than s2t or s2hk:
s2t gives OpenCC's own "standard" forms that neither Taiwan nor Hong Kong writes
(羣, 裏, 爲, 着), and like s2hk it keeps mainland words (鏈接, 數據庫, 文件, 設置) that a
Taiwan reader has to translate back. s2twp gives 連結, 資料庫, 檔案, 設定, 訊息, which
read naturally in Taiwan and are understood in Hong Kong. Where its phrase table reads
wrong in our texts (发布 → 釋出, 只读 → 隻讀, 对象 → 物件) `_OVERRIDES` says what to write.

Only the bot's own words change script. Values put into a text (article titles, names,
sentences, figures) are formatted in after the conversion, so they are shown exactly as
written; an article's text is never converted.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Mapping
from functools import lru_cache

__all__ = ["HANT", "LANGUAGES", "base_lang", "is_chinese", "localized", "normalize_lang", "parse_lang", "reader_lang",
           "text_lang", "to_hant", "ui_word"]

logger = logging.getLogger(__name__)

HANT = "zh-hant"
LANGUAGES = ("zh", HANT, "en")

# Telegram's language_code (IETF tags) and locale names that mean traditional characters.
_HANT_TAGS = ("zh-hant", "zh-tw", "zh-hk", "zh-mo")
# What a reader may type after /lang (or give as --lang, NEWSBRIEF_LANG): aliases by language.
_ALIASES: dict[str, tuple[str, ...]] = {
    "zh": ("zh", "zh-hans", "zh-cn", "zh-sg", "cn", "简体", "簡體", "简", "简体中文", "簡體中文", "中文",
           "chinese", "simplified", "simplified chinese", "汉语", "漢語", "普通话"),
    HANT: ("zh-hant", "hant", "zh-tw", "zh-hk", "zh-mo", "tw", "hk", "繁體", "繁体", "繁", "繁體中文", "繁体中文",
           "正體", "正體中文", "traditional", "traditional chinese"),
    "en": ("en", "english", "英文", "英语", "英語", "en-us", "en-gb", "en-au", "en-ca", "en-in", "en-sg"),
}

# s2twp's phrase choices that read wrong for these texts, and what a Taiwan reader expects.
_OVERRIDES: dict[str, str] = {
    "发布": "發布",      # s2twp: 釋出 (a software release), not "published"
    "对象": "對象",      # s2twp: 物件 (a programming object), not "the company or party meant"
    "类型": "類型",      # s2twp: 型別 (a data type), not "kind of file"
    "二进制": "二進位",  # s2twp: 二進位制
    "只读": "唯讀",      # s2twp and s2t: 隻讀
    "参数": "參數",      # s2twp: 引數 (a function argument)
    "用户": "用戶",      # s2twp: 使用者; subscribers and users in business news are 用戶
    "示例": "範例",      # s2twp keeps 示例, a mainland word
    # Mainland network words s2twp keeps, in Taiwan's words.
    "响应": "回應",
    "访问": "存取",
    "本机地址": "本機位址",
    "返回": "回傳",
    "域名": "網域",
    "跳转": "重新導向",
}
# The bot's own quotation marks: Taiwan and Hong Kong write 「」 and 『』.
_QUOTES = str.maketrans({"“": "「", "”": "」", "‘": "『", "’": "』"})
# Pieces a conversion must leave alone: str.format placeholders, HTML tags, and the
# phrases `_OVERRIDES` writes itself.
_KEEP = re.compile("(" + "|".join([r"\{[^{}]*\}", r"<[^<>]*>"] + [re.escape(k) for k in
                                  sorted(_OVERRIDES, key=len, reverse=True)]) + ")")

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _converter():  # opencc.OpenCC has no type hints
    import opencc

    return opencc.OpenCC("s2twp")


@lru_cache(maxsize=4096)
def to_hant(text: str) -> str:
    """`text` (one of the bot's own simplified texts) in traditional characters, Taiwan usage.

    Placeholders ({count}, {title}) and HTML tags come through unchanged; cached, so each
    text is converted once however many messages use it.
    """
    pieces = _KEEP.split(text)
    converter = _converter()
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:  # a kept piece
            out.append(_OVERRIDES.get(piece, piece))
        elif piece:
            with _lock:  # the pure-Python converter keeps state between calls
                out.append(converter.convert(piece).translate(_QUOTES))
    return "".join(out)


def is_chinese(lang: str | None) -> bool:
    """True for either Chinese script: full-width colons, 、 lists, （） and Chinese words."""
    return lang in ("zh", HANT)


def base_lang(lang: str | None) -> str:
    """"zh" or "en": the language the summarizer's own labels (periods, bases) are asked in."""
    return "zh" if is_chinese(lang) else "en"


def localized(texts: Mapping[str, str], lang: str | None) -> str:
    """The text for `lang` out of {"zh": …, "en": …}: a "zh-hant" text if one is written,
    else the simplified one converted; Chinese when the language has none."""
    if lang == HANT:
        return texts.get(HANT) or to_hant(texts["zh"])
    return texts.get(lang or "zh") or texts["zh"]


def ui_word(word: str, lang: str | None) -> str:
    """One of the bot's own Chinese words (下降, 亏损, 预计, 第三季度) in the reader's script."""
    return to_hant(word) if lang == HANT else word


def parse_lang(word: str) -> str | None:
    """The language a reader named (/lang zh-hant, /lang 繁體, /lang en), or None."""
    word = " ".join(word.strip().lower().replace("_", "-").split())
    for lang, aliases in _ALIASES.items():
        if word in aliases:
            return lang
    return None


def normalize_lang(code: str | None, default: str = "zh") -> str:
    """Map a Telegram `language_code` (zh-hans, zh-hant, zh-TW, en-US, ru…) or a locale
    name (zh_TW.UTF-8) to one of our languages."""
    if not code:
        return default
    code = code.lower().replace("_", "-").split(".", 1)[0]
    if code.startswith("zh"):
        return HANT if code.startswith(_HANT_TAGS) else "zh"
    # Readers whose app speaks neither language get English, the lingua franca.
    return "en"


# What says nothing of a reader's language: links and "scheme:…" words, command names, @mentions.
# (Each alternative starts at a word's start or at one character: linear on a 200,000-character
# text without a space, where "\S+://" tried every start and blocked the bot for minutes.)
_NOT_WORDS = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*:\S*|\bwww\.\S+|/[A-Za-z_]+(?:@\w+)?|@\w+")
# A language shows in a text's opening: the rest is not read (a pasted article of 200,000 characters).
TEXT_LANG_SAMPLE = 2000
# A command's arguments are our own keywords ("/digest settings off mon", "/feed add URL"),
# except these, which take the reader's words: a question, a text, a search.
_COMMAND = re.compile(r"^\s*[/／]([A-Za-z_]+)(?:@\w+)?(.*)$", re.DOTALL)
_WORDED_COMMANDS = frozenset({"ask", "summary", "search"})
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


def text_lang(text: str | None) -> str | None:
    """The language a reader wrote `text` in: "zh" (or "zh-hant" when its characters are
    traditional), "en", or None when it says nothing of it (a link alone, a number, a bare
    command, one Latin word). Chinese when its Han characters are at least as many as its Latin
    words: a Chinese sentence naming "CATL" or "AI" is Chinese, "What did 腾讯 earn?" English."""
    if not text:
        return None
    text = text[:TEXT_LANG_SAMPLE]
    command = _COMMAND.match(text)
    if command is not None:
        if command.group(1).lower() not in _WORDED_COMMANDS:
            return None
        text = command.group(2)
    words = _NOT_WORDS.sub(" ", text)
    if _KANA_HANGUL.search(words):
        return None  # Japanese or Korean: a language we do not speak says nothing of which we answer in
    han = len(_HAN.findall(words))
    latin = len(_LATIN_WORD.findall(words))
    if han >= 2 and han >= latin:
        from summarizer.traditional import is_traditional

        return HANT if is_traditional(words) else "zh"
    if latin >= 2 and latin > han:  # one Latin word is often a name ("/watch CATL"), no language
        return "en"
    return None


def reader_lang(*, app: str | None, written: str | None, default: str) -> str:
    """The language to answer a reader in when the chat chose none (`/lang`): the one place
    Telegram and the console decide it. The reader's own choice of app language first
    (Telegram's `language_code`; the console's `--lang`), when it is one of ours; else the
    language of what they write (`text_lang`: the console has no app language, and a
    machine's locale is not the reader's); else an app language we do not speak gets
    English; else `default` (NEWSBRIEF_LANG; the console: the locale)."""
    code = (app or "").lower().replace("_", "-")
    if code.startswith(("zh", "en")):
        return normalize_lang(code, default)
    if written is not None:
        return written
    return normalize_lang(app, default) if app else default
