"""Does a sentence state the headline's figure?

Headlines round what the body states exactly: "净利润同比下降23%" over the body's 23.1%,
"10月交付3.2万辆" over 32,108辆, "profit up 41%" over 41.2%, "$1.4 billion" over $1.42 billion.
Comparing the written digits finds none of these, so the line that states the headline's
fact lost the headline's evidence to lines that merely share its words. Here a number
matches a headline number when it rounds to it, at the headline's precision and scale,
and both are percentages or both are amounts. A headline's approximate figure ("逾80亿元", "近六成",
"more than 2%") is a bound: the body's value lies between it and the next step of its leading digit.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from summarizer.dates import date_free
from summarizer.figure_lexicon import SCALE_VALUES

__all__ = ["Amount", "Bound", "amounts", "headline_amounts", "headline_bounds", "states_headline_figure"]

Amount = tuple[str, float, float]  # kind ("%", "pt" or "n"), value, tolerance

_AMOUNT_RE = re.compile(
    r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(万亿|亿|万|千|trillion\b|billion\b|bn\b|million\b|mn\b|m\b)?\s?(%|％|个百分点|percentage points?\b|pct\b|percent\b)?",
    re.IGNORECASE,
)


Bound = tuple[str, float, float]  # kind, lowest value, value it stays under

# A headline's figure with its approximation: "逾80亿元", "超两成", "近六成", "more than $2 billion" name no
# value, only a bound, and the body states the value ("81.6亿元", "23.5%", "58.7%"). The value lies from the
# bound to the next step of its leading digit (逾80亿元: 80亿-90亿; 近六成: 50%-60%). "上万家" is left out: any
# count of ten thousand or more would match it, whatever it counts.
_BOUND_RE = re.compile(
    r"(?:(?P<over>超过|超|逾|突破|more than|over|above)|(?P<near>近|接近|nearly|almost))\s?[$€£¥]?"
    r"(?:(?P<digits>\d+(?:\.\d+)?)\s?(?P<scale>万亿|亿|万|千|trillion\b|billion\b|million\b)?"
    r"\s?(?P<mark>%|％|percent\b)?|(?P<tenths>[一二两三四五六七八九])成)",
    re.IGNORECASE,
)
_HAN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def headline_bounds(headline: str) -> list[Bound]:
    """The headline's approximate figures as bounds: a share, or an amount of a hundred or more."""
    found: list[Bound] = []
    text = date_free(headline)
    for match in _BOUND_RE.finditer(text):
        if match.group("tenths"):
            kind, value, step = "%", 10.0 * _HAN_DIGITS[match.group("tenths")], 10.0
        else:
            digits = float(match.group("digits"))
            scale = SCALE_VALUES[match.group("scale").lower()] if match.group("scale") else 1.0
            kind = "%" if match.group("mark") else "n"
            step = 10.0 ** math.floor(math.log10(digits)) * scale if digits > 0 else 0.0
            value = digits * scale
            if not step or (kind == "n" and value < 100):
                continue  # "超5家", "逾0": a small count matches too much
        found.append((kind, value, value + step) if match.group("over") else (kind, value - step, value))
    return found


def amounts(text: str) -> list[Amount]:
    """The numbers a line states (dates left out), scaled, each with the half-step of its last digit."""
    found: list[Amount] = []
    for match in _AMOUNT_RE.finditer(date_free(text)):
        digits, scale_word, mark = match.group(1), match.group(2), match.group(3)
        digits = re.sub(r"[,，]", "", digits)
        scale = SCALE_VALUES[scale_word.lower()] if scale_word else 1.0
        decimals = len(digits.split(".")[1]) if "." in digits else 0
        kind = "n" if not mark else ("%" if mark in ("%", "％") or mark.lower().startswith("percent") else "pt")
        found.append((kind, float(digits) * scale, 0.5 * 10 ** -decimals * scale))
    return found


def headline_amounts(headline: str) -> list[Amount]:
    """The headline's distinctive numbers: a share, a change in points, or an amount with a
    scale, a decimal or three digits ("3家" or "5 things" would match too much). A number under an
    approximation is a bound (headline_bounds), not a rounded value: "逾80亿元" is no 79.5亿元."""
    return [(kind, value, tolerance) for kind, value, tolerance in amounts(_BOUND_RE.sub(" ", headline))
            if kind != "n" or tolerance != 0.5 or value >= 100]


def states_headline_figure(sentences: Sequence[str], headline: str) -> list[bool]:
    """Per sentence: whether it states one of the headline's numbers, as written or rounded."""
    wanted, bounds = headline_amounts(headline), headline_bounds(headline)
    if not wanted and not bounds:
        return [False] * len(sentences)
    return [any(kind == k and abs(value - v) <= tolerance + 1e-9 * max(1.0, v)
                for kind, value, _ in found for k, v, tolerance in wanted)
            or any(kind == k and low <= value < high for kind, value, _ in found for k, low, high in bounds)
            for found in map(amounts, sentences)]
