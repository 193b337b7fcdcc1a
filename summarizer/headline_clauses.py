"""The later clauses of a headline name the story's other points.

"Profit rises 12% as margin widens", "Inflation eases to 2.1%, core slows", "Traffic rises
7.4%, load factor climbs": the editor put a second point in the headline after "as", a comma
or a semicolon. The lead states the first clause; the line that states the second shares its
rare words ("margin", "load factor") but, among many lines of figures, the whole headline's
weight is too thin on them to lift it. Here each later clause lifts the one line that shares
most of its own words (`clause_factors`).

A Chinese news headline puts its second point after a space: "合武高铁全线贯通 合肥至武汉最快
1小时通达", "远洋银行行长张维辞职 副行长刘洁代为履职", "拟28.6亿元收购华芯微电子70%股权 明起复牌". The
headline's words are spread over its whole weight, so the line that states the later clause ("合肥至
武汉最快1小时可达", "将于12月12日开市起复牌") stood behind background lines of the story and was left
out. Chinese has no spaces between words: a clause's own words are its character pairs (and its
numbers and Latin words) that the first clause lacks (`clause_factors_zh`). A line that only repeats
the clause ("多家车企公布11月销量。" under "… 多家车企公布11月销量") introduces the point rather than
stating it and is passed over. On the 20 key-point sets: 608 → 611 points (fresh 59 → 60, fresh2
25 → 26, fresh3 36 → 37; fresh3-holdout trades one point for another), no set lower. A comma is no
such mark: after "点评：" or "周报：" it joins the analyst's theses ("二季度提速，渠道改革见效"), and
splitting there lifted the thesis's line over a labelled point (610 instead of 611).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

_CLAUSE_SPLIT_RE = re.compile(r"[,;:]\s+|\s+(?:as|after|while|but|and)\s+", re.IGNORECASE)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z&+-]*")
_STOP = frozenset(
    "the a an of in on at to for from by with its their his her it is are was were be has have had will would "
    "says said say after as while but and than more less over under into amid up down new year years".split())
STEM = 5  # "slows"/"slowed", "widens"/"widened": the same word for this purpose
_CLAUSE_SPLIT_ZH_RE = re.compile(r"\s+")
_PIECE_ZH_RE = re.compile(r"[\u4e00-\u9fff]+|[A-Za-z]+|\d+(?:\.\d+)?")
_FORECAST_ZH = re.compile(r"预计|预期|有望|或将|将会|料将|预测")
# The clause's line must share this share of the clause's own pairs (and at least two).
ZH_SHARE = 0.5


def _words(text: str) -> set[str]:
    return {w.lower()[:STEM] for w in _WORD_RE.findall(text) if len(w) > 2 and w.lower() not in _STOP}


def clause_factors(texts: Sequence[str], headline: str, bonus: float) -> np.ndarray:
    """1 + `bonus` for the line that best states each later clause of the headline, else 1.

    A clause counts only with words of its own (not in the first clause); the line must share
    two of them, or the clause's only one.
    """
    factors = np.ones(len(texts))
    clauses = [c for c in _CLAUSE_SPLIT_RE.split(headline) if c.strip()]
    if len(clauses) < 2:
        return factors
    first = _words(clauses[0])
    lines = [_words(t) for t in texts]
    for clause in clauses[1:]:
        own = _words(clause) - first
        if not own:
            continue
        shared = [len(own & line) for line in lines]
        best = int(np.argmax(shared))  # earliest of the best
        if shared[best] >= min(2, len(own)):
            factors[best] = 1.0 + bonus
    return factors


def _pairs(text: str) -> set[str]:
    """A Chinese text's words for this purpose: its pairs of adjacent Han characters, its numbers
    and its Latin words."""
    pairs: set[str] = set()
    for piece in _PIECE_ZH_RE.findall(text):
        if piece[0].isascii():
            pairs.add(piece.lower())
        else:
            pairs.update(piece[i:i + 2] for i in range(len(piece) - 1))
    return pairs


def clause_factors_zh(texts: Sequence[str], headline: str, bonus: float) -> np.ndarray:
    """1 + `bonus` for the line that best states each later clause of a Chinese headline, else 1.

    A clause counts only with pairs of its own (not in the first clause); the line must share half
    of them, and two at least. A line that is mostly the clause itself (half of its pairs or more
    are the clause's) only announces it.
    """
    factors = np.ones(len(texts))
    clauses = [c for c in _CLAUSE_SPLIT_ZH_RE.split(headline) if c.strip()]
    if len(clauses) < 2:
        return factors
    first, headline_pairs = _pairs(clauses[0]), _pairs(headline)
    # The headline as a line of the text (a pasted story's first line) states nothing more than itself.
    lines = [set() if pairs <= headline_pairs else pairs for pairs in map(_pairs, texts)]
    for clause in clauses[1:]:
        whole = _pairs(clause)
        own = whole - first
        if not own:
            continue
        shared = [len(own & line) if len(line - whole) >= 0.5 * len(line) else 0 for line in lines]
        qualifying = [i for i, n in enumerate(shared) if n >= max(2, ZH_SHARE * len(own))]
        # "PPI同比降幅收窄" is stated by the line on November's PPI, not by an economist's "明年PPI降幅有望
        #继续收窄": a headline reports what happened, so a line that forecasts gives way to one that states.
        stated = [i for i in qualifying if not _FORECAST_ZH.search(texts[i])] or qualifying
        if stated:
            factors[max(stated, key=lambda i: (shared[i], -i))] = 1.0 + bonus  # earliest of the best
    return factors
