"""Does a sentence state the headline's figure?

Headlines round what the body states exactly: "净利润同比下降23%" over the body's 23.1%,
"10月交付3.2万辆" over 32,108辆, "profit up 41%" over 41.2%, "$1.4 billion" over $1.42 billion.
Comparing the written digits finds none of these, so the line that states the headline's
fact lost the headline's evidence to lines that merely share its words. Here a number
matches a headline number when it rounds to it, at the headline's precision and scale,
and both are percentages or both are amounts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarizer.dates import date_free
from summarizer.figure_lexicon import SCALE_VALUES

__all__ = ["Amount", "amounts", "headline_amounts", "states_headline_figure"]

Amount = tuple[str, float, float]  # kind ("%", "pt" or "n"), value, tolerance

_AMOUNT_RE = re.compile(
    r"(?<![\d.])(\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?"
    r"(万亿|亿|万|千|trillion\b|billion\b|bn\b|million\b|mn\b|m\b)?\s?(%|％|个百分点|percentage points?\b|pct\b|percent\b)?",
    re.IGNORECASE,
)


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
    scale, a decimal or three digits ("3家" or "5 things" would match too much)."""
    return [(kind, value, tolerance) for kind, value, tolerance in amounts(headline)
            if kind != "n" or tolerance != 0.5 or value >= 100]


def states_headline_figure(sentences: Sequence[str], headline: str) -> list[bool]:
    """Per sentence: whether it states one of the headline's numbers, as written or rounded."""
    wanted = headline_amounts(headline)
    if not wanted:
        return [False] * len(sentences)
    return [any(kind == k and abs(value - v) <= tolerance + 1e-9 * max(1.0, v)
                for kind, value, _ in amounts(sentence) for k, v, tolerance in wanted)
            for sentence in sentences]
