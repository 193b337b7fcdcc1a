""""Which company ranked first?", "哪家公司排名第一": only a sentence stating that place answers.

The question names a place, not a company: a sentence that shares its other words (the market, the
quarter) but states no place does not say who ranked first, and neither does one stating another
place ("Tesla ranked second").
"""

from __future__ import annotations

import re

from summarizer.answer.ranks import rank_spans

__all__ = ["place_asked", "place_stated"]

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10}
_ASKED = re.compile(r"\bwhich\b[^?]*\brank(?:ed|s)?\s+(?:No\.\s*(?P<no>\d+)|(?P<en>first|second|third|fourth|fifth|sixth|"
                    r"seventh|eighth|ninth|tenth))\b"
                    r"|哪[^？?]{0,8}(?:排名|位列|位居|名列|排在|排)第(?P<zh>[一二两三四五六七八九十\d]+)", re.IGNORECASE)


def _number(word: str) -> int | None:
    word = word.lower().strip("第名位")
    if word.isdigit():
        return int(word)
    if word.endswith(("st", "nd", "rd", "th")) and word[:-2].isdigit():
        return int(word[:-2])
    return _ORDINALS.get(word)


def place_asked(question: str) -> int | None:
    """The place a which-question asks about ("ranked first" → 1), if it asks one."""
    m = _ASKED.search(question)
    if m is None:
        return None
    return _number(m.group("no") or m.group("en") or m.group("zh") or "")


def place_stated(sentence: str, place: int) -> bool:
    """Does the sentence state that place in a ranking?"""
    for start, end in rank_spans(sentence):
        text = re.sub(r"^(?:ranked|ranks|rank|placed|was|is)\s+(?:the\s+)?|^No\.\s*", "", sentence[start:end],
                      flags=re.IGNORECASE)
        if _number(text.replace("No.", "").strip()) == place:
            return True
    return False
