"""Tell Chinese from English, including mixed text.

Chinese news is full of Latin words (GPU, To B, iPhone) and English news quotes
Chinese names, so the decision weighs units of meaning: one Han character
counts about as much as one English word.
"""

from __future__ import annotations

import re

__all__ = ["detect_lang", "SUPPORTED_LANGS"]

SUPPORTED_LANGS = ("zh", "en")

_HAN_RE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
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
