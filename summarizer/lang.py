"""Tell Chinese from English, including mixed text.

Chinese news is full of Latin words (GPU, To B, iPhone) and English news quotes
Chinese names, so the decision weighs units of meaning: one Han character
counts about as much as one English word.
"""

from __future__ import annotations

import re

__all__ = ["SUPPORTED_LANGS", "detect_lang", "unsupported_lang"]

SUPPORTED_LANGS = ("zh", "en")

_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Hiragana: the particles and endings of Japanese prose. Katakana is left out, because
# Chinese text writes Japanese brand and product names with it (ソニー, ニコニコ).
_KANA_RE = re.compile("[\u3041-\u3096]")
_HANGUL_RE = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3131-\u318e]")
# Japanese prose is about half hiragana; a Chinese or English article quoting a
# Japanese name or title has a few. Korean is written in hangul. Shares of the
# letters counted in the first part of the text:
_KANA_SHARE = 0.15
_HANGUL_SHARE = 0.3
_MIN_FOREIGN = 8
_SAMPLE_CHARS = 20_000
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2,}")
# A Chinese text needs fewer Han characters than an English text has words: a
# Chinese word is ~1.5 characters, and Latin terms inside Chinese text are common.
_HAN_PER_WORD = 0.5


def detect_lang(text: str) -> str:
    """Return "zh" or "en" for `text` (empty or symbol-only text counts as "zh")."""
    han = len(_HAN_RE.findall(text))
    words = len(_LATIN_WORD_RE.findall(text))
    if han == 0 and words == 0:
        return "zh"
    return "zh" if han >= words * _HAN_PER_WORD else "en"


def unsupported_lang(text: str) -> str | None:
    """"ja" or "ko" when `text` is mostly Japanese or Korean, else None.

    Units as in `detect_lang`: a Han character, kana or hangul syllable each count
    one, an English word one.
    """
    sample = text[:_SAMPLE_CHARS]
    kana = len(_KANA_RE.findall(sample))
    hangul = len(_HANGUL_RE.findall(sample))
    if kana < _MIN_FOREIGN and hangul < _MIN_FOREIGN:
        return None
    units = len(_HAN_RE.findall(sample)) + len(_LATIN_WORD_RE.findall(sample)) + kana + hangul
    if hangul >= _MIN_FOREIGN and hangul >= _HANGUL_SHARE * units:
        return "ko"
    if kana >= _MIN_FOREIGN and kana >= _KANA_SHARE * units:
        return "ja"
    return None


# A whole word of letters (not "Q3" nor the letters of "abc123").
_WHOLE_LATIN_WORD_RE = re.compile(r"\b[A-Za-z]{2,}\b")
_ENGLISH_SENTENCE_WORDS = 3


def sentence_lang(sentence: str, text_lang: str) -> str:
    """The language to read one sentence by: an English sentence quoted in a Chinese text ("Data
    center revenue rose 112% to $30.8 billion.") is read by the English rules, since the Chinese
    ones glue its words into one subject and miss its verbs."""
    if (text_lang != "en" and not _HAN_RE.search(sentence)
            and len(_WHOLE_LATIN_WORD_RE.findall(sentence)) >= _ENGLISH_SENTENCE_WORDS):
        return "en"
    return text_lang
