"""Directions a sentence states around a figure without a change word in front of it, read after every
subject rule (`summarizer.figures` runs this last). Found by the fifteenth round of news written for the
purpose (benchmarks/data/figures_written15.json); each rule reads the sentence's own words.

- A net outflow is money that left: "主力资金净流出386.2亿元", "电子、计算机、传媒分别净流出61.4亿元、48.7亿元和
  22.9亿元", "深股通净卖出7.7亿元", "net outflows of $2.1 billion", "$900 million of net redemptions". Shown
  without a direction the amount reads as money that came in; it is "down" (the subject keeps its 净流出).
- A level reached "to A from B" or "恶化至A，上年同期为B" moved the way the two numbers say, whatever the
  verb: "its combined ratio worsened to 104.6% from 93.8%" is up (a worse combined ratio is a higher one), and
  "improved to 95% from 98%" down. Only when no direction was read and both numbers share a unit; a revised
  figure ("revised down to 121,000 from 139,000") is a revision, not a move, and is left alone.
- "14 percentage points below normal" is down, "6% above the five-year average" up: a gap to a norm.
- "about 800 more than a year ago" is a rise of 800, "120 fewer than last year" a fall: a count compared with
  an earlier time ("more than its rival" compares with no time and is left alone).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from summarizer.figure_second_look import figure_place
from summarizer.model import Figure

__all__ = ["stated_directions"]

_ZH_AMOUNT = r"[\d.,，]+\s*(?:[万亿千百]+)?(?:美元|港元|元)"
_ZH_APPROX = r"(?:约|超过?|逾|近|将近|接近)?"
# "净流出386.2亿元", "分别净流出61.4亿元、48.7亿元和…", "净卖出额为7.7亿元"
_ZH_OUT = re.compile(r"净(?:流出|卖出|赎回|减持)(?:金额|资金|额)?(?:为|达|了)?" + _ZH_APPROX
                     + r"(?:" + _ZH_AMOUNT + r"\s*[、和及与]\s*" + _ZH_APPROX + r")*\s*$")
_ZH_MONEY = re.compile(r"(?:美元|港元|元)$")
_EN_OUT_BEFORE = re.compile(r"\bnet\s+(?:outflows?|redemptions?|selling)\s+(?:of|totaling|totalling|at|reached|were|was"
                            r"|amounted\s+to)?\s*(?:about|around|nearly|some|over|more\s+than|almost)?\s*$",
                            re.IGNORECASE)
_EN_OUT_AFTER = re.compile(r"^\s+(?:of|in)\s+net\s+(?:outflows?|redemptions?|selling)\b", re.IGNORECASE)
_EN_MONEY = re.compile(r"[$€£¥]|\b(?:dollars?|euros?|pounds?|yen|yuan|francs?|rupees?)\b", re.IGNORECASE)

_NUMBER = re.compile(r"-?\d+(?:[.,]\d+)*")
# "… to 104.6% from 93.8%" (the figure then its base), "恶化至101.3%，上年同期为98.6%"
_EN_TO_FROM = re.compile(r"^\s+from\s+(?:about\s+|around\s+|roughly\s+)?([$€£¥]?\s?-?\d+(?:[.,]\d+)*\s?(?:%|percent\b)?)")
_ZH_TO_BASE = re.compile(r"^\s*[，,；;]\s*(?:上年同期|去年同期|上年末|去年末|上年|去年|上季度|上月|此前)(?:为|是|则为)?\s*"
                         r"(-?\d+(?:[.,]\d+)*\s*(?:%|％|个百分点)?)")
_COUNT_THAN = re.compile(r"^\s+(more|fewer|less)\s+than\s+(?:a\s+year\s+(?:ago|earlier)|last\s+(?:year|quarter|month|season)"
                         r"|the\s+(?:previous|prior|same)\s+(?:year|quarter|month|period)|in\s+(?:19|20)\d\d)\b",
                         re.IGNORECASE)


# "reservoir levels were 14 percentage points below normal": a gap to a norm has the norm's side for a direction.
_TO_NORM = re.compile(r"^\s+(below|under|above|over)\s+(?:normal|average|the\s+(?:average|norm|normal|long-term\s+average|"
                      r"five-year\s+average)|(?:the\s+)?(?:seasonal|long-term|five-year)\s+(?:norm|average))\b",
                      re.IGNORECASE)


def _net_outflow(figure: Figure, before: str, after: str, lang: str) -> bool:
    if lang != "en":
        return bool(_ZH_MONEY.search(figure.unit or figure.text) and _ZH_OUT.search(before))
    return bool(_EN_MONEY.search(figure.text) and (_EN_OUT_BEFORE.search(before) or _EN_OUT_AFTER.match(after)))


def _number(text: str) -> float | None:
    found = _NUMBER.search(text.replace("，", ","))
    return float(found.group().replace(",", "")) if found else None


def _unit_of(text: str) -> str:
    return "%" if re.search(r"%|％|percent", text) else "个百分点" if "百分点" in text else \
        "$" if "$" in text else "€" if "€" in text else ""


def _compared_level(figure: Figure, before: str, after: str, lang: str) -> str | None:
    """up or down for a level stated with its base ("to A from B", "至A，上年同期为B"), else None."""
    if lang == "en":
        base = _EN_TO_FROM.match(after) if re.search(r"\bto\s+(?:about\s+|around\s+|roughly\s+)?$", before) else None
    else:
        base = _ZH_TO_BASE.match(after) if re.search(r"[至到为]\s*(?:约|近)?$", before) else None
    if base is None or _unit_of(base.group(1)) != _unit_of(figure.text) or re.search(r"(?i)revis|修正|修订", before):
        # ("October's figure was revised down to 121,000 from 139,000": a revision, no move of the measure)
        return None
    now, then = _number(figure.text), _number(base.group(1))
    if now is None or then is None or now == then:
        return None
    return "up" if now > then else "down"


def stated_directions(figures: Sequence[Figure], sentences: Sequence[str], lang: str) -> list[Figure]:
    """`figures` with the directions above set where none was read."""
    out: list[Figure] = []
    for figure in figures:
        place = figure_place(figure, sentences) if figure.change is None else None
        if place is not None:
            _, before, after = place
            if _net_outflow(figure, before, after, lang):
                figure = replace(figure, change="down")
            elif (moved := _compared_level(figure, before, after, lang)) is not None:
                figure = replace(figure, change=moved)
            elif lang == "en" and (norm := _TO_NORM.match(after)) and re.search(r"points?|%|percent", figure.text):
                figure = replace(figure, change="down" if norm.group(1).lower() in ("below", "under") else "up")
            elif lang == "en" and (than := _COUNT_THAN.match(after)) and not re.search(r"%|percent", figure.text):
                figure = replace(figure, change="up" if than.group(1).lower() == "more" else "down")
        out.append(figure)
    return out
