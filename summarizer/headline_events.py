"""Does a sentence state the headline's fact when the headline writes no number the body repeats?

A headline often states its fact in words: "县城咖啡店一年新增上万家", "某公司三季度亏损收窄", "Brightholm
shares slide". The lead of a feature or a page then sets a scene ("早上七点半，…门口已经排起了队。") and
the line that states the fact with its figure ("…一年内新增约1.2万家") sits in the body. Sharing the
headline's words is no evidence of it: a line that only repeats them ("像这样的县城咖啡店正在快速增加。")
shares as many and states nothing. What marks the line of the headline's fact is the headline's change
(the same direction: 新增 and 增加, slide and fell, 收窄 and 下降; or a loss) with the headline's subject
and a figure of its own. When no line states the headline's number (summarizer.headline_figures), the
one line that does all three and shares most of the headline's words states its fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.headline_clauses import STEM

__all__ = ["change_classes", "states_headline_event"]

# Verbs of change, by direction, and a loss: the headline's and the line's must share one.
# Not figure_lexicon.CHANGE_ZH: that one reads whether a number is a change (so it leaves out 新增, a flow, and
# takes lone 涨/降); these are whole words, also removed from the text to find its subject (_subject_words).
_CHANGES_ZH = {
    "up": ("增长", "增加", "新增", "增至", "增逾", "上涨", "涨至", "上升", "升至", "提高", "提升", "提至", "扩大",
           "翻倍", "翻番", "回升", "反弹", "走高", "飙升", "大涨", "激增", "攀升", "猛增"),
    "down": ("下降", "下滑", "下跌", "跌至", "减少", "减至", "降至", "降低", "回落", "收窄", "缩小", "缩减", "放缓",
             "下调", "走低", "暴跌", "大跌", "萎缩", "锐减", "缩水", "裁员"),
    "loss": ("亏损", "净亏", "由盈转亏"),
}
_CHANGES_EN = {
    "up": re.compile(r"\b(?:ris(?:e|es|ing|en)|rose|climb\w*|jump\w*|surg\w*|soar\w*|gain(?:s|ed|ing)?|grew|grow(?:s|n|ing)?"
                     r"|increas\w*|boost\w*|rais(?:e|es|ed|ing)|expand\w*|widen\w*|doubl\w*|tripl\w*|rall(?:y|ies|ied))\b"
                     r"|\bup(?=\s(?:about\s|nearly\s|almost\s|more than\s)?[$€£]?\d)",
                     re.IGNORECASE),
    "down": re.compile(r"\b(?:fall(?:s|ing|en)?|fell|drop\w*|slid\w*|slump\w*|declin\w*|plung\w*|tumbl\w*|sink\w*|sank"
                       r"|slip\w*|cut(?:s|ting)?|lower(?:s|ed|ing)?|reduc\w*|shr[iu]nk\w*|shrank|narrow\w*"
                       r"|eas(?:e|es|ed|ing)|slow(?:s|ed|ing)?|weaken\w*|trim\w*|shed(?:s|ding)?|lay(?:s|ing)? off"
                       r"|laid off)\b|\bdown(?=\s(?:about\s|nearly\s|almost\s|more than\s)?[$€£]?\d)", re.IGNORECASE),
    "loss": re.compile(r"\b(?:loss(?:es)?|los(?:e|es|ing)|lost)\b", re.IGNORECASE),
}
_HAN_RUN_RE = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z&+-]*")
_STOP_EN = frozenset(
    "the a an of in on at to for from by with its their his her it is are was were be has have had will would "
    "says said say after as while but and than more less over under into amid new year years this that".split())
# A figure of the line's own: a number that is no date (2024年, 10月, 3日) and no list marker.
_FIGURE_RE = re.compile(r"(?<![\d.])\d+(?:[.,，]\d+)*(?!\s*[年月日号时点]|[.、](?!\d))|[一二两三四五六七八九十百千万]+(?:成|倍)")
# The line must share this many of the headline's subject words (Han character pairs or English word stems);
# each kind of change it shares with the headline past the first counts as one.
MIN_SHARED = 2


def change_classes(text: str, lang: str) -> frozenset[str]:
    """The kinds of change a text states: "up", "down" and "loss"."""
    if lang == "zh":
        return frozenset(kind for kind, words in _CHANGES_ZH.items() if any(word in text for word in words))
    return frozenset(kind for kind, pattern in _CHANGES_EN.items() if pattern.search(text))


def _subject_words(text: str, lang: str) -> set[str]:
    """The words that name what a text is about: Han character pairs outside the verbs of change,
    English word stems that are no stopword and no verb of change."""
    if lang == "zh":
        for words in _CHANGES_ZH.values():
            for word in words:
                text = text.replace(word, " ")
        return {run[i:i + 2] for run in _HAN_RUN_RE.findall(text) for i in range(len(run) - 1)}
    for pattern in _CHANGES_EN.values():
        text = pattern.sub(" ", text)
    return {w.lower()[:STEM] for w in _LATIN_RE.findall(text) if len(w) > 2 and w.lower() not in _STOP_EN}


def states_headline_event(sentences: Sequence[str], headline: str, lang: str,
                          eligible: Sequence[bool] | None = None) -> list[bool]:
    """Per sentence: whether it is the one line that states the headline's change with the headline's
    subject and a figure (the most shared subject words; the earliest of equals). Only `eligible`
    lines compete: the headline itself, opening the text, shares all of its words and states nothing new."""
    found = [False] * len(sentences)
    if lang not in ("zh", "en"):
        return found
    changes = change_classes(headline, lang)
    if not changes:
        return found
    subject = _subject_words(headline, lang)
    best, best_shared = -1, MIN_SHARED - 1
    for i, sentence in enumerate(sentences):
        if eligible is not None and not eligible[i]:
            continue
        same = changes & change_classes(sentence, lang)
        if not same or not _FIGURE_RE.search(sentence):
            continue
        # "当季净亏损…较上年同期收窄" under "三季度亏损收窄": a loss and its narrowing are two pieces of the fact
        shared = len(subject & _subject_words(sentence, lang)) + 2 * (len(same) - 1)
        if shared > best_shared:
            best, best_shared = i, shared
    if best >= 0:
        found[best] = True
    return found
