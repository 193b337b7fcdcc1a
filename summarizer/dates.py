"""Dates, times and quarters a sentence states: they say when, not how much.

Shared by the key-sentence roles (a line's figures are counted without its dates) and the
headline-figure match (a headline's "10月" is no figure of it). A Chinese time of day is written with
a full-width colon or in words ("北京时间9：45", "13时10分"): read as two figures, it made a line of one
move and its level ("北京时间9：45，在岸人民币兑美元跌0.06%，报6.559元；") a listing of four, whose value is
a result's and less. Read as a time, key points 611 → 612 over the 20 sets (fresh5-holdout 15 → 16),
no other set moves.
"""

from __future__ import annotations

import re

__all__ = ["DATE_RE", "MONTH_EN", "SHORT_YEAR_RE", "date_free", "short_years_free"]

MONTH_EN = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
DATE_RE = re.compile(
    r"\d{4}\s?[-/年.]\s?\d{1,2}\s?[-/月.]\s?\d{1,2}\s?[日号]?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{4}\s?年(?:\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?[日号])?)?|\d{1,2}\s?月\s?\d{1,2}\s?[日号]|\d{1,2}\s?月份?"
    # a time of day, with either colon or in words: "9:45", "北京时间9：45", "13时10分"
    r"|\d{1,2}\s?[:：]\s?\d{2}(?:[:：]\d{2})?(?![\d.%])|(?<![\d.])\d{1,2}\s?时(?:\s?\d{1,2}\s?分)?"
    r"|(?<!\d)(?:19|20)\d{2}(?:\s?年度?)?(?!\d)|(?<![\d.])\d{1,2}\s?日(?!元)"
    r"|[一二三四1-4]\s?季度|[上下]半年|[QH][1-4]|[1-4]Q"
    # English dates: "November 16", "Nov. 14", "29 November", "June 30, 2019".
    rf"|\b{MONTH_EN}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s*(?:19|20)\d{{2}})?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_EN}\b"
)


def date_free(text: str) -> str:
    """`text` with its dates, times and quarters blanked."""
    return DATE_RE.sub(" ", text)


# A year written with two digits before a part of it, as brokerage notes do ("22年一季度", "21年上半年", "22年Q1",
# "23年4月", "22年底"): the year of a date whose quarter, half or month DATE_RE already reads as a date, so no figure
# either. A two-digit year alone stays a number ("经营20年", "10年期", "20年来" say how long).
SHORT_YEAR_RE = re.compile(
    r"(?<![\d.．%])[12]\d\s?年(?=\s?(?:[上下]半年|前三季度|[一二三四1-4]\s?季度|[QH][1-4]|[1-4]Q|"
    r"(?:1[0-2]|[1-9])\s?月|[底末初中](?!国|心|间)))"
)


def short_years_free(text: str) -> str:
    """`text` with the two-digit years of its dates blanked (SHORT_YEAR_RE)."""
    return SHORT_YEAR_RE.sub(" ", text)
